import { defineRule } from "@tollgate/engine";
import { METADATA_TYPES, metadataEntry, metadataFlag } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-compute-os-login-disabled",
    title: "Compute Engine OS Login disabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description:
      "`enable-oslogin = FALSE` makes the instance (or, on project metadata, every instance) fall back to SSH keys stored in metadata. Access is then not tied to IAM identities: keys are not revoked when people leave, cannot require two-step verification and leave no audit trail of who logged in.",
    remediation: "Set `enable-oslogin = \"TRUE\"` in project metadata and remove instance-level overrides; grant `roles/compute.osLogin` to the people who need SSH.",
    precision: "very-high",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.4"] },
    tags: ["gcp", "compute", "os-login", "ssh", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata",
    ],
  },
  check(resource, { report }) {
    const entry = metadataEntry(resource, "enable-oslogin");
    if (entry && metadataFlag(entry.value) === false) {
      report({ at: entry.at, message: `${resource.name} disables OS Login (enable-oslogin = ${JSON.stringify(entry.value)}): SSH access falls back to metadata keys` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "legacy" {
  name         = "legacy-app"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    enable-oslogin = false
  }
}
`,
        errors: [{ line: 11, column: 5 }],
      },
    ],
  },
});
