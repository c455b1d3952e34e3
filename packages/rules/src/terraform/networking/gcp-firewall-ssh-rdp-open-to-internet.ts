import { defineRule } from "@tollgate/engine";
import { openFirewallIngress } from "../../support/gcp.js";
import { classifyExposure, describePorts } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "gcp-firewall-ssh-rdp-open-to-internet",
    title: "VPC firewall rule allows SSH or RDP from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description:
      "An ingress rule admits `0.0.0.0/0` to port 22 (SSH) or 3389 (RDP). Internet-wide scanners find such ports within minutes and try stolen and common credentials against them; a single weak account or unpatched daemon gives a shell on the VM.",
    remediation:
      "Restrict `source_ranges` to known administration networks, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) with OS Login instead of exposing the ports.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["3.6", "3.7"] },
    tags: ["gcp", "firewall", "network-exposure", "ssh", "rdp"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://cloud.google.com/iap/docs/using-tcp-forwarding",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall",
    ],
  },
  check(firewall, { report }) {
    const open = openFirewallIngress(firewall);
    const exposure = open && classifyExposure(open.ranges);
    if (!open || exposure?.kind !== "remote-admin") return;
    report({ at: open.at, message: `Firewall rule ${firewall.name} opens ${describePorts(exposure.ports)} to the internet (${open.cidr})` });
  },
  examples: {
    valid: [
      {
        name: "SSH through IAP only",
        filename: "main.tf",
        code: `resource "google_compute_firewall" "ssh_iap" {
  name          = "allow-ssh-from-iap"
  network       = google_compute_network.main.id
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = google_compute_network.main.id
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}
`,
        errors: [{ line: 4, column: 20, messageIncludes: "22 (SSH), 3389 (RDP)" }],
      },
    ],
  },
});
