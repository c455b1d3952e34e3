import { defineRule } from "@tollgate/engine";
import { openFirewallIngress } from "../../support/gcp.js";
import { classifyExposure, describePorts } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "gcp-firewall-sensitive-port-open-to-internet",
    title: "VPC firewall rule opens a database or administration port to the internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description:
      "An ingress rule admits `0.0.0.0/0` to a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (PostgreSQL, MySQL, Redis, Elasticsearch, the Kubernetes API, WinRM…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict `source_ranges` to the networks that need the service, or reach it over private IPs, Private Service Connect or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
    ],
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    const exposure = open && classifyExposure(open.ranges);
    if (!open || exposure?.kind !== "sensitive") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens ${describePorts(exposure.ports)} to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "HTTPS from anywhere",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "web" {
  name          = "allow-https"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "db" {
  name          = "allow-postgres"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["db"]

  allow {
    protocol = "tcp"
    ports    = ["5432", "6379"]
  }
}
`,
        errors: [{ line: 4, column: 20, messageIncludes: "5432 (PostgreSQL), 6379 (Redis)" }],
      },
    ],
  },
});
