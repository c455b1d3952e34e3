import { defineRule } from "@tollgate/engine";
import { actionsText, allowsAnyone, policyAt, statementLabel } from "../../support/aws-policy-source.js";

export default defineRule({
  meta: {
    id: "aws-ecr-repository-policy-public",
    title: "ECR repository policy allows any principal (public repository)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository_policy"],
    description:
      "The repository policy allows `Principal: \"*\"` with no condition naming an account or organisation. Any AWS account can pull the private images (and the code and secrets baked into them), or, when push actions are allowed, replace them with its own.",
    remediation:
      "Name the accounts that pull or push in `Principal`, or add an `aws:PrincipalOrgID` condition. Publish images meant for the public in an ECR Public repository instead.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["ecr", "resource-policy", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"],
  },
  check(policyResource, { graph, report }) {
    const policy = policyAt(graph, policyResource, ["policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      report({
        at: policy!.at,
        message: `${policyResource.name}: ${statementLabel(statement)} allows any principal (Principal "*") to ${actionsText(statement)}`,
        related: policy!.related(statement),
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "ecr:BatchGetImage" }],
      },
    ],
  },
});
