import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-sagemaker-notebook-customer-managed-key",
    title: "SageMaker notebook volume not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description:
      "Without `kms_key_id` the notebook's storage volume, which holds datasets, notebooks and cached credentials, is encrypted with an AWS-managed key whose use the account cannot restrict.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key when creating the notebook instance.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["sagemaker", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id",
    ],
  },
  check(notebook, { report }) {
    const key = notebook.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `SageMaker notebook ${notebook.name} has no kms_key_id: its volume is not encrypted at rest with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.sagemaker.arn
  direct_internet_access = "Disabled"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
