import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-neptune-iam-authentication-disabled",
    title: "Neptune cluster does not use IAM database authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description:
      "Without IAM database authentication, clients reach the graph database with network access alone: there is no per-principal authentication, no short-lived credentials and no CloudTrail record of who connected.",
    remediation: "Set `iam_database_authentication_enabled = true` and grant clients `neptune-db:connect` on the cluster through IAM policies.",
    precision: "high",
    cwe: ["CWE-287"],
    tags: ["neptune", "authn-config", "authentication"],
    references: ["https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"],
  },
  check(cluster, { report }) {
    const enabled = cluster.attributes.iam_database_authentication_enabled;
    if (enabled === true || isUnknown(enabled)) return;
    if (enabled === undefined || enabled === null) {
      report({ message: `Neptune cluster ${cluster.name} does not enable IAM database authentication` });
    } else {
      report({ at: ["iam_database_authentication_enabled"], message: `Neptune cluster ${cluster.name} turns IAM database authentication off` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}
`,
      },
    ],
    invalid: [
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = false
}
`,
        errors: [{ line: 3, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
