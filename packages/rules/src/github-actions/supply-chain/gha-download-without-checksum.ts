import { defineRule } from "@tollgate/engine";
import { commandPattern, runScript } from "../../support/workflow.js";

/** `curl -LO url`, `curl -o file url`, `wget url` (not piped: piping to a shell is gha-remote-script-exec). */
const DOWNLOAD = commandPattern(String.raw`(?:curl\b[^\n|;&]*\s(?:-[a-zA-Z]*[oO]\b|--output\b|--remote-name\b)|wget\b(?![^\n|;&]*-[a-zA-Z]*O\s*-)[^\n|;&]*https?:\/\/)`);
/** Making the download executable or installing it. */
const INSTALL = commandPattern(String.raw`(?:chmod\s+(?:[+ugoa]*x|[0-7]*[1357][0-7]{0,2})\b|install\s+(?:-\S+\s+)*\S+\s+\S*\/bin\b|mv\s+\S+\s+\S*\/bin\b|dpkg\s+-i\b|rpm\s+-[iU]|apt(?:-get)?\s+install\s+\.\/|tar\b[^\n]*\s(?:-C|--directory)\s+\S*\/bin\b)`);
/** Any of these anywhere in the script counts as verifying what was downloaded. */
const VERIFY = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|gpg\s+(?:--\S+\s+)*--verify|gpgv|cosign\s+verify|gh\s+attestation\s+verify|slsa-verifier|minisign\s+-V|openssl\s+dgst|Get-FileHash)\b/i;

export default defineRule({
  meta: {
    id: "gha-download-without-checksum",
    title: "Downloaded binary installed without checksum verification",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "The script downloads a file and makes it executable or installs it, but never checks it against a known checksum or signature. If the download host, a mirror or the release is tampered with, the job runs the replacement with its token and secrets, and the change leaves no trace in the repository.",
    remediation:
      "Pin the file's SHA-256 next to its URL and check it before use (`echo \"<sha256>  kubectl\" | sha256sum --check`), verify the publisher's signature, or install the tool through a pinned action or package.",
    precision: "medium",
    cwe: ["CWE-494"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "downloads", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"],
  },
  check(step, { report }) {
    const script = runScript(step);
    if (script === undefined || VERIFY.test(script)) return;
    const download = DOWNLOAD.exec(script);
    if (!download) return;
    const install = INSTALL.exec(script.slice(download.index));
    if (!install) return;
    report({ at: ["run"], message: `downloads a file and installs or executes it (\`${install[0].replace(/^[\s;&|(]+/, "").trim()}\`) without checksum or signature verification` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsSLO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          echo "7c27adc64a84d1c0cc3dcf7bf4b6e916cc00f3f6f35ffd0cb9c5d7a3c5d0b1f2  kubectl" | sha256sum --check
          chmod +x kubectl
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/e2e.yml",
        code: `on: push
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - name: Install kubectl
        run: |
          curl -LO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl
          chmod +x ./kubectl
          sudo mv ./kubectl /usr/local/bin/kubectl
`,
        errors: [{ line: 7, column: 9, messageIncludes: "chmod +x" }],
      },
    ],
  },
});
