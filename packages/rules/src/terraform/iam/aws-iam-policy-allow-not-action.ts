import { defineRule } from "@tollgate/engine";
import { IDENTITY_POLICY_TYPES, identityPoliciesOf, statementLabel } from "../../support/aws-policy-source.js";

export default defineRule({
  meta: {
    id: "aws-iam-policy-allow-not-action",
    title: "IAM policy uses NotAction with Allow",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: IDENTITY_POLICY_TYPES,
    description:
      "An `Allow` statement with `NotAction` grants every action except the listed ones, including actions of services AWS launches later. It is almost always far broader than intended: `NotAction: iam:*` on `*` is still administrator access to everything else.",
    remediation:
      "Allow the actions the workload needs with `Action`. Keep `NotAction` for `Deny` statements (deny everything except…), where it narrows instead of widening.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["iam", "least-privilege", "iam-wildcard"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"],
  },
  check(resource, { graph, report }) {
    for (const policy of identityPoliciesOf(graph, resource)) {
      for (const statement of policy.statements) {
        if (statement.effect !== "Allow" || statement.notActions.length === 0) continue;
        const where = statement.resources.includes("*") ? "on every resource" : "on its resources";
        report({
          at: policy.at,
          message: `${resource.name}: ${statementLabel(statement)} allows every action except ${statement.notActions.join(", ")} ${where} (Allow with NotAction)`,
          related: policy.related(statement),
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
`,
      },
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
        errors: [{ line: 4, column: 3, messageIncludes: "except iam:*, organizations:*" }],
      },
    ],
  },
});
