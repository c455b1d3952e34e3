import { defineRule } from "@tollgate/engine";
import { blocksOf, isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-launch-template-public-ip",
    title: "Launch template or configuration gives instances a public IP",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_launch_template", "aws_launch_configuration"],
    description:
      "Every instance launched from this template (typically a whole Auto Scaling group) gets a public IP address and is directly reachable from the internet, guarded only by its security groups.",
    remediation: "Set `associate_public_ip_address = false` (in `network_interfaces` for a launch template), launch into private subnets, and put a load balancer in front.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["ec2", "autoscaling", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html#change-network-interface",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#associate_public_ip_address",
    ],
  },
  check(template, { report }) {
    const kind = template.type === "aws_launch_template" ? "Launch template" : "Launch configuration";
    if (template.type === "aws_launch_configuration") {
      if (isTrue(template.attributes.associate_public_ip_address)) {
        report({ at: ["associate_public_ip_address"], message: `${kind} ${template.name} gives every instance a public IP address` });
      }
      return;
    }
    for (const { block, at } of blocksOf(template.attributes, "network_interfaces") ?? []) {
      if (isTrue(block.associate_public_ip_address)) {
        report({ at: [...at, "associate_public_ip_address"], message: `${kind} ${template.name} gives every instance a public IP address` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = data.aws_ami.al2023.id

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.workers.id]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = data.aws_ami.al2023.id

  network_interfaces {
    associate_public_ip_address = "true"
    security_groups             = [aws_security_group.workers.id]
  }
}
`,
        errors: [{ line: 6, column: 5 }],
      },
      {
        name: "launch configuration",
        filename: "main.tf",
        code: `resource "aws_launch_configuration" "workers" {
  image_id                    = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  associate_public_ip_address = true
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
