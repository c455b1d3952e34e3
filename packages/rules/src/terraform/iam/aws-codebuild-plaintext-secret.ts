import { asList, defineRule, isObject } from "@tollgate/engine";
import { isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "aws-codebuild-plaintext-secret",
    title: "Hardcoded secret in a CodeBuild PLAINTEXT environment variable",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_codebuild_project"],
    description:
      "A `PLAINTEXT` environment variable of the build project holds a literal credential (a name saying password, secret, token or key, or an access key or private key as the value). Plain-text variables are shown in the console and build logs and returned by `BatchGetProjects`; the value is also in the repository and the Terraform state.",
    remediation: "Store the value in Secrets Manager or SSM Parameter Store and use `type = \"SECRETS_MANAGER\"` or `\"PARAMETER_STORE\"` with the secret's name as `value`.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "codebuild", "ci"],
    references: ["https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html"],
  },
  check(project, { report }) {
    asList(project.attributes.environment).forEach((environment, environmentIndex) => {
      if (!isObject(environment)) return;
      asList(environment.environment_variable).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        if (variable.type !== undefined && variable.type !== null && variable.type !== "PLAINTEXT") return;
        if (!isHardcodedSecretValue(variable.value)) return;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length === 0 && !isSecretName(variable.name)) return;
        report({
          at: ["environment", environmentIndex, "environment_variable", index, "value"],
          message: `${project.name}: PLAINTEXT environment variable ${variable.name} holds ${kinds.length > 0 ? kinds.join(", ") : "a hardcoded secret"}`,
        });
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "release/npm-token"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      value = "npm_Xk29fLq81ZpWm4Tr7Yb0Nc5Vd2Hs6Ja3Ge"
    }
  }
}
`,
        errors: [{ line: 14, column: 7, messageIncludes: "NPM_TOKEN" }],
      },
    ],
  },
});
