import { defineRule, isUnknown } from "@tollgate/engine";
import { metadataEntry, metadataFlag, projectMetadataEnables } from "../../support/gcp.js";

const INSTANCE_TYPES = ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"];
const PROJECT_METADATA_TYPES = ["google_compute_project_metadata", "google_compute_project_metadata_item"];

export default defineRule({
  meta: {
    id: "gcp-compute-block-project-ssh-keys",
    title: "Compute Engine instance does not block project-wide SSH keys",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: INSTANCE_TYPES,
    description:
      "Without `block-project-ssh-keys = TRUE`, any SSH key added to project metadata opens every such instance in the project, so one leaked or forgotten project key reaches all of them. With OS Login on, metadata keys are ignored and this does not apply.",
    remediation: "Set `block-project-ssh-keys = \"TRUE\"` in the instance metadata, or better, enable OS Login for the project.",
    precision: "medium",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.3"] },
    tags: ["gcp", "compute", "ssh", "ssh-keys", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
    ],
  },
  check(instance, { graph, report }) {
    const block = metadataEntry(instance, "block-project-ssh-keys");
    if (block && (isUnknown(block.value) || metadataFlag(block.value) !== false)) return;
    // OS Login (on the instance or project-wide) ignores metadata SSH keys altogether.
    const osLogin = metadataEntry(instance, "enable-oslogin");
    if (osLogin && (isUnknown(osLogin.value) || metadataFlag(osLogin.value) === true)) return;
    if (!osLogin && projectMetadataEnables(PROJECT_METADATA_TYPES.flatMap((type) => graph.ofType(type)), "enable-oslogin")) return;
    if (block) report({ at: block.at, message: `${instance.name} accepts project-wide SSH keys (block-project-ssh-keys = ${JSON.stringify(block.value)})` });
    else report({ message: `${instance.name} does not block project-wide SSH keys (block-project-ssh-keys is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}
`,
      },
      {
        name: "OS Login for the whole project",
        filename: "main.tf",
        code: `resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    block-project-ssh-keys = false
  }
}
`,
        errors: [{ line: 11, column: 5 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "google_compute_instance_template" "api" {
  name_prefix  = "api-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
