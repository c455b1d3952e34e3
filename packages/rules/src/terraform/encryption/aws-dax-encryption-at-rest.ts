import { defineRule } from "@tollgate/engine";
import { isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-dax-encryption-at-rest",
    title: "DynamoDB Accelerator (DAX) cluster not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dax_cluster"],
    description:
      "Without server-side encryption the DAX cluster keeps its cached DynamoDB items and logs unencrypted on its nodes' disks, even when the tables behind it are encrypted. The setting is fixed when the cluster is created.",
    remediation: "Add `server_side_encryption { enabled = true }` and recreate the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["dax", "dynamodb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption",
    ],
  },
  check(cluster, { report }) {
    const sse = singleBlock(cluster.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DAX cluster ${cluster.name} has no server_side_encryption block, so its cache is not encrypted at rest` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || (enabled !== false && enabled !== "false" && enabled !== undefined && enabled !== null)) return;
    report({ at: enabled === undefined || enabled === null ? sse.at : [...sse.at, "enabled"], message: `DAX cluster ${cluster.name} is not encrypted at rest (server-side encryption disabled)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "disabled",
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5 }],
      },
    ],
  },
});
