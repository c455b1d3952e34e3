import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-elasticache-encryption-in-transit",
    title: "ElastiCache replication group without encryption in transit (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description:
      "Clients and replicas talk to the Redis or Valkey nodes in plain text, or TLS is only offered (`transit_encryption_mode = \"preferred\"`) so clients may still connect without it. Anyone who can observe traffic in the VPC can read cached data and the AUTH token.",
    remediation: "Set `transit_encryption_enabled = true` with `transit_encryption_mode = \"required\"`, and configure clients to connect over TLS.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elasticache", "redis", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled",
    ],
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.transit_encryption_enabled;
    if (isUnknown(enabled)) return;
    if (isTrue(enabled)) {
      if (typeof attributes.transit_encryption_mode === "string" && attributes.transit_encryption_mode.toLowerCase() === "preferred") {
        report({ at: ["transit_encryption_mode"], message: `ElastiCache replication group ${group.name} accepts unencrypted connections besides TLS (transit_encryption_mode = "preferred")` });
      }
      return;
    }
    if (isFalse(enabled)) {
      report({ at: ["transit_encryption_enabled"], message: `ElastiCache replication group ${group.name} has no encryption in transit: TLS is turned off (transit_encryption_enabled = false)` });
    } else if (isUnset(attributes.global_replication_group_id)) {
      report({ message: `ElastiCache replication group ${group.name} does not set transit_encryption_enabled = true, so clients connect without TLS` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.redis_auth_token
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "TLS" }],
      },
      {
        name: "TLS offered but not required",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
`,
        errors: [{ line: 5, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
