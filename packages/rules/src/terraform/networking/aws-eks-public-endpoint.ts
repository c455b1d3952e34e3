import { defineRule, isUnknown } from "@tollgate/engine";
import { isInternetCidr } from "../../support/network.js";
import { isFalse, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-eks-public-endpoint",
    title: "EKS cluster API endpoint is publicly accessible from 0.0.0.0/0",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description:
      "The Kubernetes API server has a public endpoint (the default) and `public_access_cidrs` is left open to `0.0.0.0/0`. Anyone on the internet can reach the API to probe it, try stolen credentials or exploit an API server vulnerability.",
    remediation: "Set `endpoint_public_access = false` and `endpoint_private_access = true`, or restrict `public_access_cidrs` to the networks of your administrators and CI.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["eks", "kubernetes", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs",
    ],
  },
  check(cluster, { report }) {
    const config = singleBlock(cluster.attributes, "vpc_config");
    if (!config || config === "unknown") return;
    const publicAccess = config.block.endpoint_public_access;
    if (isFalse(publicAccess) || isUnknown(publicAccess)) return;
    const cidrs = config.block.public_access_cidrs;
    if (isUnknown(cidrs)) {
      // Explicitly public, with sources we cannot see: the endpoint is on the internet either way.
      if (publicAccess === true) report({ at: [...config.at, "endpoint_public_access"], message: `EKS cluster ${cluster.name} API endpoint is publicly accessible (endpoint_public_access = true); its allowed CIDRs are not known statically` });
      return;
    }
    if (Array.isArray(cidrs) && cidrs.length > 0) {
      const index = cidrs.findIndex((cidr) => isInternetCidr(cidr));
      if (index < 0) return;
      report({ at: [...config.at, "public_access_cidrs", index], message: `EKS cluster ${cluster.name} API endpoint is public and open to ${String(cidrs[index])}` });
      return;
    }
    const at = publicAccess === undefined || publicAccess === null ? config.at : [...config.at, "endpoint_public_access"];
    report({ at, message: `EKS cluster ${cluster.name} API endpoint is publicly accessible from 0.0.0.0/0 (no public_access_cidrs)` });
  },
  examples: {
    valid: [
      {
        name: "private endpoint only",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
`,
      },
      {
        name: "public endpoint limited to the office",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids          = aws_subnet.private[*].id
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "public by default",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
      {
        name: "explicitly open to the world",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 8, column: 31 }],
      },
      {
        name: "explicitly public, sources from a variable",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = var.api_sources
  }
}
`,
        errors: [{ line: 7, column: 5, messageIncludes: "not known statically" }],
      },
    ],
  },
});
