import { defineRule, getPath, type Resource } from "@tollgate/engine";
import { actionName, isFalse, isTrue, jobOf, runScript, stepsOf, triggerConfig, triggersOf, workflowOf } from "../../support/workflow.js";

/** Whether the workflow runs for releases: a published release, a pushed tag, or a push to the default branch. */
function releaseTrigger(workflow: Resource | undefined): string | undefined {
  const triggers = triggersOf(workflow);
  if (triggers.has("release")) return "release";
  if (!triggers.has("push")) return undefined;
  const push = triggerConfig(workflow, "push");
  if (push?.tags !== undefined) return "push of tags";
  const branches = push?.branches;
  const names = typeof branches === "string" ? [branches] : Array.isArray(branches) ? branches : [];
  if (names.some((branch) => typeof branch === "string" && /^(?:main|master|release.*)$/.test(branch))) return "push to the default branch";
  return undefined;
}

/** Actions and commands that publish what the job built. */
const PUBLISHING_ACTIONS = new Set([
  "pypa/gh-action-pypi-publish",
  "softprops/action-gh-release",
  "ncipollo/release-action",
  "goreleaser/goreleaser-action",
  "docker/build-push-action",
  "jreleaser/release-action",
  "changesets/action",
  "js-devtools/npm-publish",
  "cargo-bins/release-pr",
  "actions/attest-build-provenance",
]);
const PUBLISHING_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgem\s+push\b|\bdocker\s+push\b|\bgh\s+release\s+(?:create|upload)\b|\bpoetry\s+publish\b|\buv\s+publish\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\b|\bdotnet\s+nuget\s+push\b|\bgoreleaser\s+release\b/;

function publishes(step: Resource): boolean {
  const name = actionName(step);
  if (name && PUBLISHING_ACTIONS.has(name)) return name !== "docker/build-push-action" || isTrue(getPath(step.attributes, ["with", "push"]));
  const script = runScript(step);
  return script !== undefined && PUBLISHING_COMMAND.test(script);
}

/** The cache a step restores, if any: actions/cache, or a setup action with caching on. */
function restoresCache(step: Resource): { at: readonly (string | number)[]; what: string } | undefined {
  const name = actionName(step);
  if (!name) return undefined;
  if (name === "actions/cache" || name === "actions/cache/restore" || name === "swatinem/rust-cache") return { at: ["uses"], what: name };
  const input = (key: string) => getPath(step.attributes, ["with", key]);
  const enabled = (key: string) => {
    const value = input(key);
    return (typeof value === "string" && value.trim() !== "" && !isFalse(value)) || value === true;
  };
  if (["actions/setup-node", "actions/setup-python", "actions/setup-java"].includes(name) && enabled("cache")) return { at: ["with", "cache"], what: `${name} with cache` };
  // These cache by default unless turned off.
  if (name === "actions/setup-go" && !isFalse(input("cache"))) return { at: input("cache") === undefined ? ["uses"] : ["with", "cache"], what: "actions/setup-go (caches by default)" };
  if (name === "astral-sh/setup-uv" && enabled("enable-cache")) return { at: ["with", "enable-cache"], what: "astral-sh/setup-uv with enable-cache" };
  if (name === "ruby/setup-ruby" && isTrue(input("bundler-cache"))) return { at: ["with", "bundler-cache"], what: "ruby/setup-ruby with bundler-cache" };
  if ((name === "gradle/actions/setup-gradle" || name === "gradle/gradle-build-action") && input("cache-read-only") === undefined && !isTrue(input("cache-disabled"))) {
    return { at: ["uses"], what: `${name} (caches by default)` };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: "gha-cache-poisoning",
    title: "Release job restores a cache that other workflows can write",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description:
      "GitHub Actions caches are shared across the workflows of a branch, and a default-branch cache is visible to every branch. A workflow that runs untrusted code (a `pull_request_target` job, a compromised dependency in a test job) can write a poisoned cache entry that this release job then restores, so that the published artifact contains the attacker's code.",
    remediation:
      "Do not restore caches in jobs that build or publish releases: build from a clean state, or use `actions/cache/restore` only with keys that untrusted workflows cannot create, and set `cache: ''` / `cache: false` on setup actions there.",
    precision: "medium",
    cwe: ["CWE-349", "CWE-829"],
    tags: ["actions", "cache-poisoning", "ci-untrusted-checkout"],
    references: [
      "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache",
      "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/",
    ],
  },
  check(step, { report, graph }) {
    const cache = restoresCache(step);
    if (!cache) return;
    const trigger = releaseTrigger(workflowOf(step, graph));
    const job = jobOf(step, graph);
    if (!trigger || !job) return;
    const steps = stepsOf(job, graph);
    const publisher = steps.slice(steps.indexOf(step) + 1).find(publishes);
    if (!publisher) return;
    report({
      at: cache.at,
      message: `${cache.what} restores a cache in a job that publishes (${publisher.name}) on ${trigger}: a poisoned cache entry ends up in the release`,
      related: [{ resource: publisher.id, message: "publishes the build" }],
    });
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
      - run: npm ci && npm publish
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af
        with:
          node-version: 22
          cache: npm
      - run: npm ci && npm publish
`,
        errors: [{ line: 12, column: 11, messageIncludes: "publish" }],
      },
    ],
  },
});
