import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatResult, formatSarif, scanSources } from "@tollgate/engine";
import { allRules } from "../src/index.js";
import { validateSarif } from "../../engine/test/support/validate-sarif.js";
import { ACTION_SEED, fixture, fuzzParameters, hostileText, TERRAFORM_SEED, TF_JSON_SEED, WORKFLOW_SEED } from "../../engine/test/support/fuzz-inputs.js";

/** Where each kind of text goes: the name decides how it is read. */
const PLACES = [
  { path: "infra/main.tf", seeds: [TERRAFORM_SEED, fixture("terraform/aws/iam.tf"), fixture("terraform/aws/storage.tf"), fixture("terraform/aws/network.tf")] },
  { path: "infra/variables.tf", seeds: [fixture("terraform/aws/variables.tf")] },
  { path: "infra/override.tf.json", seeds: [TF_JSON_SEED] },
  { path: "infra/terraform.tfvars", seeds: ['names = ["x", "__proto__"]\n'] },
  { path: "plans/app.plan.json", seeds: [fixture("plans/database.plan.json")] },
  { path: "k8s/app.yaml", seeds: [fixture("kubernetes/storefront.yaml"), fixture("kubernetes/rbac.yaml")] },
  { path: ".github/workflows/ci.yml", seeds: [WORKFLOW_SEED, fixture(".github/workflows/deploy.yml"), fixture(".github/workflows/triage.yml")] },
  { path: "action.yml", seeds: [ACTION_SEED] },
];

/** A repository of up to every kind of file, each a mutated seed or random text. */
const repository = fc
  .subarray(PLACES, { minLength: 1 })
  .chain((places) => fc.tuple(...places.map((place) => hostileText(...place.seeds).map((text) => ({ path: place.path, text })))));

describe("the whole scan, with every built-in rule, on broken and random repositories", () => {
  it("never throws, and always reports valid SARIF, text, JSON and Markdown, in bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(repository, async (sources) => {
        const started = performance.now();
        const result = await scanSources(sources, { rules: allRules });
        const log = JSON.parse(formatSarif(result));
        expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
        for (const format of ["text", "json", "markdown"] as const) formatResult(result, format);
        // Rules never crash on what the loaders let through: a rule error is a bug this test exists to find.
        expect(result.diagnostics.filter((diagnostic) => diagnostic.code === "rule-error" || diagnostic.code === "internal-error")).toEqual([]);
        expect(performance.now() - started).toBeLessThan(10_000);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParameters(100),
    );
  }, 120_000);
});
