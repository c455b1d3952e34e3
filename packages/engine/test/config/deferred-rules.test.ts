import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import type { DeferredRule } from "../../src/evaluate/deferred-rule.js";
import type { Rule } from "../../src/evaluate/rule.js";
import { scanSources } from "../../src/scan.js";
import { privilegedRule, publicAclRule } from "../suppress/test-rules.js";

const BUCKET = { path: "main.tf", text: 'resource "aws_s3_bucket" "logs" {\n  acl = "public-read"\n}\n' };

/** Rules known by metadata, with a record of which were loaded. */
function deferredRules(rules: readonly Rule[]): { rules: DeferredRule[]; loaded: string[] } {
  const loaded: string[] = [];
  return {
    loaded,
    rules: rules.map((rule) => ({
      meta: structuredClone(rule.meta),
      load: async () => {
        loaded.push(rule.meta.id);
        return rule;
      },
    })),
  };
}

describe("deferred rules", () => {
  it("loads only the rules whose resource types the scan has, and finds what loaded rules find", async () => {
    const deferred = deferredRules([publicAclRule, privilegedRule]);
    const outcome = await scanSources([BUCKET], { rules: deferred.rules });
    const eager = await scanSources([BUCKET], { rules: [publicAclRule, privilegedRule] });
    expect(deferred.loaded).toEqual(["test-public-acl"]);
    expect(outcome.findings).toEqual(eager.findings);
    // Every rule that could have run is described, loaded or not.
    expect(outcome.rules).toEqual(eager.rules);
  });

  it("applies the configuration from metadata: a disabled rule is never loaded, a severity override reaches the findings", async () => {
    const { config } = parseConfig("rules:\n  disable: [test-privileged]\n  severity: { test-public-acl: low }\n", "/repo/tollgate.yaml");
    const deferred = deferredRules([publicAclRule, privilegedRule]);
    const outcome = await scanSources([BUCKET, { path: "pod.yaml", text: "apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers: [{ name: web, image: nginx }]\n" }], {
      rules: deferred.rules,
      config,
    });
    expect(deferred.loaded).toEqual(["test-public-acl"]);
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([["test-public-acl", "low"]]);
  });

  it("runs deferred and loaded rules side by side", async () => {
    const deferred = deferredRules([publicAclRule]);
    const outcome = await scanSources([BUCKET], { rules: [...deferred.rules, privilegedRule] });
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(["test-public-acl"]);
    expect(outcome.rules.map((meta) => meta.id).slice(0, 2)).toEqual(["test-public-acl", "test-privileged"]);
  });

  it("reports a rule whose code cannot be loaded as an input error and runs the others", async () => {
    const broken: DeferredRule = { meta: structuredClone(publicAclRule.meta), load: async () => Promise.reject(new Error("chunk not found")) };
    const pod = { path: "pod.yaml", text: "apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers: [{ name: web, image: nginx, securityContext: { privileged: true } }]\n" };
    const outcome = await scanSources([BUCKET, pod], { rules: [broken, privilegedRule] });
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ level: "error", code: "rule-load-failed", message: "rule test-public-acl could not be loaded and was not run: chunk not found" }),
    ]);
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(["test-privileged"]);
  });
});
