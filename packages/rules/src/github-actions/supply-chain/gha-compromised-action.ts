import { defineRule } from "@tollgate/engine";
import { advisoryFor, COMPROMISED_ACTIONS } from "../../support/action-advisories.js";
import { remoteTarget } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-compromised-action",
    title: "Action version known to have been compromised",
    severity: "critical",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description:
      "The action is referenced at a version or commit that an attacker took over, such as the tj-actions/changed-files and reviewdog/action-setup tags moved in March 2025 to code that printed every secret of the job into its public log. A workflow that ran it must assume its secrets are leaked; one that still references it is trusting a ref the maintainers have disowned.",
    remediation:
      "Upgrade to the first release after the incident (tj-actions/changed-files 46.0.1 or later) pinned by commit SHA, or replace the action. Rotate every secret the workflow could read while the compromised version was in use and check past run logs for leaked values.",
    precision: "very-high",
    cwe: ["CWE-506", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies", "Vulnerabilities"] },
    tags: ["actions", "compromised", "vulnerable-component"],
    references: [
      "https://github.com/advisories/GHSA-mrrh-fwg8-r2c3",
      "https://github.com/advisories/GHSA-qmg3-hpqr-gqvc",
      "https://www.cisa.gov/news-events/alerts/2025/03/18/supply-chain-compromise-third-party-tj-actionschanged-files-cve-2025-30066-and-reviewdogaction",
    ],
  },
  check(resource, { report }) {
    const target = remoteTarget(resource);
    if (!target) return;
    const advisory = advisoryFor(COMPROMISED_ACTIONS, target.name, target.ref);
    if (!advisory) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a known-compromised version, ${advisory.id}: ${advisory.summary}` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@2f7c5bfce28377bc069a65ba478de0a74aa0ca32
      - uses: tj-actions/changed-files@v46
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/changes.yml",
        code: `on: pull_request
jobs:
  changes:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@v44
      - uses: reviewdog/action-setup@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "CVE-2025-30066" },
          { line: 7, column: 9, messageIncludes: "CVE-2025-30154" },
        ],
      },
    ],
  },
});
