import { defineRule, isObject } from "@tollgate/engine";
import { runScript } from "../../support/workflow.js";

/** Command switches and settings that accept any certificate. */
const INSECURE_TLS: ReadonlyArray<[RegExp, string]> = [
  [/\bcurl\b[^\n|;&]*\s(?:-k|--insecure)\b/, "curl --insecure"],
  [/\bcurl\b[^\n|;&]*\s-[a-zA-Z]*k[a-zA-Z]*\b/, "curl -k"],
  [/\bwget\b[^\n|;&]*--no-check-certificate\b/, "wget --no-check-certificate"],
  [/\bgit\b[^\n]*http\.sslVerify[=\s]+false\b/i, "git http.sslVerify false"],
  [/\bGIT_SSL_NO_VERIFY=(?:1|true)\b/i, "GIT_SSL_NO_VERIFY"],
  [/\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b/, "NODE_TLS_REJECT_UNAUTHORIZED=0"],
  [/\bnpm\s+config\s+set\s+strict-ssl\s+false\b/, "npm strict-ssl false"],
  [/\bpip3?\b[^\n]*--trusted-host\b/, "pip --trusted-host"],
  [/\bPYTHONHTTPSVERIFY=["']?0\b/, "PYTHONHTTPSVERIFY=0"],
];

/** Environment variables that disable certificate checks for every tool that honours them. */
const INSECURE_ENV: ReadonlyMap<string, RegExp> = new Map([
  ["NODE_TLS_REJECT_UNAUTHORIZED", /^0$/],
  ["GIT_SSL_NO_VERIFY", /^(?:1|true)$/i],
  ["PYTHONHTTPSVERIFY", /^0$/],
]);

export default defineRule({
  meta: {
    id: "gha-tls-verification-disabled",
    title: "TLS certificate verification disabled in a workflow",
    severity: "medium",
    category: "encryption",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description:
      "Turning off certificate checks (`curl -k`, `wget --no-check-certificate`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`) lets anyone on the network path impersonate the server: downloads can be replaced and credentials sent over that connection read, while the job still holds its token and secrets.",
    remediation: "Remove the switch; if the server uses a private certificate authority, trust that authority explicitly (`--cacert`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).",
    precision: "high",
    cwe: ["CWE-295"],
    tags: ["actions", "tls", "encryption-in-transit"],
    references: ["https://curl.se/docs/sslcerts.html"],
  },
  check(resource, { report }) {
    const env = resource.attributes.env;
    if (isObject(env)) {
      for (const [name, value] of Object.entries(env)) {
        const insecure = INSECURE_ENV.get(name.toUpperCase());
        if (insecure && (typeof value === "string" || typeof value === "number" || typeof value === "boolean") && insecure.test(String(value))) {
          report({ at: ["env", name], message: `${name}=${String(value)} disables TLS certificate verification for ${resource.name}` });
        }
      }
    }
    if (resource.type !== "step") return;
    const script = runScript(resource);
    if (script === undefined) return;
    const found = INSECURE_TLS.find(([pattern]) => pattern.test(script));
    if (found) report({ at: ["run"], message: `the run script disables TLS certificate verification (${found[1]}), so downloads and credentials can be intercepted` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_EXTRA_CA_CERTS: /etc/ssl/internal-ca.pem
    steps:
      - run: curl -fsSL --cacert internal-ca.pem -o tool.tgz https://artifacts.internal.example/tool.tgz
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  fetch:
    runs-on: ubuntu-latest
    env:
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
    steps:
      - run: curl -fsSLk -o tool.tgz https://artifacts.internal.example/tool.tgz
`,
        errors: [
          { line: 6, column: 7, messageIncludes: "NODE_TLS_REJECT_UNAUTHORIZED" },
          { line: 8, column: 9, messageIncludes: "curl -k" },
        ],
      },
    ],
  },
});
