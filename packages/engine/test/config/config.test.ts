import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, parseConfig } from "../../src/config/config.js";
import { selectRules } from "../../src/config/select-rules.js";
import { STARTER_CONFIG } from "../../src/config/starter.js";
import { defineRule, type RuleMeta } from "../../src/evaluate/rule.js";
import { isSuppressed } from "../../src/evaluate/finding.js";
import { scan } from "../../src/scan.js";
import { publicAclRule } from "../suppress/test-rules.js";

const FILE = "/repo/tollgate.yaml";

function errorsOf(text: string): string[] {
  const { config, diagnostics } = parseConfig(text, FILE);
  if (diagnostics.length > 0) expect(config).toBeUndefined();
  return diagnostics.map((diagnostic) => `${diagnostic.range?.start.line}:${diagnostic.range?.start.column} ${diagnostic.message}`);
}

function rule(meta: Partial<RuleMeta> & { id: string }) {
  return defineRule({
    meta: { title: meta.id, severity: "medium", category: "iam", platforms: ["terraform"], resourceTypes: ["x"], description: "", remediation: "", precision: "high", ...meta },
    check() {},
    examples: { valid: [], invalid: [] },
  });
}

describe("tollgate.yaml", () => {
  it("reads every section, resolving paths against the file's directory", () => {
    const { config, diagnostics } = parseConfig(
      [
        "version: 1",
        "exclude: [examples/**]",
        "fail-on: high",
        "rules:",
        "  disable: [category:logging]",
        "  severity: { aws-a: critical }",
        "  options:",
        "    gha-action-not-pinned: { trustedOwners: [actions] }",
        "ignore:",
        "  - paths: [legacy/**]",
        "    rules: [aws-a]",
        "    reason: decommissioned",
        "    until: 2030-01-31",
        "custom-rules: [policies/]",
        "baseline: .tollgate-baseline.yaml",
      ].join("\n"),
      FILE,
    );
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      directory: "/repo",
      exclude: ["examples/**"],
      failOn: "high",
      rules: { disable: [{ text: "category:logging" }], severity: [{ text: "aws-a", severity: "critical" }], options: [{ ruleId: "gha-action-not-pinned", options: { trustedOwners: ["actions"] } }] },
      ignores: [{ paths: ["legacy/**"], rules: ["aws-a"], reason: "decommissioned", until: "2030-01-31", location: { start: { line: 10 } } }],
      customRules: ["/repo/policies"],
      baseline: "/repo/.tollgate-baseline.yaml",
    });
  });

  it("names the line and column of each mistake", () => {
    expect(errorsOf("version: 1\nfail-on: severe\n")).toEqual(['2:10 configuration fail-on: must be one of "critical", "high", "medium", "low", "none"']);
    expect(errorsOf("rules:\n  disabled: [x]\n")).toEqual([expect.stringMatching(/^2:3 configuration rules\.disabled: unknown key "disabled" \(expected "disable", "enable", "severity", "options"\)$/)]);
    expect(errorsOf("rules:\n  disable:\n    - aws-a\n    - category:networkin\n")).toEqual([expect.stringMatching(/^4:7 configuration rules\.disable\[1\]: must be a rule id, "\*", "category:/)]);
    expect(errorsOf("rules:\n  severity:\n    Bad_Id: high\n")).toEqual([expect.stringMatching(/^3:5 configuration rules\.severity\.Bad_Id: "Bad_Id" is not a rule id/)]);
    expect(errorsOf("ignore:\n  - paths: [a/**]\n    until: 2030-02-30\n")).toEqual([
      "2:5 configuration ignore[0]: missing required key \"reason\"",
      "3:12 configuration ignore[0].until: must be a date (YYYY-MM-DD)",
    ]);
    expect(errorsOf("ignore:\n  - paths: [a/**]\n    reason: '  '\n")).toEqual(["3:13 configuration ignore[0].reason: must be a non-empty reason"]);
    expect(errorsOf("exclude: examples/**\n")).toEqual(["1:10 configuration exclude: must be a list"]);
    expect(errorsOf("rules: [\n")).toEqual([expect.stringMatching(/^\d+:\d+ Invalid YAML/)]);
  });

  it("rejects rule ids that no rule has, at their place", () => {
    const { config } = parseConfig("rules:\n  disable: [aws-a, aws-typo]\n  options:\n    aws-gone: {}\n", FILE);
    const selection = selectRules([rule({ id: "aws-a" })], config);
    expect(selection.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.message}`)).toEqual([
      '2:20 configuration rules.disable: no rule has the id "aws-typo"',
      '4:5 configuration rules.options: no rule has the id "aws-gone"',
    ]);
  });

  it("turns rules off and on by id, category, platform and tag, and overrides severities", () => {
    const rules = [
      rule({ id: "aws-a", category: "iam", tags: ["pinning"] }),
      rule({ id: "aws-b", category: "logging" }),
      rule({ id: "k8s-c", platforms: ["kubernetes"] }),
      rule({ id: "gha-d", platforms: ["github-actions"], category: "supply-chain" }),
    ];
    const { config } = parseConfig(
      "rules:\n  disable: ['*']\n  enable: [platform:terraform, gha-d]\n  severity:\n    category:logging: low\n    aws-b: critical\n    tag:pinning: high\n",
      FILE,
    );
    const selection = selectRules(rules, config);
    expect(selection.diagnostics).toEqual([]);
    expect(selection.rules.map((r) => `${r.meta.id}:${r.meta.severity}`)).toEqual(["aws-a:high", "aws-b:critical", "gha-d:medium"]);
    const { config: offByCategory } = parseConfig("rules:\n  disable: [category:logging, tag:pinning]\n", FILE);
    expect(selectRules(rules, offByCategory).rules.map((r) => r.meta.id)).toEqual(["k8s-c", "gha-d"]);
  });

  it("the starter file written by `tollgate init` is valid and changes nothing", () => {
    const { config, diagnostics } = parseConfig(STARTER_CONFIG, FILE);
    expect(diagnostics).toEqual([]);
    const rules = [rule({ id: "aws-a" }), rule({ id: "aws-b" })];
    expect(selectRules(rules, config).rules).toEqual(rules);
  });

  it("is found in the scanned directory or a parent, up to the repository's top", async () => {
    const top = mkdtempSync(path.join(tmpdir(), "tollgate-config-"));
    const repository = path.join(top, "repo");
    const nested = path.join(repository, "infra", "aws");
    mkdirSync(nested, { recursive: true });
    mkdirSync(path.join(repository, ".git"));
    writeFileSync(path.join(top, "tollgate.yaml"), "version: 1\n");
    expect(await findConfigFile(nested)).toBeUndefined();
    writeFileSync(path.join(repository, "tollgate.yml"), "version: 1\n");
    expect(await findConfigFile(nested)).toBe(path.join(repository, "tollgate.yml"));
    writeFileSync(path.join(repository, "infra", "tollgate.yaml"), "version: 1\n");
    expect(await findConfigFile(nested)).toBe(path.join(repository, "infra", "tollgate.yaml"));
  });
});

describe("a scan with a configuration", () => {
  it("applies include and exclude globs and path ignores relative to the configuration's directory; an expired ignore is a warning", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "tollgate-scan-config-"));
    const bucket = 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n';
    for (const file of ["infra/main.tf", "infra/legacy/old.tf", "infra/archive/older.tf", "infra/examples/demo.tf", "other/skip.tf"]) {
      mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
      writeFileSync(path.join(directory, file), bucket);
    }
    const configFile = path.join(directory, "tollgate.yaml");
    const text = [
      "include: [infra/**]",
      "exclude: [examples/]",
      "ignore:",
      "  - paths: [infra/legacy/**]",
      "    reason: account closes soon",
      "  - paths: [infra/archive/]",
      "    rules: [test-public-acl]",
      "    reason: was fine once",
      "    until: 2020-01-01",
      "",
    ].join("\n");
    const { config } = parseConfig(text, configFile);
    const result = await scan({ paths: ["."], cwd: directory, rules: [publicAclRule], config, suppressions: { now: new Date("2026-01-01") } });
    expect(result.files.map((file) => file.path)).toEqual(["infra/archive/older.tf", "infra/legacy/old.tf", "infra/main.tf"]);
    expect(result.findings.map((finding) => `${finding.location.file} ${isSuppressed(finding) ? finding.suppressions![0]!.justification : "reported"}`)).toEqual([
      "infra/archive/older.tf reported",
      "infra/legacy/old.tf account closes soon",
      "infra/main.tf reported",
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: "warning", code: "suppression-expired", file: configFile, range: expect.objectContaining({ start: { line: 6, column: 5 } }) }),
    ]);
  });
});
