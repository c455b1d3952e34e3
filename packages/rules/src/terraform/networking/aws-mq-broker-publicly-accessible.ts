import { defineRule } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-mq-broker-publicly-accessible",
    title: "Amazon MQ broker is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_mq_broker"],
    description:
      "`publicly_accessible = true` gives the message broker public endpoints for its messaging protocols and web console, reachable by anyone on the internet who can guess or steal a broker user's password.",
    remediation: "Set `publicly_accessible = false` (this recreates the broker) and connect producers and consumers from inside the VPC.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["mq", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible",
    ],
  },
  check(broker, { report }) {
    if (isTrue(broker.attributes.publicly_accessible)) {
      report({ at: ["publicly_accessible"], message: `Amazon MQ broker ${broker.name} is publicly accessible from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = false
  subnet_ids          = [aws_subnet.private_a.id]
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true
}
`,
        errors: [{ line: 6, column: 3 }],
      },
    ],
  },
});
