import { defineRule } from "@tollgate/engine";
import { isFalse, singleBlock } from "../../support/terraform-values.js";

const PLAINTEXT_CLIENT_BROKER = new Set(["PLAINTEXT", "TLS_PLAINTEXT"]);

export default defineRule({
  meta: {
    id: "aws-msk-encryption-in-transit",
    title: "MSK cluster allows plaintext traffic (no TLS encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description:
      "Kafka clients may connect to the brokers without TLS (`client_broker` of `PLAINTEXT` or `TLS_PLAINTEXT`), or brokers replicate to each other unencrypted (`in_cluster = false`), so messages and SASL credentials can be read on the network.",
    remediation: "Set `encryption_info { encryption_in_transit { client_broker = \"TLS\" in_cluster = true } }` and move clients to the TLS listeners.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["msk", "kafka", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit",
    ],
  },
  check(cluster, { report }) {
    const info = singleBlock(cluster.attributes, "encryption_info");
    if (!info || info === "unknown") return;
    const transit = singleBlock(info.block, "encryption_in_transit", info.at);
    if (!transit || transit === "unknown") return;
    const clientBroker = transit.block.client_broker;
    if (typeof clientBroker === "string" && PLAINTEXT_CLIENT_BROKER.has(clientBroker.toUpperCase())) {
      report({ at: [...transit.at, "client_broker"], message: `MSK cluster ${cluster.name} accepts plaintext client connections without TLS (client_broker = "${clientBroker}")` });
    }
    if (isFalse(transit.block.in_cluster)) {
      report({ at: [...transit.at, "in_cluster"], message: `MSK cluster ${cluster.name} replicates between brokers without TLS encryption in transit (in_cluster = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
      in_cluster    = false
    }
  }
}
`,
        errors: [
          { line: 8, column: 7, messageIncludes: "plaintext client" },
          { line: 9, column: 7 },
        ],
      },
    ],
  },
});
