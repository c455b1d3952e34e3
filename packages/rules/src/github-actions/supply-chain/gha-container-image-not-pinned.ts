import { defineRule, isObject, parseUses, type AttributePath, type Value } from "@tollgate/engine";

function imageOf(value: Value | undefined): { image: string; at: AttributePath } | undefined {
  if (typeof value === "string") return { image: value, at: [] };
  if (isObject(value) && typeof value.image === "string") return { image: value.image, at: ["image"] };
  return undefined;
}

export default defineRule({
  meta: {
    id: "gha-container-image-not-pinned",
    title: "Job container, service or docker action image not pinned to a digest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job", "step"],
    description:
      "A job's `container:`, its `services:` and `docker://` steps pull images by tag. Tags can be pushed again, so whoever controls the image (or its registry account) changes the code that runs with the job's token and secrets, without any change to the workflow.",
    remediation: "Reference images by digest, keeping the tag for readers: `image: node:20.11-bookworm@sha256:…`; let Dependabot or Renovate update digests.",
    precision: "very-high",
    cwe: ["CWE-829", "CWE-1357"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "containers", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer"],
  },
  check(resource, { report }) {
    const check = (image: string, at: AttributePath, what: string): void => {
      if (image.includes("${{") || image.includes("@sha256:")) return;
      report({ at, message: `${what} image ${image} is not pinned to a digest (tag ${image.includes(":") ? "can move" : "missing, so latest"})` });
    };
    if (resource.type === "step") {
      const uses = resource.attributes.uses;
      if (typeof uses === "string" && parseUses(uses).kind === "docker") check(uses.slice("docker://".length), ["uses"], "docker action");
      return;
    }
    const container = imageOf(resource.attributes.container);
    if (container) check(container.image, ["container", ...container.at], "job container");
    const services = resource.attributes.services;
    if (isObject(services)) {
      for (const [name, service] of Object.entries(services)) {
        const found = imageOf(service);
        if (found) check(found.image, ["services", name, ...found.at], `service "${name}"`);
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/ci.yml",
        code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20-bookworm@sha256:9b2a6f2b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f
    services:
      db:
        image: \${{ matrix.database }}
    steps:
      - uses: docker://alpine@sha256:56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099
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
    container: node:20-bookworm
    services:
      postgres:
        image: postgres:16
    steps:
      - uses: docker://ghcr.io/acme/linter
`,
        errors: [
          { line: 5, column: 5, messageIncludes: "node:20-bookworm" },
          { line: 8, column: 9, messageIncludes: "postgres:16" },
          { line: 10, column: 9, messageIncludes: "latest" },
        ],
      },
    ],
  },
});
