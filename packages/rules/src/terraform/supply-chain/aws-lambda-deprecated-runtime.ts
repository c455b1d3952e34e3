import { defineRule } from "@tollgate/engine";
import { isDeprecatedLambdaRuntime, successorRuntime } from "../../support/lambda-runtimes.js";

export default defineRule({
  meta: {
    id: "aws-lambda-deprecated-runtime",
    title: "Lambda function on a deprecated runtime",
    severity: "medium",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description:
      "AWS stops patching a Lambda runtime once its language version or operating system reaches end of life. The function keeps running on an interpreter and base image with known, unfixed vulnerabilities, and AWS later blocks updates to it, which makes an emergency fix slow.",
    remediation: "Move the function to a supported runtime of the same language (for example `nodejs22.x`, `python3.13`, `java21`, `provided.al2023`), test it, and update the `runtime` argument.",
    precision: "very-high",
    cwe: ["CWE-1104"],
    tags: ["aws", "lambda", "runtime", "deprecated", "end-of-life"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#runtime",
    ],
  },
  check(lambda, { report }) {
    const runtime = lambda.attributes.runtime;
    if (typeof runtime !== "string" || !isDeprecatedLambdaRuntime(runtime)) return;
    const successor = successorRuntime(runtime);
    report({
      at: ["runtime"],
      message: `Lambda function ${lambda.name} uses the deprecated runtime ${runtime}, which no longer receives security patches${successor ? `; move to ${successor}` : ""}`,
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = aws_iam_role.thumbnails.arn
  filename      = "thumbnails.zip"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}

resource "aws_lambda_function" "resizer" {
  function_name = "resizer"
  role          = aws_iam_role.resizer.arn
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/resizer@sha256:4a1c0e6b2f0e3b5d8c9a7e6f5d4c3b2a1908f7e6d5c4b3a291807f6e5d4c3b2a"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = aws_iam_role.thumbnails.arn
  filename      = "thumbnails.zip"
  handler       = "handler.main"
  runtime       = "python3.7"
}
`,
        errors: [{ line: 6, column: 3, messageIncludes: "deprecated runtime python3.7" }],
      },
    ],
  },
});
