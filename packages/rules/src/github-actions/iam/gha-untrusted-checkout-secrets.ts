import { allExpressions, defineRule } from "@tollgate/engine";
import { commenterChecked, firstUntrustedCheckout } from "../../support/untrusted-checkout.js";
import { hasAnyTrigger, jobOf, PRIVILEGED_UNTRUSTED_TRIGGERS, stepsOf, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-checkout-secrets",
    title: "Secrets used after checking out pull request code",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "Once a `pull_request_target`, `workflow_run` or `issue_comment` job has checked out a pull request's code, every later step shares the runner with it: files the pull request planted (a `.npmrc`, a git hook, a replaced binary on the path) run with whatever the step is given. Secrets passed to those steps are as good as handed to the pull request's author.",
    remediation:
      "Split the work: one unprivileged `pull_request` job handles the untrusted code, a separate job that never checks it out uses the secrets. Never pass secrets to steps that run after an untrusted checkout.",
    precision: "medium",
    cwe: ["CWE-200", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "secrets", "pull_request_target", "ci-untrusted-checkout"],
    references: ["https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"],
  },
  check(step, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(step, graph)), PRIVILEGED_UNTRUSTED_TRIGGERS);
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout || stepsOf(job, graph).indexOf(step) <= checkout.index) return;
    if (trigger === "issue_comment" && commenterChecked(job, checkout.step, graph)) return;
    const secret = allExpressions(step).find(({ expression }) => /\bsecrets\s*(?:\.|\[)/.test(expression) && !/\bsecrets\.GITHUB_TOKEN\b/i.test(expression));
    if (!secret) return;
    report({
      at: secret.path,
      range: secret.range,
      message: `\${{ ${secret.expression} }} is given to a step that runs after untrusted pull request code was checked out in this ${trigger} job`,
      related: [{ resource: checkout.step.id, at: checkout.checkout.at, message: `untrusted checkout (${checkout.checkout.what})` }],
    });
  },
  examples: {
    valid: [
      {
        name: "secret used before the checkout of the head",
        filename: ".github/workflows/label.yml",
        code: `on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: ./notify.sh
        env:
          SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK }}
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: head
`,
      },
    ],
    invalid: [
      {
        name: "publishing a preview with a deploy token",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npx netlify deploy --dir site
        env:
          NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
`,
        errors: [{ line: 11, column: 31, messageIncludes: "secrets.NETLIFY_AUTH_TOKEN" }],
      },
    ],
  },
});
