import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gha-permissions-read-all",
    title: "Workflow or job grants the token read access to everything",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description:
      "`permissions: read-all` lets the GITHUB_TOKEN read every scope: private repository contents, security alerts, deployments, packages, actions logs. Read access is still disclosure: a compromised step in a private repository can copy the code and its vulnerability reports.",
    remediation: "List the scopes the job reads, usually just `contents: read`, or use `permissions: {}` when it needs none.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions"],
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
`,
      },
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
        errors: [{ line: 2, column: 1, messageIncludes: "read-all" }],
      },
    ],
  },
});
