#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  actionsText,
  allowsAnyone,
  blocksOf,
  decodeBase64Text,
  isHardcodedSecretValue,
  isSecretName,
  isTrue,
  isUnset,
  openIngressOf,
  policyAt,
  secretsInText,
  sensitivePortsIn,
  singleBlock,
  statementLabel,
  unencryptedInstanceVolumes
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule,
  referencedThrough
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-ec2-imdsv2-not-required.ts
var aws_ec2_imdsv2_not_required_default = defineRule({
  meta: {
    id: "aws-ec2-imdsv2-not-required",
    title: "EC2 instance metadata service does not require IMDSv2 (http_tokens)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
    description: "The instance metadata service accepts IMDSv1 requests (`metadata_options.http_tokens` is not `required`). An SSRF flaw or an open proxy in any application on the instance can then fetch the instance role's temporary credentials with a plain GET request, as in the Capital One breach.",
    remediation: 'Add `metadata_options { http_tokens = "required" }` (and `http_put_response_hop_limit = 1`, or 2 for containers), or make IMDSv2 the account default with `aws_ec2_instance_metadata_defaults`.',
    precision: "very-high",
    cwe: ["CWE-918", "CWE-522"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.6"] },
    tags: ["ec2", "imds", "instance-metadata", "imdsv2"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options"
    ]
  },
  check(resource, { graph, report }) {
    const options = resource.attributes.metadata_options;
    if (isUnknown(options)) return;
    const block = asList(options)[0];
    if (block === void 0) {
      if (accountRequiresImdsv2(graph, resource)) return;
      report({ message: `${resource.name} has no metadata_options block; instance metadata (IMDSv1) is reachable without session tokens` });
      return;
    }
    if (!isObject(block)) return;
    const base = isObject(options) ? ["metadata_options"] : ["metadata_options", 0];
    if (block.http_endpoint === "disabled") return;
    const tokens = block.http_tokens;
    if (isUnknown(tokens) || tokens === "required") return;
    if (tokens === void 0 || tokens === null) {
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
`
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
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
        errors: [{ line: 7, column: 5, messageIncludes: '"optional"' }]
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
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});
function accountRequiresImdsv2(graph, resource) {
  const group = resource.id.slice(0, resource.id.indexOf("::"));
  return graph.ofType("aws_ec2_instance_metadata_defaults").some((defaults) => defaults.id.slice(0, defaults.id.indexOf("::")) === group && defaults.attributes.http_tokens === "required");
}

// packages/rules/src/terraform/iam/aws-ec2-user-data-hardcoded-secret.ts
var USER_DATA = {
  aws_instance: [
    { key: "user_data", base64: false },
    { key: "user_data_base64", base64: true }
  ],
  aws_launch_configuration: [
    { key: "user_data", base64: false },
    { key: "user_data_base64", base64: true }
  ],
  aws_launch_template: [{ key: "user_data", base64: true }]
};
var aws_ec2_user_data_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-ec2-user-data-hardcoded-secret",
    title: "Hardcoded secret (access key, password, private key) in EC2 user_data",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(USER_DATA),
    description: "The instance's boot script contains a credential: an AWS access key, a password assignment, a private key, or a variable whose default is a hardcoded secret. User data is readable by anyone who can describe the instance or reach its metadata service, is kept in the Terraform state and the repository, and cannot be rotated without replacing the instance.",
    remediation: "Give the instance an IAM role (instance profile) instead of access keys, and fetch other secrets at boot from AWS Secrets Manager or SSM Parameter Store (SecureString) with that role.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "ec2", "user-data"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"
    ]
  },
  check(resource, { graph, report }) {
    for (const { key, base64 } of USER_DATA[resource.type] ?? []) {
      const value = resource.attributes[key];
      const found = [];
      if (typeof value === "string") {
        const text = base64 ? decodeBase64Text(value) : value;
        if (text !== void 0) found.push(...secretsInText(text));
      }
      for (const variable of referencedThrough(graph, resource, [key])) {
        const name = variable.name.replace(/^var\./, "");
        if (variable.type === "variable" && isSecretName(name) && isHardcodedSecretValue(variable.attributes.default)) {
          found.push(`variable "${name}", whose default is a hardcoded secret`);
        }
      }
      if (found.length === 0) continue;
      report({ at: [key], message: `${resource.name}: ${key} contains a hardcoded secret: ${found.join(", ")}` });
    }
  },
  examples: {
    valid: [
      {
        name: "secrets fetched at boot with the instance role",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.small"
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data            = <<-SCRIPT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
    export DB_PASSWORD
    aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com
    echo "password requisite pam_pwquality.so retry=3" >> /etc/pam.d/common-password
  SCRIPT
}
`
      }
    ],
    invalid: [
      {
        name: "access key in the script",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = <<-SCRIPT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986
    export AWS_SECRET_ACCESS_KEY=k8Rv0q2Lw9yTn4Xb7Zc1Md6Pf3Hs5Ju8Ge0Ai2Wq
    /opt/app/start.sh
  SCRIPT
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "an AWS access key ID, an AWS secret access key" }]
      },
      {
        name: "variable with a hardcoded default interpolated",
        filename: "main.tf",
        code: `variable "db_password" {
  default = "Winter2024!"
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = <<-SCRIPT
    #!/bin/bash
    echo "DB_PASS=\${var.db_password}" > /etc/app.env
  SCRIPT
}
`,
        errors: [{ line: 8, column: 3, messageIncludes: 'variable "db_password"' }]
      },
      {
        name: "password in a base64 launch template script",
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  user_data     = "IyEvYmluL2Jhc2gKTVlTUUxfUEFTU1dPUkQ9U3VtbWVyMjAyNCEgL29wdC9hcHAvc3RhcnQuc2gK"
  instance_type = "t3.small"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "a password" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-kms-key-policy-any-principal.ts
var aws_kms_key_policy_any_principal_default = defineRule({
  meta: {
    id: "aws-kms-key-policy-any-principal",
    title: 'KMS key policy allows any principal (Principal "*")',
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_kms_key", "aws_kms_key_policy"],
    description: 'The key policy allows `Principal: "*"` with no condition naming an account, organisation or calling service. Anyone in any AWS account can use the key as the statement allows: decrypt what it protects, encrypt with it, or manage it.',
    remediation: "Name the account root (`arn:aws:iam::<account>:root`) and the roles that use the key, or narrow the statement with `kms:CallerAccount` and `kms:ViaService` (or `aws:PrincipalOrgID`).",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["kms", "key-policy", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
      "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account"
    ]
  },
  check(key, { graph, report }) {
    const policy = policyAt(graph, key, ["policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      report({
        at: policy.at,
        message: `${key.name}: key policy ${statementLabel(statement)} allows any principal (Principal "*") to ${actionsText(statement)}`,
        related: policy.related(statement)
      });
    }
  },
  examples: {
    valid: [
      {
        name: "any principal, but only through EBS in this account",
        filename: "main.tf",
        code: `resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" },
      {
        Sid       = "ViaEbs"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = "123456789012", "kms:ViaService" = "ec2.eu-west-1.amazonaws.com" } }
      }
    ]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kms_key_policy" "exports" {
  key_id = aws_kms_key.exports.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Everyone", Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "Everyone" allows any principal (Principal "*") to kms:Decrypt' }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-ec2-instance-volume-encryption.ts
var aws_ec2_instance_volume_encryption_default = defineRule({
  meta: {
    id: "aws-ec2-instance-volume-encryption",
    title: "EC2 instance root or EBS block device not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description: "The instance's root volume or an attached `ebs_block_device` is created without `encrypted = true`. Unless the account turns on EBS encryption by default, the disk and its snapshots are stored unencrypted, and the setting cannot be changed without replacing the volume.",
    remediation: "Set `encrypted = true` (and `kms_key_id`) in `root_block_device` and every `ebs_block_device`, or enable EBS encryption by default for the account and region (`aws_ebs_encryption_by_default`).",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices"
    ]
  },
  check(instance, { report }) {
    const template = instance.attributes.launch_template;
    if (isUnknown(template) || !isUnset(template) && !(Array.isArray(template) && template.length === 0)) return;
    for (const volume of unencryptedInstanceVolumes(instance.attributes)) {
      const how = volume.explicit ? "encrypted = false" : "encrypted is not set";
      report({ at: volume.at, message: `EC2 instance ${instance.name}: ${volume.label} is not encrypted at rest (${how})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  root_block_device {
    volume_size = 20
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }
}
`
      }
    ],
    invalid: [
      {
        name: "no root_block_device",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "root volume" }]
      },
      {
        name: "root without encryption, data disk explicitly unencrypted",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  root_block_device {
    volume_size = 20
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = false
  }
}
`,
        errors: [
          { line: 5, column: 3, messageIncludes: "root volume" },
          { line: 12, column: 5, messageIncludes: "/dev/sdf" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-kinesis-firehose-encryption-at-rest.ts
var aws_kinesis_firehose_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-kinesis-firehose-encryption-at-rest",
    title: "Kinesis Data Firehose delivery stream without server-side encryption",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kinesis_firehose_delivery_stream"],
    description: "Records sent directly to the delivery stream are buffered without server-side encryption before delivery. Streams fed by a Kinesis data stream or MSK rely on their source's encryption instead and are not reported.",
    remediation: 'Add `server_side_encryption { enabled = true }`, with `key_type = "CUSTOMER_MANAGED_CMK"` and `key_arn` for a customer-managed KMS key.',
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["firehose", "kinesis", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption"
    ]
  },
  check(stream, { report }) {
    const attributes = stream.attributes;
    for (const source of ["kinesis_source_configuration", "msk_source_configuration"]) {
      const blocks = blocksOf(attributes, source);
      if (blocks === void 0 || blocks.length > 0) return;
    }
    const sse = singleBlock(attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `Firehose delivery stream ${stream.name} has no server_side_encryption: buffered records are not encrypted at rest` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    const at = enabled === void 0 || enabled === null ? sse.at : [...sse.at, "enabled"];
    report({ at, message: `Firehose delivery stream ${stream.name} has server-side encryption turned off: buffered records are not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        name: "direct put with a customer key",
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit-to-s3"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.audit.arn
  }
}
`
      },
      {
        name: "fed by a Kinesis stream",
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clicks-to-s3"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.clicks.arn
    role_arn           = aws_iam_role.firehose.arn
  }

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.clicks.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit-to-s3"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.audit.arn
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-kinesis-stream-encryption-at-rest.ts
var aws_kinesis_stream_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-kinesis-stream-encryption-at-rest",
    title: "Kinesis data stream not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kinesis_stream"],
    description: "The stream's `encryption_type` is `NONE` (the default), so records stay unencrypted in the stream's storage for the whole retention period.",
    remediation: 'Set `encryption_type = "KMS"` and `kms_key_id` to a customer-managed key (or `alias/aws/kinesis`); encryption can be turned on for an existing stream.',
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["kinesis", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type"
    ]
  },
  check(stream, { report }) {
    const type = stream.attributes.encryption_type;
    if (isUnknown(type)) return;
    if (type === void 0 || type === null) {
      report({ message: `Kinesis stream ${stream.name} does not set encryption_type = "KMS", so records are not encrypted at rest` });
    } else if (typeof type === "string" && type.toUpperCase() === "NONE") {
      report({ at: ["encryption_type"], message: `Kinesis stream ${stream.name} is not encrypted at rest (encryption_type = "NONE")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 2
  retention_period = 48
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly NONE",
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 2
  encryption_type = "NONE"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-kms-key-rotation-disabled.ts
var aws_kms_key_rotation_disabled_default = defineRule({
  meta: {
    id: "aws-kms-key-rotation-disabled",
    title: "KMS key rotation not enabled on a symmetric customer-managed key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kms_key"],
    description: "Automatic rotation is off for a symmetric encryption key. The same key material then protects data for the key's whole life, so a compromise of it exposes everything ever encrypted under it, and compliance regimes that require yearly rotation are not met.",
    remediation: "Set `enable_key_rotation = true` (optionally `rotation_period_in_days`); AWS keeps old key material to decrypt existing data.",
    precision: "very-high",
    cwe: ["CWE-320"],
    tags: ["kms", "key-rotation", "key-management"],
    references: [
      "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation"
    ]
  },
  check(key, { report }) {
    const { attributes } = key;
    const spec = attributes.customer_master_key_spec ?? attributes.key_spec;
    if (!isUnset(spec) && spec !== "SYMMETRIC_DEFAULT") return;
    if (!isUnset(attributes.key_usage) && attributes.key_usage !== "ENCRYPT_DECRYPT") return;
    if (!isUnset(attributes.custom_key_store_id)) return;
    const rotation = attributes.enable_key_rotation;
    if (isUnknown(rotation) || isTrue(rotation)) return;
    if (isUnset(rotation)) report({ message: `KMS key ${key.name} does not enable automatic key rotation (enable_key_rotation is not set)` });
    else report({ at: ["enable_key_rotation"], message: `KMS key ${key.name} has automatic key rotation turned off` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description         = "log bucket key"
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description             = "log bucket key"
  deletion_window_in_days = 10
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description         = "log bucket key"
  enable_key_rotation = false
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-ec2-instance-public-ip.ts
var aws_ec2_instance_public_ip_default = defineRule({
  meta: {
    id: "aws-ec2-instance-public-ip",
    title: "EC2 instance is given a public IP address",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description: "`associate_public_ip_address = true` puts the instance directly on the internet. Its security groups become the only barrier, and a single rule widened by mistake exposes it; most workloads are better served behind a load balancer or NAT gateway.",
    remediation: "Set `associate_public_ip_address = false`, place the instance in a private subnet, and publish it through a load balancer; use Session Manager instead of SSH for administration.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["ec2", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address"
    ]
  },
  check(instance, { report }) {
    if (isTrue(instance.attributes.associate_public_ip_address)) {
      report({ at: ["associate_public_ip_address"], message: `EC2 instance ${instance.name} has a public IP address (associate_public_ip_address = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "worker" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "worker" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-instance-public-ip-sensitive-port-open.ts
var GROUP_RULE_TYPES = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];
var aws_instance_public_ip_sensitive_port_open_default = defineRule({
  meta: {
    id: "aws-instance-public-ip-sensitive-port-open",
    title: "EC2 instance with a public IP reachable from the internet on an administration or database port",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description: "The instance gets a public IP address (`associate_public_ip_address = true`, or a subnet with `map_public_ip_on_launch = true`) and one of its security groups lets `0.0.0.0/0` or `::/0` reach SSH, RDP, a database or every port. The instance itself, not just a rule on paper, is then exposed to the scanning and brute-forcing that starts minutes after an address goes live.",
    remediation: "Keep the instance in a private subnet without a public IP and reach it through AWS Systems Manager Session Manager, a bastion or a VPN; or restrict the security group's ingress to known networks.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["ec2", "security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html"]
  },
  check(instance, { graph, report }) {
    const publicAddress = publicAddressOf(graph, instance);
    if (!publicAddress) return;
    const reachable = reachablePorts(graph, instance);
    if (reachable.length === 0) return;
    const ports = [...new Set(reachable.map((item) => item.ports))].join(", ");
    report({
      at: publicAddress.at,
      message: `${instance.name} has a public IP ${publicAddress.why} and its security groups open ${ports} to the internet`,
      related: [
        ...publicAddress.subnet ? [{ resource: publicAddress.subnet.id, at: ["map_public_ip_on_launch"], message: `${publicAddress.subnet.name} gives instances public IPs` }] : [],
        ...reachable.map((item) => ({ resource: item.rule.id, at: item.open.at, message: `${item.rule.name} allows ${item.open.cidr} to reach ${item.ports}` }))
      ]
    });
  },
  examples: {
    valid: [
      {
        name: "SSH open, but no public IP",
        filename: "main.tf",
        code: `resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "worker" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
  vpc_security_group_ids      = [aws_security_group.admin.id]
}
`
      },
      {
        name: "public IP, only HTTPS from the internet",
        filename: "main.tf",
        code: `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "web" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.web.id]
}
`
      }
    ],
    invalid: [
      {
        name: "public IP and an inline SSH rule",
        filename: "main.tf",
        code: `resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.admin.id]
}
`,
        errors: [{ line: 13, column: 3, messageIncludes: "22 (SSH)" }]
      },
      {
        name: "public subnet and a separate rule opening every port, across files",
        filename: "instance.tf",
        code: `resource "aws_instance" "db" {
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public.id
  vpc_security_group_ids = [aws_security_group.db.id]
}
`,
        extraFiles: {
          "network.tf": `resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "db_all" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
`
        },
        errors: [{ file: "instance.tf", line: 4, column: 3, messageIncludes: "every port" }]
      }
    ]
  }
});
function publicAddressOf(graph, instance) {
  const own = instance.attributes.associate_public_ip_address;
  if (own === true) return { at: ["associate_public_ip_address"], why: "(associate_public_ip_address)" };
  if (own !== void 0 && own !== null) return void 0;
  const subnet = referencedThrough(graph, instance, ["subnet_id"]).find((target) => target.type === "aws_subnet" && target.attributes.map_public_ip_on_launch === true);
  return subnet ? { at: ["subnet_id"], why: `from ${subnet.name}`, subnet } : void 0;
}
function reachablePorts(graph, instance) {
  const groups = [...referencedThrough(graph, instance, ["vpc_security_group_ids"]), ...referencedThrough(graph, instance, ["security_groups"])].filter(
    (target) => target.type === "aws_security_group"
  );
  const reachable = [];
  for (const group of new Set(groups)) {
    const separate = graph.edgesTo(group.id, "references").filter((edge) => edge.via?.[0] === "security_group_id").map((edge) => graph.get(edge.from)).filter((rule) => rule !== void 0 && GROUP_RULE_TYPES.includes(rule.type));
    const rules2 = [group, ...separate];
    for (const rule of rules2) {
      for (const open of openIngressOf(rule)) {
        const ports = describePorts(open);
        if (ports) reachable.push({ group, rule, open, ports });
      }
    }
  }
  return reachable;
}
function describePorts(open) {
  if (open.allProtocols || open.from <= 0 && open.to >= 65535) return "every port";
  const sensitive = sensitivePortsIn(open.from, open.to);
  return sensitive.length > 0 ? sensitive.map(({ port, name }) => `${port} (${name})`).join(", ") : void 0;
}

// packages/rules/src/groups/terraform-aws-instance.ts
var rules = [
  aws_ec2_imdsv2_not_required_default,
  aws_ec2_user_data_hardcoded_secret_default,
  aws_kms_key_policy_any_principal_default,
  aws_ec2_instance_volume_encryption_default,
  aws_kinesis_firehose_encryption_at_rest_default,
  aws_kinesis_stream_encryption_at_rest_default,
  aws_kms_key_rotation_disabled_default,
  aws_ec2_instance_public_ip_default,
  aws_instance_public_ip_sensitive_port_open_default
];
export {
  rules
};
