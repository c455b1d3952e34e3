import { defineRule } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-ec2-instance-public-ip",
    title: "EC2 instance is given a public IP address",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description:
      "`associate_public_ip_address = true` puts the instance directly on the internet. Its security groups become the only barrier, and a single rule widened by mistake exposes it; most workloads are better served behind a load balancer or NAT gateway.",
    remediation: "Set `associate_public_ip_address = false`, place the instance in a private subnet, and publish it through a load balancer; use Session Manager instead of SSH for administration.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["ec2", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address",
    ],
  },
  check(instance, { report }) {
    if (isTrue(instance.attributes.associate_public_ip_address)) {
      report({ at: ["associate_public_ip_address"], message: `EC2 instance ${instance.name} has a public IP address (associate_public_ip_address = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "worker" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_instance" "worker" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
