import { defineRule } from "@tollgate/engine";
import { openFirewallIngress } from "../../support/gcp.js";
import { classifyExposure } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "gcp-firewall-all-ports-open-to-internet",
    title: "VPC firewall rule allows all ports from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description:
      "An ingress rule admits `0.0.0.0/0` on every port (protocol `all`, a protocol without `ports`, or `0-65535`). Every service on the targeted VMs, including management agents and databases never meant to be public, is reachable from the internet.",
    remediation: "Allow only the ports the service offers, and restrict `source_ranges` (or use `source_tags` / service accounts) to the clients that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
    ],
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    if (!open || classifyExposure(open.ranges)?.kind !== "all-ports") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens all ports to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "all ports, internal ranges only",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = google_compute_network.main.id
  source_ranges = ["10.128.0.0/9"]

  allow {
    protocol = "all"
  }
}
`,
      },
      {
        name: "egress",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = google_compute_network.main.id
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "everything" {
  name          = "allow-everything"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }
}
`,
        errors: [{ line: 4, column: 20 }],
      },
      {
        name: "protocol without ports",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = google_compute_network.main.id
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"]

  allow {
    protocol = "udp"
  }
}
`,
        errors: [{ line: 4, column: 34 }],
      },
    ],
  },
});
