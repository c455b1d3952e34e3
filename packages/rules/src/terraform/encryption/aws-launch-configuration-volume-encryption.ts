import { defineRule } from "@tollgate/engine";
import { unencryptedInstanceVolumes } from "../../support/block-devices.js";

export default defineRule({
  meta: {
    id: "aws-launch-configuration-volume-encryption",
    title: "Launch configuration creates unencrypted EBS volumes",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_configuration"],
    description:
      "Every instance the Auto Scaling group launches from this configuration gets a root volume or EBS block device without `encrypted = true`, so, unless EBS encryption by default is on for the account, its disks are not encrypted at rest.",
    remediation:
      "Set `encrypted = true` in `root_block_device` and every `ebs_block_device` (better, move to an `aws_launch_template`), or enable EBS encryption by default for the account and region.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ec2", "autoscaling", "ebs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#block-devices",
    ],
  },
  check(configuration, { report }) {
    for (const volume of unencryptedInstanceVolumes(configuration.attributes)) {
      const how = volume.explicit ? "encrypted = false" : "encrypted is not set";
      report({ at: volume.at, message: `Launch configuration ${configuration.name}: ${volume.label} is not encrypted at rest (${how})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id      = data.aws_ami.al2023.id
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = true
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id      = data.aws_ami.al2023.id
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = false
  }
}
`,
        errors: [{ line: 7, column: 5 }],
      },
    ],
  },
});
