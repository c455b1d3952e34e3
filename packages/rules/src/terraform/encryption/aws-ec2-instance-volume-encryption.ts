import { defineRule, isUnknown } from "@tollgate/engine";
import { unencryptedInstanceVolumes } from "../../support/block-devices.js";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-ec2-instance-volume-encryption",
    title: "EC2 instance root or EBS block device not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description:
      "The instance's root volume or an attached `ebs_block_device` is created without `encrypted = true`. Unless the account turns on EBS encryption by default, the disk and its snapshots are stored unencrypted, and the setting cannot be changed without replacing the volume.",
    remediation:
      "Set `encrypted = true` (and `kms_key_id`) in `root_block_device` and every `ebs_block_device`, or enable EBS encryption by default for the account and region (`aws_ebs_encryption_by_default`).",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices",
    ],
  },
  check(instance, { report }) {
    // A launch template decides the volumes when the instance does not.
    const template = instance.attributes.launch_template;
    if (isUnknown(template) || (!isUnset(template) && !(Array.isArray(template) && template.length === 0))) return;
    for (const volume of unencryptedInstanceVolumes(instance.attributes)) {
      const how = volume.explicit ? "encrypted = false" : "encrypted is not set";
      report({ at: volume.at, message: `EC2 instance ${instance.name}: ${volume.label} is not encrypted at rest (${how})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  root_block_device {
    volume_size = 20
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        name: "no root_block_device",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "root volume" }],
      },
      {
        name: "root without encryption, data disk explicitly unencrypted",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.small"

  root_block_device {
    volume_size = 20
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = false
  }
}
`,
        errors: [
          { line: 5, column: 3, messageIncludes: "root volume" },
          { line: 12, column: 5, messageIncludes: "/dev/sdf" },
        ],
      },
    ],
  },
});
