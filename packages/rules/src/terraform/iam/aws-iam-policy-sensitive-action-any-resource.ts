import { defineRule } from "@tollgate/engine";
import { IDENTITY_POLICY_TYPES, identityPoliciesOf, statementLabel } from "../../support/aws-policy-source.js";
import { actionMatches } from "../../support/iam-policy.js";

/**
 * Actions that hand out more power than they name: passing any role to a
 * service, assuming any role, or writing IAM identities and policies.
 */
const SENSITIVE_ACTIONS = [
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
  "iam:AddUserToGroup",
];

/** `*` and `iam:*` are the admin and service-wildcard findings. */
const WHOLE_SERVICE = /^(\*|[a-z0-9-]+:\*)$/i;

export default defineRule({
  meta: {
    id: "aws-iam-policy-sensitive-action-any-resource",
    title: "IAM policy allows iam:PassRole, sts:AssumeRole or IAM write actions on Resource \"*\"",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description:
      "A statement allows a privilege-escalation action (`iam:PassRole`, `sts:AssumeRole`, `iam:AttachRolePolicy`, `iam:CreateAccessKey`…) on every resource. With `iam:PassRole` on `*` a workload can hand any role, an administrator role included, to a service it controls; with `sts:AssumeRole` on `*` it can become any role that trusts its account; the IAM write actions let it grant itself anything.",
    remediation:
      "Name the role ARNs that may be passed or assumed (and add an `iam:PassedToService` condition to `iam:PassRole`); scope IAM write actions to the users, groups or roles the workload manages.",
    precision: "high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "privilege-escalation", "sensitive-actions"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    ],
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || !statement.resources.includes("*")) continue;
        const granted = SENSITIVE_ACTIONS.filter((sensitive) =>
          statement.actions.some((action) => !WHOLE_SERVICE.test(action) && actionMatches(action, sensitive)),
        );
        if (granted.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows sensitive actions ${granted.join(", ")} on every resource (Resource "*")`,
          related: policy.related(statement),
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
`,
      },
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
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "Roles" allows sensitive actions iam:PassRole, sts:AssumeRole' }],
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
        errors: [{ line: 7, column: 5, messageIncludes: "iam:AttachRolePolicy" }],
      },
    ],
  },
});
