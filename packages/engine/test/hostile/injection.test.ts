import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { parseCustomRules } from "../../src/custom-rules/load-custom-rules.js";
import { defineRule, type Rule } from "../../src/evaluate/rule.js";
import type { Platform } from "../../src/model/resource.js";
import { isObject, type Value, type ValueObject } from "../../src/model/value.js";
import { formatResult } from "../../src/report/index.js";
import { formatSarif } from "../../src/report/sarif.js";
import { scanSources } from "../../src/scan.js";
import { validateSarif } from "../support/validate-sarif.js";
import { assertPrototypesClean, PROTOTYPE_KEYS } from "./support.js";

/** Records the attributes of every resource of the given types, and reports each one so reports carry the keys too. */
function capture(platform: Platform, types: string[]): { rule: Rule; seen: Map<string, ValueObject> } {
  const seen = new Map<string, ValueObject>();
  const rule = defineRule({
    meta: {
      id: `test-capture-${platform}`,
      title: "Capture",
      severity: "low",
      category: "iam",
      platforms: [platform],
      resourceTypes: types,
      description: "Test rule.",
      remediation: "Test rule.",
      precision: "low",
    },
    check(resource, { report }) {
      seen.set(resource.name, resource.attributes);
      report({ message: `${resource.name}: ${JSON.stringify(resource.attributes).slice(0, 200)}` });
    },
    examples: { valid: [], invalid: [] },
  });
  return { rule, seen };
}

/** Every object under `value` that has one of the prototype keys as its own data, with the prototype it should have. */
function ownPrototypeKeys(value: Value | undefined, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) ownPrototypeKeys(item, found);
  else if (isObject(value)) {
    const prototype = Object.getPrototypeOf(value) as object | null;
    // Objects built from input have no prototype, or the plain one: never one that input chose.
    expect(prototype === null || prototype === Object.prototype).toBe(true);
    for (const key of Object.keys(value)) {
      if ((PROTOTYPE_KEYS as readonly string[]).includes(key)) found.push(key);
      ownPrototypeKeys(value[key], found);
    }
  }
  return found;
}

async function scanAndReport(sources: Array<{ path: string; text: string }>, rules: Rule[]) {
  const result = await scanSources(sources, { rules });
  for (const format of ["text", "json", "markdown"] as const) expect(formatResult(result, format).length).toBeGreaterThan(0);
  expect(validateSarif(JSON.parse(formatSarif(result)))).toBe(true);
  return result;
}

afterEach(() => assertPrototypesClean());

describe("__proto__, constructor and prototype keys are data, never prototypes", () => {
  it("in Kubernetes YAML, merge keys included", async () => {
    const { rule, seen } = capture("kubernetes", ["ConfigMap"]);
    const text = [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: yaml",
      "  __proto__: {polluted: true}",
      "base: &base {__proto__: {isAdmin: true}, constructor: {prototype: {polluted: true}}}",
      "data:",
      "  <<: *base",
      "  prototype: {polluted: true}",
      "",
    ].join("\n");
    await scanAndReport([{ path: "cm.yaml", text }], [rule]);
    const attributes = seen.get("ConfigMap/default/yaml")!;
    expect(ownPrototypeKeys(attributes).sort()).toEqual(["__proto__", "__proto__", "__proto__", "constructor", "constructor", "prototype", "prototype", "prototype"]);
    expect(Object.hasOwn(attributes.metadata as object, "__proto__")).toBe(true);
  });

  it("in Kubernetes JSON and in a plan", async () => {
    const kubernetes = capture("kubernetes", ["ConfigMap"]);
    const terraform = capture("terraform", ["aws_s3_bucket"]);
    const configMap = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"json","__proto__":{"polluted":true}},"data":{"constructor":{"prototype":{"polluted":true}}}}';
    const plan = JSON.stringify({
      format_version: "1.2",
      terraform_version: "1.9.0",
      resource_changes: [
        {
          address: "aws_s3_bucket.plan",
          mode: "managed",
          type: "aws_s3_bucket",
          name: "plan",
          change: { actions: ["create"], after: { bucket: "b", tags: { ["__proto__"]: "x" } }, after_unknown: {} },
        },
      ],
    }).replace('"tags":{"__proto__":"x"}', '"tags":{"__proto__":{"polluted":true},"constructor":{"prototype":{"isAdmin":true}}}');
    await scanAndReport(
      [
        { path: "cm.json", text: configMap },
        { path: "plan.json", text: plan },
      ],
      [kubernetes.rule, terraform.rule],
    );
    expect(ownPrototypeKeys(kubernetes.seen.get("ConfigMap/default/json")).sort()).toEqual(["__proto__", "constructor", "prototype"]);
    const bucket = [...terraform.seen.values()][0];
    expect(ownPrototypeKeys(bucket).sort()).toEqual(["__proto__", "constructor", "prototype"]);
  });

  it("in HCL, tf.json, tfvars and what the evaluator builds: objects, merge, for, zipmap, jsondecode, yamldecode", async () => {
    const { rule, seen } = capture("terraform", ["aws_s3_bucket"]);
    const main = [
      'variable "extra" {',
      '  default = { "__proto__" = { polluted = true } }',
      "}",
      "locals {",
      '  keys  = ["__proto__", "constructor", "prototype"]',
      '  typed = { "__proto__" = { isAdmin = true }, constructor = { prototype = { polluted = true } } }',
      "}",
      'resource "aws_s3_bucket" "hcl" {',
      "  tags       = local.typed",
      '  merged     = merge(var.extra, local.typed, { prototype = "p" })',
      "  looped     = { for key in local.keys : key => { polluted = true } }",
      "  grouped    = { for key in local.keys : key => key... }",
      "  zipped     = zipmap(local.keys, [1, 2, 3])",
      '  json       = jsondecode("{\\"__proto__\\": {\\"polluted\\": true}, \\"constructor\\": {\\"prototype\\": {\\"polluted\\": true}}}")',
      '  yaml       = yamldecode("__proto__: {polluted: true}\\nconstructor: {prototype: {isAdmin: true}}")',
      "  from_vars  = var.from_tfvars",
      "}",
      'resource "aws_s3_bucket" "__proto__" {',
      "  __proto__ = { polluted = true }",
      "}",
      'variable "from_tfvars" {}',
      "",
    ].join("\n");
    const tfJson = JSON.stringify({ resource: { aws_s3_bucket: { fromjson: { tags: { constructor: { prototype: { polluted: true } } } } } } }).replace(
      '"tags":{',
      '"tags":{"__proto__":{"polluted":true},',
    );
    const tfvars = 'from_tfvars = { "__proto__" = { polluted = true }, prototype = 1 }\n';
    const result = await scanAndReport(
      [
        { path: "main.tf", text: main },
        { path: "json.tf.json", text: tfJson },
        { path: "terraform.tfvars", text: tfvars },
      ],
      [rule],
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === "error")).toEqual([]);
    const hcl = seen.get("aws_s3_bucket.hcl")!;
    expect(hcl).toBeDefined();
    for (const attribute of ["tags", "merged", "looped", "grouped", "zipped", "json", "yaml", "from_vars"]) {
      expect(ownPrototypeKeys(hcl[attribute]).length, attribute).toBeGreaterThan(0);
    }
    expect(Object.keys(hcl.zipped as object)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(Object.hasOwn(seen.get('aws_s3_bucket.__proto__') ?? {}, "__proto__")).toBe(true);
    expect(ownPrototypeKeys(seen.get("aws_s3_bucket.fromjson")).sort()).toEqual(["__proto__", "constructor", "prototype"]);
  });

  it("in workflows", async () => {
    const { rule, seen } = capture("github-actions", ["job"]);
    const text = "on: push\njobs:\n  __proto__:\n    runs-on: ubuntu-latest\n    env: {__proto__: {polluted: true}, constructor: x}\n    steps: [{run: make}]\n  constructor:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n";
    await scanAndReport([{ path: ".github/workflows/ci.yml", text }], [rule]);
    expect([...seen.keys()].sort()).toEqual(["jobs.__proto__", "jobs.constructor"]);
    expect(ownPrototypeKeys(seen.get("jobs.__proto__"))).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
  });

  it("in custom rules and configuration, which are data too", () => {
    const rules = parseCustomRules(
      [
        "id: custom-proto",
        "title: Proto",
        "severity: low",
        "category: iam",
        "platforms: [kubernetes]",
        "resourceTypes: [ConfigMap]",
        "description: d",
        "remediation: r",
        "select: $.data",
        "assert: {type: object, properties: {__proto__: {const: 1}}}",
        "__proto__: {polluted: true}",
        "",
      ].join("\n"),
      "rules.yaml",
    );
    expect(rules.rules).toHaveLength(0);
    expect(rules.diagnostics.length).toBeGreaterThan(0);
    const config = parseConfig("__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n", "tollgate.yaml");
    expect(config.diagnostics.length).toBeGreaterThan(0);
  });
});
