import { defineRule, isObject } from "@tollgate/engine";
import { hasAnyTrigger, triggersOf, workflowOf } from "../../support/workflow.js";

/** Scopes whose write access lets a token change code, releases, packages or workflow runs. */
const DANGEROUS_SCOPES = ["contents", "actions", "packages", "deployments", "pages", "repository-projects"];

export default defineRule({
  meta: {
    id: "gha-pull-request-write-permissions",
    title: "Pull request workflow grants write access to code, packages or workflows",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description:
      "Workflows started by pull requests run code and actions on content the pull request's author controls. Write access to `contents`, `actions`, `packages` or `deployments` in such a workflow turns any injection or compromised dependency into a push to the default branch, a tampered release or a published package.",
    remediation:
      "Keep pull request workflows read-only (`contents: read`); grant `pull-requests: write` or `checks: write` if they comment or report. Do writes that need more in a workflow triggered by `push` or `release`.",
    precision: "medium",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "pull_request", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"],
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
`,
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
`,
      },
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
        errors: [{ line: 6, column: 7, messageIncludes: "contents: write" }],
      },
    ],
  },
});
