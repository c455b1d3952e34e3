import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-elasticache-encryption-at-rest",
    title: "ElastiCache replication group not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description:
      "The Redis or Valkey replication group writes swap files, backups and snapshots to disk unencrypted. Caches often hold session tokens and personal data copied from the primary database, and encryption at rest can only be chosen when the group is created.",
    remediation: "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key) and recreate the replication group, restoring from a backup if the data must be kept.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["elasticache", "redis", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled",
    ],
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.at_rest_encryption_enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    if (isFalse(enabled)) {
      report({ at: ["at_rest_encryption_enabled"], message: `ElastiCache replication group ${group.name} is not encrypted at rest (at_rest_encryption_enabled = false)` });
      return;
    }
    // Members of a global datastore take its encryption settings.
    if (!isUnset(attributes.global_replication_group_id) || !isUnset(attributes.kms_key_id)) return;
    report({ message: `ElastiCache replication group ${group.name} does not set at_rest_encryption_enabled = true, so its data is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  at_rest_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
