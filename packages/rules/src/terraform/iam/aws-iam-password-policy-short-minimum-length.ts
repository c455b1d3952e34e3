import { defineRule, isUnknown } from "@tollgate/engine";

const MINIMUM = 14;

export default defineRule({
  meta: {
    id: "aws-iam-password-policy-short-minimum-length",
    title: "IAM account password policy allows passwords shorter than 14 characters",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_account_password_policy"],
    description:
      "The account password policy accepts console passwords shorter than 14 characters (AWS's default minimum is 8). Short passwords fall to guessing and credential-stuffing far sooner, and console access of an IAM user is often all an attacker needs.",
    remediation: "Set `minimum_password_length = 14` or more, and require MFA for console users (or move them to IAM Identity Center).",
    precision: "very-high",
    cwe: ["CWE-521"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.8"] },
    tags: ["iam", "password-policy", "authn"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy",
    ],
  },
  check(policy, { report }) {
    const length = policy.attributes.minimum_password_length;
    if (isUnknown(length)) return;
    if (length === undefined || length === null) {
      report({ message: `${policy.name} does not set minimum_password_length; passwords may be shorter than ${MINIMUM} characters` });
    } else if (typeof length === "number" && length < MINIMUM) {
      report({ at: ["minimum_password_length"], message: `${policy.name} allows passwords of ${length} characters; require at least ${MINIMUM}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 16
  password_reuse_prevention = 24
}
`,
      },
    ],
    invalid: [
      {
        name: "too short",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length   = 8
  password_reuse_prevention = 24
}
`,
        errors: [{ line: 2, column: 3, messageIncludes: "8 characters" }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  require_symbols           = true
  password_reuse_prevention = 24
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
