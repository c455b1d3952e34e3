import { defineRule } from "@tollgate/engine";
import { sensitivePortsIn } from "../../support/network.js";
import { openIngressOf, SECURITY_GROUP_TYPES } from "../../support/security-group.js";

export default defineRule({
  meta: {
    id: "aws-security-group-sensitive-port-open",
    title: "Security group opens an administration or database port to the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description:
      "An ingress rule allows `0.0.0.0/0` or `::/0` to reach a port used for remote administration (SSH, RDP, WinRM, VNC) or a database or cluster service (PostgreSQL, MySQL, Redis, Elasticsearch, etcd, the Kubernetes API…). These ports are scanned and brute-forced within minutes of exposure.",
    remediation:
      "Restrict the rule's CIDR ranges to known networks, reach administration through a bastion, VPN or AWS Systems Manager Session Manager, and keep databases in private subnets reachable only from application security groups.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"],
  },
  check(group, { report }) {
    for (const open of openIngressOf(group)) {
      // Every port open to everyone is the separate all-ports rule's finding.
      if (open.allProtocols || (open.from <= 0 && open.to >= 65535)) continue;
      const ports = sensitivePortsIn(open.from, open.to);
      if (ports.length === 0) continue;
      const named = ports.map(({ port, name }) => `${port} (${name})`).join(", ");
      report({ at: open.at, message: `${group.name} allows ${open.cidr} to reach ${named}` });
    }
  },
  examples: {
    valid: [
      {
        name: "HTTPS from anywhere, SSH from the office",
        filename: "main.tf",
        code: `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24"]
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "SSH from anywhere, inline",
        filename: "main.tf",
        code: `resource "aws_security_group" "bastion" {
  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
        errors: [
          { line: 6, column: 39, messageIncludes: "22 (SSH)" },
          { line: 7, column: 25 },
        ],
      },
      {
        name: "PostgreSQL through a separate rule",
        filename: "main.tf",
        code: `resource "aws_security_group_rule" "db" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
        errors: [{ line: 7, column: 24, messageIncludes: "PostgreSQL" }],
      },
      {
        name: "RDP through the VPC ingress rule resource",
        filename: "main.tf",
        code: `resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.win.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
