import { defineRule } from "@tollgate/engine";
import { untrustedCheckout } from "../../support/untrusted-checkout.js";
import { hasAnyTrigger, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-checkout",
    title: "Privileged workflow checks out pull request code",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "`pull_request_target` and `workflow_run` workflows run with the base repository's secrets and a token that can write, even for pull requests from forks. Checking out the pull request's head (or the head of the run that triggered the workflow) puts code an outsider wrote into that privileged job, where any build script, test or local action can steal the token and secrets (a \"pwn request\").",
    remediation:
      "Build and test untrusted code in a `pull_request` workflow, which has no secrets and a read-only token for forks. If the privileged workflow needs the results, pass them as artifacts and treat them as data. If it must see the code, check it out into a separate directory and never execute anything from it.",
    precision: "high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target",
    ],
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), ["pull_request_target", "workflow_run"]);
    if (!trigger) return;
    const checkout = untrustedCheckout(step);
    if (!checkout) return;
    const whose = trigger === "workflow_run" ? "the head of the run that triggered it" : "the pull request head";
    report({
      at: checkout.at,
      message: `this ${trigger} workflow checks out ${whose} (${checkout.what}): untrusted code then runs with the repository's token and secrets`,
    });
  },
  examples: {
    valid: [
      {
        name: "checkout without ref checks out the base branch",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9
`,
      },
      {
        name: "a pull_request workflow may build the head",
        filename: ".github/workflows/ci.yml",
        code: `on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
`,
      },
    ],
    invalid: [
      {
        name: "pull_request_target checks out the head SHA",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
`,
        errors: [{ line: 8, column: 11, messageIncludes: "pull_request_target" }],
      },
      {
        name: "workflow_run checks out the triggering run's head",
        filename: ".github/workflows/report.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
`,
        errors: [{ line: 11, column: 11, messageIncludes: "workflow_run" }],
      },
      {
        name: "merge ref fetched with gh",
        filename: ".github/workflows/bench.yml",
        code: `on: pull_request_target
jobs:
  bench:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.pull_request.number }}
        env:
          GH_TOKEN: \${{ github.token }}
`,
        errors: [{ line: 6, column: 9, messageIncludes: "gh pr checkout" }],
      },
    ],
  },
});
