#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  SECURITY_GROUP_TYPES,
  isFalse,
  isSecretName,
  isTrue,
  isUnset,
  openIngressOf,
  sensitivePortsIn
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-ssm-parameter-secret-not-secure-string.ts
var aws_ssm_parameter_secret_not_secure_string_default = defineRule({
  meta: {
    id: "aws-ssm-parameter-secret-not-secure-string",
    title: "SSM parameter named like a password or secret is stored as plain String",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ssm_parameter"],
    description: "A parameter whose name says it holds a password, secret, token or key has type `String` (or `StringList`). Its value is stored and returned unencrypted, readable by anyone with `ssm:GetParameter`, without the KMS key permission a `SecureString` would also require.",
    remediation: 'Use `type = "SecureString"` with a customer-managed `key_id`, or keep the secret in AWS Secrets Manager.',
    precision: "medium",
    cwe: ["CWE-312"],
    tags: ["secrets", "ssm", "plaintext-secret"],
    references: ["https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html"]
  },
  check(parameter, { report }) {
    const { name, type } = parameter.attributes;
    if (typeof name !== "string" || type !== "String" && type !== "StringList") return;
    const last = name.split("/").filter(Boolean).pop() ?? name;
    if (!isSecretName(last)) return;
    report({ at: ["type"], message: `SSM parameter ${name} looks like a secret but is stored unencrypted as ${type}; use SecureString` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ssm_parameter" "db_password" {
  name   = "/orders/db/password"
  type   = "SecureString"
  key_id = aws_kms_key.params.arn
  value  = random_password.db.result
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/orders/db/host"
  type  = "String"
  value = aws_db_instance.orders.address
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ssm_parameter" "api_token" {
  name  = "/orders/partner/api_token"
  type  = "String"
  value = random_password.partner.result
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "/orders/partner/api_token" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-sns-topic-encryption-at-rest.ts
var aws_sns_topic_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-sns-topic-encryption-at-rest",
    title: "SNS topic not encrypted at rest (no KMS key)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sns_topic"],
    description: "Without `kms_master_key_id` the topic does not use server-side encryption: messages waiting for delivery are stored without a KMS key, and access to them is not controlled or logged through a key policy.",
    remediation: "Set `kms_master_key_id` to a customer-managed KMS key (or at least `alias/aws/sns`), and allow the publishing services to use the key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["sns", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id"
    ]
  },
  check(topic, { report }) {
    const key = topic.attributes.kms_master_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `SNS topic ${topic.name} has no kms_master_key_id: messages are not encrypted at rest with server-side encryption` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sns_topic" "alerts" {
  name              = "billing-alerts"
  kms_master_key_id = aws_kms_key.sns.id
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sns_topic" "alerts" {
  name = "billing-alerts"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-sqs-queue-encryption-at-rest.ts
var aws_sqs_queue_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-sqs-queue-encryption-at-rest",
    title: "SQS queue server-side encryption turned off",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sqs_queue"],
    description: "`sqs_managed_sse_enabled = false` with no `kms_master_key_id` turns off the encryption at rest that SQS applies to new queues by default, so queued messages are stored unencrypted.",
    remediation: "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a customer-managed KMS key.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["sqs", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled"
    ]
  },
  check(queue, { report }) {
    const key = queue.attributes.kms_master_key_id;
    if (!isFalse(queue.attributes.sqs_managed_sse_enabled) || isUnknown(key) || !isUnset(key)) return;
    report({ at: ["sqs_managed_sse_enabled"], message: `SQS queue ${queue.name} is not encrypted at rest: SSE-SQS is turned off and no KMS key is set` });
  },
  examples: {
    valid: [
      {
        name: "SSE-SQS by default",
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name = "orders"
}
`
      },
      {
        name: "customer-managed key",
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.queues.id
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-transfer-server-plaintext-ftp.ts
var aws_transfer_server_plaintext_ftp_default = defineRule({
  meta: {
    id: "aws-transfer-server-plaintext-ftp",
    title: "Transfer Family server accepts plain FTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_transfer_server"],
    description: "The server's `protocols` include `FTP`, which sends user names, passwords and file contents unencrypted. SFTP and FTPS protect both with encryption in transit.",
    remediation: "Remove `FTP` from `protocols` and offer `SFTP` or `FTPS` instead.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["transfer-family", "ftp", "encryption-in-transit"],
    references: [
      "https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#protocols"
    ]
  },
  check(server, { report }) {
    const protocols = server.attributes.protocols;
    if (!Array.isArray(protocols)) return;
    const index = protocols.findIndex((protocol) => typeof protocol === "string" && protocol.toUpperCase() === "FTP");
    if (index >= 0) report({ at: ["protocols", index], message: `Transfer server ${server.name} accepts plaintext FTP: credentials and files are not encrypted in transit` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_transfer_server" "partners" {
  endpoint_type = "VPC"
  protocols     = ["SFTP", "FTPS"]
  certificate   = aws_acm_certificate.sftp.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_transfer_server" "partners" {
  endpoint_type = "VPC"
  protocols     = ["SFTP", "FTP"]
}
`,
        errors: [{ line: 3, column: 28 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-security-group-all-ports-open.ts
var aws_security_group_all_ports_open_default = defineRule({
  meta: {
    id: "aws-security-group-all-ports-open",
    title: "Security group opens all ports or all protocols to the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description: "An ingress rule allows `0.0.0.0/0` or `::/0` on every port (protocol `-1`, or ports 0–65535). Every service on the attached instances, including administration and database ports and anything started later, is reachable from the whole internet.",
    remediation: "Replace the rule with rules for the specific ports the service needs, and restrict their sources to known CIDR ranges or other security groups.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#ingress"
    ]
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
`
      }
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
        errors: [{ line: 8, column: 20, messageIncludes: "all traffic" }]
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
        errors: [{ line: 7, column: 24, messageIncludes: "all ports" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-security-group-sensitive-port-open.ts
var aws_security_group_sensitive_port_open_default = defineRule({
  meta: {
    id: "aws-security-group-sensitive-port-open",
    title: "Security group opens an administration or database port to the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description: "An ingress rule allows `0.0.0.0/0` or `::/0` to reach a port used for remote administration (SSH, RDP, WinRM, VNC) or a database or cluster service (PostgreSQL, MySQL, Redis, Elasticsearch, etcd, the Kubernetes API…). These ports are scanned and brute-forced within minutes of exposure.",
    remediation: "Restrict the rule's CIDR ranges to known networks, reach administration through a bastion, VPN or AWS Systems Manager Session Manager, and keep databases in private subnets reachable only from application security groups.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]
  },
  check(group, { report }) {
    for (const open of openIngressOf(group)) {
      if (open.allProtocols || open.from <= 0 && open.to >= 65535) continue;
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
`
      }
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
          { line: 7, column: 25 }
        ]
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
        errors: [{ line: 7, column: 24, messageIncludes: "PostgreSQL" }]
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
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-security-group-wide-port-range-open.ts
var WIDE_RANGE = 100;
var aws_security_group_wide_port_range_open_default = defineRule({
  meta: {
    id: "aws-security-group-wide-port-range-open",
    title: "Security group opens a wide port range to the internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SECURITY_GROUP_TYPES,
    description: "An ingress rule lets `0.0.0.0/0` or `::/0` reach more than a hundred ports at once. Whatever listens in that range now or later (debug servers, node ports, ephemeral services) is exposed to the internet. Ranges that include administration or database ports, and all-port rules, are reported by their own rules.",
    remediation: "Open only the ports the service needs, and restrict the sources to known CIDR ranges, a load balancer or other security groups.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"]
  },
  check(group, { report }) {
    for (const open of openIngressOf(group)) {
      if (open.allProtocols || open.from <= 0 && open.to >= 65535) continue;
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
`
      }
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
        errors: [{ line: 3, column: 3, messageIncludes: "30000-32767" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-subnet-public-ip-on-launch.ts
var aws_subnet_public_ip_on_launch_default = defineRule({
  meta: {
    id: "aws-subnet-public-ip-on-launch",
    title: "Subnet assigns a public IP to every instance launched in it",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_subnet", "aws_default_subnet"],
    description: "`map_public_ip_on_launch = true` gives every instance, container task or node started in the subnet a public IP address, whether or not it is meant to be reachable from the internet.",
    remediation: "Set `map_public_ip_on_launch = false`, keep workloads in private subnets behind NAT, and request public addresses explicitly only for the few resources that need them.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["vpc", "subnet", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch"
    ]
  },
  check(subnet, { report }) {
    if (isTrue(subnet.attributes.map_public_ip_on_launch)) {
      report({ at: ["map_public_ip_on_launch"], message: `Subnet ${subnet.name} gives a public IP to every instance launched in it (map_public_ip_on_launch = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.101.0/24"
  map_public_ip_on_launch = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-security.ts
var rules = [
  aws_ssm_parameter_secret_not_secure_string_default,
  aws_sns_topic_encryption_at_rest_default,
  aws_sqs_queue_encryption_at_rest_default,
  aws_transfer_server_plaintext_ftp_default,
  aws_security_group_all_ports_open_default,
  aws_security_group_sensitive_port_open_default,
  aws_security_group_wide_port_range_open_default,
  aws_subnet_public_ip_on_launch_default
];
export {
  rules
};
