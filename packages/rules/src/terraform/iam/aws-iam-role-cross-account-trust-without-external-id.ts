import { defineRule } from "@tollgate/engine";
import { policyAt, statementLabel } from "../../support/aws-policy-source.js";
import { actionMatches } from "../../support/iam-policy.js";

/** `123456789012` or `arn:aws:iam::123456789012:root` / `:role/x`: a principal named by its account. */
const ACCOUNT_PRINCIPAL = /^(?:arn:aws[a-z-]*:iam::)?(\d{12})(?::|$)/;

/** Conditions that make a cross-account trust deliberate: an external id, the organisation, MFA. */
const GUARDING_KEYS = new Set(["sts:externalid", "aws:principalorgid", "aws:principalorgpaths", "aws:multifactorauthpresent", "aws:multifactorauthage"]);

export default defineRule({
  meta: {
    id: "aws-iam-role-cross-account-trust-without-external-id",
    title: "IAM role trusts another AWS account without an ExternalId condition",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_role"],
    description:
      "The trust policy lets principals of an account named by number assume the role, with no `sts:ExternalId`, organisation or MFA condition. When that account is a vendor's, any of the vendor's customers can make the vendor assume this role for them (the confused deputy problem).",
    remediation:
      "Require the external id the third party gave you (`StringEquals` on `sts:ExternalId`); for accounts of your own organisation, add an `aws:PrincipalOrgID` condition or require MFA.",
    precision: "medium",
    cwe: ["CWE-441"],
    tags: ["iam", "trust-policy", "cross-account", "confused-deputy"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"],
  },
  check(role, { graph, report }) {
    const policy = policyAt(graph, role, ["assume_role_policy"]);
    for (const statement of policy?.statements ?? []) {
      if (statement.partial || statement.effect !== "Allow" || typeof statement.principal !== "object") continue;
      if (!statement.actions.some((action) => actionMatches(action, "sts:AssumeRole"))) continue;
      const accounts = [...new Set((statement.principal.AWS ?? []).flatMap((principal) => ACCOUNT_PRINCIPAL.exec(principal)?.[1] ?? []))];
      if (accounts.length === 0) continue;
      const guarded = Object.values(statement.conditions).some((keys) => Object.keys(keys).some((key) => GUARDING_KEYS.has(key.toLowerCase())));
      if (guarded) continue;
      report({
        at: policy!.at,
        message: `${role.name}: trust policy ${statementLabel(statement)} lets account ${accounts.join(", ")} assume the role without an sts:ExternalId condition (cross-account trust)`,
        related: policy!.related(statement),
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "vendor" {
  name = "vendor-monitoring"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "acme-7f3c" } }
    }]
  })
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "vendor" {
  name = "vendor-monitoring"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::210987654321:root" } }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "210987654321" }],
      },
    ],
  },
});
