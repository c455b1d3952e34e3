import { defineRule } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-lambda-permission-any-principal",
    title: "Lambda permission grants access to any principal (principal \"*\")",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_permission", "aws_lambda_layer_version_permission"],
    description:
      "The function's resource policy (or the layer's) grants its action to `principal = \"*\"` with no `source_arn`, `source_account` or organisation limit. Any AWS account, and for function URLs anyone on the internet, can invoke the function or download the layer's code.",
    remediation:
      "Set `principal` to the service or account that calls the function (`events.amazonaws.com`, `s3.amazonaws.com`, an account id) and add `source_arn` and `source_account`; share layers with named accounts or `organization_id`.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["lambda", "resource-policy", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission",
    ],
  },
  check(permission, { report }) {
    const { attributes } = permission;
    if (attributes.principal !== "*") return;
    if (permission.type === "aws_lambda_layer_version_permission") {
      if (!isUnset(attributes.organization_id)) return;
      report({ at: ["principal"], message: `${permission.name} shares the layer with any AWS account (principal "*")` });
      return;
    }
    const narrowed = ["source_arn", "source_account", "principal_org_id"].some((key) => !isUnset(attributes[key]));
    if (narrowed) return;
    const action = typeof attributes.action === "string" ? attributes.action : "access";
    report({ at: ["principal"], message: `${permission.name} grants ${action} to any principal (principal "*") with no source_arn, source_account or principal_org_id` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_permission" "from_s3" {
  statement_id   = "AllowFromUploads"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.thumbnail.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "123456789012"
}
`,
      },
    ],
    invalid: [
      {
        name: "function",
        filename: "main.tf",
        code: `resource "aws_lambda_permission" "public" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.thumbnail.function_name
  principal     = "*"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "lambda:InvokeFunction" }],
      },
      {
        name: "layer",
        filename: "main.tf",
        code: `resource "aws_lambda_layer_version_permission" "shared" {
  layer_name     = aws_lambda_layer_version.common.layer_arn
  version_number = aws_lambda_layer_version.common.version
  statement_id   = "everyone"
  action         = "lambda:GetLayerVersion"
  principal      = "*"
}
`,
        errors: [{ line: 6, column: 3 }],
      },
    ],
  },
});
