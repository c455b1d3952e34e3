import { defineRule } from "@tollgate/engine";
import { NETWORK_ACL_TYPES, openAclIngressOf } from "../../support/network-acl.js";

export default defineRule({
  meta: {
    id: "aws-network-acl-ingress-open",
    title: "Network ACL allows ingress from 0.0.0.0/0 to administration ports or all ports",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_ACL_TYPES,
    description:
      "An inbound network ACL entry allows the internet (`0.0.0.0/0` or `::/0`) to reach every port, or a remote-administration or database port, of the subnets it covers. The ACL then adds no protection behind the security groups: one permissive security group is enough to expose the service.",
    remediation: "Allow only the ports the subnet serves publicly (for example 443 and the ephemeral return range), and deny or restrict SSH, RDP and database ports to known networks.",
    precision: "medium",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.1"] },
    tags: ["network-acl", "nacl", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule",
    ],
  },
  check(acl, { report }) {
    for (const open of openAclIngressOf(acl)) {
      report({ at: open.at, message: `Network ACL ${acl.name} allows ingress from ${open.cidr} to ${open.reach}` });
    }
  },
  examples: {
    valid: [
      {
        name: "HTTPS only",
        filename: "main.tf",
        code: `resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
`,
      },
      {
        name: "SSH denied",
        filename: "main.tf",
        code: `resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "SSH through a separate rule",
        filename: "main.tf",
        code: `resource "aws_network_acl_rule" "ssh_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "22 (SSH)" }],
      },
      {
        name: "all traffic in an inline entry",
        filename: "main.tf",
        code: `resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`,
        errors: [{ line: 8, column: 5, messageIncludes: "all ports" }],
      },
    ],
  },
});
