import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FileKind } from "../../src/load/document.js";
import { loadHcl } from "../../src/load/hcl/load-hcl.js";
import { loadTfJson } from "../../src/load/hcl/load-tf-json.js";
import { parseJson } from "../../src/load/json.js";
import { readPlan } from "../../src/load/plan.js";
import { loadYaml } from "../../src/load/yaml.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { ACTION_SEED, fixture, fuzzParameters, hostileText, TERRAFORM_SEED, TF_JSON_SEED, WORKFLOW_SEED } from "../support/fuzz-inputs.js";
import { assertPrototypesClean } from "./support.js";

const RUNS = 200;
/** Far above what any of these small inputs needs: a case that takes longer has found a hang. */
const MAX_CASE_MS = 5_000;

function expectWellFormed(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    expect(["error", "warning", "note"]).toContain(diagnostic.level);
    expect(diagnostic.code).toMatch(/^[a-z0-9-]+$/);
    expect(typeof diagnostic.message).toBe("string");
    if (diagnostic.range) {
      expect(diagnostic.range.start.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.range.start.column).toBeGreaterThanOrEqual(1);
    }
  }
}

/** Runs `load` on every generated text: it must return, in bounded time, with well-formed diagnostics, and pollute nothing. */
async function fuzz(arbitrary: fc.Arbitrary<string>, load: (text: string) => Promise<{ diagnostics: readonly Diagnostic[] }> | { diagnostics: readonly Diagnostic[] }) {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (text) => {
      const started = performance.now();
      const result = await load(text);
      expect(performance.now() - started).toBeLessThan(MAX_CASE_MS);
      expectWellFormed(result.diagnostics);
      assertPrototypesClean();
    }),
    fuzzParameters(RUNS),
  );
}

function yamlFile(text: string, kind: FileKind, path: string) {
  return loadYaml({ path, text, kind });
}

describe("every loader takes anything and returns documents and diagnostics", () => {
  const terraform = [TERRAFORM_SEED, fixture("terraform/aws/iam.tf"), fixture("terraform/aws/network.tf")];

  it("HCL (.tf)", () => fuzz(hostileText(...terraform), (text) => loadHcl({ path: "main.tf", text, kind: "terraform" })));

  it("HCL (.tfvars)", () => fuzz(hostileText('region = "us-east-1"\ntags = { a = "b" }\nlist = [1, 2, "${x}"]\n'), (text) => loadHcl({ path: "x.tfvars", text, kind: "tfvars" })));

  it("Terraform JSON (.tf.json)", () => fuzz(hostileText(TF_JSON_SEED), (text) => loadTfJson({ path: "main.tf.json", text, kind: "terraform-json" })));

  it("plan JSON", () =>
    fuzz(hostileText(fixture("plans/database.plan.json")), (text) => {
      const parsed = parseJson(text, "plan.json");
      if (!parsed.root) return parsed;
      const plan = readPlan({ file: "plan.json", kind: "plan", index: 0, root: parsed.root, range: parsed.root.range });
      return { diagnostics: [...parsed.diagnostics, ...plan.diagnostics] };
    }));

  it("Kubernetes YAML", () => fuzz(hostileText(fixture("kubernetes/storefront.yaml"), fixture("kubernetes/rbac.yaml")), (text) => yamlFile(text, "kubernetes", "k8s.yaml")));

  it("workflows and action metadata", () =>
    fuzz(hostileText(WORKFLOW_SEED, fixture(".github/workflows/triage.yml"), ACTION_SEED), (text) => {
      const workflow = yamlFile(text, "workflow", ".github/workflows/ci.yml");
      const action = yamlFile(text, "action-metadata", "action.yml");
      return { diagnostics: [...workflow.diagnostics, ...action.diagnostics] };
    }));
});
