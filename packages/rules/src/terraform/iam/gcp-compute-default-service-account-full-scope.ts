import { defineRule } from "@tollgate/engine";
import { instanceServiceAccount } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-compute-default-service-account-full-scope",
    title: "Compute Engine instance uses the default service account with the cloud-platform scope",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description:
      "The default Compute Engine service account holds the Editor role on the project unless that grant was removed; with the `cloud-platform` scope nothing limits what its tokens can do. Anyone who gets code running on the VM can read the metadata server's token and modify almost every resource in the project.",
    remediation:
      "Create a dedicated service account with only the roles the workload needs and set it in `service_account { email = ... }`; keep the `cloud-platform` scope only with such a least-privilege account.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.2"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account",
    ],
  },
  check(instance, { report }) {
    const account = instanceServiceAccount(instance);
    if (!account?.isDefault || account.fullScopeIndex < 0) return;
    report({
      at: [...account.at, "scopes", account.fullScopeIndex],
      message: `${instance.name} runs as the default service account with the cloud-platform scope: full access to all Cloud APIs with the project's Editor role`,
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "renderer" {
  name         = "renderer-1"
  machine_type = "n2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    email  = google_service_account.renderer.email
    scopes = ["cloud-platform"]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "renderer" {
  name         = "renderer-1"
  machine_type = "n2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  service_account {
    scopes = ["cloud-platform"]
  }
}
`,
        errors: [{ line: 11, column: 15 }],
      },
    ],
  },
});
