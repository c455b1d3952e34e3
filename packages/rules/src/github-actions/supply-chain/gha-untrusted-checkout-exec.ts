import { defineRule } from "@tollgate/engine";
import { commenterChecked, firstUntrustedCheckout, workspaceCodeRun } from "../../support/untrusted-checkout.js";
import { hasAnyTrigger, jobOf, stepsOf, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-checkout-exec",
    title: "Privileged workflow runs code from a pull request",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "After checking out a pull request's code, this `pull_request_target`, `workflow_run` or `issue_comment` job runs something from that tree: a package install with its lifecycle scripts, a Makefile, a test suite, a repository script or a local action. The pull request's author decides what that code does, and it runs with the repository's secrets and a token that can write.",
    remediation:
      "Run builds and tests of pull requests in a `pull_request` workflow. In the privileged workflow, work only on trusted code (the base branch) and read the pull request's results as artifacts, treated as data.",
    precision: "high",
    cwe: ["CWE-829", "CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "pull_request_target", "workflow_run", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"],
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), ["pull_request_target", "workflow_run", "issue_comment"]);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const index = stepsOf(job, graph).indexOf(step);
    if (index <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const what = workspaceCodeRun(step);
    if (!what) return;
    report({
      at: step.attributes.run !== undefined ? ["run"] : ["uses"],
      message: `runs ${what} on untrusted code checked out from the pull request head in a ${trigger} workflow, with the repository's token and secrets`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }],
    });
  },
  examples: {
    valid: [
      {
        name: "base branch checkout, then build",
        filename: ".github/workflows/size.yml",
        code: `on: pull_request_target
jobs:
  size:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: npm ci && npm run size
`,
      },
      {
        name: "head checked out but only read",
        filename: ".github/workflows/lint-title.yml",
        code: `on: pull_request_target
jobs:
  files:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
      - run: echo "npm install is not run here"; ls pr
`,
      },
    ],
    invalid: [
      {
        name: "install after checking out the head",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
      - run: npm ci
      - uses: ./.github/actions/deploy-preview
`,
        errors: [
          { line: 10, column: 9, messageIncludes: "npm ci" },
          { line: 11, column: 9, messageIncludes: "local action" },
        ],
      },
      {
        name: "comment-triggered test run without a commenter check",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: github.event.issue.pull_request && contains(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`,
        errors: [{ line: 10, column: 9, messageIncludes: "make" }],
      },
    ],
  },
});
