import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-lambda-function-url-unauthenticated",
    title: "Lambda function URL is publicly accessible without authentication (authorization_type NONE)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function_url"],
    description:
      "The function URL uses `authorization_type = \"NONE\"`: anyone on the internet who learns the URL can invoke the function, as often as they like, with whatever input they choose. Unless the function authenticates callers itself, its data and its execution role are exposed, and its cost is in the caller's hands.",
    remediation:
      "Use `authorization_type = \"AWS_IAM\"` and sign requests (CloudFront with origin access control can sign for browsers), or put the function behind API Gateway with an authorizer; if it must be public, verify a signature or token in the handler and set reserved concurrency.",
    precision: "medium",
    cwe: ["CWE-306"],
    tags: ["lambda", "function-url", "public-access-policy", "authentication"],
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"],
  },
  check(url, { report }) {
    if (url.attributes.authorization_type !== "NONE") return;
    report({ at: ["authorization_type"], message: `${url.name}: the function URL is publicly accessible to anyone without authentication (authorization_type = "NONE")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "AWS_IAM"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function_url" "reports" {
  function_name      = aws_lambda_function.reports.function_name
  authorization_type = "NONE"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
