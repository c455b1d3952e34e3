import { defineRule } from "@tollgate/engine";
import { actionsText, IDENTITY_POLICY_TYPES, identityPoliciesOf, statementLabel } from "../../support/aws-policy-source.js";

export default defineRule({
  meta: {
    id: "aws-iam-policy-allow-not-resource",
    title: "IAM policy uses NotResource with Allow",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description:
      "An `Allow` statement with `NotResource` grants its actions on every resource except the listed ones: every other bucket, table or key in the account, and every one created later. The exception list rarely stays in step with what should really be reachable.",
    remediation: "Name the resources the statement applies to with `Resource`. Use `NotResource` only in `Deny` statements.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html"],
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || statement.notResources.length === 0) continue;
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows ${actionsText(statement)} on every resource except ${statement.notResources.join(", ")} (Allow with NotResource)`,
          related: policy.related(statement),
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
`,
      },
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
        errors: [{ line: 11, column: 3, messageIncludes: 'statement "AllButAudit" allows s3:GetObject on every resource except' }],
      },
    ],
  },
});
