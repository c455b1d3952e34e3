import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORIES, runRuleExamples, SEVERITIES } from "@tollgate/engine";
import { allRules } from "../src/index.js";

const sourceRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), "../src");
const PLATFORM_FOLDERS = { terraform: "terraform", kubernetes: "kubernetes", "github-actions": "github-actions" } as const;

function ruleFiles(): string[] {
  return Object.values(PLATFORM_FOLDERS).flatMap((platform) =>
    CATEGORIES.flatMap((category) => {
      const folder = path.join(sourceRoot, platform, category);
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
        .map((entry) => path.join(platform, category, entry.name));
    }),
  );
}

describe("rule library", () => {
  it("registers every rule file exactly once, under its id", () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const fileIds = ruleFiles().map((file) => path.basename(file, ".ts"));
    expect([...ids].sort()).toEqual([...fileIds].sort());
  });

  it("keeps each rule in the folder of its platform and category", () => {
    for (const file of ruleFiles()) {
      const [platform, category, name] = file.split(path.sep);
      const rule = allRules.find((candidate) => candidate.meta.id === path.basename(name!, ".ts"))!;
      expect(rule.meta.platforms[0], file).toBe(platform);
      expect(rule.meta.category, file).toBe(category);
    }
  });
});

describe.each(allRules.map((rule) => [rule.meta.id, rule] as const))("%s", (_id, rule) => {
  it("has complete metadata", () => {
    const meta = rule.meta;
    expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(SEVERITIES).toContain(meta.severity);
    expect(meta.title.length).toBeGreaterThan(10);
    expect(meta.description.length).toBeGreaterThan(40);
    expect(meta.remediation.length).toBeGreaterThan(20);
    expect(meta.resourceTypes.length).toBeGreaterThan(0);
    expect(meta.cwe?.every((cwe) => /^CWE-\d+$/.test(cwe)) ?? true).toBe(true);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it("behaves as its examples say", async () => {
    const outcomes = await runRuleExamples(rule);
    const problems = outcomes.flatMap((outcome) => outcome.problems.map((problem) => `${outcome.kind} "${outcome.example}": ${problem}`));
    expect(problems).toEqual([]);
  });
});
