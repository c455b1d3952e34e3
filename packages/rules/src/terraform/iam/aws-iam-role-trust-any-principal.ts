import { defineRule } from "@tollgate/engine";
import { allowsAnyone, policyAt, statementLabel } from "../../support/aws-policy-source.js";
import { actionMatches } from "../../support/iam-policy.js";

export default defineRule({
  meta: {
    id: "aws-iam-role-trust-any-principal",
    title: "IAM role trust policy allows any principal (Principal \"*\") to assume the role",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description:
      "The role's trust policy (`assume_role_policy`) allows `sts:AssumeRole` to `Principal: \"*\"` or `AWS: \"*\"` with no condition naming an account, organisation or source. Any identity in any AWS account can then assume the role and act with its permissions.",
    remediation:
      "Name the accounts, roles or services that may assume the role in `Principal`, or add a condition such as `aws:PrincipalOrgID` or `aws:PrincipalArn`. For third parties, name their account and require `sts:ExternalId`.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["iam", "trust-policy", "public-access-policy", "assume-role"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy",
    ],
  },
  check(role, { graph, report }) {
    const policy = policyAt(graph, role, ["assume_role_policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      if (!statement.actions.some((action) => actionMatches(action, "sts:AssumeRole"))) continue;
      report({
        at: policy!.at,
        message: `${role.name}: trust policy ${statementLabel(statement)} lets any principal (Principal "*") assume the role, with no condition`,
        related: policy!.related(statement),
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
`,
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
`,
      },
    ],
    invalid: [
      {
        name: "AWS = \"*\" in a heredoc",
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
        errors: [{ line: 4, column: 3 }],
      },
      {
        name: "policy document with type \"*\"",
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
        errors: [{ line: 13, column: 3 }],
      },
    ],
  },
});
