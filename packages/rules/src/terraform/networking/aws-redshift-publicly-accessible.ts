import { defineRule } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-redshift-publicly-accessible",
    title: "Redshift cluster is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description:
      "`publicly_accessible = true` gives the data warehouse a public IP address and a DNS name that resolves to it from the internet; only its security groups then keep attackers away from the database port.",
    remediation: "Set `publicly_accessible = false` and reach the cluster from inside the VPC, through a VPN, or with Redshift-managed VPC endpoints.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["redshift", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible",
    ],
  },
  check(cluster, { report }) {
    if (isTrue(cluster.attributes.publicly_accessible)) {
      report({ at: ["publicly_accessible"], message: `Redshift cluster ${cluster.name} is publicly accessible from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
