import { defineRule } from "@tollgate/engine";
import { actionsText, allowsAnyone, policyAt, statementLabel } from "../../support/aws-policy-source.js";

export default defineRule({
  meta: {
    id: "aws-kms-key-policy-any-principal",
    title: "KMS key policy allows any principal (Principal \"*\")",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_kms_key", "aws_kms_key_policy"],
    description:
      "The key policy allows `Principal: \"*\"` with no condition naming an account, organisation or calling service. Anyone in any AWS account can use the key as the statement allows: decrypt what it protects, encrypt with it, or manage it.",
    remediation:
      "Name the account root (`arn:aws:iam::<account>:root`) and the roles that use the key, or narrow the statement with `kms:CallerAccount` and `kms:ViaService` (or `aws:PrincipalOrgID`).",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["kms", "key-policy", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
      "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account",
    ],
  },
  check(key, { graph, report }) {
    const policy = policyAt(graph, key, ["policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      report({
        at: policy!.at,
        message: `${key.name}: key policy ${statementLabel(statement)} allows any principal (Principal "*") to ${actionsText(statement)}`,
        related: policy!.related(statement),
      });
    }
  },
  examples: {
    valid: [
      {
        name: "any principal, but only through EBS in this account",
        filename: "main.tf",
        code: `resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" },
      {
        Sid       = "ViaEbs"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = "123456789012", "kms:ViaService" = "ec2.eu-west-1.amazonaws.com" } }
      }
    ]
  })
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kms_key_policy" "exports" {
  key_id = aws_kms_key.exports.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Everyone", Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: 'statement "Everyone" allows any principal (Principal "*") to kms:Decrypt' }],
      },
    ],
  },
});
