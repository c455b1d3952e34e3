import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-docdb-encryption-at-rest",
    title: "DocumentDB cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster"],
    description:
      "The DocumentDB cluster's storage, automated backups and snapshots are unencrypted. The setting cannot be changed on an existing cluster; the data has to be moved to a new encrypted one.",
    remediation: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["documentdb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted",
    ],
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `DocumentDB cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    const inherits = ["snapshot_identifier", "global_cluster_identifier", "kms_key_id", "restore_to_point_in_time"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `DocumentDB cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
  storage_encrypted  = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "not encrypted at rest" }],
      },
    ],
  },
});
