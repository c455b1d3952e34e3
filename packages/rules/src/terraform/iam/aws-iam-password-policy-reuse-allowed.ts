import { defineRule, isUnknown } from "@tollgate/engine";

const REMEMBERED = 24;

export default defineRule({
  meta: {
    id: "aws-iam-password-policy-reuse-allowed",
    title: "IAM account password policy does not prevent password reuse",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_account_password_policy"],
    description:
      "The account password policy does not remember the last 24 passwords. Users then rotate back to an old password, and a password leaked once stays valid after it was supposedly changed.",
    remediation: "Set `password_reuse_prevention = 24`.",
    precision: "very-high",
    cwe: ["CWE-521"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.9"] },
    tags: ["iam", "password-policy", "authn"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"],
  },
  check(policy, { report }) {
    const remembered = policy.attributes.password_reuse_prevention;
    if (isUnknown(remembered)) return;
    if (remembered === undefined || remembered === null) {
      report({ message: `${policy.name} does not set password_reuse_prevention; old passwords may be reused` });
    } else if (typeof remembered === "number" && remembered < REMEMBERED) {
      report({ at: ["password_reuse_prevention"], message: `${policy.name} remembers only ${remembered} previous passwords; prevent reuse of the last ${REMEMBERED}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
`,
      },
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length = 14
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "too few remembered",
        filename: "main.tf",
        code: `resource "aws_iam_account_password_policy" "default" {
  minimum_password_length   = 14
  password_reuse_prevention = 3
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "only 3" }],
      },
    ],
  },
});
