import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";
import { isHardcodedSecretValue } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "aws-secretsmanager-secret-hardcoded-value",
    title: "Hardcoded secret value in a Secrets Manager secret version",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_secretsmanager_secret_version"],
    description:
      "`secret_string` is a literal in the configuration. Keeping the value in Secrets Manager protects nothing when the same value is committed to the repository next to it and stored in the Terraform state.",
    remediation:
      "Generate the value (`random_password`, or `manage_master_user_password` for databases), or create the secret empty in Terraform and set its value out of band (with `lifecycle { ignore_changes = [secret_string] }`); turn on rotation.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "secrets-manager"],
    references: [
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
    ],
  },
  check(version, { report }) {
    if (ignoresValueChanges(version.attributes.lifecycle)) return;
    if (!isHardcodedSecretValue(version.attributes.secret_string)) return;
    report({ at: ["secret_string"], message: `${version.name}: secret_string is a hardcoded secret value in the configuration` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = random_password.partner.result })
}
`,
      },
      {
        name: "placeholder replaced out of band",
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = "set-by-the-partner-onboarding-runbook"

  lifecycle {
    ignore_changes = [secret_string]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = "Part-ner-2024" })
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});

/** A placeholder value that Terraform is told to leave alone once set: the real value comes from elsewhere. */
function ignoresValueChanges(lifecycle: unknown): boolean {
  return asList(lifecycle as never).some((block) => {
    if (!isObject(block)) return false;
    const ignored = block.ignore_changes;
    // HCL writes the ignored attributes as bare names, which arrive unknown: any of them may be secret_string.
    return ignored === "all" || (Array.isArray(ignored) && ignored.some((item) => isUnknown(item) || (typeof item === "string" && /secret_string|^all$/.test(item))));
  });
}
