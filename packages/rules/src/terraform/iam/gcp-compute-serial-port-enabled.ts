import { defineRule } from "@tollgate/engine";
import { METADATA_TYPES, metadataEntry, metadataFlag } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-compute-serial-port-enabled",
    title: "Compute Engine interactive serial port access enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description:
      "`serial-port-enable` turns on the interactive serial console, which accepts connections from any IP address and is not subject to VPC firewall rules. Anyone holding a key authorised for the instance can reach its console from anywhere.",
    remediation: "Remove the `serial-port-enable` metadata key or set it to `\"FALSE\"`; enable it only temporarily for troubleshooting.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.5"] },
    tags: ["gcp", "compute", "serial-port"],
    references: [
      "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata",
    ],
  },
  check(resource, { report }) {
    const entry = metadataEntry(resource, "serial-port-enable");
    if (entry && metadataFlag(entry.value) === true) {
      report({ at: entry.at, message: `${resource.name} enables interactive serial port access (serial-port-enable = ${JSON.stringify(entry.value)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "worker" {
  name         = "worker-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

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
        code: `resource "google_compute_instance" "worker" {
  name         = "worker-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }

  metadata = {
    serial-port-enable = "true"
  }
}
`,
        errors: [{ line: 11, column: 5 }],
      },
      {
        name: "project-wide metadata item",
        filename: "main.tf",
        code: `resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "1"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
