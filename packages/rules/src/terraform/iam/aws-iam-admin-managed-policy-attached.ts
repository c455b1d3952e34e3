import { defineRule, getPath, type AttributePath } from "@tollgate/engine";

/** AWS-managed policies that amount to administrator access, and why. */
const ADMIN_POLICIES: ReadonlyMap<string, string> = new Map([
  ["AdministratorAccess", "full administrator access"],
  ["PowerUserAccess", "every action outside IAM and Organizations"],
  ["IAMFullAccess", "full IAM access, enough to grant itself anything"],
]);

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/;

/** Where each resource type names the policies it attaches. */
const POLICY_ARNS: Readonly<Record<string, string>> = {
  aws_iam_role_policy_attachment: "policy_arn",
  aws_iam_user_policy_attachment: "policy_arn",
  aws_iam_group_policy_attachment: "policy_arn",
  aws_iam_policy_attachment: "policy_arn",
  aws_iam_role: "managed_policy_arns",
  aws_iam_user: "managed_policy_arns",
  aws_iam_group: "managed_policy_arns",
};

export default defineRule({
  meta: {
    id: "aws-iam-admin-managed-policy-attached",
    title: "AWS-managed AdministratorAccess, PowerUserAccess or IAMFullAccess policy attached",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(POLICY_ARNS),
    description:
      "The AWS-managed `AdministratorAccess`, `PowerUserAccess` or `IAMFullAccess` policy is attached to a role, user or group. Each makes its holder an administrator in practice (IAMFullAccess can attach any policy to itself), so any workload, pipeline or person using the identity can take over the account.",
    remediation:
      "Attach a customer-managed policy with the actions and resources the identity needs. Keep administrator access for a few break-glass roles that require MFA, and grant it through IAM Identity Center permission sets rather than Terraform-managed attachments.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.16"] },
    tags: ["iam", "least-privilege", "full-admin", "iam-wildcard"],
    references: [
      "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html",
    ],
  },
  check(resource, { report }) {
    const attribute = POLICY_ARNS[resource.type]!;
    const value = resource.attributes[attribute];
    const paths: AttributePath[] = Array.isArray(value) ? value.map((_, index) => [attribute, index]) : [[attribute]];
    for (const path of paths) {
      const arn = getPath(resource.attributes, path);
      if (typeof arn !== "string") continue;
      const name = AWS_MANAGED_ARN.exec(arn)?.[1];
      const grants = name ? ADMIN_POLICIES.get(name) : undefined;
      if (!name || !grants) continue;
      report({ at: path, message: `${resource.name} attaches the AWS-managed ${name} policy (${grants})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app.arn
}
`,
      },
    ],
    invalid: [
      {
        name: "attachment to a role",
        filename: "main.tf",
        code: `resource "aws_iam_role_policy_attachment" "ci_admin" {
  role       = aws_iam_role.ci.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "AdministratorAccess" }],
      },
      {
        name: "managed_policy_arns on the role",
        filename: "main.tf",
        code: `resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = data.aws_iam_policy_document.ops_trust.json
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
    "arn:aws:iam::aws:policy/IAMFullAccess",
  ]
}
`,
        errors: [{ line: 6, column: 5, messageIncludes: "IAMFullAccess" }],
      },
    ],
  },
});
