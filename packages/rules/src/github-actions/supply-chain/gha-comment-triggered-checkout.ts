import { defineRule } from "@tollgate/engine";
import { commenterChecked, untrustedCheckout } from "../../support/untrusted-checkout.js";
import { jobOf, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-comment-triggered-checkout",
    title: "Comment-triggered workflow checks out pull request code for any commenter",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "An `issue_comment` workflow runs in the base repository with its secrets and a writable token, and anyone who can comment can trigger it. Checking out the pull request's code without first checking that the commenter is a maintainer lets any user run a fork's code with those privileges by posting a comment such as `/test`.",
    remediation:
      "Gate the job on the commenter: `if: contains(fromJSON('[\"OWNER\",\"MEMBER\",\"COLLABORATOR\"]'), github.event.comment.author_association)`, or check the commenter's permission through the API before checking out. Better still, let the comment add a label or dispatch a workflow that runs without secrets.",
    precision: "medium",
    cwe: ["CWE-829", "CWE-284"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "issue_comment", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#issue_comment",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
    ],
  },
  check(step, { report, graph }) {
    const triggers = triggersOf(workflowOf(step, graph));
    // Workflows also started by pull_request_target or workflow_run are covered by gha-untrusted-checkout.
    if (!triggers.has("issue_comment") || triggers.has("pull_request_target") || triggers.has("workflow_run")) return;
    const job = jobOf(step, graph);
    const checkout = untrustedCheckout(step);
    if (!job || !checkout || commenterChecked(job, step, graph)) return;
    report({
      at: checkout.at,
      message: `this issue_comment workflow checks out the pull request head (${checkout.what}) for any commenter, without checking author_association or permission`,
    });
  },
  examples: {
    valid: [
      {
        name: "maintainers only",
        filename: ".github/workflows/retest.yml",
        code: `on: issue_comment
jobs:
  retest:
    if: >-
      github.event.issue.pull_request &&
      contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/head
      - run: make test
`,
      },
    ],
    invalid: [
      {
        name: "any commenter",
        filename: ".github/workflows/retest.yml",
        code: `on:
  issue_comment:
    types: [created]
jobs:
  retest:
    if: github.event.issue.pull_request && startsWith(github.event.comment.body, '/retest')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: refs/pull/\${{ github.event.issue.number }}/merge
      - run: make test
`,
        errors: [{ line: 11, column: 11, messageIncludes: "issue_comment" }],
      },
    ],
  },
});
