#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  METADATA_TYPES,
  classifyExposure,
  describePorts,
  instanceServiceAccount,
  metadataEntry,
  metadataFlag,
  openFirewallIngress,
  projectMetadataEnables
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/gcp-compute-block-project-ssh-keys.ts
var INSTANCE_TYPES = ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"];
var PROJECT_METADATA_TYPES = ["google_compute_project_metadata", "google_compute_project_metadata_item"];
var gcp_compute_block_project_ssh_keys_default = defineRule({
  meta: {
    id: "gcp-compute-block-project-ssh-keys",
    title: "Compute Engine instance does not block project-wide SSH keys",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: INSTANCE_TYPES,
    description: "Without `block-project-ssh-keys = TRUE`, any SSH key added to project metadata opens every such instance in the project, so one leaked or forgotten project key reaches all of them. With OS Login on, metadata keys are ignored and this does not apply.",
    remediation: 'Set `block-project-ssh-keys = "TRUE"` in the instance metadata, or better, enable OS Login for the project.',
    precision: "medium",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.3"] },
    tags: ["gcp", "compute", "ssh", "ssh-keys", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
    ]
  },
  check(instance, { graph, report }) {
    const block = metadataEntry(instance, "block-project-ssh-keys");
    if (block && (isUnknown(block.value) || metadataFlag(block.value) !== false)) return;
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
`
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
`
      }
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
        errors: [{ line: 11, column: 5 }]
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-default-service-account-full-scope.ts
var gcp_compute_default_service_account_full_scope_default = defineRule({
  meta: {
    id: "gcp-compute-default-service-account-full-scope",
    title: "Compute Engine instance uses the default service account with the cloud-platform scope",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "The default Compute Engine service account holds the Editor role on the project unless that grant was removed; with the `cloud-platform` scope nothing limits what its tokens can do. Anyone who gets code running on the VM can read the metadata server's token and modify almost every resource in the project.",
    remediation: "Create a dedicated service account with only the roles the workload needs and set it in `service_account { email = ... }`; keep the `cloud-platform` scope only with such a least-privilege account.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.2"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"
    ]
  },
  check(instance, { report }) {
    const account = instanceServiceAccount(instance);
    if (!account?.isDefault || account.fullScopeIndex < 0) return;
    report({
      at: [...account.at, "scopes", account.fullScopeIndex],
      message: `${instance.name} runs as the default service account with the cloud-platform scope: full access to all Cloud APIs with the project's Editor role`
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
`
      }
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
        errors: [{ line: 11, column: 15 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-default-service-account.ts
var gcp_compute_default_service_account_default = defineRule({
  meta: {
    id: "gcp-compute-default-service-account",
    title: "Compute Engine instance uses the default service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "The instance runs as the Compute Engine default service account, which is shared by every VM in the project and holds the Editor role unless that grant was removed. Its access scopes are the only limit on what code on the VM can do with its credentials. (With the `cloud-platform` scope this is reported by the full-scope rule instead.)",
    remediation: "Create a dedicated service account for the workload, grant it only the roles it needs and set it in `service_account { email = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.1"] },
    tags: ["gcp", "compute", "service-account", "default-service-account", "least-privilege"],
    references: [
      "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account"
    ]
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
`
      }
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
        errors: [{ line: 11, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-os-login-disabled.ts
var gcp_compute_os_login_disabled_default = defineRule({
  meta: {
    id: "gcp-compute-os-login-disabled",
    title: "Compute Engine OS Login disabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description: "`enable-oslogin = FALSE` makes the instance (or, on project metadata, every instance) fall back to SSH keys stored in metadata. Access is then not tied to IAM identities: keys are not revoked when people leave, cannot require two-step verification and leave no audit trail of who logged in.",
    remediation: 'Set `enable-oslogin = "TRUE"` in project metadata and remove instance-level overrides; grant `roles/compute.osLogin` to the people who need SSH.',
    precision: "very-high",
    cwe: ["CWE-287"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.4"] },
    tags: ["gcp", "compute", "os-login", "ssh", "authentication"],
    references: [
      "https://cloud.google.com/compute/docs/oslogin/set-up-oslogin",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata"
    ]
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
`
      }
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
        errors: [{ line: 11, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-compute-serial-port-enabled.ts
var gcp_compute_serial_port_enabled_default = defineRule({
  meta: {
    id: "gcp-compute-serial-port-enabled",
    title: "Compute Engine interactive serial port access enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: METADATA_TYPES,
    description: "`serial-port-enable` turns on the interactive serial console, which accepts connections from any IP address and is not subject to VPC firewall rules. Anyone holding a key authorised for the instance can reach its console from anywhere.",
    remediation: 'Remove the `serial-port-enable` metadata key or set it to `"FALSE"`; enable it only temporarily for troubleshooting.',
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.5"] },
    tags: ["gcp", "compute", "serial-port"],
    references: [
      "https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata"
    ]
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
`
      }
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
        errors: [{ line: 11, column: 5 }]
      },
      {
        name: "project-wide metadata item",
        filename: "main.tf",
        code: `resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "1"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-compute-disk-cmek.ts
var gcp_compute_disk_cmek_default = defineRule({
  meta: {
    id: "gcp-compute-disk-cmek",
    title: "Persistent disk not encrypted with a customer-managed key (CMEK/CSEK)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_disk", "google_compute_region_disk"],
    description: "The disk relies on Google-managed encryption keys only. Its data is encrypted at rest, but you cannot revoke or audit the key, so deleting or disabling access to the data rests entirely with IAM on the disk and its snapshots.",
    remediation: "Set `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disks.id }` (CMEK) or a customer-supplied key (`raw_key` / `rsa_encrypted_key`) for disks holding sensitive data.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.7"] },
    tags: ["gcp", "compute", "disk", "encryption-at-rest", "cmek"],
    references: [
      "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key"
    ]
  },
  check(disk, { report }) {
    const keys = disk.attributes.disk_encryption_key;
    if (isUnknown(keys)) return;
    if (asList(keys).length > 0) return;
    if (disk.attributes.source_image_encryption_key !== void 0 || disk.attributes.source_snapshot_encryption_key !== void 0) return;
    report({ message: `Disk ${disk.name} is not encrypted with a customer-managed key (no disk_encryption_key; Google-managed encryption only)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-compute-ip-forwarding.ts
var gcp_compute_ip_forwarding_default = defineRule({
  meta: {
    id: "gcp-compute-ip-forwarding",
    title: "Compute Engine instance has IP forwarding enabled",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "`can_ip_forward = true` lets the VM send and receive packets for addresses that are not its own, so it can route or spoof traffic between networks. Only NAT gateways, firewalls and similar appliances need it.",
    remediation: "Set `can_ip_forward = false` unless the instance is a network appliance; prefer Cloud NAT and Cloud Router to routing VMs.",
    precision: "high",
    cwe: ["CWE-923"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.6"] },
    tags: ["gcp", "compute", "ip-forwarding"],
    references: [
      "https://cloud.google.com/vpc/docs/using-routes#canipforward",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward"
    ]
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
`
      }
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
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-compute-public-ip.ts
var gcp_compute_public_ip_default = defineRule({
  meta: {
    id: "gcp-compute-public-ip",
    title: "Compute Engine instance has a public IP address",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"],
    description: "An `access_config` block on a network interface gives the VM an external (public) IP address. Its services are then reachable from the internet wherever a firewall rule allows it, and one permissive rule is enough to expose them.",
    remediation: "Remove `access_config` and reach the instance through Cloud NAT for outbound traffic and a load balancer or Identity-Aware Proxy for inbound access.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.9"] },
    tags: ["gcp", "compute", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/compute/docs/ip-addresses#externaladdresses",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config"
    ]
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
`
      }
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
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-all-ports-open-to-internet.ts
var gcp_firewall_all_ports_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-all-ports-open-to-internet",
    title: "VPC firewall rule allows all ports from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` on every port (protocol `all`, a protocol without `ports`, or `0-65535`). Every service on the targeted VMs, including management agents and databases never meant to be public, is reachable from the internet.",
    remediation: "Allow only the ports the service offers, and restrict `source_ranges` (or use `source_tags` / service accounts) to the clients that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
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
`
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
`
      }
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
        errors: [{ line: 4, column: 20 }]
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
        errors: [{ line: 4, column: 34 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-sensitive-port-open-to-internet.ts
var gcp_firewall_sensitive_port_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-sensitive-port-open-to-internet",
    title: "VPC firewall rule opens a database or administration port to the internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` to a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (PostgreSQL, MySQL, Redis, Elasticsearch, the Kubernetes API, WinRM…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict `source_ranges` to the networks that need the service, or reach it over private IPs, Private Service Connect or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "firewall", "network-exposure"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
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
`
      }
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
        errors: [{ line: 4, column: 20, messageIncludes: "5432 (PostgreSQL), 6379 (Redis)" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-firewall-ssh-rdp-open-to-internet.ts
var gcp_firewall_ssh_rdp_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-firewall-ssh-rdp-open-to-internet",
    title: "VPC firewall rule allows SSH or RDP from the internet (0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_firewall"],
    description: "An ingress rule admits `0.0.0.0/0` to port 22 (SSH) or 3389 (RDP). Internet-wide scanners find such ports within minutes and try stolen and common credentials against them; a single weak account or unpatched daemon gives a shell on the VM.",
    remediation: "Restrict `source_ranges` to known administration networks, or use Identity-Aware Proxy TCP forwarding (`35.235.240.0/20`) with OS Login instead of exposing the ports.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["3.6", "3.7"] },
    tags: ["gcp", "firewall", "network-exposure", "ssh", "rdp"],
    references: [
      "https://cloud.google.com/firewall/docs/firewalls",
      "https://cloud.google.com/iap/docs/using-tcp-forwarding",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall"
    ]
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
`
      }
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
        errors: [{ line: 4, column: 20, messageIncludes: "22 (SSH), 3389 (RDP)" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-google-compute.ts
var rules = [
  gcp_compute_block_project_ssh_keys_default,
  gcp_compute_default_service_account_full_scope_default,
  gcp_compute_default_service_account_default,
  gcp_compute_os_login_disabled_default,
  gcp_compute_serial_port_enabled_default,
  gcp_compute_disk_cmek_default,
  gcp_compute_ip_forwarding_default,
  gcp_compute_public_ip_default,
  gcp_firewall_all_ports_open_to_internet_default,
  gcp_firewall_sensitive_port_open_to_internet_default,
  gcp_firewall_ssh_rdp_open_to_internet_default
];
export {
  rules
};
