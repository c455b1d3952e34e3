import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineRule, type Rule } from "../../src/evaluate/rule.js";
import type { Resource } from "../../src/model/resource.js";
import type { ScanOutcome } from "../../src/scan.js";
import { TEST_RULES } from "../suppress/test-rules.js";

/** Reports every workflow job that runs on a self-hosted runner: a finding to keep intact beside hostile files. */
export const selfHostedRule = defineRule({
  meta: {
    id: "test-self-hosted",
    title: "Self-hosted runner",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["job"],
    description: "Test rule.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(resource, { report }) {
    if (resource.attributes["runs-on"] === "self-hosted") report({ at: ["runs-on"], message: `${resource.name} runs on a self-hosted runner` });
  },
  examples: { valid: [], invalid: [] },
});

/** A public bucket (Terraform), a privileged pod (Kubernetes) and a self-hosted job (Actions). */
export const RULES: Rule[] = [...TEST_RULES, selfHostedRule];

/** One healthy file per platform, each with one finding for `RULES`, to scan beside hostile ones. */
export const HEALTHY = {
  terraform: { path: "healthy/main.tf", text: 'resource "aws_s3_bucket" "logs" {\n  acl = "public-read"\n}\n' },
  kubernetes: {
    path: "healthy/pod.yaml",
    text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n",
  },
  workflow: { path: ".github/workflows/healthy.yml", text: "on: push\njobs:\n  build:\n    runs-on: self-hosted\n    steps:\n      - run: make\n" },
} as const;

export const HEALTHY_FINDINGS = [
  { ruleId: "test-public-acl", file: "healthy/main.tf", line: 2 },
  { ruleId: "test-privileged", file: "healthy/pod.yaml", line: 10 },
  { ruleId: "test-self-hosted", file: ".github/workflows/healthy.yml", line: 4 },
];

export function healthySources(): Array<{ path: string; text: string }> {
  return Object.values(HEALTHY).map((source) => ({ ...source }));
}

/** Findings as (rule, file, line), for comparing with `HEALTHY_FINDINGS`. */
export function findingsOf(result: ScanOutcome) {
  return result.findings.map((finding) => ({ ruleId: finding.ruleId, file: finding.location.file, line: finding.location.start.line }));
}

export function codesOf(result: { diagnostics: ReadonlyArray<{ code: string }> }): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

/** A rule that throws on every resource of `type`, as a broken rule would. */
export function throwingRule(type: string, platform: Resource["platform"]): Rule {
  return defineRule({
    meta: {
      id: "test-throws",
      title: "Throws",
      severity: "low",
      category: "iam",
      platforms: [platform],
      resourceTypes: [type],
      description: "Test rule.",
      remediation: "Test rule.",
      precision: "low",
    },
    check() {
      throw new TypeError("cannot read properties of undefined (reading 'statement')");
    },
    examples: { valid: [], invalid: [] },
  });
}

export function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), "tollgate-hostile-"));
}

/** Keys that would reach `Object.prototype` if an object were built from input with plain assignment. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Throws when anything was added to the prototypes every object shares. */
export function assertPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const name of ["polluted", "isAdmin", "privileged"]) {
    if (name in probe || name in Object.prototype || name in Array.prototype || name in Function.prototype) {
      throw new Error(`Object.prototype was polluted with "${name}"`);
    }
  }
}
