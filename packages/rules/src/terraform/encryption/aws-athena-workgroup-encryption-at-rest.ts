import { defineRule, getPath, isUnknown } from "@tollgate/engine";
import { singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-athena-workgroup-encryption-at-rest",
    title: "Athena workgroup query results not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_athena_workgroup"],
    description:
      "The workgroup writes query results to S3 without an `encryption_configuration`, so result files, which hold whatever the queries selected, rely on the bucket's settings alone.",
    remediation:
      "Add `configuration { result_configuration { encryption_configuration { encryption_option = \"SSE_KMS\" kms_key_arn = … } } }` and set `enforce_workgroup_configuration = true` so clients cannot override it.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["athena", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration",
    ],
  },
  check(workgroup, { report }) {
    const configuration = singleBlock(workgroup.attributes, "configuration");
    if (configuration === "unknown") return;
    const results = configuration ? singleBlock(configuration.block, "result_configuration", configuration.at) : undefined;
    if (results === "unknown") return;
    const encryption = results ? getPath(results.block, ["encryption_configuration"]) : undefined;
    if (isUnknown(encryption)) return;
    if (Array.isArray(encryption) ? encryption.length > 0 : encryption !== undefined && encryption !== null) return;
    report({ at: results?.at ?? configuration?.at, message: `Athena workgroup ${workgroup.name} does not encrypt query results at rest (no encryption_configuration)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://example-athena-results/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    result_configuration {
      output_location = "s3://example-athena-results/"
    }
  }
}
`,
        errors: [{ line: 5, column: 5 }],
      },
    ],
  },
});
