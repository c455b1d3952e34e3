import { defineRule } from "@tollgate/engine";
import { environmentFileWrites } from "../../support/env-files.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-input-github-output",
    title: "Attacker-controlled text written to GITHUB_OUTPUT",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "Each `name=value` line in `$GITHUB_OUTPUT` becomes a step output. Untrusted text (an issue title, a comment, a branch name) with a newline in it can forge other outputs of the step, and later steps or jobs that trust those outputs (a version, a target environment, a flag) then act on the attacker's values.",
    remediation: "Validate the value before writing it (a number, an allowed pattern), or write it with a random heredoc delimiter; never expand such outputs into scripts.",
    precision: "medium",
    cwe: ["CWE-74"],
    tags: ["actions", "step-outputs", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-output-parameter"],
  },
  check(step, { report, graph }) {
    for (const write of environmentFileWrites(step, graph)) {
      if (write.file !== "GITHUB_OUTPUT") continue;
      const through = write.variable ? ` through $${write.variable}` : "";
      report({
        at: ["run"],
        ...(write.range ? { range: write.range } : {}),
        message: `untrusted ${write.context} is written${through} to $GITHUB_OUTPUT, where a newline forges other step outputs`,
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
`,
      },
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
        errors: [{ line: 9, column: 9, messageIncludes: "$BODY" }],
      },
    ],
  },
});
