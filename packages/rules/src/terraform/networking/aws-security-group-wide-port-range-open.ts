import { defineRule } from "@tollgate/engine";
import { sensitivePortsIn } from "../../support/network.js";
import { openIngressOf, SECURITY_GROUP_TYPES } from "../../support/security-group.js";

/** More ports than any single service needs: a range this wide is a hole, not a rule. */
const WIDE_RANGE = 100;

export default defineRule({
  meta: {
    id: "aws-security-group-wide-port-range-open",
    title: "Security group opens a wide port range to the internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description:
      "An ingress rule lets `0.0.0.0/0` or `::/0` reach more than a hundred ports at once. Whatever listens in that range now or later (debug servers, node ports, ephemeral services) is exposed to the internet. Ranges that include administration or database ports, and all-port rules, are reported by their own rules.",
    remediation: "Open only the ports the service needs, and restrict the sources to known CIDR ranges, a load balancer or other security groups.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"],
  },
  check(group, { report }) {
    for (const open of openIngressOf(group)) {
      if (open.allProtocols || (open.from <= 0 && open.to >= 65535)) continue;
      if (open.to - open.from + 1 <= WIDE_RANGE) continue;
      if (sensitivePortsIn(open.from, open.to).length > 0) continue;
      report({ at: open.at, message: `${group.name} opens ${open.to - open.from + 1} ports (${open.from}-${open.to}) to ${open.cidr}` });
    }
  },
  examples: {
    valid: [
      {
        name: "web ports from anywhere",
        filename: "main.tf",
        code: `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "Kubernetes node ports from anywhere",
        filename: "main.tf",
        code: `resource "aws_vpc_security_group_ingress_rule" "node_ports" {
  security_group_id = aws_security_group.nodes.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 30000
  to_port           = 32767
  ip_protocol       = "tcp"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "30000-32767" }],
      },
    ],
  },
});
