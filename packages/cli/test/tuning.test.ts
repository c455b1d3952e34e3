import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as Sarif from "sarif";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "./run-cli.js";
import { validateSarif } from "../../engine/test/support/validate-sarif.js";

// Each case runs the real CLI several times, each a fresh process that loads every rule.
vi.setConfig({ testTimeout: 180_000 });

/** A scratch project: files written under a fresh temporary directory (with `.git`, so no stray parent configuration applies). */
function project(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), "tollgate-tuning-"));
  mkdirSync(path.join(directory, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  return directory;
}

interface JsonFinding {
  ruleId: string;
  location: { file: string; start: { line: number; column: number } };
  suppressed?: { kind: string; source: string; justification: string };
}

function scanJson(args: string[]) {
  const run = runCli(["scan", ...args, "--format", "json"]);
  return { run, report: JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: { findings: number; suppressed: number }; diagnostics: Array<{ level: string; code: string; message: string; location?: { file: string; start?: { line: number } } }>; baseline?: { unmatched: Array<{ rule: string }> } } };
}

function brief(finding: JsonFinding): string {
  return `${finding.location.file}:${finding.location.start.line} ${finding.ruleId}${finding.suppressed ? ` [${finding.suppressed.kind}/${finding.suppressed.source}: ${finding.suppressed.justification}]` : ""}`;
}

const DATABASE = `resource "aws_db_instance" "orders" {
  engine            = "postgres"
  storage_encrypted = false
}
`;

const WORKFLOW = `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: some-org/deploy@v1
`;

describe("tollgate.yaml", () => {
  it("a configuration error is exit 2 with file, line, column and cause, and nothing is scanned", () => {
    const directory = project({ "tollgate.yaml": "version: 1\nfail-on: severe\nrules:\n  disable: [aws-no-such-rule]\n", "db.tf": DATABASE });
    const run = runCli(["scan", directory]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/tollgate\.yaml:2:10: configuration fail-on: must be one of "critical", "high", "medium", "low", "none"/);
    const unknown = runCli(["scan", directory, "--config", path.join(directory, "other.yaml")]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("cannot read the configuration: no such file");
  });

  it("an unknown rule id in the configuration is an error at its line", () => {
    const directory = project({ "tollgate.yaml": "rules:\n  disable:\n    - aws-no-such-rule\n", "db.tf": DATABASE });
    const { run, report } = scanJson([directory]);
    expect(run.status).toBe(2);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ level: "error", code: "config-unknown-rule", location: expect.objectContaining({ file: "tollgate.yaml", start: { line: 3, column: 7 } }) }));
  });

  it("selects rules, overrides severities, passes rule options, ignores paths with a reason, and sets fail-on", () => {
    const directory = project({
      "tollgate.yaml": [
        "rules:",
        "  disable: [category:iam, category:logging, tag:no-such-tag]",
        "  severity:",
        "    aws-rds-encryption-at-rest: low",
        "  options:",
        "    gha-action-not-pinned: { trustedOwners: [actions] }",
        "ignore:",
        "  - paths: [legacy/**]",
        "    reason: decommissioned with the old account",
        "fail-on: medium",
        "",
      ].join("\n"),
      "db.tf": DATABASE,
      "legacy/db.tf": DATABASE,
      ".github/workflows/ci.yml": WORKFLOW,
    });
    const { run, report } = scanJson([directory]);
    expect(report.diagnostics).toEqual([]);
    const findings = report.findings.filter((finding) => ["aws-rds-encryption-at-rest", "gha-action-not-pinned"].includes(finding.ruleId)).map(brief);
    expect(findings).toEqual([
      ".github/workflows/ci.yml:11 gha-action-not-pinned",
      "db.tf:3 aws-rds-encryption-at-rest",
      "legacy/db.tf:3 aws-rds-encryption-at-rest [external/config: decommissioned with the old account]",
    ]);
    expect(report.findings.find((finding) => finding.ruleId === "aws-rds-encryption-at-rest")).toMatchObject({ severity: "low" });
    // A medium unpinned action fails at fail-on: medium; --fail-on on the command line wins.
    expect(run.status).toBe(1);
    expect(runCli(["scan", directory, "--fail-on", "high"]).status).toBe(0);
  });

  it("tollgate init writes a valid starter file and never overwrites one", () => {
    const directory = project({ "db.tf": DATABASE });
    const first = runCli(["init", directory]);
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(directory, "tollgate.yaml"), "utf8")).toContain("# Tollgate configuration");
    expect(runCli(["scan", directory, "--fail-on", "none"]).status).toBe(0);
    writeFileSync(path.join(directory, "tollgate.yaml"), "version: 1 # mine\n");
    const second = runCli(["init", directory]);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain("already exists");
    expect(readFileSync(path.join(directory, "tollgate.yaml"), "utf8")).toBe("version: 1 # mine\n");
  });
});

describe("suppressions", () => {
  const files = {
    "db.tf": `# tollgate:ignore aws-rds-encryption-at-rest -- test database with synthetic data only
resource "aws_db_instance" "test" {
  storage_encrypted = false
}

resource "aws_db_instance" "orders" {
  storage_encrypted = false # tollgate:ignore aws-rds-encryption-at-rest
}

resource "aws_db_instance" "archive" {
  storage_encrypted = false # tollgate:ignore aws-rds-encryption-at-rest -- migrating in Q1 until 2020-03-31
}

resource "aws_db_instance" "reports" {
  # tollgate:ignore aws-rds-encryption-at-rest -- fixed long ago
  storage_encrypted = true
}
`,
    "pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: agent
  annotations:
    tollgate.dev/ignore: "k8s-privileged-container: node agent loads kernel modules, SEC-7"
spec:
  containers:
    - name: agent
      image: agent:1.0
      securityContext:
        privileged: true
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: debug:1.0
      # tollgate:ignore k8s-privileged-container -- break-glass pod, deleted after use
      securityContext:
        privileged: true
`,
  };

  it("comments (HCL and YAML) and annotations suppress with their reason; expired, reasonless and stale ones are reported", () => {
    const directory = project(files);
    const { run, report } = scanJson([directory]);
    const relevant = report.findings.filter((finding) => ["aws-rds-encryption-at-rest", "k8s-privileged-container", "tollgate-stale-suppression"].includes(finding.ruleId)).map(brief);
    expect(relevant).toEqual([
      "db.tf:3 aws-rds-encryption-at-rest [inSource/comment: test database with synthetic data only]",
      "db.tf:7 aws-rds-encryption-at-rest",
      "db.tf:11 aws-rds-encryption-at-rest",
      "db.tf:15 tollgate-stale-suppression",
      "pod.yaml:12 k8s-privileged-container [inSource/annotation: node agent loads kernel modules, SEC-7]",
      "pod.yaml:24 k8s-privileged-container [inSource/comment: break-glass pod, deleted after use]",
    ]);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ level: "warning", code: "suppression-without-reason", location: expect.objectContaining({ file: "db.tf", start: { line: 7, column: 29 } }) }),
      expect.objectContaining({ level: "warning", code: "suppression-expired", message: expect.stringContaining("expired on 2020-03-31"), location: expect.objectContaining({ file: "db.tf", start: { line: 11, column: 29 } }) }),
    ]);
    expect(report.summary.suppressed).toBe(3);
    expect(run.status).toBe(1);
  });

  it("suppressed findings never count toward --fail-on", () => {
    const directory = project({ "db.tf": files["db.tf"].split("\n\nresource \"aws_db_instance\" \"orders\"")[0] + "\n" });
    expect(runCli(["scan", directory, "--fail-on", "high"]).status).toBe(0);
    expect(runCli(["scan", directory, "--fail-on", "high", "--no-inline-ignores"]).status).toBe(1);
  });

  it("text hides suppressed findings unless --show-suppressed", () => {
    const directory = project(files);
    const hidden = runCli(["scan", directory]);
    expect(hidden.stdout).not.toMatch(/db\.tf[\s\S]*  3:3 /);
    expect(hidden.stdout).toContain("3 suppressed findings not shown (--show-suppressed lists them)");
    const shown = runCli(["scan", directory, "--show-suppressed"]);
    expect(shown.stdout).toMatch(/3:3\s+high\s+aws-rds-encryption-at-rest[^\n]*\n\s+suppressed by comment  test database with synthetic data only/);
  });

  it("--no-inline-ignores turns every comment and annotation off, for auditors", () => {
    const directory = project(files);
    const { report } = scanJson([directory, "--no-inline-ignores"]);
    expect(report.findings.filter((finding) => finding.suppressed)).toEqual([]);
    expect(report.findings.filter((finding) => finding.ruleId === "tollgate-stale-suppression")).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });

  it("SARIF keeps suppressed results with their kind and justification, valid against the official schema", () => {
    const directory = project({ ...files, "legacy/db.tf": DATABASE, "tollgate.yaml": "ignore:\n  - paths: [legacy/]\n    reason: account closes in March\n" });
    const output = path.join(directory, "out.sarif");
    const run = runCli(["scan", directory, "--format", "sarif", "--output", output]);
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0]!.results!;
    const suppressionsOf = (uri: string, line: number) =>
      results.find((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri === uri && result.locations![0]!.physicalLocation!.region!.startLine === line && result.ruleId === "aws-rds-encryption-at-rest")?.suppressions;
    expect(suppressionsOf("db.tf", 3)).toEqual([
      expect.objectContaining({ kind: "inSource", status: "accepted", justification: "test database with synthetic data only", location: { physicalLocation: expect.objectContaining({ region: expect.objectContaining({ startLine: 1 }) }) } }),
    ]);
    expect(suppressionsOf("legacy/db.tf", 3)).toEqual([expect.objectContaining({ kind: "external", justification: "account closes in March" })]);
    expect(suppressionsOf("db.tf", 7)).toBeUndefined();
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.find((rule) => rule.id === "tollgate-stale-suppression")).toMatchObject({ shortDescription: { text: "Inline suppression that suppresses nothing" } });
  });
});

describe("baseline", () => {
  const before = `resource "aws_db_instance" "orders" {
  storage_encrypted = false
}
`;
  const after = `# The orders database, owned by the checkout team.
locals {
  engine = "postgres"
}

resource "aws_db_instance" "orders" {
  engine            = local.engine
  storage_encrypted = false
}

resource "aws_db_instance" "invoices" {
  storage_encrypted = false
}
`;

  it("hides the findings it lists after unrelated lines move them, reports new ones, and lists entries that no longer occur", () => {
    const directory = project({ "db.tf": before });
    const baseline = path.join(directory, ".tollgate-baseline.yaml");
    const created = runCli(["baseline", "create", directory, "--output", baseline]);
    expect(created.status).toBe(0);
    const text = readFileSync(baseline, "utf8");
    expect(text).toContain("rule: aws-rds-encryption-at-rest");
    expect(text).toContain("resource: terraform:.::aws_db_instance.orders");
    expect(text).not.toMatch(/\bline\b:/);

    writeFileSync(path.join(directory, "db.tf"), after);
    const { run, report } = scanJson([directory, "--baseline", baseline]);
    const encryption = report.findings.filter((finding) => finding.ruleId === "aws-rds-encryption-at-rest").map(brief);
    expect(encryption).toEqual([
      "db.tf:8 aws-rds-encryption-at-rest [external/baseline: accepted in the baseline .tollgate-baseline.yaml]",
      "db.tf:12 aws-rds-encryption-at-rest",
    ]);
    expect(run.status).toBe(1);

    // Fixing every finding leaves the whole baseline unmatched, listed so the file can shrink.
    writeFileSync(path.join(directory, "db.tf"), 'resource "aws_db_instance" "orders" {\n  storage_encrypted = true\n}\n');
    const fixed = scanJson([directory, "--baseline", baseline]);
    expect(fixed.report.baseline?.unmatched.map((entry) => entry.rule)).toContain("aws-rds-encryption-at-rest");
    const textRun = runCli(["scan", directory, "--baseline", baseline, "--fail-on", "none"]);
    expect(textRun.stdout).toMatch(/Baseline entries no longer found \(delete them from [^)]*\.tollgate-baseline\.yaml\)\n\s+aws-rds-encryption-at-rest\s+terraform:\.::aws_db_instance\.orders storage_encrypted/);
  });

  it("a broken baseline is exit 2 with its line", () => {
    const directory = project({ "db.tf": before, "b.yaml": "version: 1\nfindings:\n  - rule: x\n" });
    const run = runCli(["scan", directory, "--baseline", path.join(directory, "b.yaml")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/b\.yaml:3:5: baseline findings\[0\]: missing required key "resource"/);
  });
});

const CUSTOM_RULE = `id: acme-rds-deletion-protection
title: Production databases have deletion protection
severity: high
category: iam
platforms: [terraform]
resourceTypes: [aws_db_instance]
description: Without deletion protection a single terraform destroy or console click removes the database.
remediation: Set deletion_protection = true.
select: $.deletion_protection
required: true
assert: { const: true }
message: "{{resource}} has deletion_protection = {{value}}"
missingMessage: "{{resource}} does not set deletion_protection"
references: [https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html]
examples:
  valid:
    - filename: main.tf
      code: |
        resource "aws_db_instance" "db" {
          deletion_protection = true
        }
  invalid:
    - filename: main.tf
      code: |
        resource "aws_db_instance" "db" {
          deletion_protection = false
        }
      errors: [{ line: 2, column: 3 }]
`;

describe("custom rules", () => {
  it("run from the configuration's custom-rules, pointing at the selected value's line", () => {
    const directory = project({
      "tollgate.yaml": "custom-rules: [policies/]\n",
      "policies/rds.yaml": CUSTOM_RULE,
      "db.tf": 'resource "aws_db_instance" "orders" {\n  storage_encrypted   = true\n  deletion_protection = false\n}\n\nresource "aws_db_instance" "scratch" {\n  storage_encrypted = true\n}\n',
    });
    const { run, report } = scanJson([directory]);
    expect(report.diagnostics).toEqual([]);
    expect(report.findings.filter((finding) => finding.ruleId === "acme-rds-deletion-protection").map((finding) => `${brief(finding)} ${(finding as unknown as { message: string }).message}`)).toEqual([
      "db.tf:3 acme-rds-deletion-protection aws_db_instance.orders has deletion_protection = false",
      "db.tf:6 acme-rds-deletion-protection aws_db_instance.scratch does not set deletion_protection",
    ]);
    expect(run.status).toBe(1);
  });

  it("a malformed custom rule is reported with file and line; the scan goes on with the other rules and exits 2", () => {
    const directory = project({
      "tollgate.yaml": "custom-rules: [policies/]\n",
      "policies/rds.yaml": CUSTOM_RULE,
      "policies/broken.yaml": CUSTOM_RULE.replace("acme-rds-deletion-protection", "acme-broken").replace("select: $.deletion_protection", "select: $.tags[?(@.owner)]"),
      "db.tf": DATABASE,
    });
    const { run, report } = scanJson([directory]);
    expect(run.status).toBe(2);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ level: "error", code: "custom-rule-invalid", message: expect.stringContaining("filter and script expressions"), location: expect.objectContaining({ file: "policies/broken.yaml", start: { line: 9, column: 9 } }) }),
    );
    const rules = new Set(report.findings.map((finding) => finding.ruleId));
    expect(rules).toContain("acme-rds-deletion-protection");
    expect(rules).toContain("aws-rds-encryption-at-rest");
  });

  it("tollgate rules test runs their examples; tollgate rules explain prints a rule", () => {
    const directory = project({ "policies/rds.yaml": CUSTOM_RULE, "policies/wrong.yaml": CUSTOM_RULE.replace("acme-rds-deletion-protection", "acme-wrong-line").replace("errors: [{ line: 2, column: 3 }]", "errors: [{ line: 1 }]") });
    const passing = runCli(["rules", "test", path.join(directory, "policies/rds.yaml")]);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain("ok    acme-rds-deletion-protection  invalid #1");
    const failing = runCli(["rules", "test", path.join(directory, "policies")]);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/FAIL  acme-wrong-line  invalid #1\n\s+finding 1: expected main\.tf:1, got main\.tf:2:3/);

    const explained = runCli(["rules", "explain", "gha-action-not-pinned"]);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toMatch(/^gha-action-not-pinned: Action or reusable workflow not pinned/);
    expect(explained.stdout).toContain("Remediation");
    expect(explained.stdout).toMatch(/> +6 +- uses: actions\/checkout@v4/);
    expect(explained.stdout).toContain("References");
    expect(runCli(["rules", "explain", "no-such-rule"]).status).toBe(2);
  });
});
