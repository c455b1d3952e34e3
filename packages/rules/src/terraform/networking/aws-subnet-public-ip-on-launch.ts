import { defineRule } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-subnet-public-ip-on-launch",
    title: "Subnet assigns a public IP to every instance launched in it",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_subnet", "aws_default_subnet"],
    description:
      "`map_public_ip_on_launch = true` gives every instance, container task or node started in the subnet a public IP address, whether or not it is meant to be reachable from the internet.",
    remediation: "Set `map_public_ip_on_launch = false`, keep workloads in private subnets behind NAT, and request public addresses explicitly only for the few resources that need them.",
    precision: "medium",
    cwe: ["CWE-284"],
    tags: ["vpc", "subnet", "public-ip", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch",
    ],
  },
  check(subnet, { report }) {
    if (isTrue(subnet.attributes.map_public_ip_on_launch)) {
      report({ at: ["map_public_ip_on_launch"], message: `Subnet ${subnet.name} gives a public IP to every instance launched in it (map_public_ip_on_launch = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.101.0/24"
  map_public_ip_on_launch = true
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
