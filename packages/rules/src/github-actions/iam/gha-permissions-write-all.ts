import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gha-permissions-write-all",
    title: "Workflow or job grants the token write access to everything",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description:
      "`permissions: write-all` gives the job's GITHUB_TOKEN write access to contents, packages, pull requests, deployments, security events and more. Any step that is compromised (an action, a dependency, an injected script) can then push code, publish packages or approve its own changes.",
    remediation: "Set `permissions: {}` at the workflow level (or `contents: read`) and grant each job only the scopes it uses, e.g. `issues: write` for a labelling job.",
    precision: "very-high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"],
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
`,
      },
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
          { line: 6, column: 5 },
        ],
      },
    ],
  },
});
