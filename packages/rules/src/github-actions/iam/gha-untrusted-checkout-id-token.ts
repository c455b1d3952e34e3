import { defineRule } from "@tollgate/engine";
import { effectivePermissions, grantsWrite } from "../../support/token-permissions.js";
import { firstUntrustedCheckout } from "../../support/untrusted-checkout.js";
import { hasAnyTrigger, PRIVILEGED_UNTRUSTED_TRIGGERS, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-untrusted-checkout-id-token",
    title: "Job that checks out pull request code can mint OIDC tokens",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description:
      "`id-token: write` lets any step of the job request an OpenID Connect token for this repository, which cloud providers exchange for credentials (an AWS role, a GCP service account, a package registry). In a `pull_request_target`, `workflow_run` or `issue_comment` job that checks out a pull request's code, that code can request the token and act as the repository in the cloud.",
    remediation:
      "Do not grant `id-token: write` to jobs that handle pull request code. Move the deployment or publishing to a separate job that only runs trusted code, or to a workflow triggered by `push` or `release`.",
    precision: "high",
    cwe: ["CWE-269", "CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "pull_request_target", "ci-token-permissions"],
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
    ],
  },
  check(job, { report, graph }) {
    const workflow = workflowOf(job, graph);
    const trigger = hasAnyTrigger(triggersOf(workflow), PRIVILEGED_UNTRUSTED_TRIGGERS);
    if (!trigger) return;
    const permissions = effectivePermissions(job, workflow);
    if (!permissions || !grantsWrite(permissions.value, "id-token")) return;
    const checkout = firstUntrustedCheckout(job, graph);
    if (!checkout) return;
    const grant = permissions.value === "write-all" ? ["permissions"] : ["permissions", "id-token"];
    const message = `the ${trigger} job ${job.name} checks out pull request code (${checkout.checkout.what}) while holding id-token: write: that code can mint OIDC tokens for cloud credentials`;
    if (permissions.from === job) report({ at: grant, message });
    else report({ message, related: [{ resource: permissions.from.id, at: grant, message: "id-token: write granted here" }] });
  },
  examples: {
    valid: [
      {
        name: "OIDC only in a push workflow",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: ./deploy.sh
`,
      },
    ],
    invalid: [
      {
        name: "pull_request_target preview deploy with OIDC",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/preview
          aws-region: eu-west-1
`,
        errors: [{ line: 7, column: 7, messageIncludes: "id-token: write" }],
      },
      {
        name: "granted at the workflow level",
        filename: ".github/workflows/preview.yml",
        code: `on: pull_request_target
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: \${{ github.head_ref }}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
