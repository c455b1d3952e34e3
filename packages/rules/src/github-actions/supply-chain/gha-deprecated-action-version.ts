import { defineRule } from "@tollgate/engine";
import { remoteTarget } from "../../support/workflow.js";

/**
 * The first major of each official action that runs on a supported runtime
 * and service: older majors run on end-of-life Node.js versions (12, 16) or
 * call artifact and cache services GitHub has shut down.
 */
const FIRST_SUPPORTED_MAJOR: ReadonlyMap<string, { major: number; why: string }> = new Map([
  ["actions/checkout", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/upload-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/download-artifact", { major: 4, why: "uses the artifact service GitHub retired in 2025" }],
  ["actions/cache", { major: 4, why: "runs on an end-of-life Node.js runtime or a retired cache service" }],
  ["actions/setup-node", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-python", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-java", { major: 4, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/setup-go", { major: 5, why: "runs on an end-of-life Node.js runtime" }],
  ["actions/github-script", { major: 7, why: "runs on an end-of-life Node.js runtime" }],
]);

/** Official actions that are archived and receive no fixes at any version. */
const ARCHIVED = new Set(["actions/create-release", "actions/upload-release-asset", "actions/setup-ruby", "actions/setup-elixir", "actions/setup-haskell"]);

export default defineRule({
  meta: {
    id: "gha-deprecated-action-version",
    title: "Deprecated or archived action version",
    severity: "low",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "The step uses a major version of an official action that is deprecated (it runs on an end-of-life Node.js runtime or calls a retired service) or an action that is archived. Such versions get no security fixes, and GitHub forces or breaks them over time.",
    remediation: "Upgrade to the current major version of the action (or its maintained replacement) and pin it by commit SHA.",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["actions", "deprecated-version"],
    references: ["https://github.blog/changelog/2024-03-07-github-actions-all-actions-will-run-on-node20-instead-of-node16-by-default/"],
  },
  check(step, { report }) {
    const target = remoteTarget(step);
    if (!target) return;
    if (ARCHIVED.has(target.name)) {
      report({ at: ["uses"], message: `${target.name} is archived and unmaintained (deprecated); use a maintained replacement` });
      return;
    }
    const supported = FIRST_SUPPORTED_MAJOR.get(target.name);
    const major = target.ref !== undefined ? /^v(\d+)(?:\.\d+){0,2}$/.exec(target.ref)?.[1] : undefined;
    if (!supported || major === undefined || Number(major) >= supported.major) return;
    report({ at: ["uses"], message: `${target.name}@${target.ref} is a deprecated major version that ${supported.why}; upgrade to v${supported.major} or later` });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - uses: actions/upload-artifact@v3.1.3
      - uses: actions/create-release@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: "deprecated" },
          { line: 7, column: 9, messageIncludes: "artifact service" },
          { line: 8, column: 9, messageIncludes: "archived" },
        ],
      },
    ],
  },
});
