import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-service-account-key",
    title: "User-managed service account key created (long-lived credentials)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_service_account_key"],
    description:
      "A user-managed service account key is a long-lived credential that does not expire by default. Created by Terraform, its private key is also stored in the state file, so anyone who can read the state can act as the service account from anywhere.",
    remediation:
      "Use attached service accounts, Workload Identity or Workload Identity Federation instead of keys; if a key is unavoidable, upload a public key generated outside Terraform and rotate it.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.4"] },
    tags: ["gcp", "iam", "service-account", "user-credentials"],
    references: [
      "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key",
    ],
  },
  check(key, { report }) {
    const uploaded = key.attributes.public_key_data !== undefined;
    report({
      message: uploaded
        ? `${key.name} uploads a user-managed service account key: long-lived credentials outside Google's control`
        : `${key.name} creates a user-managed service account key: long-lived credentials whose private key is stored in Terraform state`,
    });
  },
  examples: {
    valid: [
      {
        name: "no key: an attached service account",
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}
`,
        errors: [{ line: 6, column: 1, messageIncludes: "state" }],
      },
    ],
  },
});
