import { defineRule } from "@tollgate/engine";
import { runScript } from "../../support/workflow.js";

const DOWNLOADER = String.raw`(?:curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b`;
const INTERPRETER = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh|python[23]?|perl|ruby|node|pwsh|iex|Invoke-Expression`;
/** `curl … | sh`, `bash <(curl …)`, `sh -c "$(curl …)"`, `iwr … | iex`. */
const REMOTE_EXEC = [
  new RegExp(String.raw`${DOWNLOADER}[^\n|;&]*\|\s*(?:${INTERPRETER})\b[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*<\(\s*${DOWNLOADER}[^\n]*`, "i"),
  new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\S+\s+)*-c\s+["']?\$\(\s*${DOWNLOADER}[^\n]*`, "i"),
];
/** A URL that names one immutable commit cannot change under the workflow. */
const PINNED_URL = /https?:\/\/\S*\/(?:[0-9a-f]{40}|\$\{?GITHUB_SHA\}?|\$\{\{\s*github\.sha\s*\}\})\/\S*/i;

export default defineRule({
  meta: {
    id: "gha-remote-script-exec",
    title: "Script downloaded and executed without verification",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "`curl … | sh` runs whatever the server returns at that moment, with the job's token and secrets. A compromised host, a moved branch in the URL, or a hijacked domain changes the code without any change to the workflow, and nothing checks what was run.",
    remediation:
      "Download to a file, verify its checksum or signature (`sha256sum --check`), then run it; or fetch it from a URL pinned to a commit SHA or a versioned release asset; or use a pinned action or package instead.",
    precision: "high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "remote-script-exec"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"],
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === undefined) return;
    // A trailing backslash continues the command on the next line.
    for (const line of script.replace(/\\\r?\n/g, " ").split("\n")) {
      const match = REMOTE_EXEC.map((pattern) => pattern.exec(line)).find((found) => found !== null);
      if (!match) continue;
      const urls = line.match(/https?:\/\/[^\s"'|)]+/g) ?? [];
      if (urls.length > 0 && urls.every((url) => PINNED_URL.test(url))) continue;
      report({ at: ["run"], message: `remote script piped to a shell without verification: \`${match[0].trim().slice(0, 120)}\`` });
      return;
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLo install.sh https://get.acme.dev/install.sh
          echo "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9  install.sh" | sha256sum --check
          sh install.sh
      - run: curl -fsSL https://raw.githubusercontent.com/acme/tools/2f6d1c1b6e4f0a3c9d8e7b6a5f4e3d2c1b0a9f8e/install.sh | bash
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - name: Install tool
        run: |
          set -e
          curl -fsSL https://raw.githubusercontent.com/acme/tools/main/install.sh | sudo bash -s -- --yes
      - run: bash <(wget -qO- https://get.acme.dev)
`,
        errors: [
          { line: 7, column: 9, messageIncludes: "curl" },
          { line: 10, column: 9, messageIncludes: "wget" },
        ],
      },
    ],
  },
});
