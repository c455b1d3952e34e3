import { defineRule } from "@tollgate/engine";
import { isPublicMember } from "../../support/gcp.js";

const PUBLIC_PREDEFINED_ACLS = new Set(["publicRead", "publicReadWrite", "authenticatedRead"]);
const ACL_TYPES = ["google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_object_acl"];
const ACCESS_CONTROL_TYPES = [
  "google_storage_bucket_access_control",
  "google_storage_default_object_access_control",
  "google_storage_object_access_control",
];

/** `READER:allUsers` → the entity after the role. */
function entityOf(roleEntity: unknown): string | undefined {
  if (typeof roleEntity !== "string") return undefined;
  const separator = roleEntity.indexOf(":");
  return separator < 0 ? undefined : roleEntity.slice(separator + 1);
}

export default defineRule({
  meta: {
    id: "gcp-storage-bucket-public-acl",
    title: "Cloud Storage ACL makes a bucket or objects public (allUsers, publicRead)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...ACL_TYPES, ...ACCESS_CONTROL_TYPES],
    description:
      "A bucket or object ACL grants access to `allUsers` or `allAuthenticatedUsers`, directly or through the `publicRead`, `publicReadWrite` or `authenticatedRead` predefined ACLs. The data is then publicly readable (or writable) by anyone on the internet.",
    remediation:
      "Use a private predefined ACL (`projectPrivate`, `private`) or, better, enable uniform bucket-level access and grant IAM roles to specific principals only.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "acl", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/lists",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl",
    ],
  },
  check(acl, { report }) {
    const attributes = acl.attributes;
    if (ACCESS_CONTROL_TYPES.includes(acl.type)) {
      if (isPublicMember(attributes.entity)) report({ at: ["entity"], message: `ACL ${acl.name} makes data public: ${String(attributes.role)} granted to ${attributes.entity}` });
      return;
    }
    const predefined = attributes.predefined_acl;
    if (typeof predefined === "string" && PUBLIC_PREDEFINED_ACLS.has(predefined)) {
      report({ at: ["predefined_acl"], message: `ACL ${acl.name} makes data public (predefined_acl = "${predefined}")` });
      return;
    }
    if (!Array.isArray(attributes.role_entity)) return;
    attributes.role_entity.forEach((roleEntity, index) => {
      const entity = entityOf(roleEntity);
      if (isPublicMember(entity)) report({ at: ["role_entity", index], message: `ACL ${acl.name} makes data public: ${String(roleEntity)}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "projectPrivate"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "publicRead"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
      {
        name: "role entities",
        filename: "main.tf",
        code: `resource "google_storage_default_object_acl" "builds" {
  bucket      = google_storage_bucket.builds.name
  role_entity = [
    "OWNER:project-owners-123456789",
    "READER:allUsers",
  ]
}
`,
        errors: [{ line: 5, column: 5 }],
      },
    ],
  },
});
