import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CATEGORIES, SEVERITIES } from "../../src/evaluate/rule.js";
import { JSON_REPORT_SCHEMA_URL, formatJson, toJsonReport } from "../../src/report/json.js";
import { RULES, SAMPLE_ROOT, reversed, sampleScanResult } from "./sample-result.js";

const addFormats = addFormatsModule.default;

const schema = JSON.parse(
  readFileSync(new URL("../../src/report/json-schema.json", import.meta.url), "utf8"),
) as { $id: string; $defs: Record<string, { enum?: string[] }> };
// Strict mode also checks the schema itself for mistakes (unknown keywords, missing types).
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(schema);

function parsed(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

describe("formatJson: shape", () => {
  const text = formatJson(sampleScanResult());
  const report = parsed(text);

  it("matches its documented schema", () => {
    const valid = validateReport(report);
    expect(validateReport.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("still matches with nothing found and nothing wrong", () => {
    const empty = parsed(formatJson(sampleScanResult({ findings: [], diagnostics: [], files: [], resourceCount: 0 })));
    expect(validateReport(empty)).toBe(true);
  });

  it("the schema check can fail: unknown fields, absolute paths and bad severities are rejected", () => {
    expect(validateReport({ ...report, extra: true })).toBe(false);
    const findings = report.findings as Array<Record<string, any>>;
    const absolute = { ...findings[0], location: { ...findings[0].location, file: `${SAMPLE_ROOT}/main.tf` } };
    expect(validateReport({ ...report, findings: [absolute] })).toBe(false);
    expect(validateReport({ ...report, findings: [{ ...findings[0], severity: "info" }] })).toBe(false);
  });

  it("documents the same severities and categories the engine has", () => {
    expect(schema.$defs.severity.enum).toEqual([...SEVERITIES]);
    expect(schema.$defs.category.enum).toEqual([...CATEGORIES]);
  });

  it("names its schema and version", () => {
    expect(report.$schema).toBe(JSON_REPORT_SCHEMA_URL);
    expect(schema.$id).toBe(JSON_REPORT_SCHEMA_URL);
    expect(report.schemaVersion).toBe("1.1");
  });

  it("keeps its keys in a fixed order", () => {
    expect(Object.keys(report)).toEqual([
      "$schema",
      "schemaVersion",
      "tool",
      "root",
      "summary",
      "findings",
      "diagnostics",
      "rules",
    ]);
    expect(Object.keys(report.summary as object)).toEqual([
      "files",
      "resources",
      "findings",
      "bySeverity",
      "byCategory",
      "errors",
      "suppressed",
    ]);
    const [finding] = report.findings as Array<Record<string, unknown>>;
    expect(Object.keys(finding)).toEqual([
      "ruleId",
      "severity",
      "category",
      "platform",
      "message",
      "resource",
      "resourceName",
      "resourceType",
      "attribute",
      "location",
      "related",
      "fingerprint",
    ]);
  });

  it("ends with a newline and is indented for diffs", () => {
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^ {2}"\$schema"/);
  });
});

describe("formatJson: content", () => {
  const report = toJsonReport(sampleScanResult());

  it("summarises files, resources, findings by severity and category, and input errors", () => {
    expect(report.summary).toEqual({
      files: 7,
      resources: 19,
      findings: 7,
      bySeverity: { critical: 2, high: 2, medium: 2, low: 1 },
      byCategory: { iam: 3, encryption: 1, networking: 2, "supply-chain": 1, logging: 0 },
      errors: 2,
      suppressed: 0,
    });
  });

  it("prints the root as `.` and never the machine's path", () => {
    const text = formatJson(sampleScanResult());
    expect(report.root).toBe(".");
    expect(text).not.toContain(SAMPLE_ROOT);
    expect(text).not.toContain("/home/");
  });

  it("turns absolute file paths under the root into relative ones", () => {
    const result = sampleScanResult();
    const [first] = result.findings;
    const absolute = { ...first, location: { ...first.location, file: `${SAMPLE_ROOT}/.github/workflows/ci.yml` } };
    const [finding] = toJsonReport({ ...result, findings: [absolute] }).findings;
    expect(finding.location.file).toBe(".github/workflows/ci.yml");
  });

  it("lists findings sorted by file, line, column and rule, with related locations", () => {
    expect(report.findings.map((finding) => `${finding.location.file}:${finding.location.start.line} ${finding.ruleId}`)).toEqual([
      ".github/workflows/ci.yml:14 gha-unpinned-action",
      ".github/workflows/deploy.yml:31 gha-oidc-role-any-branch",
      "iam.tf:30 aws-iam-no-wildcard-admin",
      "k8s/web.yaml:1 k8s-network-policy-missing",
      "k8s/web.yaml:24 k8s-privileged-container",
      "main.tf:12 aws-s3-encryption-at-rest",
      "main.tf:41 aws-sg-egress-open",
    ]);
    expect(report.findings[1].related).toEqual([
      {
        message: "trust policy accepts repo:shop/*",
        location: { file: "iam.tf", start: { line: 8, column: 7 }, end: { line: 8, column: 58 } },
      },
      {
        message: "AdministratorAccess is attached here",
        location: { file: "iam.tf", start: { line: 21, column: 3 }, end: { line: 21, column: 40 } },
      },
    ]);
  });

  it("lists diagnostics errors first, with a location only as far as it is known", () => {
    expect(report.diagnostics).toEqual([
      {
        level: "error",
        code: "parse-error",
        message: "Unexpected '}' after attribute.",
        location: { file: "broken.tf", start: { line: 3, column: 7 }, end: { line: 3, column: 8 } },
      },
      {
        level: "error",
        code: "read-error",
        message: "EACCES: permission denied, open 'secrets.tf'",
        location: { file: "secrets.tf" },
      },
      {
        level: "warning",
        code: "yaml-alias-limit",
        message: "Alias expansion stopped at 1000 nodes.",
        location: { file: "k8s/huge.yaml", start: { line: 3, column: 9 }, end: { line: 3, column: 15 } },
      },
      { level: "note", code: "plan-not-joined", message: "The plan names module.legacy, which is not in the scan." },
    ]);
  });

  it("lists every enabled rule id once, sorted", () => {
    const duplicated = sampleScanResult({ rules: [...RULES, RULES[0]] });
    expect(toJsonReport(duplicated).rules).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it("is byte-identical whatever order the engine produced things in", () => {
    expect(formatJson(reversed(sampleScanResult()))).toBe(formatJson(sampleScanResult()));
  });

  it("leaves out timings, which differ on every run", () => {
    const slower = sampleScanResult({ timings: { discover: 30, load: 120, graph: 50, evaluate: 20 } });
    expect(formatJson(slower)).toBe(formatJson(sampleScanResult()));
  });
});
