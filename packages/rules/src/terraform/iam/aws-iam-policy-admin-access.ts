import { defineRule } from "@tollgate/engine";
import { grantsFullAdmin, readPolicy } from "../../support/iam-policy.js";

/** Resource types that carry an IAM policy document, and the attribute holding it. */
const POLICY_ATTRIBUTE: Record<string, string> = {
  aws_iam_policy: "policy",
  aws_iam_role_policy: "policy",
  aws_iam_user_policy: "policy",
  aws_iam_group_policy: "policy",
};

export default defineRule({
  meta: {
    id: "aws-iam-policy-admin-access",
    title: "IAM policy grants every action on every resource",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(POLICY_ATTRIBUTE),
    description:
      "A statement allows `Action: \"*\"` on `Resource: \"*\"`: whoever holds the policy is an administrator of the account, able to create users, read every secret and delete every resource.",
    remediation: "Grant only the actions and resources the workload needs; start from the access actually used (IAM Access Analyzer can generate a policy from CloudTrail activity).",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.16"] },
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"],
  },
  check(policy, { report }) {
    const attribute = POLICY_ATTRIBUTE[policy.type]!;
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
`,
      },
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
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "All"' }],
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
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
