import { defineRule } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-docdb-tls-disabled",
    title: "DocumentDB parameter group turns off TLS (encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster_parameter_group"],
    description:
      "The `tls` parameter is `disabled`, so clusters using this parameter group accept connections without TLS and database credentials and documents travel in clear text inside the VPC.",
    remediation: "Set the `tls` parameter to `enabled` (or a `fips-140-3` / `tls1.2+` value) and reboot the cluster instances.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["documentdb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group",
    ],
  },
  check(group, { report }) {
    for (const { block, at } of blocksOf(group.attributes, "parameter") ?? []) {
      if (block.name === "tls" && typeof block.value === "string" && block.value.toLowerCase() === "disabled") {
        report({ at: [...at, "value"], message: `DocumentDB parameter group ${group.name} disables TLS for client connections (tls = "disabled")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
`,
        errors: [{ line: 7, column: 5 }],
      },
    ],
  },
});
