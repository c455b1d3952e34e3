import { defineRule, getPath, isUnknown } from "@tollgate/engine";
import { isUnset, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-msk-customer-managed-key",
    title: "MSK cluster not encrypted at rest with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description:
      "MSK always encrypts broker storage, but without `encryption_at_rest_kms_key_arn` it uses the AWS-managed `aws/kafka` key, whose policy the account cannot restrict. A customer-managed key lets you limit and audit who can read topic data on disk.",
    remediation: "Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }` when creating the cluster.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["msk", "kafka", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn",
    ],
  },
  check(cluster, { report }) {
    const info = singleBlock(cluster.attributes, "encryption_info");
    if (info === "unknown") return;
    const key = info ? getPath(info.block, ["encryption_at_rest_kms_key_arn"]) : undefined;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ at: info?.at, message: `MSK cluster ${cluster.name} is encrypted at rest with the AWS-managed key, not a customer-managed KMS key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
