import { defineRule, expressionsAt, getPath, type AttributePath } from "@tollgate/engine";
import { usesAction } from "../../support/workflow.js";

/** `toJSON(github.event)`, `toJSON(github)`, or a whole event object expanded as text. */
const WHOLE_EVENT = /\btoJSON\s*\(\s*github(?:\s*\.\s*event)?\s*\)|\bgithub\.event\s*(?:\}|$)/i;

export default defineRule({
  meta: {
    id: "gha-event-payload-in-script",
    title: "Whole event payload expanded into a script",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "`${{ toJSON(github.event) }}` pastes the entire event into the script: titles, bodies, branch names and commit messages included. JSON escaping does not make it safe for a shell (a `'` ends a single-quoted string) or for JavaScript, so anyone who can open an issue or pull request can inject code.",
    remediation:
      "Read the event from the file the runner provides (`jq . \"$GITHUB_EVENT_PATH\"`, `context.payload` in github-script), or pass the fields you need through `env:`.",
    precision: "high",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"],
  },
  check(step, { report }) {
    const scripts: AttributePath[] = [["run"]];
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
`,
      },
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
        errors: [{ line: 6, column: 20 }],
      },
    ],
  },
});
