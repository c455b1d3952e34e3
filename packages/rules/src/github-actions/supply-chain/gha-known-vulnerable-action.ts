import { defineRule } from "@tollgate/engine";
import { advisoryFor, VULNERABLE_ACTIONS } from "../../support/action-advisories.js";
import { remoteTarget } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-known-vulnerable-action",
    title: "Action or reusable workflow version with a known vulnerability",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description:
      "The referenced version of the action or reusable workflow is affected by a published security advisory, for example code injection from pull request content. The workflow inherits the flaw with its token and secrets until it moves to a fixed release.",
    remediation: "Upgrade to the fixed release named in the advisory and pin it by commit SHA.",
    precision: "very-high",
    cwe: ["CWE-1395"],
    frameworks: { "OpenSSF Scorecard": ["Vulnerabilities"] },
    tags: ["actions", "vulnerable-component"],
    references: ["https://github.com/advisories?query=type%3Areviewed+ecosystem%3Aactions"],
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(VULNERABLE_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} has a known vulnerability, ${advisory.id}: ${advisory.summary}; fixed in ${advisory.fixed}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.7.5
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/terraform.yml",
        code: `on: pull_request
jobs:
  plan:
    uses: kartverket/github-workflows/.github/workflows/run-terraform.yml@v2.6
`,
        errors: [{ line: 4, column: 5, messageIncludes: "GHSA-f9qj-7gh3-mhj4" }],
      },
    ],
  },
});
