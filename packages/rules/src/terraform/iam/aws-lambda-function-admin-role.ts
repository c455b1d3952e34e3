import { defineRule } from "@tollgate/engine";
import { adminRoleRelated, adminRolesDesignatedBy, describeAdminGrants } from "../../support/aws-role-access.js";

export default defineRule({
  meta: {
    id: "aws-lambda-function-admin-role",
    title: "Lambda function runs with an administrator role",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description:
      "The function's execution role is an administrator of the account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Any flaw in the function's code or dependencies, such as an injection, a server-side request forgery or a poisoned package, then hands the attacker the whole account, not just what the function needs.",
    remediation:
      "Give each function its own role with only the actions and resources it uses (for example `dynamodb:PutItem` on one table, plus `AWSLambdaBasicExecutionRole` for logs).",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["lambda", "iam", "iam-wildcard", "least-privilege"],
    references: ["https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"],
  },
  check(lambda, { graph, report }) {
    const [admin] = adminRolesDesignatedBy(graph, lambda, ["role"]);
    if (!admin) return;
    report({
      at: ["role"],
      message: `${lambda.name} runs as ${admin.role.name}, an administrator role through ${describeAdminGrants(admin.grants)}`,
      related: adminRoleRelated(admin),
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "exporter" {
  name               = "exporter"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "exporter_logs" {
  role       = aws_iam_role.exporter.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = aws_iam_role.exporter.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "exporter.zip"
}
`,
      },
    ],
    invalid: [
      {
        name: "AdministratorAccess attached in another file",
        filename: "lambda.tf",
        code: `resource "aws_lambda_function" "exporter" {
  function_name = "exporter"
  role          = aws_iam_role.exporter.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "exporter.zip"
}
`,
        extraFiles: {
          "iam.tf": `resource "aws_iam_role" "exporter" {
  name               = "exporter"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "exporter_admin" {
  role       = aws_iam_role.exporter.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
        },
        errors: [{ file: "lambda.tf", line: 3, column: 3, messageIncludes: "AdministratorAccess" }],
      },
      {
        name: "inline policy with iam:* on every resource",
        filename: "main.tf",
        code: `resource "aws_iam_role" "rotator" {
  name               = "rotator"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
  inline_policy {
    name   = "rotate"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["iam:*"], Resource = "*" }] })
  }
}

resource "aws_lambda_function" "rotator" {
  function_name = "rotator"
  role          = aws_iam_role.rotator.arn
  runtime       = "python3.12"
  handler       = "main.handler"
  filename      = "rotator.zip"
}
`,
        errors: [{ line: 12, column: 3, messageIncludes: '"iam:*" on every resource' }],
      },
    ],
  },
});
