import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Random } from "./random.js";

/**
 * A realistic mixed repository, generated from a seed: a monorepo of
 * services, each with a Terraform root module calling a local module
 * (variables, tfvars, locals, `count`, `jsonencode` IAM policies), Kubernetes
 * manifests in multi-document files, GitHub workflows that assume the
 * service's AWS role, and for some services a `terraform show -json` plan.
 * Roughly a fifth of the settings are insecure, so rules report findings.
 */
export interface CorpusFile {
  /** Relative, forward slashes. */
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /** Resources the engine should build from the files (an estimate: what each generator adds to the graph). */
  resources: number;
  bytes: number;
}

export const DEFAULT_SEED = 20_240_917;

/** Generates services until the corpus holds `targetResources` resources. */
export function generateCorpus(targetResources: number, seed = DEFAULT_SEED): Corpus {
  const random = new Random(seed);
  const files: CorpusFile[] = [];
  let resources = 0;
  for (let index = 0; resources < targetResources; index++) {
    const service = generateService(random, index, targetResources - resources);
    files.push(...service.files);
    resources += service.resources;
  }
  return { files, resources, bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) };
}

export async function writeCorpus(corpus: Corpus, directory: string): Promise<void> {
  const directories = new Set(corpus.files.map((file) => path.dirname(path.join(directory, file.path))));
  for (const dir of directories) await mkdir(dir, { recursive: true });
  // A few writes at a time: thousands at once only queue in libuv.
  const queue = [...corpus.files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let file = queue.pop(); file; file = queue.pop()) await writeFile(path.join(directory, file.path), file.text);
    }),
  );
}

interface Generated {
  files: CorpusFile[];
  resources: number;
}

const TEAMS = ["payments", "orders", "search", "identity", "catalog", "shipping", "billing", "analytics", "notifications", "inventory"];
const ENVIRONMENTS = ["prod", "staging", "dev"];

function generateService(random: Random, index: number, remaining: number): Generated {
  const name = `${random.pick(TEAMS)}-${String(index).padStart(4, "0")}`;
  const base = `services/${name}`;
  const parts: Generated[] = [];
  // A small remainder is filled with manifests only, so sizes land close to the target.
  if (remaining < 40) {
    parts.push(kubernetesApp(random, name, `${base}/k8s`, Math.max(1, Math.ceil(remaining / 9))));
  } else {
    const terraform = terraformStack(random, name, `${base}/infra`);
    parts.push(terraform.generated);
    parts.push(kubernetesApp(random, name, `${base}/k8s`, random.int(1, 3)));
    parts.push(workflows(random, name, `${base}/.github/workflows`));
    if (random.chance(0.3)) parts.push(plan(random, name, `${base}/plans/${random.pick(ENVIRONMENTS)}.plan.json`, terraform.planned));
  }
  return { files: parts.flatMap((part) => part.files), resources: parts.reduce((sum, part) => sum + part.resources, 0) };
}

// ---------------------------------------------------------------- Terraform

/** A resource as a plan shows it: type, name, and its attribute values. */
interface PlannedResource {
  type: string;
  name: string;
  module?: string;
  values: Record<string, unknown>;
}

function terraformStack(random: Random, service: string, dir: string): { generated: Generated; planned: PlannedResource[] } {
  const environment = random.pick(ENVIRONMENTS);
  const instances = random.int(1, 4);
  const buckets = random.int(1, 4);
  const planned: PlannedResource[] = [];
  const blocks: string[] = [];
  let resources = 0;

  blocks.push(`terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = local.tags
  }
}

locals {
  name = "\${var.service}-\${var.environment}"
  tags = {
    Service     = var.service
    Environment = var.environment
    Team        = "${service.split("-")[0]}"
  }
  admin_ports = [22, 3389]
}

module "network" {
  source     = "./modules/network"
  name       = local.name
  cidr_block = var.vpc_cidr
  az_count   = 2
  tags       = local.tags
}`);
  resources += 2; // provider, module call

  const encryptedKms = random.chance(0.8);
  blocks.push(`resource "aws_kms_key" "main" {
  description             = "\${local.name} data key"
  deletion_window_in_days = 14
  enable_key_rotation     = ${encryptedKms}
}`);
  planned.push({ type: "aws_kms_key", name: "main", values: { description: `${service} data key`, deletion_window_in_days: 14, enable_key_rotation: encryptedKms } });
  resources++;

  for (let b = 0; b < buckets; b++) {
    const bucket = `data_${b}`;
    blocks.push(`resource "aws_s3_bucket" "${bucket}" {
  bucket = "\${local.name}-data-${b}"
  tags   = merge(local.tags, { Purpose = "data-${b}" })
}`);
    planned.push({ type: "aws_s3_bucket", name: bucket, values: { bucket: `${service}-${environment}-data-${b}`, force_destroy: false } });
    resources++;
    if (random.chance(0.75)) {
      blocks.push(`resource "aws_s3_bucket_server_side_encryption_configuration" "${bucket}" {
  bucket = aws_s3_bucket.${bucket}.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
  }
}`);
      planned.push({
        type: "aws_s3_bucket_server_side_encryption_configuration",
        name: bucket,
        values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "aws:kms" }], bucket_key_enabled: null }] },
      });
      resources++;
    }
    if (random.chance(0.7)) {
      const open = random.chance(0.15);
      blocks.push(`resource "aws_s3_bucket_public_access_block" "${bucket}" {
  bucket                  = aws_s3_bucket.${bucket}.id
  block_public_acls       = true
  block_public_policy     = ${!open}
  ignore_public_acls      = true
  restrict_public_buckets = ${!open}
}`);
      planned.push({
        type: "aws_s3_bucket_public_access_block",
        name: bucket,
        values: { block_public_acls: true, block_public_policy: !open, ignore_public_acls: true, restrict_public_buckets: !open },
      });
      resources++;
    }
  }

  const wildcard = random.chance(0.2);
  blocks.push(`resource "aws_iam_role" "app" {
  name = "\${local.name}-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "app" {
  name = "\${local.name}-app"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ${wildcard ? `"*"` : `["s3:GetObject", "s3:PutObject"]`}
        Resource = ${wildcard ? `"*"` : `"\${aws_s3_bucket.data_0.arn}/*"`}
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = aws_kms_key.main.arn
      }
    ]
  })
}

resource "aws_iam_instance_profile" "app" {
  name = "\${local.name}-app"
  role = aws_iam_role.app.name
}`);
  planned.push({ type: "aws_iam_role", name: "app", values: { name: `${service}-app`, assume_role_policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "ec2.amazonaws.com" } }] }) } });
  planned.push({ type: "aws_iam_role_policy", name: "app", values: { name: `${service}-app`, policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: wildcard ? "*" : ["s3:GetObject"], Resource: "*" }] }) } });
  resources += 3;

  const openRepo = random.chance(0.2);
  blocks.push(`resource "aws_iam_role" "deploy" {
  name = "\${local.name}-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "${openRepo ? "repo:example/*" : `repo:example/${service}:ref:refs/heads/main`}" }
      }
    }]
  })
}`);
  resources++;

  const imdsRequired = random.chance(0.7);
  blocks.push(`resource "aws_instance" "app" {
  count                  = var.instance_count
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = module.network.subnet_ids[count.index % 2]
  vpc_security_group_ids = [module.network.security_group_id]
  iam_instance_profile   = aws_iam_instance_profile.app.name
  monitoring             = true

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "${imdsRequired ? "required" : "optional"}"
  }

  root_block_device {
    volume_size = 30
    encrypted   = ${random.chance(0.85)}
  }

  tags = merge(local.tags, { Name = "\${local.name}-app-\${count.index}" })
}`);
  for (let i = 0; i < instances; i++) {
    planned.push({ type: "aws_instance", name: "app", values: { ami: "ami-0abcdef1234567890", instance_type: "t3.small", metadata_options: [{ http_tokens: imdsRequired ? "required" : "optional" }] } });
  }
  resources += instances;

  const publicDb = random.chance(0.15);
  blocks.push(`resource "aws_db_instance" "main" {
  identifier              = "\${local.name}-db"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = ${!publicDb}
  kms_key_id              = aws_kms_key.main.arn
  publicly_accessible     = ${publicDb}
  backup_retention_period = 7
  db_subnet_group_name    = aws_db_subnet_group.main.name
  vpc_security_group_ids  = [module.network.security_group_id]
  username                = "app"
  manage_master_user_password = true
}

resource "aws_db_subnet_group" "main" {
  name       = "\${local.name}-db"
  subnet_ids = module.network.subnet_ids
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/\${var.service}/\${var.environment}/app"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.main.arn
}`);
  planned.push({ type: "aws_db_instance", name: "main", values: { engine: "postgres", publicly_accessible: publicDb, storage_encrypted: !publicDb, instance_class: "db.t4g.medium" } });
  planned.push({ type: "aws_cloudwatch_log_group", name: "app", values: { retention_in_days: 30 } });
  resources += 3;

  if (random.chance(0.5)) {
    blocks.push(`resource "aws_lambda_function" "worker" {
  function_name = "\${local.name}-worker"
  role          = aws_iam_role.app.arn
  runtime       = "${random.pick(["nodejs20.x", "python3.12", "nodejs16.x"])}"
  handler       = "index.handler"
  filename      = "worker.zip"

  environment {
    variables = {
      BUCKET    = aws_s3_bucket.data_0.bucket
      LOG_LEVEL = "info"
    }
  }

  tracing_config {
    mode = "Active"
  }
}`);
    resources++;
  }

  const main = `${blocks.join("\n\n")}\n`;
  const variables = `variable "service" {
  type        = string
  description = "Service name"
}

variable "environment" {
  type    = string
  default = "${environment}"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vpc_cidr" {
  type    = string
  default = "10.${random.int(0, 255)}.0.0/16"
}

variable "instance_count" {
  type    = number
  default = 1
}

variable "instance_type" {
  type    = string
  default = "t3.small"
}

variable "ami_id" {
  type = string
}
`;
  resources += 7;
  const tfvars = `service        = "${service}"
environment    = "${environment}"
instance_count = ${instances}
ami_id         = "ami-${random.hex(17)}"
`;
  const outputs = `output "bucket_arns" {
  value = [for bucket in [aws_s3_bucket.data_0] : bucket.arn]
}

output "deploy_role_arn" {
  value = aws_iam_role.deploy.arn
}

output "db_endpoint" {
  value     = aws_db_instance.main.endpoint
  sensitive = true
}
`;
  resources += 3;

  const network = networkModule(random, `${dir}/modules/network`);
  resources += network.resources;
  for (const resource of network.planned) planned.push({ ...resource, module: "module.network" });

  return {
    generated: {
      files: [
        { path: `${dir}/main.tf`, text: main },
        { path: `${dir}/variables.tf`, text: variables },
        { path: `${dir}/outputs.tf`, text: outputs },
        { path: `${dir}/terraform.tfvars`, text: tfvars },
        ...network.files,
      ],
      resources,
    },
    planned,
  };
}

function networkModule(random: Random, dir: string): Generated & { planned: PlannedResource[] } {
  const sshOpen = random.chance(0.2);
  const main = `data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "private" {
  count             = var.az_count
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr_block, 4, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
  tags              = merge(var.tags, { Name = "\${var.name}-private-\${count.index}" })
}

resource "aws_security_group" "app" {
  name        = "\${var.name}-app"
  description = "Application traffic"
  vpc_id      = aws_vpc.this.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [${sshOpen ? `"0.0.0.0/0"` : "var.cidr_block"}]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_flow_log" "this" {
  vpc_id               = aws_vpc.this.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::central-flow-logs"
}
`;
  const variables = `variable "name" {
  type = string
}

variable "cidr_block" {
  type = string
}

variable "az_count" {
  type    = number
  default = 2
}

variable "tags" {
  type    = map(string)
  default = {}
}
`;
  const outputs = `output "subnet_ids" {
  value = aws_subnet.private[*].id
}

output "security_group_id" {
  value = aws_security_group.app.id
}
`;
  const planned: PlannedResource[] = [
    { type: "aws_vpc", name: "this", values: { enable_dns_support: true } },
    { type: "aws_subnet", name: "private", values: { map_public_ip_on_launch: false } },
    { type: "aws_subnet", name: "private", values: { map_public_ip_on_launch: false } },
    {
      type: "aws_security_group",
      name: "app",
      values: {
        ingress: [
          { description: "HTTPS", from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"], ipv6_cidr_blocks: [], self: false },
          { description: "SSH", from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: [sshOpen ? "0.0.0.0/0" : "10.0.0.0/16"], ipv6_cidr_blocks: [], self: false },
        ],
      },
    },
    { type: "aws_flow_log", name: "this", values: { traffic_type: "ALL" } },
  ];
  return {
    files: [
      { path: `${dir}/main.tf`, text: main },
      { path: `${dir}/variables.tf`, text: variables },
      { path: `${dir}/outputs.tf`, text: outputs },
    ],
    // data source, vpc, 2 subnets, security group, flow log; 4 variables and 2 outputs (once per module directory)
    resources: 6 + 6,
    planned,
  };
}

/** `terraform show -json` of the stack: planned values, resource changes and configuration. */
function plan(random: Random, service: string, file: string, resources: readonly PlannedResource[]): Generated {
  const counts = new Map<string, number>();
  const addressed = resources.map((resource) => {
    const local = `${resource.type}.${resource.name}`;
    const key = `${resource.module ?? ""}.${local}`;
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    const many = resources.filter((other) => other.type === resource.type && other.name === resource.name && other.module === resource.module).length > 1;
    const address = `${resource.module ? `${resource.module}.` : ""}${local}${many ? `[${seen}]` : ""}`;
    return { ...resource, address, index: many ? seen : undefined };
  });
  const state = (resource: (typeof addressed)[number]) => ({
    address: resource.address,
    mode: "managed",
    type: resource.type,
    name: resource.name,
    ...(resource.index !== undefined ? { index: resource.index } : {}),
    provider_name: "registry.terraform.io/hashicorp/aws",
    schema_version: 0,
    values: { ...resource.values, tags: { Service: service } },
    sensitive_values: {},
  });
  const root = addressed.filter((resource) => !resource.module);
  const network = addressed.filter((resource) => resource.module);
  const document = {
    format_version: "1.2",
    terraform_version: "1.9.5",
    planned_values: {
      root_module: {
        resources: root.map(state),
        child_modules: [{ address: "module.network", resources: network.map(state) }],
      },
    },
    resource_changes: addressed.map((resource) => ({
      address: resource.address,
      ...(resource.module ? { module_address: resource.module } : {}),
      mode: "managed",
      type: resource.type,
      name: resource.name,
      ...(resource.index !== undefined ? { index: resource.index } : {}),
      provider_name: "registry.terraform.io/hashicorp/aws",
      change: {
        actions: [random.pick(["create", "update", "no-op"])],
        before: null,
        after: { ...resource.values, tags: { Service: service } },
        after_unknown: { id: true, arn: true },
        before_sensitive: false,
        after_sensitive: {},
      },
    })),
    configuration: {
      provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws", expressions: { region: { references: ["var.region"] } } } },
      root_module: {
        resources: root
          .filter((resource, index, all) => all.findIndex((other) => other.type === resource.type && other.name === resource.name) === index)
          .map((resource) => ({
            address: `${resource.type}.${resource.name}`,
            mode: "managed",
            type: resource.type,
            name: resource.name,
            provider_config_key: "aws",
            expressions: Object.fromEntries(Object.keys(resource.values).map((key) => [key, { constant_value: resource.values[key] }])),
            schema_version: 0,
          })),
        module_calls: { network: { source: "./modules/network", expressions: { name: { references: ["local.name"] } }, module: { resources: [] } } },
      },
    },
  };
  // Terraform writes one line; people often pretty-print it with jq.
  const text = random.chance(0.5) ? JSON.stringify(document) : JSON.stringify(document, null, 2);
  return { files: [{ path: file, text: `${text}\n` }], resources: addressed.length };
}

// ---------------------------------------------------------------- Kubernetes

function kubernetesApp(random: Random, service: string, dir: string, components: number): Generated {
  const namespace = service;
  const documents: string[] = [
    `apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
  labels:
    pod-security.kubernetes.io/enforce: ${random.pick(["restricted", "baseline", "privileged"])}`,
  ];
  const rbac: string[] = [];
  let resources = 1;
  for (let c = 0; c < components; c++) {
    const app = `${service}-${random.pick(["api", "web", "worker", "cron", "gateway"])}-${c}`;
    const privileged = random.chance(0.1);
    const pinned = random.chance(0.6);
    const image = pinned ? `registry.example.com/${service}/${app}@sha256:${random.hex(64)}` : `registry.example.com/${service}/${app}:${random.pick(["1.4.2", "latest", "2024.09.1"])}`;
    documents.push(`apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app}
  namespace: ${namespace}
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/${service}-prod-app
automountServiceAccountToken: false`);
    documents.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${namespace}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: ${service}
spec:
  replicas: ${random.int(1, 6)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
        app.kubernetes.io/part-of: ${service}
    spec:
      serviceAccountName: ${app}
      securityContext:
        runAsNonRoot: ${!privileged}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: ${image}
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: LOG_LEVEL
              value: info
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: ${app}-db
                  key: url
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          securityContext:
            allowPrivilegeEscalation: ${privileged}
            privileged: ${privileged}
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          args: ["--config-path", "/etc/envoy/envoy.yaml"]
          volumeMounts:
            - name: envoy
              mountPath: /etc/envoy
      volumes:
        - name: envoy
          configMap:
            name: ${app}-envoy`);
    documents.push(`apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${namespace}
spec:
  type: ${random.chance(0.15) ? "LoadBalancer" : "ClusterIP"}
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: http
      port: 80
      targetPort: http`);
    documents.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-envoy
  namespace: ${namespace}
data:
  envoy.yaml: |
    static_resources:
      listeners:
        - address:
            socket_address: { address: 0.0.0.0, port_value: 8443 }`);
    documents.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${app}
  namespace: ${namespace}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx`);
    documents.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${app}
  namespace: ${namespace}
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "${random.chance(0.8)}"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [${app}.example.com]
      secretName: ${app}-tls
  rules:
    - host: ${app}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${app}
                port:
                  name: http`);
    const wide = random.chance(0.15);
    rbac.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${app}
  namespace: ${namespace}
rules:
  - apiGroups: [""]
    resources: [${wide ? `"*"` : `"configmaps", "secrets"`}]
    verbs: [${wide ? `"*"` : `"get", "list", "watch"`}]`);
    rbac.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${app}
  namespace: ${namespace}
subjects:
  - kind: ServiceAccount
    name: ${app}
    namespace: ${namespace}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${app}`);
    resources += 8;
  }
  return {
    files: [
      { path: `${dir}/app.yaml`, text: `${documents.join("\n---\n")}\n` },
      { path: `${dir}/rbac.yaml`, text: `${rbac.join("\n---\n")}\n` },
    ],
    resources,
  };
}

// ----------------------------------------------------------- GitHub Actions

function workflows(random: Random, service: string, dir: string): Generated {
  const checkout = random.chance(0.5) ? `actions/checkout@${random.hex(40)} # v4.2.2` : "actions/checkout@v4";
  const ci = `name: ${service} CI
on:
  push:
    branches: [main]
  pull_request:
    paths: ["services/${service}/**"]
permissions:
  contents: read
concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: ${checkout}
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run lint
  test:
    runs-on: ubuntu-latest
    needs: lint
    strategy:
      matrix:
        node: [18, 20, 22]
    steps:
      - uses: ${checkout}
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
      - run: npm ci
      - name: Test
        run: npm test -- --coverage
      - uses: actions/upload-artifact@v4
        with:
          name: coverage-\${{ matrix.node }}
          path: coverage/
`;
  const injection = random.chance(0.2);
  const openTrigger = random.chance(0.2);
  const deploy = `name: ${service} deploy
on:
  ${openTrigger ? "pull_request_target" : "push"}:
    branches: [main]
  workflow_dispatch:
    inputs:
      environment:
        type: choice
        options: [staging, prod]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: ${checkout}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/${service}-prod-deploy
          aws-region: eu-west-1
      - uses: hashicorp/setup-terraform@v3
      - name: Plan
        working-directory: services/${service}/infra
        run: |
          terraform init -input=false
          terraform plan -out=tfplan -input=false
      - name: Announce
        run: echo "Deploying ${injection ? "${{ github.event.pull_request.title }}" : "${{ github.sha }}"}"
  apply:
    runs-on: ubuntu-latest
    needs: plan
    environment: \${{ inputs.environment || 'staging' }}
    steps:
      - uses: ${checkout}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/${service}-prod-deploy
          aws-region: eu-west-1
      - run: terraform apply -auto-approve tfplan
        working-directory: services/${service}/infra
      - run: curl -sSL https://example.com/notify.sh | bash
`;
  // workflow + jobs + steps: ci 1 + 2 + 9, deploy 1 + 2 + 9
  return {
    files: [
      { path: `${dir}/ci.yml`, text: ci },
      { path: `${dir}/deploy.yml`, text: deploy },
    ],
    resources: 12 + 12,
  };
}
