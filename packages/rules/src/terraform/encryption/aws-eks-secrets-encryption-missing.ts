import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-eks-secrets-encryption-missing",
    title: "EKS cluster without KMS envelope encryption of Kubernetes secrets",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description:
      "The cluster has no `encryption_config` for `secrets`, so Kubernetes Secrets are not envelope-encrypted with a KMS key you control. Older clusters store them in etcd protected only by volume encryption; newer ones use an AWS-owned key whose use you cannot audit in CloudTrail, restrict or revoke.",
    remediation: "Add `encryption_config { resources = [\"secrets\"]  provider { key_arn = aws_kms_key.eks.arn } }` with a customer-managed key that has rotation enabled.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["eks", "kubernetes", "secrets", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config",
    ],
  },
  check(cluster, { report }) {
    const config = cluster.attributes.encryption_config;
    if (isUnknown(config)) return;
    const blocks = asList(config);
    if (blocks.length === 0) {
      report({ message: `EKS cluster ${cluster.name} does not encrypt Kubernetes secrets with a KMS key (no encryption_config)` });
      return;
    }
    for (const [index, block] of blocks.entries()) {
      if (!isObject(block)) return;
      const resources = block.resources;
      if (isUnknown(resources) || (Array.isArray(resources) && resources.some((item) => item === "secrets" || isUnknown(item)))) return;
      if (index === blocks.length - 1) {
        const at = isObject(config) ? ["encryption_config"] : ["encryption_config", index];
        report({ at, message: `EKS cluster ${cluster.name}: encryption_config does not cover "secrets"` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
