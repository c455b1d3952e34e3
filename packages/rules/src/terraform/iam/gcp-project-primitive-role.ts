import { defineRule } from "@tollgate/engine";

const BASIC_ROLES = new Set(["roles/owner", "roles/editor"]);
const MEMBER_TYPES = ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member"];
const BINDING_TYPES = ["google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding"];

export default defineRule({
  meta: {
    id: "gcp-project-primitive-role",
    title: "Basic (primitive) role Owner or Editor granted on a project, folder or organization",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...MEMBER_TYPES, ...BINDING_TYPES],
    description:
      "The basic roles `roles/owner` and `roles/editor` grant thousands of permissions across every service. A principal holding one can read and change nearly everything in scope, which rarely matches what it needs and makes a compromise of that principal far more damaging.",
    remediation: "Grant predefined or custom roles limited to the services and actions the principal uses; keep Owner for a small break-glass group.",
    precision: "high",
    cwe: ["CWE-269"],
    tags: ["gcp", "iam", "basic-roles", "least-privilege"],
    references: [
      "https://cloud.google.com/iam/docs/roles-overview#basic",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam",
    ],
  },
  check(grant, { report }) {
    const role = grant.attributes.role;
    if (typeof role !== "string" || !BASIC_ROLES.has(role)) return;
    if (MEMBER_TYPES.includes(grant.type)) {
      if (typeof grant.attributes.member === "string") report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${grant.attributes.member}: overly broad permissions` });
      return;
    }
    const members = grant.attributes.members;
    if (Array.isArray(members) && members.length > 0) {
      report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${members.length} member(s): overly broad permissions` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "deployer" {
  project = "acme-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "user:contractor@example.com"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
