import { defineRule } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-iam-user-access-key",
    title: "Long-lived IAM user access key created in Terraform",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_access_key"],
    description:
      "The configuration creates an access key for an IAM user: a credential that never expires on its own, ends up in CI variables and laptops, and is the most common way AWS accounts are breached. Terraform also keeps the secret in its state, in clear text unless a PGP key encrypts it.",
    remediation:
      "Give workloads roles instead: instance profiles, IRSA or EKS Pod Identity, GitHub OIDC federation, IAM Roles Anywhere. If a key is unavoidable, set `pgp_key`, rotate it at least every 90 days and alert on its use.",
    precision: "very-high",
    cwe: ["CWE-798"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.14"] },
    tags: ["iam", "iam-user", "access-key", "long-lived-credentials"],
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key",
    ],
  },
  check(key, { report }) {
    if (key.attributes.status === "Inactive") return;
    const inState = isUnset(key.attributes.pgp_key) ? "; its secret is stored unencrypted in the Terraform state" : "";
    report({ message: `${key.name} creates a long-lived access key for an IAM user${inState}` });
  },
  examples: {
    valid: [
      {
        name: "a deactivated key",
        filename: "main.tf",
        code: `resource "aws_iam_access_key" "legacy" {
  user   = aws_iam_user.legacy.name
  status = "Inactive"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
`,
        errors: [{ line: 5, column: 1, messageIncludes: "unencrypted in the Terraform state" }],
      },
    ],
  },
});
