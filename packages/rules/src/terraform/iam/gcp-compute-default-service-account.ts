import { defineRule } from "@tollgate/engine";
import { instanceServiceAccount } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-compute-default-service-account",
    title: "Compute Engine instance uses the default service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description:
      "The instance runs as the Compute Engine default service account, which is shared by every VM in the project and holds the Editor role unless that grant was removed. Its access scopes are the only limit on what code on the VM can do with its credentials. (With the `cloud-platform` scope this is reported by the full-scope rule instead.)",
    remediation: "Create a dedicated service account for the workload, grant it only the roles it needs and set it in `service_account { email = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.1"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account",
    ],
  },
  check(instance, { report }) {
    const account = instanceServiceAccount(instance);
    if (!account?.isDefault || account.fullScopeIndex >= 0) return;
    report({ at: [...account.at, "email"], message: `${instance.name} runs as the Compute Engine default service account` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "cron" {
  name         = "cron-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = "cron-runner@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "cron" {
  name         = "cron-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = ["storage-ro", "logging-write"]
  }
}
`,
        errors: [{ line: 11, column: 5 }],
      },
    ],
  },
});
