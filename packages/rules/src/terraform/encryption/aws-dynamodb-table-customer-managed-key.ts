import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-dynamodb-table-customer-managed-key",
    title: "DynamoDB table encrypted only with an AWS-owned key (no KMS key)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dynamodb_table"],
    description:
      "Every DynamoDB table is encrypted at rest, but without `server_side_encryption { enabled = true }` the key is owned by AWS and invisible to the account: its use is not logged in CloudTrail and no key policy can restrict who decrypts the table or its backups.",
    remediation: "Add `server_side_encryption { enabled = true }` with `kms_key_arn` set to a customer-managed KMS key (without it, the AWS-managed `aws/dynamodb` key is used).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["dynamodb", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption",
    ],
  },
  check(table, { report }) {
    const sse = singleBlock(table.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: no server_side_encryption with a KMS key` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    const at = isFalse(enabled) ? [...sse.at, "enabled"] : sse.at;
    report({ at, message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: server-side encryption with a KMS key is turned off` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly disabled",
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "order_id"

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 6, column: 5 }],
      },
    ],
  },
});
