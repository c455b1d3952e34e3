import { defineRule } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-elb-listener-http",
    title: "Classic load balancer listener uses plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elb"],
    description:
      "A listener of the Classic Load Balancer accepts client traffic over plain HTTP (`lb_protocol = \"http\"`). Classic load balancers cannot redirect to HTTPS, so everything sent to that listener, cookies and credentials included, crosses the network unencrypted.",
    remediation: "Replace the listener with an `https` listener and an ACM certificate (`ssl_certificate_id`), or migrate to an Application Load Balancer that redirects HTTP to HTTPS.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener",
    ],
  },
  check(balancer, { report }) {
    for (const { block, at } of blocksOf(balancer.attributes, "listener") ?? []) {
      const protocol = block.lb_protocol;
      if (typeof protocol === "string" && protocol.toLowerCase() === "http") {
        report({ at: [...at, "lb_protocol"], message: `Classic load balancer ${balancer.name} has an HTTP listener on port ${String(block.lb_port)}: traffic is not encrypted with TLS` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elb" "web" {
  name    = "web"
  subnets = [aws_subnet.public.id]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elb" "web" {
  name    = "web"
  subnets = [aws_subnet.public.id]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
    ],
  },
});
