import { describe, expect, it } from "vitest";
import { scanSources, type WorkCounters } from "@tollgate/engine";
import { allRules } from "@tollgate/rules";
import { generateCorpus } from "../src/corpus.js";

// Work counters, not times: a join that compares every resource with every
// other doubles its work per resource when the input doubles, whatever the
// machine. Each counter divided by the resources must stay (nearly) flat
// from 1× to 2× to 4×.
const TOLERANCE = 1.25;

type Counter = keyof WorkCounters;

async function workPerResource(sources: ReadonlyArray<{ path: string; text: string }>): Promise<{ resources: number; stats: WorkCounters }> {
  const result = await scanSources(sources, { rules: allRules, root: "/corpus" });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.level === "error")).toEqual([]);
  return { resources: result.resourceCount, stats: result.stats };
}

function expectLinear(runs: ReadonlyArray<{ resources: number; stats: WorkCounters }>): void {
  const [base, ...larger] = runs;
  for (const run of larger) {
    const growth = run.resources / base!.resources;
    for (const counter of Object.keys(base!.stats) as Counter[]) {
      const before = base!.stats[counter];
      const after = run.stats[counter];
      if (before === 0) {
        expect(after, `${counter} appears only at ${run.resources} resources`).toBe(0);
        continue;
      }
      const ratio = after / before / growth;
      expect(ratio, `${counter}: ${before} at ${base!.resources} resources, ${after} at ${run.resources}`).toBeLessThanOrEqual(TOLERANCE);
    }
  }
}

describe("work grows linearly with the input", () => {
  it("on the mixed benchmark corpus at 200, 400 and 800 resources", async () => {
    const runs = [];
    for (const size of [200, 400, 800]) runs.push(await workPerResource(generateCorpus(size).files));
    expect(runs[2]!.resources / runs[0]!.resources).toBeGreaterThan(3.5);
    expect(runs[0]!.stats.ruleInvocations).toBeGreaterThan(0);
    expect(runs[0]!.stats.selectorComparisons).toBeGreaterThan(0);
    expectLinear(runs);
  });

  it("on one namespace where every Service and NetworkPolicy selects among all workloads", async () => {
    const runs = [];
    for (const count of [100, 200, 400]) runs.push(await workPerResource([{ path: "k8s/shop.yaml", text: oneNamespace(count) }]));
    expect(runs[0]!.stats.selectorComparisons).toBeGreaterThan(0);
    expectLinear(runs);
  });

  it("on many namespaces, each with its own workload, Service and NetworkPolicy", async () => {
    const runs = [];
    for (const count of [100, 200, 400]) runs.push(await workPerResource([{ path: "k8s/tenants.yaml", text: namespacePerTenant(count) }]));
    expectLinear(runs);
  });

  it("on one Terraform module with many resources of one type referencing each other", async () => {
    const runs = [];
    for (const count of [100, 200, 400]) runs.push(await workPerResource([{ path: "infra/main.tf", text: oneModule(count) }]));
    expect(runs[0]!.stats.edgesLinked).toBeGreaterThan(0);
    expectLinear(runs);
  });
});

/** Deployments sharing a `part-of` label, each with its own Service and NetworkPolicy. */
function oneNamespace(count: number): string {
  const documents: string[] = [];
  for (let index = 0; index < count; index++) {
    const app = `app-${index}`;
    documents.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: shop
spec:
  selector:
    matchLabels: { app: ${app} }
  template:
    metadata:
      labels: { app: ${app}, part-of: shop, tier: ${index % 3 === 0 ? "web" : "backend"} }
    spec:
      containers:
        - name: main
          image: registry.example.com/${app}:1.0.0`);
    documents.push(`apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: shop
spec:
  selector: { app: ${app}, part-of: shop }
  ports: [{ port: 80 }]`);
    documents.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${app}
  namespace: shop
spec:
  podSelector:
    matchLabels: { part-of: shop, app: ${app} }
  policyTypes: [Ingress]`);
  }
  return `${documents.join("\n---\n")}\n`;
}

/** A Namespace per tenant holding one workload, its Service and its NetworkPolicy. */
function namespacePerTenant(count: number): string {
  const documents: string[] = [];
  for (let index = 0; index < count; index++) {
    const namespace = `tenant-${index}`;
    documents.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}`);
    documents.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${namespace}
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: main
          image: registry.example.com/web:1.0.0`);
    documents.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: ${namespace}\nspec:\n  selector: { app: missing }\n  ports: [{ port: 80 }]`);
    documents.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\n  namespace: ${namespace}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]`);
  }
  return `${documents.join("\n---\n")}\n`;
}

/** Buckets with their encryption, access block and policy as separate resources, all in one module. */
function oneModule(count: number): string {
  const blocks: string[] = [`resource "aws_kms_key" "shared" {\n  enable_key_rotation = true\n}`];
  for (let index = 0; index < count; index++) {
    blocks.push(`resource "aws_s3_bucket" "b${index}" {
  bucket = "bucket-${index}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b${index}" {
  bucket = aws_s3_bucket.b${index}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.shared.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "b${index}" {
  bucket                  = aws_s3_bucket.b${index}.id
  block_public_acls       = ${index % 4 !== 0}
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`);
  }
  return `${blocks.join("\n\n")}\n`;
}
