import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-sagemaker-notebook-direct-internet-access",
    title: "SageMaker notebook instance has direct internet access",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description:
      "Direct internet access (the default) gives the notebook a network path to the internet that bypasses the VPC's controls, so code run in it can download anything and send data anywhere.",
    remediation: "Set `direct_internet_access = \"Disabled\"` with `subnet_id` and `security_groups`, and reach the internet, if needed, through a NAT gateway or VPC endpoints you control.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["sagemaker", "network-exposure", "internet"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access",
    ],
  },
  check(notebook, { report }) {
    const access = notebook.attributes.direct_internet_access;
    if (isUnknown(access)) return;
    if (access === undefined || access === null) {
      report({ message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access defaults to "Enabled")` });
    } else if (access === "Enabled") {
      report({ at: ["direct_internet_access"], message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access = "Enabled")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  direct_internet_access = "Disabled"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
