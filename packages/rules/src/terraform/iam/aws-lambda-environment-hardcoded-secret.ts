import { asList, defineRule, isObject } from "@tollgate/engine";
import { isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "aws-lambda-environment-hardcoded-secret",
    title: "Hardcoded secret (access key, password, token) in Lambda environment variables",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_lambda_function"],
    description:
      "An environment variable of the function holds a literal credential: its name says password, secret, token or key, or its value is an AWS access key or a private key. Environment variables are shown in the console and returned by `GetFunctionConfiguration` to anyone with read access, and the value sits in the repository and the Terraform state.",
    remediation:
      "Use the function's execution role instead of access keys. Keep other secrets in AWS Secrets Manager or SSM Parameter Store and read them at run time (the AWS Parameters and Secrets Lambda extension caches them); put only the secret's name or ARN in the environment.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "lambda", "environment-variables"],
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
    ],
  },
  check(lambda, { report }) {
    asList(lambda.attributes.environment).forEach((environment, index) => {
      if (!isObject(environment) || !isObject(environment.variables)) return;
      for (const [name, value] of Object.entries(environment.variables)) {
        if (!isHardcodedSecretValue(value)) continue;
        const kinds = secretsInText(value).filter((kind) => kind !== "a password");
        if (kinds.length === 0 && !isSecretName(name)) continue;
        const what = kinds.length > 0 ? kinds.join(", ") : "a hardcoded secret";
        report({ at: ["environment", index, "variables", name], message: `${lambda.name}: environment variable ${name} holds ${what}` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = aws_iam_role.billing.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  environment {
    variables = {
      STRIPE_KEY_SECRET_ARN = aws_secretsmanager_secret.stripe.arn
      LOG_LEVEL             = "info"
      TOKEN_TTL_SECONDS     = "900"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lambda_function" "billing" {
  function_name = "billing"
  role          = aws_iam_role.billing.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  environment {
    variables = {
      LOG_LEVEL        = "info"
      STRIPE_API_TOKEN = "sk_live_51HdLq2Cj8aZ0vW"
      UPLOAD_KEY_ID    = "AKIA2E0A8F3B244C9986"
    }
  }
}
`,
        errors: [
          { line: 11, column: 7, messageIncludes: "STRIPE_API_TOKEN holds a hardcoded secret" },
          { line: 12, column: 7, messageIncludes: "an AWS access key ID" },
        ],
      },
    ],
  },
});
