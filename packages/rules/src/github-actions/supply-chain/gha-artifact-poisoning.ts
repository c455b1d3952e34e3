import { defineRule, getPath, type Resource } from "@tollgate/engine";
import { actionName, jobOf, runScript, stepInput, stepsOf, triggersOf, usesLocalAction, workflowOf } from "../../support/workflow.js";

/** Whether a step downloads artifacts of another run (the one that triggered this workflow_run). */
function downloadsForeignArtifact(step: Resource): boolean {
  const name = actionName(step);
  if (name === "dawidd6/action-download-artifact" || name === "bettermarks/action-artifact-download") return true;
  if (name === "actions/download-artifact") return stepInput(step, "run-id") !== undefined;
  if (name === "actions/github-script") {
    const script = getPath(step.attributes, ["with", "script"]);
    return typeof script === "string" && /downloadArtifact|listWorkflowRunArtifacts/.test(script);
  }
  const script = runScript(step);
  return script !== undefined && /\bgh\s+run\s+download\b/.test(script);
}

/** Artifacts extracted under the runner's temporary directory are kept away from the workspace and its scripts. */
function extractedOutsideWorkspace(step: Resource): boolean {
  const path = stepInput(step, "path");
  return typeof path === "string" && /runner\.temp|RUNNER_TEMP/.test(path);
}

/** Whether a later step runs code or reads the artifact as commands: scripts, local actions, unzip into the tree, env files. */
function usesArtifactUnsafely(step: Resource): boolean {
  if (usesLocalAction(step)) return true;
  const script = runScript(step);
  if (script === undefined) return false;
  return /\bunzip\b|\btar\s+-?x|\bsource\b|(?:^|[\s;&|])\.\s+\S|(?:^|[\s;&|(])(?:ba)?sh\s+\S|\.\/[\w.-]+|\b(?:npm|yarn|pnpm|make|python3?|node|go|cargo|pip3?)\s|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|\$\(\s*cat\b/m.test(script);
}

export default defineRule({
  meta: {
    id: "gha-artifact-poisoning",
    title: "workflow_run workflow uses artifacts from the triggering run unsafely",
    severity: "high",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "A `workflow_run` workflow runs with the repository's secrets after a `pull_request` run, whose artifacts the pull request's author fully controls. Downloading them into the workspace and then unzipping, sourcing or executing anything there lets the author overwrite scripts, inject environment variables or replace files that later steps trust (artifact poisoning).",
    remediation:
      "Download the artifact to `${{ runner.temp }}`, treat its content as untrusted data (validate numbers, never `source` it or write it to `$GITHUB_ENV`), and never run code from it.",
    precision: "medium",
    cwe: ["CWE-829", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "workflow_run", "artifacts", "ci-untrusted-checkout"],
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_run",
    ],
  },
  check(step, { report, graph }) {
    if (!triggersOf(workflowOf(step, graph)).has("workflow_run")) return;
    if (!downloadsForeignArtifact(step) || extractedOutsideWorkspace(step)) return;
    const job = jobOf(step, graph);
    if (!job) return;
    const steps = stepsOf(job, graph);
    const consumer = steps.slice(steps.indexOf(step) + 1).find(usesArtifactUnsafely);
    if (!consumer) return;
    report({
      at: step.attributes.uses !== undefined ? ["uses"] : ["run"],
      message: `downloads an untrusted artifact of the triggering run into the workspace, and ${consumer.name} then unpacks or executes it (artifact poisoning)`,
      related: [{ resource: consumer.id, message: "uses the artifact" }],
    });
  },
  examples: {
    valid: [
      {
        name: "artifact read as data under runner.temp",
        filename: ".github/workflows/comment.yml",
        code: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
        with:
          name: coverage
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
          path: \${{ runner.temp }}/coverage
      - run: jq '.total' "$RUNNER_TEMP/coverage/summary.json"
`,
      },
    ],
    invalid: [
      {
        name: "artifact unzipped in the workspace and sourced",
        filename: ".github/workflows/deploy-preview.yml",
        code: `on:
  workflow_run:
    workflows: [Build]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: dawidd6/action-download-artifact@bf251b5aa9c2f7eeb574a96ee720e24f801b7c11
        with:
          run_id: \${{ github.event.workflow_run.id }}
          name: pr
      - run: |
          unzip pr.zip
          echo "PR_NUMBER=$(cat NR)" >> "$GITHUB_ENV"
`,
        errors: [{ line: 9, column: 9, messageIncludes: "artifact poisoning" }],
      },
    ],
  },
});
