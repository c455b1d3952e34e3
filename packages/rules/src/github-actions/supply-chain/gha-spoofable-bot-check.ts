import { defineRule } from "@tollgate/engine";
import { hasAnyTrigger, PRIVILEGED_UNTRUSTED_TRIGGERS, triggersOf, workflowOf } from "../../support/workflow.js";

/** `github.actor == 'dependabot[bot]'` and its variants: the actor is whoever caused the latest event. */
const ACTOR_IS_BOT = /\bgithub\.(?:actor|triggering_actor)\s*==\s*'[^']*\[bot\]'|'[^']*\[bot\]'\s*==\s*github\.(?:actor|triggering_actor)\b|contains\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)|endsWith\s*\(\s*github\.(?:actor|triggering_actor)\s*,\s*'\[bot\]'\s*\)/i;

export default defineRule({
  meta: {
    id: "gha-spoofable-bot-check",
    title: "Privileged job trusts a pull request because of who triggered the event",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description:
      "`github.actor` is the user who caused the latest event, not the pull request's author. When a bot such as Dependabot updates or rebases an outsider's pull request, or an attacker gets it to act on their branch, a condition like `github.actor == 'dependabot[bot]'` is true for code the bot did not write, and a `pull_request_target` or `workflow_run` job auto-merges or runs it with its privileges.",
    remediation:
      "Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) and, for Dependabot, use `dependabot/fetch-metadata`; never auto-approve on the actor alone.",
    precision: "medium",
    cwe: ["CWE-290"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "bot-conditions", "ci-untrusted-input"],
    references: ["https://securitylab.github.com/resources/github-actions-building-blocks/"],
  },
  check(resource, { report, graph }) {
    const condition = resource.attributes.if;
    if (typeof condition !== "string" || !ACTOR_IS_BOT.test(condition)) return;
    const trigger = hasAnyTrigger(triggersOf(workflowOf(resource, graph)), [...PRIVILEGED_UNTRUSTED_TRIGGERS, "pull_request"]);
    if (!trigger) return;
    report({ at: ["if"], message: `${resource.name} trusts the ${trigger} event because github.actor is a bot, which whoever triggers the latest event can spoof` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.event.pull_request.user.login == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/automerge.yml",
        code: `on: pull_request_target
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto --squash "$PR"
        env:
          PR: \${{ github.event.pull_request.html_url }}
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
        errors: [{ line: 4, column: 5, messageIncludes: "github.actor" }],
      },
    ],
  },
});
