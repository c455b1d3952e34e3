import { defineRule, isObject, type Value } from "@tollgate/engine";
import { hasAnyTrigger, PUBLIC_PULL_REQUEST_TRIGGERS, triggersOf, workflowOf } from "../../support/workflow.js";

function labelsOf(runsOn: Value | undefined): string[] {
  if (typeof runsOn === "string") return [runsOn];
  if (Array.isArray(runsOn)) return runsOn.filter((label): label is string => typeof label === "string");
  if (isObject(runsOn)) return labelsOf(runsOn.labels);
  return [];
}

export default defineRule({
  meta: {
    id: "gha-self-hosted-runner-pull-request",
    title: "Self-hosted runner used by a pull request workflow",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description:
      "In a public repository, anyone can open a pull request from a fork and run code on the runners of workflows it triggers. Self-hosted runners are not wiped between jobs: that code can persist on the machine, read the next job's secrets, or reach the network the runner sits in.",
    remediation:
      "Use GitHub-hosted runners for pull request workflows, or ephemeral, isolated self-hosted runners (just-in-time, one job each) in a runner group not available to public repositories; require approval for workflows from outside contributors.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "self-hosted", "ci-untrusted-checkout"],
    references: ["https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security"],
  },
  check(job, { report, graph }) {
    const trigger = hasAnyTrigger(triggersOf(workflowOf(job, graph)), PUBLIC_PULL_REQUEST_TRIGGERS);
    if (!trigger) return;
    if (!labelsOf(job.attributes["runs-on"]).some((label) => label.trim().toLowerCase() === "self-hosted")) return;
    report({ at: ["runs-on"], message: `${job.name} runs on a self-hosted runner in a workflow triggered by ${trigger}, so fork pull requests can run code on it` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/nightly.yml",
        code: `on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  soak:
    runs-on: [self-hosted, linux, gpu]
    steps:
      - run: make soak
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: [push, pull_request]
jobs:
  test:
    runs-on: [self-hosted, linux]
    steps:
      - run: make test
`,
        errors: [{ line: 4, column: 5, messageIncludes: "pull_request" }],
      },
    ],
  },
});
