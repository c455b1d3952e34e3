import { defineRule } from "@tollgate/engine";
import { isFalse } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-redshift-encryption-at-rest",
    title: "Redshift cluster explicitly not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description:
      "`encrypted = false` keeps the data warehouse's blocks and snapshots unencrypted. New provisioned clusters are encrypted by AWS when nothing is said, so only an explicit `false` (kept from an older cluster or provider) leaves the data in clear.",
    remediation: "Set `encrypted = true` with `kms_key_id` pointing at a customer-managed KMS key; Redshift migrates an existing cluster to encrypted storage in place.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["redshift", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted",
    ],
  },
  check(cluster, { report }) {
    if (isFalse(cluster.attributes.encrypted)) {
      report({ at: ["encrypted"], message: `Redshift cluster ${cluster.name} is not encrypted at rest (encrypted = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
  encrypted          = true
  kms_key_id         = aws_kms_key.redshift.arn
}
`,
      },
      {
        name: "encrypted by default when unset",
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "dc2.large"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
