import { defineRule, expressionsAt, getPath, isObject, type Resource } from "@tollgate/engine";
import { triggerConfig, triggersOf, workflowOf } from "../../support/workflow.js";

/** Inputs a form field can fill with any text: strings, and inputs with no type (strings by default). */
function freeTextInputs(workflow: Resource | undefined): Set<string> {
  const inputs = getPath(triggerConfig(workflow, "workflow_dispatch"), ["inputs"]);
  const names = new Set<string>();
  if (!isObject(inputs)) return names;
  for (const [name, input] of Object.entries(inputs)) {
    const type = isObject(input) ? input.type : undefined;
    if (type === undefined || type === "string") names.add(name.toLowerCase());
  }
  return names;
}

/** `inputs.x`, `github.event.inputs.x`, `inputs['x']`; and `github.event.client_payload…`. */
function dispatchedValues(expression: string, freeText: ReadonlySet<string>): string[] {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
  const found: string[] = [];
  for (const match of normalised.matchAll(/(?<![\w.])(?:github\.event\.)?inputs\.([\w-]+)/g)) {
    if (freeText.has(match[1]!.toLowerCase())) found.push(match[0]);
  }
  for (const match of normalised.matchAll(/(?<![\w.])github\.event\.client_payload(?:\.[\w-]+)*/g)) found.push(match[0]);
  return found;
}

export default defineRule({
  meta: {
    id: "gha-dispatch-input-injection",
    title: "Manually dispatched input expanded into a script",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "A free-text `workflow_dispatch` input, or a `repository_dispatch` client payload, is pasted into a shell script before it runs. Only users and tokens with write access can dispatch, but a quote or `$(…)` in the value still runs as code with the workflow's secrets, which may be more than the dispatcher should hold (environment secrets, deploy keys).",
    remediation: "Pass the value through `env:` and quote it in the script (`\"$VERSION\"`); declare inputs as `choice`, `boolean` or `number` where possible, and validate free text.",
    precision: "medium",
    cwe: ["CWE-94"],
    frameworks: { "OpenSSF Scorecard": ["Dangerous-Workflow"] },
    tags: ["actions", "template-injection", "workflow_dispatch", "ci-untrusted-input"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"],
  },
  check(step, { report, graph }) {
    const workflow = workflowOf(step, graph);
    if (!workflow) return;
    const freeText = triggersOf(workflow).has("workflow_dispatch") ? freeTextInputs(workflow) : new Set<string>();
    for (const { expression, range } of expressionsAt(step, ["run"])) {
      for (const value of dispatchedValues(expression, freeText)) {
        report({ at: ["run"], range, message: `user input ${value} is expanded into the run script of ${step.name}: its text becomes shell code (injection)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        type: string
      dry-run:
        type: boolean
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - env:
          VERSION: \${{ inputs.version }}
        run: ./release.sh "$VERSION" \${{ inputs.dry-run }}
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  workflow_dispatch:
    inputs:
      version:
        description: Version to release
        required: true
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ./release.sh "\${{ github.event.inputs.version }}"
`,
        errors: [{ line: 11, column: 28, messageIncludes: "github.event.inputs.version" }],
      },
    ],
  },
});
