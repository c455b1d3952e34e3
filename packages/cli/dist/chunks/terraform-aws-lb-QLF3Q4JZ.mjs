#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  NETWORK_ACL_TYPES,
  blocksOf,
  isFalse,
  isOutdatedElbPolicy,
  isTrue,
  isUnset,
  openAclIngressOf,
  singleBlock
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-neptune-iam-authentication-disabled.ts
var aws_neptune_iam_authentication_disabled_default = defineRule({
  meta: {
    id: "aws-neptune-iam-authentication-disabled",
    title: "Neptune cluster does not use IAM database authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description: "Without IAM database authentication, clients reach the graph database with network access alone: there is no per-principal authentication, no short-lived credentials and no CloudTrail record of who connected.",
    remediation: "Set `iam_database_authentication_enabled = true` and grant clients `neptune-db:connect` on the cluster through IAM policies.",
    precision: "high",
    cwe: ["CWE-287"],
    tags: ["neptune", "authn-config", "authentication"],
    references: ["https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html"]
  },
  check(cluster, { report }) {
    const enabled = cluster.attributes.iam_database_authentication_enabled;
    if (enabled === true || isUnknown(enabled)) return;
    if (enabled === void 0 || enabled === null) {
      report({ message: `Neptune cluster ${cluster.name} does not enable IAM database authentication` });
    } else {
      report({ at: ["iam_database_authentication_enabled"], message: `Neptune cluster ${cluster.name} turns IAM database authentication off` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = false
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-lb-listener-http.ts
var LISTENER_RULE_TYPES = /* @__PURE__ */ new Set(["aws_lb_listener_rule", "aws_alb_listener_rule"]);
function isSafeOverHttp(action) {
  if (!isObject(action)) return void 0;
  if (isUnknown(action.type)) return void 0;
  if (action.type === "fixed-response") return true;
  if (action.type !== "redirect") return false;
  const redirect = asList(action.redirect)[0];
  if (!isObject(redirect) || isUnknown(redirect.protocol)) return void 0;
  return typeof redirect.protocol === "string" && redirect.protocol.toUpperCase() === "HTTPS";
}
function servesOverHttp(actions) {
  if (isUnknown(actions)) return void 0;
  let unknown = false;
  for (const action of asList(actions)) {
    const safe = isSafeOverHttp(action);
    if (safe === false) return true;
    if (safe === void 0) unknown = true;
  }
  return unknown ? void 0 : false;
}
var aws_lb_listener_http_default = defineRule({
  meta: {
    id: "aws-lb-listener-http",
    title: "Load balancer HTTP listener serves traffic without TLS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description: "The Application Load Balancer listener uses plain HTTP and forwards requests to targets instead of redirecting them to HTTPS, so credentials, cookies and response data cross the network unencrypted and can be altered in transit.",
    remediation: 'Serve the application on an HTTPS listener with an ACM certificate, and make the HTTP listener\'s default action `redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" }`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "alb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener"
    ]
  },
  check(listener, { graph, report }) {
    const attributes = listener.attributes;
    const protocol = attributes.protocol;
    if (isUnknown(protocol)) return;
    const plainHttp = typeof protocol === "string" ? protocol.toUpperCase() === "HTTP" : isUnset(attributes.certificate_arn) && isUnset(attributes.ssl_policy) && attributes.port === 80;
    if (!plainHttp) return;
    const defaults = blocksOf(attributes, "default_action");
    if (defaults === void 0) return;
    let serves = servesOverHttp(defaults.map(({ block }) => block));
    if (serves === false) {
      const rules2 = graph.sources(listener.id, "references").filter((resource) => LISTENER_RULE_TYPES.has(resource.type));
      serves = rules2.some((rule) => servesOverHttp(rule.attributes.action) === true);
    }
    if (!serves) return;
    const at = typeof protocol === "string" ? ["protocol"] : void 0;
    report({ at, message: `Load balancer listener ${listener.name} serves plain HTTP without TLS instead of redirecting to HTTPS` });
  },
  examples: {
    valid: [
      {
        name: "HTTP redirected to HTTPS",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`
      },
      {
        name: "HTTPS listener",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`
      }
    ],
    invalid: [
      {
        name: "forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "a listener rule forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_alb_listener.http.arn

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-lb-listener-outdated-tls-policy.ts
var aws_lb_listener_outdated_tls_policy_default = defineRule({
  meta: {
    id: "aws-lb-listener-outdated-tls-policy",
    title: "Load balancer listener TLS policy accepts TLS 1.0 or 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description: "The listener's `ssl_policy` still negotiates TLS 1.0 or 1.1 (for example `ELBSecurityPolicy-2016-08` or `ELBSecurityPolicy-TLS-1-0-2015-04`). These versions are deprecated (RFC 8996), rely on weak ciphers and let an attacker in the path downgrade clients.",
    remediation: "Use a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["elb", "alb", "nlb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html"
    ]
  },
  check(listener, { report }) {
    const policy = listener.attributes.ssl_policy;
    if (isOutdatedElbPolicy(policy)) {
      report({ at: ["ssl_policy"], message: `Load balancer listener ${listener.name} accepts TLS 1.0/1.1 (ssl_policy = "${policy}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "NLB TLS listener with a TLS 1.0 policy",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-0-2015-04"
  certificate_arn   = aws_acm_certificate.mqtt.arn
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-msk-customer-managed-key.ts
var aws_msk_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-msk-customer-managed-key",
    title: "MSK cluster not encrypted at rest with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description: "MSK always encrypts broker storage, but without `encryption_at_rest_kms_key_arn` it uses the AWS-managed `aws/kafka` key, whose policy the account cannot restrict. A customer-managed key lets you limit and audit who can read topic data on disk.",
    remediation: "Set `encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }` when creating the cluster.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["msk", "kafka", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_at_rest_kms_key_arn"
    ]
  },
  check(cluster, { report }) {
    const info = singleBlock(cluster.attributes, "encryption_info");
    if (info === "unknown") return;
    const key = info ? getPath(info.block, ["encryption_at_rest_kms_key_arn"]) : void 0;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ at: info?.at, message: `MSK cluster ${cluster.name} is encrypted at rest with the AWS-managed key, not a customer-managed KMS key` });
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
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-msk-encryption-in-transit.ts
var PLAINTEXT_CLIENT_BROKER = /* @__PURE__ */ new Set(["PLAINTEXT", "TLS_PLAINTEXT"]);
var aws_msk_encryption_in_transit_default = defineRule({
  meta: {
    id: "aws-msk-encryption-in-transit",
    title: "MSK cluster allows plaintext traffic (no TLS encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_msk_cluster"],
    description: "Kafka clients may connect to the brokers without TLS (`client_broker` of `PLAINTEXT` or `TLS_PLAINTEXT`), or brokers replicate to each other unencrypted (`in_cluster = false`), so messages and SASL credentials can be read on the network.",
    remediation: 'Set `encryption_info { encryption_in_transit { client_broker = "TLS" in_cluster = true } }` and move clients to the TLS listeners.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["msk", "kafka", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit"
    ]
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
`
      }
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
          { line: 9, column: 7 }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-neptune-encryption-at-rest.ts
var aws_neptune_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-neptune-encryption-at-rest",
    title: "Neptune cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_neptune_cluster"],
    description: "The graph database cluster keeps its storage, backups and snapshots unencrypted. Neptune encryption is fixed at creation: an unencrypted cluster has to be rebuilt from an encrypted snapshot copy to fix it.",
    remediation: "Set `storage_encrypted = true` and `kms_key_arn` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["neptune", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `Neptune cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    const inherits = ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier", "kms_key_arn"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `Neptune cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "recommendations"
  engine              = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = false
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "recommendations"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-mq-broker-publicly-accessible.ts
var aws_mq_broker_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-mq-broker-publicly-accessible",
    title: "Amazon MQ broker is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_mq_broker"],
    description: "`publicly_accessible = true` gives the message broker public endpoints for its messaging protocols and web console, reachable by anyone on the internet who can guess or steal a broker user's password.",
    remediation: "Set `publicly_accessible = false` (this recreates the broker) and connect producers and consumers from inside the VPC.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["mq", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#publicly_accessible"
    ]
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
`
      }
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
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-network-acl-ingress-open.ts
var aws_network_acl_ingress_open_default = defineRule({
  meta: {
    id: "aws-network-acl-ingress-open",
    title: "Network ACL allows ingress from 0.0.0.0/0 to administration ports or all ports",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_ACL_TYPES,
    description: "An inbound network ACL entry allows the internet (`0.0.0.0/0` or `::/0`) to reach every port, or a remote-administration or database port, of the subnets it covers. The ACL then adds no protection behind the security groups: one permissive security group is enough to expose the service.",
    remediation: "Allow only the ports the subnet serves publicly (for example 443 and the ephemeral return range), and deny or restrict SSH, RDP and database ports to known networks.",
    precision: "medium",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.1"] },
    tags: ["network-acl", "nacl", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule"
    ]
  },
  check(acl, { report }) {
    for (const open of openAclIngressOf(acl)) {
      report({ at: open.at, message: `Network ACL ${acl.name} allows ingress from ${open.cidr} to ${open.reach}` });
    }
  },
  examples: {
    valid: [
      {
        name: "HTTPS only",
        filename: "main.tf",
        code: `resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
`
      },
      {
        name: "SSH denied",
        filename: "main.tf",
        code: `resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}
`
      }
    ],
    invalid: [
      {
        name: "SSH through a separate rule",
        filename: "main.tf",
        code: `resource "aws_network_acl_rule" "ssh_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "22 (SSH)" }]
      },
      {
        name: "all traffic in an inline entry",
        filename: "main.tf",
        code: `resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`,
        errors: [{ line: 8, column: 5, messageIncludes: "all ports" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-lb-access-logs-disabled.ts
var ELBV2_TYPES = /* @__PURE__ */ new Set(["aws_lb", "aws_alb"]);
var aws_lb_access_logs_disabled_default = defineRule({
  meta: {
    id: "aws-lb-access-logs-disabled",
    title: "Load balancer access logs switched off",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb", "aws_alb", "aws_elb"],
    description: "Access logs are the only record of each request a load balancer received: client address, path, status and TLS details. With them switched off, probing, credential stuffing or exploitation attempts against the application behind it cannot be reconstructed.",
    remediation: 'Set `access_logs { bucket = "<log bucket>", enabled = true }`; the bucket policy must allow the Elastic Load Balancing log delivery principal to write.',
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "elb", "alb", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#access_logs"
    ]
  },
  check(balancer, { report }) {
    const accessLogs = singleBlock(balancer.attributes, "access_logs");
    if (accessLogs === void 0 || accessLogs === "unknown") return;
    const { block, at } = accessLogs;
    if (isFalse(block.enabled)) {
      report({ at: [...at, "enabled"], message: `Load balancer ${balancer.name} has access logs disabled (access_logs.enabled = false)` });
    } else if (ELBV2_TYPES.has(balancer.type) && isUnset(block.enabled)) {
      report({ at, message: `Load balancer ${balancer.name} names an access log bucket but does not set enabled = true, so access logs are not written` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb" "storefront" {
  name               = "storefront"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "storefront"
    enabled = true
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
  }

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_lb" "storefront" {
  name               = "storefront"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5, messageIncludes: "access logs" }]
      },
      {
        name: "bucket without enabled on an application load balancer",
        filename: "main.tf",
        code: `resource "aws_alb" "storefront" {
  name    = "storefront"
  subnets = var.public_subnet_ids

  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-lb.ts
var rules = [
  aws_neptune_iam_authentication_disabled_default,
  aws_lb_listener_http_default,
  aws_lb_listener_outdated_tls_policy_default,
  aws_msk_customer_managed_key_default,
  aws_msk_encryption_in_transit_default,
  aws_neptune_encryption_at_rest_default,
  aws_mq_broker_publicly_accessible_default,
  aws_network_acl_ingress_open_default,
  aws_lb_access_logs_disabled_default
];
export {
  rules
};
