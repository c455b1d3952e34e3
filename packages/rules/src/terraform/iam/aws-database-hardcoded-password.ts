import { defineRule } from "@tollgate/engine";
import { isHardcodedSecretValue } from "../../support/secrets.js";
import { isTrue } from "../../support/terraform-values.js";

/** The attribute that holds the master credential of each database type. */
const PASSWORD_ATTRIBUTE: Readonly<Record<string, string>> = {
  aws_db_instance: "password",
  aws_rds_cluster: "master_password",
  aws_docdb_cluster: "master_password",
  aws_redshift_cluster: "master_password",
  aws_neptune_cluster: "master_password",
  aws_elasticache_replication_group: "auth_token",
  aws_memorydb_user: "passwords",
};

export default defineRule({
  meta: {
    id: "aws-database-hardcoded-password",
    title: "Hardcoded database master password in clear text",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_ATTRIBUTE),
    description:
      "The database's master password (or Redis auth token) is a literal in the configuration or plan. It is readable by everyone with access to the repository or the plan file, stays in version history after it is changed, and is the same for every environment built from the code.",
    remediation:
      "Set `manage_master_user_password = true` (RDS, Aurora, Redshift, DocumentDB) so AWS keeps the password in Secrets Manager and rotates it, or pass it from a secret store through a sensitive variable without a default.",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-259"],
    tags: ["secrets", "hardcoded-secret", "hardcoded-password", "database"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password",
    ],
  },
  check(database, { report }) {
    if (isTrue(database.attributes.manage_master_user_password)) return;
    const attribute = PASSWORD_ATTRIBUTE[database.type]!;
    const value = database.attributes[attribute];
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((item) => isHardcodedSecretValue(item))) return;
    report({ at: [attribute], message: `${database.name}: ${attribute} is a hardcoded password in clear text` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = var.reports_db_password
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = "Rep0rts-2024"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "master_password" }],
      },
    ],
  },
});
