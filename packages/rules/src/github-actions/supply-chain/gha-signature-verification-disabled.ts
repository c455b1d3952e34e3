import { defineRule } from "@tollgate/engine";
import { runScript } from "../../support/workflow.js";

/** Switches that make a package manager install what it cannot verify. */
const UNVERIFIED: ReadonlyArray<[RegExp, string]> = [
  [/\bhelm\s+plugin\s+install\b[^\n]*--verify(?:=|\s+)false\b/, "helm plugin install --verify=false"],
  [/\bapt(?:-get)?\b[^\n]*--allow-unauthenticated\b/, "apt --allow-unauthenticated"],
  [/\bapt(?:-get)?\b[^\n]*--allow-insecure-repositories\b/, "apt --allow-insecure-repositories"],
  [/\bdeb\s+\[[^\]]*trusted=yes[^\]]*\]/, "an apt source marked trusted=yes"],
  [/\b(?:yum|dnf|zypper)\b[^\n]*--nogpgcheck\b/, "--nogpgcheck"],
  [/\brpm\b[^\n]*--nosignature\b/, "rpm --nosignature"],
  [/\bgpgcheck\s*=\s*0\b/, "gpgcheck=0"],
  [/\bGOSUMDB=off\b|\bGONOSUMCHECK=|\bGOFLAGS=[^\n]*-insecure\b/, "Go checksum database disabled"],
  [/\bnpm\s+(?:install|i|ci)\b[^\n]*--no-verify\b/, "npm --no-verify"],
  [/\bcosign\s+verify\b[^\n]*--insecure-ignore-(?:tlog|sct)\b/, "cosign verify without transparency log"],
];

export default defineRule({
  meta: {
    id: "gha-signature-verification-disabled",
    title: "Package or plugin installed with signature verification disabled",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "The script turns off the check that proves a downloaded package, plugin or repository comes from its publisher (`--verify=false`, `--allow-unauthenticated`, `--nogpgcheck`, `GOSUMDB=off`). Whatever a mirror, a proxy or a compromised source serves is then installed and run with the job's token and secrets.",
    remediation: "Remove the switch and import the publisher's signing key, pin the version and checksum, or install from a source that can be verified.",
    precision: "high",
    cwe: ["CWE-347", "CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "verification", "unpinned-dependency"],
    references: ["https://helm.sh/docs/topics/provenance/"],
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === undefined) return;
    const found = UNVERIFIED.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `installs without signature verification (${found[1]}): unverified code from the network runs in the job` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: helm plugin install https://github.com/helm-unittest/helm-unittest --version 0.5.1
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/chart.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - name: Install plugin
        run: helm plugin install https://github.com/helm-unittest/helm-unittest --verify=false
`,
        errors: [{ line: 7, column: 9, messageIncludes: "--verify=false" }],
      },
    ],
  },
});
