import { defineRule } from "@tollgate/engine";
import { environmentFileWrites } from "../../support/env-files.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-input-github-env",
    title: "Attacker-controlled text written to GITHUB_ENV or GITHUB_PATH",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "Lines written to the `$GITHUB_ENV` file become environment variables of every later step, and `$GITHUB_PATH` lines are searched for commands first. When the text comes from an issue, a comment, a branch name or a commit message, a newline in it lets its author set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or the path, and so run code in later steps, even when the value is quoted safely in this one.",
    remediation:
      "Do not pass untrusted text through environment files. Keep it in the step's own `env:` where it is needed; if a later step needs it, use a step output and validate it (a number, a fixed pattern) first, or write it with a random heredoc delimiter.",
    precision: "high",
    cwe: ["CWE-77", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "github-env", "ci-untrusted-input"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable",
      "https://securitylab.github.com/resources/github-actions-untrusted-input/",
    ],
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file === "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...(write.range ? { range: write.range } : {}),
        message: `untrusted ${write.context} is written${through} to $${write.file}: a newline in it injects environment variables into later steps`,
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
`,
      },
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
        errors: [{ line: 7, column: 23, messageIncludes: "GITHUB_ENV" }],
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
        errors: [{ line: 8, column: 9, messageIncludes: "$BRANCH" }],
      },
    ],
  },
});
