import { scan } from "@tollgate/engine";
import { allRules } from "@tollgate/rules";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "./simulated-runner.js";

describe("Tollgate's own workflows and Action metadata", () => {
  it("pass every built-in rule", async () => {
    const result = await scan({ paths: [".github/workflows", "action.yml"], cwd: repositoryRoot, rules: allRules });
    expect(result.files.map((file) => file.path).sort()).toEqual([".github/workflows/ci.yml", ".github/workflows/tollgate.yml", "action.yml"]);
    expect(result.findings.map((finding) => `${finding.location.file}:${finding.location.start.line} ${finding.ruleId}: ${finding.message}`)).toEqual([]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level !== "note")).toEqual([]);
  });
});
