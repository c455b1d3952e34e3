import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-ami-public-launch-permission",
    title: "AMI shared publicly (launch permission for group all)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ami_launch_permission"],
    description:
      "The launch permission makes the AMI public: every AWS account can launch it and copy its snapshots, and with them whatever was baked into the image (application code, configuration files, credentials, SSH host keys).",
    remediation: "Share the AMI with named accounts (`account_id`), an organisation (`organization_arn`) or an organisational unit instead of `group = \"all\"`, and turn on the account's block public access for AMIs.",
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["ec2", "ami", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html"],
  },
  check(permission, { report }) {
    if (permission.attributes.group !== "all") return;
    report({ at: ["group"], message: `${permission.name} makes the AMI publicly accessible to every AWS account (group = "all")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "staging" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "210987654321"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "everyone" {
  image_id = aws_ami_from_instance.golden.id
  group    = "all"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
