import { defineRule } from "@tollgate/engine";
import { githubTrustFinding } from "../../support/github-oidc-role.js";

export default defineRule({
  meta: {
    id: "aws-iam-role-github-oidc-any-repository",
    title: "IAM role trusts GitHub Actions OIDC tokens from any repository",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description:
      "The role's trust policy accepts `sts:AssumeRoleWithWebIdentity` from GitHub's OIDC provider (`token.actions.githubusercontent.com`) without a `sub` condition, or with one whose owner is a wildcard. Every GitHub Actions workflow of every repository on GitHub can obtain such a token, so anyone with a GitHub account can assume the role from their own workflow.",
    remediation:
      "Add a `StringEquals` (or narrow `StringLike`) condition on `token.actions.githubusercontent.com:sub` naming your repository and the branch or environment that deploys, e.g. `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production`, and keep `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com`.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-863"],
    tags: ["iam", "oidc", "github-actions", "public-access-policy"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub",
    ],
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
`,
      },
      {
        name: "provider ARN and conditions that cannot be known statically",
        filename: "main.tf",
        code: `resource "aws_iam_role" "deploy" {
  name               = "github-deploy"
  assume_role_policy = var.trust_policy
}
`,
      },
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
        errors: [{ line: 3, column: 3, messageIncludes: "has no token.actions.githubusercontent.com:sub condition" }],
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
        errors: [{ line: 18, column: 3, messageIncludes: '"repo:*/infrastructure:*"' }],
      },
    ],
  },
});
