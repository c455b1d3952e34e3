import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-iam-user-direct-policy",
    title: "IAM policy attached directly to a user",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"],
    description:
      "The policy is attached to an IAM user instead of a group or role. Permissions granted user by user drift apart, are forgotten when people change teams, and are hard to review; IAM users themselves mean long-lived credentials.",
    remediation:
      "Attach policies to IAM groups and add users to the groups, or better, replace IAM users with IAM Identity Center users and roles that workloads assume.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS AWS Foundations 3.0": ["1.15"] },
    tags: ["iam", "iam-user", "user-policy"],
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html"],
  },
  check(resource, { report }) {
    if (resource.type !== "aws_iam_policy_attachment") {
      const kind = resource.type === "aws_iam_user_policy" ? "an inline policy" : "a managed policy";
      report({ at: ["user"], message: `${resource.name} gives ${kind} directly to an IAM user instead of a group or role` });
      return;
    }
    const users = resource.attributes.users;
    if (isUnknown(users) || !Array.isArray(users) || users.length === 0) return;
    report({ at: ["users"], message: `${resource.name} attaches the policy directly to ${users.length === 1 ? "an IAM user" : `${users.length} IAM users`} instead of a group or role` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developer.arn
}

resource "aws_iam_policy_attachment" "readers" {
  name       = "readers"
  groups     = [aws_iam_group.readers.name]
  roles      = [aws_iam_role.reporting.name]
  policy_arn = aws_iam_policy.read_reports.arn
}
`,
      },
    ],
    invalid: [
      {
        name: "inline user policy",
        filename: "main.tf",
        code: `resource "aws_iam_user_policy" "deploy" {
  name   = "deploy"
  user   = aws_iam_user.deploy.name
  policy = data.aws_iam_policy_document.deploy.json
}
`,
        errors: [{ line: 3, column: 3 }],
      },
      {
        name: "policy attachment with users",
        filename: "main.tf",
        code: `resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = [aws_iam_user.alice.name, "bob"]
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "2 IAM users" }],
      },
    ],
  },
});
