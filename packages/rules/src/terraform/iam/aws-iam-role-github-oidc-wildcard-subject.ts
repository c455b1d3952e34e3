import { defineRule, type GitHubSubjectScope } from "@tollgate/engine";
import { githubTrustFinding } from "../../support/github-oidc-role.js";

const WHO: Partial<Record<GitHubSubjectScope, string>> = {
  "any-repository-of-owner": "any workflow of any repository of the owner",
  "any-ref": "any branch, tag, pull request or environment of the repository",
  "any-branch": "any branch of the repository, including ones pushed without review",
};

export default defineRule({
  meta: {
    id: "aws-iam-role-github-oidc-wildcard-subject",
    title: "IAM role trusts GitHub Actions OIDC tokens of any branch or any repository of an owner",
    severity: "medium",
    category: "iam",
    platforms: ["terraform", "github-actions"],
    resourceTypes: ["aws_iam_role"],
    description:
      "The role's trust policy accepts GitHub OIDC tokens whose `sub` matches a wildcard such as `repo:acme/*`, `repo:acme/app:*` or `repo:acme/app:ref:refs/heads/*`. Anyone who can push a branch (or create a repository in the organisation) can then run a workflow that assumes the role, without the review and branch protection that guard the deploying branch.",
    remediation:
      "Name the branch or, better, a protected GitHub environment in the condition: `repo:acme/app:ref:refs/heads/main` or `repo:acme/app:environment:production` with `StringEquals`. Give pull-request workflows a separate read-only role.",
    precision: "high",
    cwe: ["CWE-284", "CWE-863"],
    tags: ["iam", "oidc", "github-actions", "public-access-policy"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims"],
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
`,
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
`,
      },
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
`,
        },
        errors: [{ file: "iam.tf", line: 3, column: 3, messageIncludes: "any branch, tag, pull request or environment" }],
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
        errors: [{ line: 3, column: 3, messageIncludes: "any workflow of any repository of the owner" }],
      },
    ],
  },
});
