import { defineRule } from "@tollgate/engine";
import { volumeProblem } from "../../support/block-devices.js";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-launch-template-volume-encryption",
    title: "Launch template block device mapping creates unencrypted EBS volumes",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_template"],
    description:
      "A `block_device_mappings` entry of the template defines an EBS volume without `encrypted = true`, so instances launched from it get disks that are not encrypted at rest unless EBS encryption by default is on for the account. Templates that leave volumes to the AMI are not reported.",
    remediation: "Set `encrypted = true` (and `kms_key_id`) in the `ebs` block of every block device mapping, or enable EBS encryption by default for the account and region.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "launch-template", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#block-devices",
    ],
  },
  check(template, { report }) {
    for (const mapping of blocksOf(template.attributes, "block_device_mappings") ?? []) {
      for (const { block, at } of blocksOf(mapping.block, "ebs", mapping.at) ?? []) {
        const problem = volumeProblem(block, at);
        if (!problem) continue;
        const device = typeof mapping.block.device_name === "string" ? ` ${mapping.block.device_name}` : "";
        report({ at: problem.at, message: `Launch template ${template.name}: EBS volume${device} is not encrypted at rest` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = data.aws_ami.eks.id
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 80
      volume_type = "gp3"
      encrypted   = true
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = data.aws_ami.eks.id
  instance_type = "m6i.large"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 80
      volume_type = "gp3"
    }
  }
}
`,
        errors: [{ line: 9, column: 5, messageIncludes: "/dev/xvda" }],
      },
    ],
  },
});
