import { defineRule, isUnknown } from "@tollgate/engine";

/** The control-plane log types an investigation cannot do without: API requests and the audit trail of who did what. */
const REQUIRED_LOG_TYPES = ["api", "audit"] as const;

export default defineRule({
  meta: {
    id: "aws-eks-control-plane-logging-incomplete",
    title: "EKS control-plane API or audit logs not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description:
      "EKS sends no control-plane logs to CloudWatch unless `enabled_cluster_log_types` lists them. Without the `audit` and `api` logs there is no record of who read secrets, created pods or changed RBAC in the cluster.",
    remediation: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]` (add `controllerManager` and `scheduler` if useful) and give the `/aws/eks/<cluster>/cluster` log group a retention period.",
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "eks", "kubernetes", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types",
    ],
  },
  check(cluster, { report }) {
    const types = cluster.attributes.enabled_cluster_log_types;
    if (isUnknown(types)) return;
    if (types === undefined || types === null) {
      report({ message: `EKS cluster ${cluster.name} sends no control-plane logs: enabled_cluster_log_types is not set, so api and audit logs are missing` });
      return;
    }
    if (!Array.isArray(types) || types.some((type) => isUnknown(type))) return;
    const missing = REQUIRED_LOG_TYPES.filter((required) => !types.includes(required));
    if (missing.length > 0) {
      report({ at: ["enabled_cluster_log_types"], message: `EKS cluster ${cluster.name} does not enable the ${missing.join(" and ")} control-plane log${missing.length > 1 ? "s" : ""}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "audit log left out",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "audit control-plane log" }],
      },
      {
        name: "no logs at all",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
