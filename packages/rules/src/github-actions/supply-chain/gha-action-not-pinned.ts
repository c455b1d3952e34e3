import { defineRule, parseUses } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gha-action-not-pinned",
    title: "Action or reusable workflow not pinned to a commit SHA",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step", "job"],
    description:
      "`uses:` names a tag or a branch. Tags and branches move: whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files compromise) changes the code this workflow runs, with its secrets and token. Only a full 40-character commit SHA is immutable.",
    remediation:
      "Pin to the full commit SHA of the release and keep the version in a comment (`uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`); let Dependabot or Renovate update the pins. Owners you trust can be allowed with the rule option `trustedOwners`.",
    precision: "very-high",
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    tags: ["actions", "pinning", "unpinned-dependency"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"],
  },
  check(resource, { report, options }) {
    const value = resource.attributes.uses;
    if (typeof value !== "string") return;
    const uses = parseUses(value);
    if (uses.kind !== "repository" && uses.kind !== "reusable-workflow") return;
    if (uses.ref !== undefined && /^[0-9a-f]{40}$/i.test(uses.ref)) return;
    const trusted = Array.isArray(options.trustedOwners) ? (options.trustedOwners as unknown[]).map((owner) => String(owner).toLowerCase()) : [];
    if (trusted.includes(uses.owner.toLowerCase())) return;
    const what = uses.ref === undefined ? "has no ref at all" : `is pinned to the mutable ref "${uses.ref}"`;
    report({ at: ["uses"], message: `${value} ${what}; pin it to a full commit SHA` });
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
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./.github/actions/setup
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
    steps:
      - uses: actions/checkout@v4
      - uses: some-org/deploy-action@main
  release:
    uses: some-org/workflows/.github/workflows/release.yml@v1
`,
        errors: [
          { line: 6, column: 9, messageIncludes: '"v4"' },
          { line: 7, column: 9, messageIncludes: '"main"' },
          { line: 9, column: 5 },
        ],
      },
    ],
  },
});
