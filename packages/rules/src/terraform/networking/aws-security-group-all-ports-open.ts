import { defineRule } from "@tollgate/engine";
import { openIngressOf, SECURITY_GROUP_TYPES } from "../../support/security-group.js";

export default defineRule({
  meta: {
    id: "aws-security-group-all-ports-open",
    title: "Security group opens all ports or all protocols to the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description:
      "An ingress rule allows `0.0.0.0/0` or `::/0` on every port (protocol `-1`, or ports 0–65535). Every service on the attached instances, including administration and database ports and anything started later, is reachable from the whole internet.",
    remediation: "Replace the rule with rules for the specific ports the service needs, and restrict their sources to known CIDR ranges or other security groups.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#ingress",
    ],
  },
  check(group, { report }) {
    for (const open of openIngressOf(group)) {
      if (open.allProtocols) {
        report({ at: open.at, message: `${group.name} allows all traffic (every protocol and port) from ${open.cidr}` });
      } else if (open.from <= 0 && open.to >= 65535) {
        report({ at: open.at, message: `${group.name} opens all ports (${open.from}-${open.to}) to ${open.cidr}` });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "all traffic from inside the VPC only",
        filename: "main.tf",
        code: `resource "aws_security_group" "internal" {
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "protocol -1 from anywhere",
        filename: "main.tf",
        code: `resource "aws_security_group" "debug" {
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 8, column: 20, messageIncludes: "all traffic" }],
      },
      {
        name: "every TCP port through a separate rule",
        filename: "main.tf",
        code: `resource "aws_security_group_rule" "wide_open" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
}
`,
        errors: [{ line: 7, column: 24, messageIncludes: "all ports" }],
      },
    ],
  },
});
