#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  adminRoleRelated,
  adminRolesDesignatedBy,
  blocksOf,
  describeAdminGrants,
  isDeprecatedLambdaRuntime,
  isHardcodedSecretValue,
  isSecretName,
  isTrue,
  isUnset,
  secretsInText,
  successorRuntime,
  unencryptedInstanceVolumes,
  volumeProblem
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

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

// packages/rules/src/groups/terraform-aws-lambda.ts
var rules = [
  aws_lambda_environment_hardcoded_secret_default,
  aws_lambda_function_admin_role_default,
  aws_lambda_function_url_unauthenticated_default,
  aws_lambda_permission_any_principal_default,
  aws_launch_configuration_volume_encryption_default,
  aws_launch_template_volume_encryption_default,
  aws_launch_template_public_ip_default,
  aws_lambda_deprecated_runtime_default
];
export {
  rules
};
