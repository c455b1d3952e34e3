import { describe, expect, it } from "vitest";
import { scanSources } from "../../src/scan.js";
import type { ResourceGraph } from "../../src/graph/graph.js";
import { parseRoleReference, rolesDesignatedBy } from "../../src/graph/cross-platform/aws-roles.js";
import { broadestTrust, githubOidcTrust } from "../../src/graph/cross-platform/github-oidc-trust.js";
import { rolePolicies } from "../../src/graph/cross-platform/role-permissions.js";

const workflow = `on: pull_request_target
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ci/github-deploy
          aws-region: eu-west-1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: \${{ secrets.DEPLOY_ROLE }}
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::\${{ vars.ACCOUNT_ID }}:role/ci-reader
      - uses: some-org/configure-aws-credentials@v1
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ci-reader
`;

const terraform = `resource "aws_iam_role" "github_deploy" {
  name = "github-deploy"
  path = "/ci/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:acme/*" }
      }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "deploy_admin" {
  role       = aws_iam_role.github_deploy.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

data "aws_iam_policy_document" "ci_reader_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:production"]
    }
  }
}

resource "aws_iam_role" "ci_reader" {
  name               = "ci-reader"
  assume_role_policy = data.aws_iam_policy_document.ci_reader_trust.json
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

resource "aws_iam_policy" "artifacts" {
  name   = "artifacts"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}

resource "aws_iam_role_policy_attachment" "ci_reader_artifacts" {
  role       = aws_iam_role.ci_reader.id
  policy_arn = aws_iam_policy.artifacts.arn
}

resource "aws_iam_role_policy" "ci_reader_logs" {
  role   = aws_iam_role.ci_reader.name
  policy = <<EOF
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:*", "Resource": "*"}]}
EOF
}

resource "aws_iam_role" "anyone" {
  name = "anyone"
  assume_role_policy = <<EOF
{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",
  "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}
EOF
  inline_policy {
    name   = "everything"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
  }
}

resource "aws_iam_role" "computed_trust" {
  name = "computed-trust"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithWebIdentity", Principal = { Federated = aws_iam_openid_connect_provider.github.arn } }]
  })
}

resource "aws_iam_role" "generated_name" {
  name_prefix        = "ci-reader"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "payments" {
  name               = "payments-irsa"
  assume_role_policy = "{}"
}

resource "aws_lambda_function" "export" {
  function_name = "export"
  role          = aws_iam_role.payments.arn
}

resource "aws_eks_pod_identity_association" "billing" {
  cluster_name    = "main"
  namespace       = "billing"
  service_account = "invoicer"
  role_arn        = "arn:aws:iam::123456789012:role/ci-reader"
}
`;

const serviceAccount = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: payments
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/payments-irsa
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: reports
  namespace: shop
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/other-path/payments-irsa
`;

async function scanFixture(): Promise<ResourceGraph> {
  const result = await scanSources(
    [
      { path: ".github/workflows/deploy.yml", text: workflow },
      { path: "infra/iam.tf", text: terraform },
      { path: "k8s/service-accounts.yaml", text: serviceAccount },
    ],
    { rules: [], root: "/" },
  );
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === "error")).toEqual([]);
  return result.graph;
}

const role = (name: string) => `terraform:infra::aws_iam_role.${name}`;
const step = (index: number) => `github-actions:.github/workflows/deploy.yml#jobs.deploy.steps[${index}]`;

describe("assumes edges", () => {
  it("link configure-aws-credentials steps and annotated service accounts to the roles they name", async () => {
    const graph = await scanFixture();
    const assumes = graph
      .edges()
      .filter((edge) => edge.kind === "assumes")
      .map((edge) => `${edge.from} -> ${edge.to}`)
      .sort();
    expect(assumes).toEqual(
      [
        `${step(0)} -> ${role("github_deploy")}`,
        // The account is an expression; the role name is not.
        `${step(2)} -> ${role("ci_reader")}`,
        `kubernetes:v1/ServiceAccount/billing/invoicer -> ${role("ci_reader")}`,
        `kubernetes:v1/ServiceAccount/shop/payments -> ${role("payments")}`,
      ].sort(),
    );
  });

  it("records the attribute that names the role", async () => {
    const graph = await scanFixture();
    expect(graph.edgesFrom(step(0), "assumes")[0]?.via).toEqual(["with", "role-to-assume"]);
    expect(graph.edgesFrom("kubernetes:v1/ServiceAccount/shop/payments", "assumes")[0]?.via).toEqual(["metadata", "annotations", "eks.amazonaws.com/role-arn"]);
  });

  it("finds a role from a reference or from a literal ARN", async () => {
    const graph = await scanFixture();
    const lambda = graph.get("terraform:infra::aws_lambda_function.export")!;
    expect(rolesDesignatedBy(graph, lambda, ["role"]).map((resource) => resource.id)).toEqual([role("payments")]);
  });
});

describe("parseRoleReference", () => {
  it("reads ARNs with and without a path, bare names, and rejects expressions", () => {
    expect(parseRoleReference("arn:aws:iam::123456789012:role/ci/github-deploy")).toEqual({ name: "github-deploy", path: "/ci/", arn: "arn:aws:iam::123456789012:role/ci/github-deploy" });
    expect(parseRoleReference("arn:aws-us-gov:iam::123456789012:role/deploy")).toMatchObject({ name: "deploy", path: "/" });
    expect(parseRoleReference("arn:aws:iam::${{ vars.ACCOUNT }}:role/deploy")).toEqual({ name: "deploy", path: "/" });
    expect(parseRoleReference("deploy")).toEqual({ name: "deploy" });
    expect(parseRoleReference("${{ secrets.ROLE }}")).toBeUndefined();
    expect(parseRoleReference("arn:aws:iam::123456789012:user/deploy")).toBeUndefined();
  });
});

describe("githubOidcTrust", () => {
  it("reads the sub patterns of a jsonencode trust policy", async () => {
    const graph = await scanFixture();
    const [trust, ...others] = githubOidcTrust(graph, graph.get(role("github_deploy"))!);
    expect(others).toEqual([]);
    expect(trust).toMatchObject({ subjects: ["repo:acme/*"], scope: "any-repository-of-owner", at: ["assume_role_policy"] });
    expect(trust!.reach).toEqual({ anyRepository: false, anyRepositoryOfOwner: true, anyBranch: true, pullRequests: true });
  });

  it("reads a policy document data source whose provider ARN is computed, and points at its statement", async () => {
    const graph = await scanFixture();
    const [trust] = githubOidcTrust(graph, graph.get(role("ci_reader"))!);
    expect(trust).toMatchObject({ scope: "specific", at: ["statement", 0] });
    expect(trust!.resource.id).toBe("terraform:infra::data.aws_iam_policy_document.ci_reader_trust");
    expect(trust!.subjects).toEqual(["repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:production"]);
  });

  it("treats a statement without a sub condition as open to any repository", async () => {
    const graph = await scanFixture();
    expect(broadestTrust(githubOidcTrust(graph, graph.get(role("anyone"))!))).toMatchObject({ scope: "any-repository", subjects: [] });
  });

  it("says nothing about a trust policy it cannot know, or one that does not trust GitHub", async () => {
    const graph = await scanFixture();
    expect(githubOidcTrust(graph, graph.get(role("computed_trust"))!)).toEqual([]);
    expect(githubOidcTrust(graph, graph.get(role("payments"))!)).toEqual([]);
  });

  it.each([
    ["StringLike", "repo:acme/app:*", "any-ref"],
    ["StringLike", "repo:acme/app:ref:refs/heads/*", "any-branch"],
    ["StringEquals", "repo:acme/app:pull_request", "pull-requests"],
    ["StringLike", "repo:*", "any-repository"],
    // Anyone can create a repository of that name under their own account.
    ["StringLike", "repo:*/infrastructure:ref:refs/heads/main", "any-repository"],
    ["StringLike", "repo:acme/*", "any-repository-of-owner"],
    ["StringLike", "repo:acme/app:environment:*", "specific"],
    ["StringLike", "repo:acme/app:ref:refs/tags/v*", "specific"],
    // StringEquals compares text: the star is not a wildcard.
    ["StringEquals", "repo:acme/*", "specific"],
  ])("%s %s is %s", async (operator, subject, scope) => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: "Allow",
          Action: "sts:AssumeRoleWithWebIdentity",
          Principal: { Federated: "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
          Condition: { [operator]: { "token.actions.githubusercontent.com:sub": subject } },
        },
      ],
    });
    const result = await scanSources([{ path: "main.tf", text: `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = ${JSON.stringify(policy)}\n}\n` }], { rules: [] });
    const graph = result.graph;
    expect(githubOidcTrust(graph, graph.get("terraform:.::aws_iam_role.r")!)[0]?.scope).toBe(scope);
  });
});

describe("rolePolicies", () => {
  it("collects AWS-managed attachments and inline policy blocks", async () => {
    const graph = await scanFixture();
    const deploy = rolePolicies(graph, graph.get(role("github_deploy"))!);
    expect(deploy.map((policy) => [policy.kind, policy.resource.name, policy.awsManaged])).toEqual([["attached", "aws_iam_role_policy_attachment.deploy_admin", "AdministratorAccess"]]);

    const anyone = rolePolicies(graph, graph.get(role("anyone"))!);
    expect(anyone).toHaveLength(1);
    expect(anyone[0]).toMatchObject({ kind: "inline", at: ["inline_policy", 0, "policy"] });
    expect(anyone[0]!.document?.document.Statement).toEqual([{ Effect: "Allow", Action: "*", Resource: "*" }]);
  });

  it("follows attachments to customer policies, inline role policies and managed_policy_arns", async () => {
    const graph = await scanFixture();
    const policies = rolePolicies(graph, graph.get(role("ci_reader"))!);
    const summary = policies.map((policy) => ({
      kind: policy.kind,
      resource: policy.resource.name,
      at: policy.at,
      awsManaged: policy.awsManaged,
      document: policy.document?.resource.name,
    }));
    expect(summary).toEqual([
      { kind: "attached", resource: "aws_iam_role_policy_attachment.ci_reader_artifacts", at: ["policy_arn"], awsManaged: undefined, document: "aws_iam_policy.artifacts" },
      { kind: "inline", resource: "aws_iam_role_policy.ci_reader_logs", at: ["policy"], awsManaged: undefined, document: "aws_iam_role_policy.ci_reader_logs" },
      { kind: "attached", resource: "aws_iam_role.ci_reader", at: ["managed_policy_arns", 0], awsManaged: "ReadOnlyAccess", document: undefined },
    ]);
  });
});
