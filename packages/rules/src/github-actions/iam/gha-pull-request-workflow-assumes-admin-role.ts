import { broadestTrust, defineRule, githubOidcTrust, isConfigureAwsCredentials, type GitHubOidcTrust } from "@tollgate/engine";
import { adminGrantsOf, adminRoleRelated, describeAdminGrants } from "../../support/aws-role-access.js";
import { jobOf, triggersOf, workflowOf } from "../../support/workflow.js";

/** Events that run a workflow for people without write access, or for code they wrote. */
const PULL_REQUEST_TRIGGERS = ["pull_request_target", "pull_request", "issue_comment", "workflow_run"];

export default defineRule({
  meta: {
    id: "gha-pull-request-workflow-assumes-admin-role",
    title: "Workflow triggered by pull requests or comments assumes an AWS administrator role any branch can assume",
    severity: "high",
    category: "iam",
    platforms: ["github-actions", "terraform"],
    resourceTypes: ["step"],
    description:
      "A workflow that runs on `pull_request`, `pull_request_target`, `issue_comment` or `workflow_run` assumes, through `aws-actions/configure-aws-credentials`, an IAM role that is an administrator of the AWS account and whose trust policy accepts the OIDC token of any branch or pull request (a `sub` of `repo:org/repo:*`, `repo:org/*`, or none). Whoever can open a pull request or push a branch, or get code to run in such a workflow (a checkout of the pull request's head, an injected title), becomes an administrator of the account.",
    remediation:
      "Assume a read-only role in pull-request workflows. Keep the administrator (or deploying) role for workflows on protected branches or environments, and restrict its trust policy's `token.actions.githubusercontent.com:sub` to `repo:org/repo:ref:refs/heads/main` or `repo:org/repo:environment:production`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-863"],
    tags: ["actions", "oidc", "aws", "iam-wildcard", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
    ],
  },
  check(step, { graph, report }) {
    if (!isConfigureAwsCredentials(step.attributes.uses)) return;
    const job = jobOf(step, graph);
    const workflow = workflowOf(step, graph);
    if (!job || !workflow) return;
    // An environment changes the token's subject and may require a reviewer's approval before the job runs.
    if (job.attributes.environment !== undefined) return;
    const triggers = [...triggersOf(workflow)].filter((event) => PULL_REQUEST_TRIGGERS.includes(event));
    if (triggers.length === 0) return;

    for (const role of graph.targets(step.id, "assumes")) {
      const trust = broadestTrust(githubOidcTrust(graph, role).filter((candidate) => acceptsRunsOf(candidate, triggers)));
      if (!trust) continue;
      const grants = adminGrantsOf(graph, role);
      if (grants.length === 0) continue;
      const subjects = trust.subjects.length === 0 ? "no sub condition" : `sub ${trust.subjects.map((subject) => `"${subject}"`).join(", ")}`;
      report({
        at: ["with", "role-to-assume"],
        message: `runs on ${triggers.join(", ")} and assumes ${role.name}, an AWS administrator role through ${describeAdminGrants(grants)} that trusts ${subjects}`,
        related: [
          { resource: workflow.id, at: ["on"], message: `triggered by ${triggers.join(", ")}` },
          { resource: trust.resource.id, at: trust.at, message: `the trust policy accepts ${subjects}` },
          ...adminRoleRelated({ role, grants }),
        ],
      });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "the same role assumed on push to main",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" } }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`,
        },
      },
      {
        name: "pull requests assume a role that only main can assume",
        filename: ".github/workflows/plan.yml",
        code: `on: pull_request
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:ref:refs/heads/main" } }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`,
        },
      },
    ],
    invalid: [
      {
        name: "pull_request_target, any-ref trust, AdministratorAccess",
        filename: ".github/workflows/preview.yml",
        code: `on:
  pull_request_target:
    types: [opened, synchronize]
permissions:
  id-token: write
  contents: read
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-admin
          aws-region: eu-west-1
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "github_admin" {
  name = "github-admin"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:*" } }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "github_admin" {
  role       = aws_iam_role.github_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
        },
        errors: [{ file: ".github/workflows/preview.yml", line: 14, column: 11, messageIncludes: "runs on pull_request_target and assumes aws_iam_role.github_admin" }],
      },
    ],
  },
});

/**
 * Whether the trust accepts the token of a run of these events: a
 * `pull_request` run presents `repo:org/repo:pull_request`; the others run
 * on the default branch, whose name the scan does not know, so only a
 * trust open to any branch is sure to accept them.
 */
function acceptsRunsOf(trust: GitHubOidcTrust, triggers: readonly string[]): boolean {
  return triggers.some((event) => (event === "pull_request" ? trust.reach.pullRequests : trust.reach.anyBranch));
}
