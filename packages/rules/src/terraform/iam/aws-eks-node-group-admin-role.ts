import { defineRule } from "@tollgate/engine";
import { adminRoleRelated, adminRolesDesignatedBy, describeAdminGrants } from "../../support/aws-role-access.js";

export default defineRule({
  meta: {
    id: "aws-eks-node-group-admin-role",
    title: "EKS node group runs with an administrator role",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_node_group"],
    description:
      "The node role of the group is an administrator of the account. Every pod scheduled on these nodes can read the node's credentials from the instance metadata service unless IMDS is locked down, so one compromised container (or anyone allowed to create pods) becomes an account administrator.",
    remediation:
      "Give the node role only `AmazonEKSWorkerNodePolicy`, `AmazonEC2ContainerRegistryReadOnly` and the CNI policy; grant workloads their own permissions through IRSA or EKS Pod Identity, and require IMDSv2 with a hop limit of 1.",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["eks", "iam", "iam-wildcard", "least-privilege"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html"],
  },
  check(group, { graph, report }) {
    const [admin] = adminRolesDesignatedBy(graph, group, ["node_role_arn"]);
    if (!admin) return;
    report({
      at: ["node_role_arn"],
      message: `${group.name} nodes run as ${admin.role.name}, an administrator role through ${describeAdminGrants(admin.grants)}; any pod can take its credentials`,
      related: adminRoleRelated(admin),
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "AdministratorAccess among the role's managed policies",
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
}
`,
        errors: [{ line: 12, column: 3, messageIncludes: "AdministratorAccess" }],
      },
    ],
  },
});
