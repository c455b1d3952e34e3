import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { buildGraph } from "../../src/graph/build.js";
import { Deadline, DEFAULT_LIMITS, resolveLimits } from "../../src/limits.js";
import { loadSources } from "../../src/load/load.js";
import { formatSarif } from "../../src/report/sarif.js";
import { scanSources } from "../../src/scan.js";
import { validateSarif } from "../support/validate-sarif.js";
import { codesOf, findingsOf, HEALTHY_FINDINGS, healthySources, RULES } from "./support.js";

/** The classic "billion laughs": nine levels of nine aliases, a billion strings from a kilobyte. */
function aliasBomb(): string {
  const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: lol", "data:", '  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level++) lines.push(`  l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(",")}]`);
  return `${lines.join("\n")}\n`;
}

async function scanWithHealthy(hostile: { path: string; text: string }, limits?: Parameters<typeof scanSources>[1]["limits"]) {
  const result = await scanSources([hostile, ...healthySources()], { rules: RULES, limits });
  // Whatever went wrong, the report is still valid SARIF.
  const sarif = JSON.parse(formatSarif(result));
  expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
  return result;
}

describe("limits", () => {
  it("has documented defaults and refuses nonsense", () => {
    expect(resolveLimits()).toEqual({ maxFileBytes: 64 * 1024 * 1024, maxAliasNodes: 100_000, maxDepth: 500, maxDocumentsPerFile: 10_000, timeoutSeconds: 0, maxEvaluationSteps: 2_000_000, maxExpansion: 10_000 });
    expect(resolveLimits({ maxDepth: 20, timeoutSeconds: 1.5 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 20, timeoutSeconds: 1.5 });
    expect(() => resolveLimits({ maxDepth: 0 })).toThrow(/maxDepth/);
    expect(() => resolveLimits({ maxFileBytes: 1.5 })).toThrow(/maxFileBytes/);
    expect(() => resolveLimits({ timeoutSeconds: -1 })).toThrow(/timeoutSeconds/);
  });
});

describe("YAML alias expansion (billion laughs)", () => {
  it("refuses the bomb quickly with a diagnostic on the alias, and keeps the other files' findings", async () => {
    const started = performance.now();
    const result = await scanWithHealthy({ path: "bomb/lol.yaml", text: aliasBomb() });
    expect(performance.now() - started).toBeLessThan(10_000);
    const bomb = result.diagnostics.find((diagnostic) => diagnostic.code === "yaml-alias-limit");
    expect(bomb).toMatchObject({ level: "error", file: "bomb/lol.yaml", message: expect.stringContaining("100000 nodes") });
    expect(bomb?.range?.start.line).toBeGreaterThan(6);
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
  });

  it("takes its bound from the scan's limits", async () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: small}\ndata:\n  a: &a [x, y, z]\n  b: [*a, *a, *a, *a]\n";
    expect(codesOf(await scanSources([{ path: "cm.yaml", text }], { rules: RULES }))).toEqual([]);
    const limited = await scanSources([{ path: "cm.yaml", text }], { rules: RULES, limits: { maxAliasNodes: 8 } });
    expect(codesOf(limited)).toEqual(["yaml-alias-limit"]);
  });
});

describe("nesting depth: no stack overflow, a diagnostic instead", () => {
  const depth = 10_000;
  const cases: Array<[string, string, string, string]> = [
    ["JSON", "deep/plan.json", `{"format_version":"1.2","resource_changes":[],"x":${"[".repeat(depth)}${"]".repeat(depth)}}`, "json-syntax"],
    ["tf.json", "deep/main.tf.json", `{"locals":{"a":${"[".repeat(depth)}${"]".repeat(depth)}}}`, "json-syntax"],
    ["YAML flow", "deep/flow.yaml", `apiVersion: v1\nkind: ConfigMap\ndata: ${"[".repeat(depth)}${"]".repeat(depth)}\n`, "yaml-depth-limit"],
    ["YAML block", "deep/block.yaml", `apiVersion: v1\nkind: ConfigMap\ndata:\n${Array.from({ length: 2000 }, (_, i) => `${" ".repeat(i + 1)}k:`).join("\n")} x\n`, "yaml-depth-limit"],
    ["HCL tuple", "deep/tuple.tf", `locals {\n  a = ${"[".repeat(depth)}${"]".repeat(depth)}\n}\n`, "hcl-depth-limit"],
    ["HCL object", "deep/object.tf", `locals {\n  a = ${"{ a = ".repeat(depth)}1${" }".repeat(depth)}\n}\n`, "hcl-depth-limit"],
    ["HCL blocks", "deep/blocks.tf", `resource "aws_s3_bucket" "deep" {\n${"x {\n".repeat(depth)}${"}\n".repeat(depth)}}\n`, "hcl-depth-limit"],
    ["HCL interpolations", "deep/interpolation.tf", `locals {\n  a = "${'${"'.repeat(depth)}x${'"}'.repeat(depth)}"\n}\n`, "hcl-depth-limit"],
    ["HCL operators", "deep/operators.tf", `locals {\n  a = 1${" + 1".repeat(depth)}\n}\n`, "hcl-depth-limit"],
    ["HCL conditionals", "deep/conditionals.tf", `locals {\n  a = ${"true ? 1 : ".repeat(depth)}2\n}\n`, "hcl-depth-limit"],
    ["HCL for expressions", "deep/for.tf", `locals {\n  a = ${"[for x in ".repeat(depth)}[1]${" : x]".repeat(depth)}\n}\n`, "hcl-depth-limit"],
  ];

  it.each(cases)("%s nested 10 000 deep", async (_name, path, text, code) => {
    const started = performance.now();
    const result = await scanWithHealthy({ path, text });
    expect(performance.now() - started).toBeLessThan(20_000);
    const diagnostic = result.diagnostics.find((candidate) => candidate.file === path);
    expect(diagnostic).toMatchObject({ level: "error", code });
    expect(diagnostic?.message).toMatch(/deeper than 500 levels|deeper than/);
    expect(result.diagnostics.filter((candidate) => candidate.level === "error")).toHaveLength(1);
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
  });

  it("reads nesting just under the limit, and evaluates it", async () => {
    const text = `resource "aws_s3_bucket" "deep" {\n  acl = ${"[".repeat(400)}"public-read"${"]".repeat(400)}${"[0]".repeat(400)}\n}\n`;
    const result = await scanSources([{ path: "main.tf", text }], { rules: RULES });
    expect(codesOf(result)).toEqual([]);
    expect(findingsOf(result)).toEqual([{ ruleId: "test-public-acl", file: "main.tf", line: 2 }]);
  });

  it("takes its bound from the scan's limits", async () => {
    const text = `{"apiVersion":"v1","kind":"ConfigMap","data":{"a":${"[".repeat(30)}${"]".repeat(30)}}}`;
    expect(codesOf(await scanSources([{ path: "cm.json", text }], { rules: RULES }))).toEqual([]);
    const yaml = `apiVersion: v1\nkind: ConfigMap\ndata: ${"[".repeat(30)}${"]".repeat(30)}\n`;
    const hcl = `locals {\n  a = ${"[".repeat(30)}${"]".repeat(30)}\n}\n`;
    const limited = await scanSources(
      [
        { path: "cm.json", text },
        { path: "cm.yaml", text: yaml },
        { path: "main.tf", text: hcl },
      ],
      { rules: RULES, limits: { maxDepth: 20 } },
    );
    expect(codesOf(limited).sort()).toEqual(["hcl-depth-limit", "json-syntax", "yaml-depth-limit"]);
  });
});

describe("parse time of invalid HCL", () => {
  it("gives up on a long run of invalid tokens, which tree-sitter recovers from in quadratic time", async () => {
    // 240 KB; unbounded, its error recovery takes minutes (quadrupling with each doubling).
    const text = `locals {\n  a = ${'"v",'.repeat(60_000)}\n}\n`;
    const started = performance.now();
    const result = await scanWithHealthy({ path: "slow/main.tf", text });
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: "error", code: "hcl-parse-limit", file: "slow/main.tf", message: expect.stringContaining("the HCL parser gave up after 9.7 s") }),
    ]);
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
  }, 60_000);
});

describe("documents per file", () => {
  it("reads the first documents and refuses the rest with an error", async () => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      securityContext: {privileged: true}\n`;
    const text = Array.from({ length: 12 }, (_, index) => pod(`p${index}`)).join("---\n");
    const result = await scanSources([{ path: "pods.yaml", text }], { rules: RULES, limits: { maxDocumentsPerFile: 5 } });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "yaml-document-limit", message: expect.stringContaining("more than 5 YAML documents") })]);
    expect(result.findings).toHaveLength(5);
  });

  it("stops a file of a million empty documents", async () => {
    const started = performance.now();
    const result = await scanSources([{ path: "many.yaml", text: `apiVersion: v1\nkind: ConfigMap\n${"---\n".repeat(1_000_000)}` }], { rules: RULES });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(codesOf(result)).toEqual(["yaml-document-limit"]);
  });
});

describe("file size", () => {
  it("refuses an in-memory source over the limit and scans the others", async () => {
    const big = { path: "big.yaml", text: `apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "${"x".repeat(2000)}"\n` };
    const result = await scanWithHealthy(big, { maxFileBytes: 1000 });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "file-too-large", file: "big.yaml" })]);
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
  });
});

describe("time budget", () => {
  /** A clock that moves `step` milliseconds each time it is read. */
  function tickingClock(step: number): () => number {
    let now = 0;
    return () => (now += step);
  }

  it("stops evaluation when time runs out, keeps the findings so far, and says what was skipped", async () => {
    const text = Array.from({ length: 10 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  acl = "public-read"\n}\n`).join("");
    const loaded = await loadSources([{ path: "main.tf", text, kind: "terraform" }]);
    const graph = buildGraph(loaded, () => text);
    // One second of budget, 300 ms per look at the clock: the clock is read once at the start, then once per resource.
    const deadline = new Deadline(1, tickingClock(300));
    const evaluated = evaluate(graph, RULES, { sourceText: () => text, deadline });
    expect(evaluated.findings).toHaveLength(3);
    expect(evaluated.diagnostics).toEqual([
      expect.objectContaining({ level: "error", code: "scan-timeout", message: expect.stringMatching(/time limit of 1 s.*not run on up to 7 of 10 resources/) }),
    ]);
  });

  it("skips the graph steps not yet run and says which", async () => {
    const loaded = await loadSources(healthySources().map((source) => ({ ...source, kind: source.path.endsWith(".tf") ? "terraform" : source.path.includes("workflows") ? "workflow" : "kubernetes" })));
    const graph = buildGraph(loaded, () => "", undefined, new Deadline(1, tickingClock(240)));
    expect(graph.diagnostics).toEqual([expect.objectContaining({ code: "scan-timeout", message: expect.stringContaining("GitHub Actions, cross-platform graph steps were skipped") })]);
    expect([...graph.resources()].map((resource) => resource.platform)).toEqual(expect.arrayContaining(["terraform", "kubernetes"]));
    expect([...graph.resources()].some((resource) => resource.platform === "github-actions")).toBe(false);
  });

  it("ends a real scan that overran with one error and valid SARIF", async () => {
    const sources = Array.from({ length: 200 }, (_, i) => ({ path: `k8s/pod-${i}.yaml`, text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers: [{name: a, securityContext: {privileged: true}}]\n` }));
    const result = await scanSources(sources, { rules: RULES, limits: { timeoutSeconds: 0.000_001 } });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === "scan-timeout")).toHaveLength(1);
    expect(result.findings.length).toBeLessThan(200);
    expect(validateSarif(JSON.parse(formatSarif(result)))).toBe(true);
  });
});
