import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-compute-public-ip",
    title: "Compute Engine instance has a public IP address",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description:
      "An `access_config` block on a network interface gives the VM an external (public) IP address. Its services are then reachable from the internet wherever a firewall rule allows it, and one permissive rule is enough to expose them.",
    remediation: "Remove `access_config` and reach the instance through Cloud NAT for outbound traffic and a load balancer or Identity-Aware Proxy for inbound access.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.9"] },
    tags: ["gcp", "compute", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/compute/docs/ip-addresses#externaladdresses",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config",
    ],
  },
  check(instance, { report }) {
    asList(instance.attributes.network_interface).forEach((nic, index) => {
      if (!isObject(nic) || asList(nic.access_config).length === 0) return;
      report({ at: ["network_interface", index, "access_config", 0], message: `${instance.name} has a public IP address (access_config on network interface ${index})` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_instance" "batch" {
  name         = "batch-1"
  machine_type = "e2-standard-4"
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
        code: `resource "google_compute_instance" "batch" {
  name         = "batch-1"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  network_interface {
    subnetwork = google_compute_subnetwork.public.id
    access_config {}
  }
}
`,
        errors: [{ line: 8, column: 5 }],
      },
    ],
  },
});
