import { defineRule } from "@tollgate/engine";
import { isSecretName } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "aws-ssm-parameter-secret-not-secure-string",
    title: "SSM parameter named like a password or secret is stored as plain String",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ssm_parameter"],
    description:
      "A parameter whose name says it holds a password, secret, token or key has type `String` (or `StringList`). Its value is stored and returned unencrypted, readable by anyone with `ssm:GetParameter`, without the KMS key permission a `SecureString` would also require.",
    remediation: "Use `type = \"SecureString\"` with a customer-managed `key_id`, or keep the secret in AWS Secrets Manager.",
    precision: "medium",
    cwe: ["CWE-312"],
    tags: ["secrets", "ssm", "plaintext-secret"],
    references: ["https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html"],
  },
  check(parameter, { report }) {
    const { name, type } = parameter.attributes;
    if (typeof name !== "string" || (type !== "String" && type !== "StringList")) return;
    const last = name.split("/").filter(Boolean).pop() ?? name;
    if (!isSecretName(last)) return;
    report({ at: ["type"], message: `SSM parameter ${name} looks like a secret but is stored unencrypted as ${type}; use SecureString` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ssm_parameter" "db_password" {
  name   = "/orders/db/password"
  type   = "SecureString"
  key_id = aws_kms_key.params.arn
  value  = random_password.db.result
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/orders/db/host"
  type  = "String"
  value = aws_db_instance.orders.address
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ssm_parameter" "api_token" {
  name  = "/orders/partner/api_token"
  type  = "String"
  value = random_password.partner.result
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "/orders/partner/api_token" }],
      },
    ],
  },
});
