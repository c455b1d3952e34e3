import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-compute-ip-forwarding",
    title: "Compute Engine instance has IP forwarding enabled",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description:
      "`can_ip_forward = true` lets the VM send and receive packets for addresses that are not its own, so it can route or spoof traffic between networks. Only NAT gateways, firewalls and similar appliances need it.",
    remediation: "Set `can_ip_forward = false` unless the instance is a network appliance; prefer Cloud NAT and Cloud Router to routing VMs.",
    precision: "high",
    cwe: ["CWE-923"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.6"] },
    tags: ["gcp", "compute", "ip-forwarding"],
    references: [
      "https://cloud.google.com/vpc/docs/using-routes#canipforward",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward",
    ],
  },
  check(instance, { report }) {
    if (instance.attributes.can_ip_forward === true) {
      report({ at: ["can_ip_forward"], message: `${instance.name} has IP forwarding enabled (can_ip_forward = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "app" {
  name           = "app-1"
  machine_type   = "e2-medium"
  zone           = "europe-west1-b"
  can_ip_forward = false

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
        code: `resource "google_compute_instance" "app" {
  name           = "app-1"
  machine_type   = "e2-medium"
  zone           = "europe-west1-b"
  can_ip_forward = true

  network_interface {
    subnetwork = google_compute_subnetwork.private.id
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
