import { defineRule } from "@tollgate/engine";
import { adminGrantsOf, adminRoleRelated, describeAdminGrants } from "../../support/aws-role-access.js";

export default defineRule({
  meta: {
    id: "k8s-service-account-assumes-admin-aws-role",
    title: "Service account is mapped to an AWS administrator role (IRSA)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes", "terraform"],
    resourceTypes: ["ServiceAccount"],
    description:
      "The ServiceAccount's `eks.amazonaws.com/role-arn` annotation names an IAM role in the scan that is an administrator of the AWS account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Every pod running as the account, and anyone who can create a pod with it in the namespace, receives administrator credentials for the AWS account.",
    remediation:
      "Give the role only the actions and resources the workload uses (one bucket, one queue), and restrict its trust policy to this service account with a `StringEquals` condition on the cluster OIDC provider's `:sub` (`system:serviceaccount:<namespace>:<name>`).",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["irsa", "eks", "iam", "iam-wildcard", "service-account"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"],
  },
  check(account, { graph, report }) {
    for (const edge of graph.edgesFrom(account.id, "assumes")) {
      const role = graph.get(edge.to);
      if (!role) continue;
      const grants = adminGrantsOf(graph, role);
      if (grants.length === 0) continue;
      const users = graph.sources(account.id, "uses").map((workload) => ({ resource: workload.id, message: `${workload.name} runs as ${account.name}` }));
      report({
        at: edge.via ?? [],
        message: `${account.name} assumes ${role.name}, an AWS administrator role through ${describeAdminGrants(grants)}`,
        related: [...adminRoleRelated({ role, grants }), ...users],
      });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "role limited to one bucket",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: media
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/media-uploader
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "uploader" {
  name               = "media-uploader"
  assume_role_policy = "{}"
  inline_policy {
    name   = "uploads"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::acme-media/*" }] })
  }
}
`,
        },
      },
    ],
    invalid: [
      {
        name: "IRSA role with AdministratorAccess",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: operator
  namespace: platform
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/platform-operator
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "operator" {
  name               = "platform-operator"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "operator" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
        },
        errors: [{ file: "k8s/service-account.yaml", line: 7, column: 5, messageIncludes: "ServiceAccount/platform/operator assumes aws_iam_role.operator" }],
      },
    ],
  },
});
