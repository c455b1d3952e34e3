import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-rds-publicly-accessible",
    title: "RDS database instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
    description:
      "`publicly_accessible = true` gives the instance a public DNS name and address. Only its security groups then stand between the database and the internet.",
    remediation: "Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.3"] },
    tags: ["rds", "network-exposure"],
    references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html"],
  },
  check(database, { report }) {
    if (database.attributes.publicly_accessible === true) {
      report({ at: ["publicly_accessible"], message: `${database.name} is reachable from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
