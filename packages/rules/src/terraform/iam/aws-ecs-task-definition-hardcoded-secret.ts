import { defineRule, isObject, type Value } from "@tollgate/engine";
import { isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "aws-ecs-task-definition-hardcoded-secret",
    title: "Hardcoded secret in ECS task definition container environment",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecs_task_definition"],
    description:
      "A container's `environment` in `container_definitions` holds a literal credential: a variable named like a password, secret, token or key, or an AWS access key or private key as a value. Task definitions are readable by anyone with `ecs:DescribeTaskDefinition`, every revision keeps the value forever, and it is also in the repository and the Terraform state.",
    remediation:
      "Move the value to AWS Secrets Manager or SSM Parameter Store and reference it from the container's `secrets` list (`valueFrom`), which ECS injects at start; use the task role instead of access keys.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "ecs", "environment-variables"],
    references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"],
  },
  check(task, { report }) {
    const definitions = parseDefinitions(task.attributes.container_definitions);
    if (!definitions) return;
    const found: string[] = [];
    for (const container of definitions) {
      if (!isObject(container) || !Array.isArray(container.environment)) continue;
      const containerName = typeof container.name === "string" ? container.name : "container";
      for (const variable of container.environment) {
        if (!isObject(variable) || typeof variable.name !== "string" || !isHardcodedSecretValue(variable.value)) continue;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length > 0 || isSecretName(variable.name)) found.push(`${containerName}: ${variable.name}`);
      }
    }
    if (found.length === 0) return;
    report({ at: ["container_definitions"], message: `${task.name}: container environment holds hardcoded secrets (${found.join(", ")}); use secrets with valueFrom` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name        = "api"
    image       = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api/db" }]
  }])
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [
      { name = "LOG_LEVEL", value = "info" },
      { name = "DB_PASSWORD", value = "Winter2024!" }
    ]
  }])
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "api: DB_PASSWORD" }],
      },
    ],
  },
});

/** `container_definitions` is JSON text (a heredoc, `jsonencode`, a plan value) holding a list of containers. */
function parseDefinitions(value: Value | undefined): Value[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as Value[]) : undefined;
  } catch {
    return undefined;
  }
}
