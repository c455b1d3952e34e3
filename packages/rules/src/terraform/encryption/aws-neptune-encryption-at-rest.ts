import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-neptune-encryption-at-rest",
    title: "Neptune cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description:
      "The graph database cluster keeps its storage, backups and snapshots unencrypted. Neptune encryption is fixed at creation: an unencrypted cluster has to be rebuilt from an encrypted snapshot copy to fix it.",
    remediation: "Set `storage_encrypted = true` and `kms_key_arn` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["neptune", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted",
    ],
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `Neptune cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    // A cluster restored from a snapshot or joining a global database takes that source's encryption.
    const inherits = ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier", "kms_key_arn"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `Neptune cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "recommendations"
  engine              = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = false
}
`,
        errors: [{ line: 5, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
