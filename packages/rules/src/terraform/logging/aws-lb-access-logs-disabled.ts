import { defineRule } from "@tollgate/engine";
import { isFalse, isUnset, singleBlock } from "../../support/terraform-values.js";

/** Application and network load balancers: `access_logs.enabled` defaults to false even when a bucket is given. */
const ELBV2_TYPES = new Set(["aws_lb", "aws_alb"]);

export default defineRule({
  meta: {
    id: "aws-lb-access-logs-disabled",
    title: "Load balancer access logs switched off",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb", "aws_alb", "aws_elb"],
    description:
      "Access logs are the only record of each request a load balancer received: client address, path, status and TLS details. With them switched off, probing, credential stuffing or exploitation attempts against the application behind it cannot be reconstructed.",
    remediation: "Set `access_logs { bucket = \"<log bucket>\", enabled = true }`; the bucket policy must allow the Elastic Load Balancing log delivery principal to write.",
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "elb", "alb", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs",
    ],
  },
  check(balancer, { report }) {
    const accessLogs = singleBlock(balancer.attributes, "access_logs");
    if (accessLogs === undefined || accessLogs === "unknown") return;
    const { block, at } = accessLogs;
    if (isFalse(block.enabled)) {
      report({ at: [...at, "enabled"], message: `Load balancer ${balancer.name} has access logs disabled (access_logs.enabled = false)` });
    } else if (ELBV2_TYPES.has(balancer.type) && isUnset(block.enabled)) {
      report({ at, message: `Load balancer ${balancer.name} names an access log bucket but does not set enabled = true, so access logs are not written` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb" "storefront" {
  name               = "storefront"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "storefront"
    enabled = true
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_lb" "storefront" {
  name               = "storefront"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5, messageIncludes: "access logs" }],
      },
      {
        name: "bucket without enabled on an application load balancer",
        filename: "main.tf",
        code: `resource "aws_alb" "storefront" {
  name    = "storefront"
  subnets = var.public_subnet_ids

  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
