import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

/** Settings under which a new database copies its encryption from elsewhere (a snapshot, a source database, a global cluster). */
const INHERITS_ENCRYPTION = ["snapshot_identifier", "replicate_source_db", "replication_source_identifier", "restore_to_point_in_time", "global_cluster_identifier"];

export default defineRule({
  meta: {
    id: "aws-rds-encryption-at-rest",
    title: "RDS database or Aurora cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
    description:
      "The database is created without storage encryption, so its data files, automated backups, read replicas and snapshots are all unencrypted. Encryption cannot be switched on later without copying a snapshot and restoring into a new instance.",
    remediation:
      "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when the database is created; for an existing database, restore an encrypted copy of its latest snapshot and switch over.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.1"] },
    tags: ["rds", "aurora", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted",
    ],
  },
  check(database, { report }) {
    const attributes = database.attributes;
    const encrypted = attributes.storage_encrypted;
    const kind = database.type === "aws_rds_cluster" ? "RDS cluster" : "RDS instance";
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `${kind} ${database.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    // A customer key implies encryption; a copied database takes the encryption of its source; Aurora Serverless v1 is always encrypted.
    if (!isUnset(attributes.kms_key_id)) return;
    if (INHERITS_ENCRYPTION.some((key) => !isUnset(attributes[key]))) return;
    if (attributes.engine_mode === "serverless") return;
    report({ message: `${kind} ${database.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        name: "encrypted with a customer key",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}
`,
      },
      {
        name: "read replica inherits the source's encryption",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders_replica" {
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.t4g.medium"
}
`,
      },
    ],
    invalid: [
      {
        name: "instance explicitly unencrypted",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "not encrypted at rest" }],
      },
      {
        name: "Aurora cluster without storage_encrypted",
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "billing" {
  cluster_identifier = "billing"
  engine             = "aurora-postgresql"
  master_username    = "billing"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
