#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  IDENTITY_POLICY_TYPES,
  actionMatches,
  actionsText,
  allowsAnyone,
  githubTrustFinding,
  grantsFullAdmin,
  identityPoliciesOf,
  isUnset,
  policyAt,
  readPolicy,
  statementLabel
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  getPath,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

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

// packages/rules/src/groups/terraform-aws-iam.ts
var rules = [
  aws_certificate_private_key_hardcoded_default,
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
  aws_iam_user_direct_policy_default
];
export {
  rules
};
