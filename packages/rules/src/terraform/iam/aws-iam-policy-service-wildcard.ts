import { defineRule } from "@tollgate/engine";
import { IDENTITY_POLICY_TYPES, identityPoliciesOf, statementLabel } from "../../support/aws-policy-source.js";
import { grantsFullAdmin } from "../../support/iam-policy.js";

/** `s3:*`, `ec2:*`: every action of one service. */
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;

export default defineRule({
  meta: {
    id: "aws-iam-policy-service-wildcard",
    title: "IAM policy allows service-wide wildcard actions (s3:*, ec2:*) on every resource",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description:
      "A statement allows every action of a service (`s3:*`, `ec2:*`, `iam:*`…) on `Resource: \"*\"`. Whoever holds the policy can read and delete every bucket, terminate every instance or rewrite IAM in the account, well beyond what one workload needs; a leaked credential becomes an account-wide incident.",
    remediation:
      "List the actions the workload calls (`s3:GetObject`, `s3:PutObject`…) and the ARNs it works on. IAM Access Analyzer can generate a least-privilege policy from the role's CloudTrail activity.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html",
    ],
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        // `Action: "*"` on everything is full administrator access, its own finding.
        if (statement.effect !== "Allow" || grantsFullAdmin(statement) || !statement.resources.includes("*")) continue;
        const wildcards = statement.actions.filter((action) => SERVICE_WILDCARD.test(action));
        if (wildcards.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows wildcard actions ${wildcards.join(", ")} on every resource (Resource "*")`,
          related: policy.related(statement),
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
`,
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
`,
      },
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
        errors: [{ line: 5, column: 3, messageIncludes: "ec2:*, s3:*" }],
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
        errors: [{ line: 10, column: 3, messageIncludes: "rds:*" }],
      },
    ],
  },
});
