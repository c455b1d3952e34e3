import { defineRule, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { grantsWrite } from "../../support/token-permissions.js";
import { firstUntrustedCheckout } from "../../support/untrusted-checkout.js";
import { PRIVILEGED_UNTRUSTED_TRIGGERS, stepsOf, triggersOf, workflowOf } from "../../support/workflow.js";

export default defineRule({
  meta: {
    id: "gha-oidc-token-on-pull-request-target",
    title: "Workflow run by pull_request_target, issue_comment or workflow_run can mint cloud OIDC tokens",
    severity: "medium",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job"],
    description:
      "`id-token: write` lets a job request OIDC tokens that cloud providers exchange for credentials. Under `pull_request_target`, `issue_comment` or `workflow_run` the job runs in the base repository's trusted context for events anyone can cause (a fork's pull request, a comment), and its token's subject is that of the default branch, which deployment roles usually trust. One step that runs an injected expression or a compromised action then obtains the main branch's cloud credentials. (Jobs that also check out the pull request's code are reported by `gha-untrusted-checkout-id-token`.)",
    remediation:
      "Do not grant `id-token: write` in workflows triggered by untrusted events. Move the cloud work to a workflow on `push` to a protected branch, or to a job behind an environment with required reviewers.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "OpenSSF Scorecard": ["Token-Permissions", "Dangerous-Workflow"] },
    tags: ["actions", "oidc", "permissions", "ci-token-permissions"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings"],
  },
  check(resource, { graph, report }) {
    const workflow = resource.type === "workflow" ? resource : workflowOf(resource, graph);
    const triggers = [...triggersOf(workflow)].filter((event) => (PRIVILEGED_UNTRUSTED_TRIGGERS as readonly string[]).includes(event));
    const grant = idTokenWrite(resource);
    if (!workflow || triggers.length === 0 || !grant) return;
    // A workflow-level grant matters through the jobs that inherit it; each job is judged as if it held it.
    const jobs = resource.type === "workflow" ? jobsOf(graph, workflow).filter((job) => job.attributes.permissions === undefined) : [resource];
    if (!jobs.some((job) => exposedJob(graph, job))) return;
    const who = resource.type === "workflow" ? "the workflow" : resource.name;
    report({ at: grant, message: `${who} can request OIDC tokens (id-token: write) while running on ${triggers.join(", ")}` });
  },
  examples: {
    valid: [
      {
        name: "id-token on push; pull_request_target without it; a job behind an environment",
        filename: ".github/workflows/deploy.yml",
        code: `on:
  push:
    branches: [main]
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
        extraFiles: {
          ".github/workflows/label.yml": `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: echo labelling
  preview:
    runs-on: ubuntu-latest
    environment: preview
    permissions:
      id-token: write
    steps:
      - run: ./preview.sh
`,
        },
      },
    ],
    invalid: [
      {
        name: "workflow-level and job-level grants",
        filename: ".github/workflows/preview.yml",
        code: `on:
  pull_request_target:
  workflow_run:
    workflows: [build]
    types: [completed]
permissions:
  id-token: write
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - run: ./preview.sh
  comment:
    runs-on: ubuntu-latest
    steps:
      - run: ./comment.sh
`,
        errors: [
          { line: 7, column: 3, messageIncludes: "the workflow can request OIDC tokens (id-token: write) while running on pull_request_target, workflow_run" },
          { line: 12, column: 7, messageIncludes: "jobs.preview" },
        ],
      },
    ],
  },
});

/** Where `permissions` grants `id-token: write`: the key itself, or `write-all`. */
function idTokenWrite(resource: Resource): AttributePath | undefined {
  const permissions = resource.attributes.permissions;
  if (!grantsWrite(permissions, "id-token")) return undefined;
  return permissions === "write-all" ? ["permissions"] : ["permissions", "id-token"];
}

function jobsOf(graph: ResourceGraph, workflow: Resource): Resource[] {
  return graph.targets(workflow.id, "contains").filter((child) => child.type === "job");
}

/**
 * A job whose token an outsider could reach: not waiting behind an
 * environment's reviewers, and not one that checks out the pull request
 * (that case is `gha-untrusted-checkout-id-token`'s, at a higher severity).
 */
function exposedJob(graph: ResourceGraph, job: Resource): boolean {
  return job.attributes.environment === undefined && stepsOf(job, graph).length > 0 && !firstUntrustedCheckout(job, graph);
}
