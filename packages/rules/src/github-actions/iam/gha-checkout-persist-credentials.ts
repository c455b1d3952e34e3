import { defineRule, getPath } from "@tollgate/engine";
import { isFalse, usesAction } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-checkout-persist-credentials",
    title: "actions/checkout leaves the token in the git configuration",
    severity: "low",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "By default `actions/checkout` persists the GITHUB_TOKEN (or the SSH key given to it) in the repository's git configuration so that later steps can push. Every later step, and any artifact that uploads the workspace, can then read it, even steps that never needed to write.",
    remediation: "Set `persist-credentials: false` on the checkout, and pass the token explicitly only to the step that pushes.",
    precision: "medium",
    cwe: ["CWE-522"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions"] },
    tags: ["actions", "checkout", "ci-insecure-setting"],
    references: ["https://github.com/actions/checkout#usage"],
  },
  check(step, { report }) {
    if (!usesAction(step, "actions/checkout")) return;
    const persist = getPath(step.attributes, ["with", "persist-credentials"]);
    if (isFalse(persist) || (typeof persist === "string" && persist.includes("${{"))) return;
    report({
      at: persist === undefined ? ["uses"] : ["with", "persist-credentials"],
      message: "actions/checkout persists credentials in .git/config for every later step; set persist-credentials: false",
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          persist-credentials: false
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          repository: acme/tools
          persist-credentials: true
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "persist-credentials" },
          { line: 10, column: 11 },
        ],
      },
    ],
  },
});
