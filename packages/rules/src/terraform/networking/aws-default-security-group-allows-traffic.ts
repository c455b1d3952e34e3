import { defineRule } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-default-security-group-allows-traffic",
    title: "Default security group of the VPC allows traffic",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_default_security_group"],
    description:
      "The VPC's default security group declares ingress or egress rules. Resources launched without an explicit security group land in it silently, so any rule here grants them network access nobody chose.",
    remediation: "Declare `aws_default_security_group` with no `ingress` or `egress` blocks so it denies all traffic, and attach purpose-built security groups to every resource.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.4"] },
    tags: ["security-group", "vpc", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
    ],
  },
  check(group, { report }) {
    for (const direction of ["ingress", "egress"]) {
      const first = blocksOf(group.attributes, direction)?.[0];
      if (!first) continue;
      report({ at: first.at, message: `Default security group ${group.name} is not restricted: it allows ${direction} traffic` });
      return;
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "ingress" }],
      },
    ],
  },
});
