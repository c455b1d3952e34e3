import { defineRule } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-dms-replication-instance-public",
    title: "DMS replication instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_dms_replication_instance"],
    description:
      "The replication instance gets a public IP address, either because `publicly_accessible = true` or because the setting is left out and DMS defaults to public. The instance holds credentials for both source and target databases and streams their data.",
    remediation: "Set `publicly_accessible = false` and connect the instance to its endpoints through private subnets, VPC peering or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["dms", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible",
    ],
  },
  check(instance, { report }) {
    const value = instance.attributes.publicly_accessible;
    if (isTrue(value)) {
      report({ at: ["publicly_accessible"], message: `DMS replication instance ${instance.name} is publicly accessible (publicly_accessible = true)` });
    } else if (value === undefined || value === null) {
      report({ message: `DMS replication instance ${instance.name} does not set publicly_accessible = false, and DMS makes it publicly accessible by default` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "orders-migration"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true
}
`,
        errors: [{ line: 4, column: 3 }],
      },
      {
        name: "left to the public default",
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
