import { defineRule } from "@tollgate/engine";
import { ownExpressions } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-secrets-to-json",
    title: "Every secret is passed to one step",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description:
      "`toJSON(secrets)` serialises all the secrets available to the workflow (repository, environment and organisation secrets) into one value. Whatever receives it, a script or an action, holds every credential instead of the one it needs, and a single leak exposes them all.",
    remediation: "Pass each secret the step needs by name: `env: NPM_TOKEN: ${{ secrets.NPM_TOKEN }}`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    tags: ["actions", "secrets"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"],
  },
  check(resource, { report }) {
    for (const { expression, path, range } of ownExpressions(resource)) {
      if (/\btoJSON\s*\(\s*secrets\s*\)/i.test(expression)) {
        report({ at: path, range, message: `\${{ ${expression} }} hands every secret of the workflow to ${resource.name}` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          DEPLOY_KEY: \${{ secrets.DEPLOY_KEY }}
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          ALL_SECRETS: \${{ toJSON(secrets) }}
`,
        errors: [{ line: 8, column: 24 }],
      },
    ],
  },
});
