import { defineRule, referencedThrough } from "@tollgate/engine";
import { decodeBase64Text, isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

/** Which attributes hold the boot script, and whether Terraform expects it base64-encoded. */
const USER_DATA: Readonly<Record<string, ReadonlyArray<{ key: string; base64: boolean }>>> = {
  aws_instance: [
    { key: "user_data", base64: false },
    { key: "user_data_base64", base64: true },
  ],
  aws_launch_configuration: [
    { key: "user_data", base64: false },
    { key: "user_data_base64", base64: true },
  ],
  aws_launch_template: [{ key: "user_data", base64: true }],
};

export default defineRule({
  meta: {
    id: "aws-ec2-user-data-hardcoded-secret",
    title: "Hardcoded secret (access key, password, private key) in EC2 user_data",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(USER_DATA),
    description:
      "The instance's boot script contains a credential: an AWS access key, a password assignment, a private key, or a variable whose default is a hardcoded secret. User data is readable by anyone who can describe the instance or reach its metadata service, is kept in the Terraform state and the repository, and cannot be rotated without replacing the instance.",
    remediation:
      "Give the instance an IAM role (instance profile) instead of access keys, and fetch other secrets at boot from AWS Secrets Manager or SSM Parameter Store (SecureString) with that role.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "ec2", "user-data"],
    references: [
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
      "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html",
    ],
  },
  check(resource, { graph, report }) {
    for (const { key, base64 } of USER_DATA[resource.type] ?? []) {
      const value = resource.attributes[key];
      const found: string[] = [];
      if (typeof value === "string") {
        const text = base64 ? decodeBase64Text(value) : value;
        if (text !== undefined) found.push(...secretsInText(text));
      }
      // `${var.db_password}` inside the script: the variable's literal default ends up in it.
      for (const variable of referencedThrough(graph, resource, [key])) {
        const name = variable.name.replace(/^var\./, "");
        if (variable.type === "variable" && isSecretName(name) && isHardcodedSecretValue(variable.attributes.default)) {
          found.push(`variable "${name}", whose default is a hardcoded secret`);
        }
      }
      if (found.length === 0) continue;
      report({ at: [key], message: `${resource.name}: ${key} contains a hardcoded secret: ${found.join(", ")}` });
    }
  },
  examples: {
    valid: [
      {
        name: "secrets fetched at boot with the instance role",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.small"
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data            = <<-SCRIPT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
    export DB_PASSWORD
    aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com
    echo "password requisite pam_pwquality.so retry=3" >> /etc/pam.d/common-password
  SCRIPT
}
`,
      },
    ],
    invalid: [
      {
        name: "access key in the script",
        filename: "main.tf",
        code: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = <<-SCRIPT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986
    export AWS_SECRET_ACCESS_KEY=k8Rv0q2Lw9yTn4Xb7Zc1Md6Pf3Hs5Ju8Ge0Ai2Wq
    /opt/app/start.sh
  SCRIPT
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "an AWS access key ID, an AWS secret access key" }],
      },
      {
        name: "variable with a hardcoded default interpolated",
        filename: "main.tf",
        code: `variable "db_password" {
  default = "Winter2024!"
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  user_data     = <<-SCRIPT
    #!/bin/bash
    echo "DB_PASS=\${var.db_password}" > /etc/app.env
  SCRIPT
}
`,
        errors: [{ line: 8, column: 3, messageIncludes: 'variable "db_password"' }],
      },
      {
        name: "password in a base64 launch template script",
        filename: "main.tf",
        code: `resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  user_data     = "IyEvYmluL2Jhc2gKTVlTUUxfUEFTU1dPUkQ9U3VtbWVyMjAyNCEgL29wdC9hcHAvc3RhcnQuc2gK"
  instance_type = "t3.small"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "a password" }],
      },
    ],
  },
});
