import { asList, defineRule, isObject, isUnknown, type Resource, type ResourceGraph } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-ec2-imdsv2-not-required",
    title: "EC2 instance metadata service does not require IMDSv2 (http_tokens)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
    description:
      "The instance metadata service accepts IMDSv1 requests (`metadata_options.http_tokens` is not `required`). An SSRF flaw or an open proxy in any application on the instance can then fetch the instance role's temporary credentials with a plain GET request, as in the Capital One breach.",
    remediation:
      "Add `metadata_options { http_tokens = \"required\" }` (and `http_put_response_hop_limit = 1`, or 2 for containers), or make IMDSv2 the account default with `aws_ec2_instance_metadata_defaults`.",
    precision: "very-high",
    cwe: ["CWE-918", "CWE-522"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.6"] },
    tags: ["ec2", "imds", "instance-metadata", "imdsv2"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options",
    ],
  },
  check(resource, { graph, report }) {
    const options = resource.attributes.metadata_options;
    if (isUnknown(options)) return;
    const block = asList(options)[0];
    if (block === undefined) {
      if (accountRequiresImdsv2(graph, resource)) return;
      report({ message: `${resource.name} has no metadata_options block; instance metadata (IMDSv1) is reachable without session tokens` });
      return;
    }
    if (!isObject(block)) return;
    const base = isObject(options) ? ["metadata_options"] : ["metadata_options", 0];
    if (block.http_endpoint === "disabled") return;
    const tokens = block.http_tokens;
    if (isUnknown(tokens) || tokens === "required") return;
    if (tokens === undefined || tokens === null) {
      if (accountRequiresImdsv2(graph, resource)) return;
      report({ at: base, message: `${resource.name}: metadata_options does not set http_tokens = "required"; IMDSv1 stays enabled` });
      return;
    }
    report({ at: [...base, "http_tokens"], message: `${resource.name}: metadata_options.http_tokens is "${String(tokens)}"; instance metadata accepts IMDSv1 requests without session tokens` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}
`,
      },
      {
        name: "account default requires IMDSv2",
        filename: "main.tf",
        code: `resource "aws_ec2_instance_metadata_defaults" "account" {
  http_tokens = "required"
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}
`,
      },
    ],
    invalid: [
      {
        name: "no metadata_options",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "optional tokens in a launch template",
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0abcdef1234567890"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}
`,
        errors: [{ line: 7, column: 5, messageIncludes: '"optional"' }],
      },
      {
        name: "block without http_tokens",
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0abcdef1234567890"

  metadata_options {
    http_put_response_hop_limit = 2
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});

/** `aws_ec2_instance_metadata_defaults` with `http_tokens = "required"` makes IMDSv2 the region's default for new instances. */
function accountRequiresImdsv2(graph: ResourceGraph, resource: Resource): boolean {
  const group = resource.id.slice(0, resource.id.indexOf("::"));
  return graph
    .ofType("aws_ec2_instance_metadata_defaults")
    .some((defaults) => defaults.id.slice(0, defaults.id.indexOf("::")) === group && defaults.attributes.http_tokens === "required");
}
