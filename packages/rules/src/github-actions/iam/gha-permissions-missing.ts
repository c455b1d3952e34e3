import { defineRule } from "@tollgate/engine";
import { triggersOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-permissions-missing",
    title: "Workflow does not set GITHUB_TOKEN permissions",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow"],
    description:
      "Without a `permissions:` block at the workflow level or on a job, that job's GITHUB_TOKEN gets the repository's or organisation's default permissions, which are read and write on every scope in repositories created before 2023 and in many organisations. A compromised step then holds more than the job needs, and nothing in the file says what it needs.",
    remediation:
      "Add `permissions: {}` or `permissions: contents: read` at the top of the workflow and grant each job the scopes it uses (`pull-requests: write`, `packages: write`…).",
    precision: "high",
    cwe: ["CWE-272"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token"],
  },
  check(workflow, { report, graph }) {
    if (workflow.attributes.permissions !== undefined) return;
    const triggers = triggersOf(workflow);
    // A reusable workflow's token is the caller's: its permissions are decided there.
    if (triggers.size === 0 || (triggers.size === 1 && triggers.has("workflow_call"))) return;
    const jobs = graph.targets(workflow.id, "contains").filter((job) => job.type === "job");
    const unset = jobs.filter((job) => job.attributes.permissions === undefined);
    if (unset.length === 0) return;
    const names = unset.map((job) => job.name.replace(/^jobs\./, ""));
    const which = unset.length === jobs.length ? "any job" : `job${names.length > 1 ? "s" : ""} ${names.join(", ")}`;
    report({
      message: `no permissions block at the workflow level or on ${which}: the GITHUB_TOKEN gets the repository's default permissions, possibly write access to everything`,
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
`,
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
`,
      },
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
        errors: [{ line: 1, column: 1, messageIncludes: "job test" }],
      },
    ],
  },
});
