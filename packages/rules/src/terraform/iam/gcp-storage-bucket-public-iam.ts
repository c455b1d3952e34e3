import { defineRule } from "@tollgate/engine";
import { isPublicMember } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-storage-bucket-public-iam",
    title: "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers (public bucket)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket_iam_binding", "google_storage_bucket_iam_member", "google_storage_bucket_iam_policy"],
    description:
      "A bucket IAM grant to `allUsers` makes the bucket's objects publicly accessible to anyone on the internet, without authentication; `allAuthenticatedUsers` means anyone with any Google account, which is no narrower in practice. Public buckets are a leading cause of cloud data leaks.",
    remediation:
      "Remove `allUsers` and `allAuthenticatedUsers` from the bucket's IAM and grant roles to specific users, groups or service accounts; serve intentionally public content through a load balancer with Cloud CDN or signed URLs.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/making-data-public",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam",
    ],
  },
  check(grant, { report }) {
    const attributes = grant.attributes;
    const role = typeof attributes.role === "string" ? attributes.role : "a role";
    const message = (member: string, what = role) => `Bucket IAM ${grant.name} makes the bucket public: ${what} granted to ${member}`;
    if (grant.type === "google_storage_bucket_iam_member") {
      if (isPublicMember(attributes.member)) report({ at: ["member"], message: message(attributes.member) });
      return;
    }
    if (grant.type === "google_storage_bucket_iam_binding") {
      if (!Array.isArray(attributes.members)) return;
      attributes.members.forEach((member, index) => {
        if (isPublicMember(member)) report({ at: ["members", index], message: message(member) });
      });
      return;
    }
    // google_storage_bucket_iam_policy: policy_data is JSON text when it is known.
    if (typeof attributes.policy_data !== "string") return;
    let policy: unknown;
    try {
      policy = JSON.parse(attributes.policy_data);
    } catch {
      return;
    }
    const bindings = typeof policy === "object" && policy !== null ? (policy as { bindings?: unknown }).bindings : undefined;
    if (!Array.isArray(bindings)) return;
    const publicGrants = bindings.flatMap((binding: { role?: unknown; members?: unknown }) =>
      Array.isArray(binding?.members) ? binding.members.filter((member) => isPublicMember(member)).map((member) => `${String(binding.role)} to ${String(member)}`) : [],
    );
    if (publicGrants.length > 0) report({ at: ["policy_data"], message: `Bucket IAM policy ${grant.name} makes the bucket public: ${publicGrants.join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "reader" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_binding" "public_read" {
  bucket  = google_storage_bucket.reports.name
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com", "allUsers"]
}
`,
        errors: [{ line: 4, column: 44, messageIncludes: "allUsers" }],
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "any_google_account" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "allAuthenticatedUsers"
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
