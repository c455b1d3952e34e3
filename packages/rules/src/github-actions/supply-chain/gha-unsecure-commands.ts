import { defineRule, isObject } from "@tollgate/engine";
import { isTrue } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-unsecure-commands",
    title: "Deprecated set-env and add-path workflow commands re-enabled",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description:
      "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns back on the `::set-env` and `::add-path` commands that GitHub disabled because any text a step prints could use them. A log line that echoes a pull request title, a file name or a dependency's output can then set `LD_PRELOAD`, `NODE_OPTIONS` or the `PATH` of every later step and run code there.",
    remediation: "Remove the variable and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead; upgrade actions that still print `::set-env`.",
    precision: "very-high",
    cwe: ["CWE-77"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "ci-insecure-setting"],
    references: ["https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/"],
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
`,
      },
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
        errors: [{ line: 6, column: 7 }],
      },
    ],
  },
});
