import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gha-secrets-inherit",
    title: "Reusable workflow call passes every secret",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description:
      "`secrets: inherit` hands the called workflow every secret of the calling repository and organisation, not just the ones it uses. A compromised or later-modified called workflow (especially one pinned to a branch or tag) can read them all.",
    remediation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets", "reusable-workflows"],
    references: ["https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow"],
  },
  check(job, { report }) {
    if (typeof job.attributes.uses === "string" && job.attributes.secrets === "inherit") {
      report({ at: ["secrets"], message: `${job.name} passes every secret of the repository to ${job.attributes.uses} with secrets: inherit` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/release.yml",
        code: `on: push
jobs:
  publish:
    uses: acme/workflows/.github/workflows/npm-publish.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets: inherit
`,
        errors: [{ line: 5, column: 5, messageIncludes: "secrets: inherit" }],
      },
    ],
  },
});
