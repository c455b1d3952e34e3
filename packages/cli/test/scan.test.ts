import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { repositoryRoot, runCli } from "./run-cli.js";
import { validateSarif } from "../../engine/test/support/validate-sarif.js";

const MALFORMED = "packages/cli/test/fixtures/malformed";

function temporaryFile(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "tollgate-cli-")), name);
}

function resultsOf(log: Sarif.Log) {
  return (log.runs[0]!.results ?? []).map((result) => ({
    ruleId: result.ruleId!,
    uri: result.locations![0]!.physicalLocation!.artifactLocation!.uri!,
    line: result.locations![0]!.physicalLocation!.region!.startLine!,
    column: result.locations![0]!.physicalLocation!.region!.startColumn!,
    category: result.properties!.category as string,
    platform: result.properties!.platform as string,
  }));
}

describe("tollgate scan fixtures --format sarif", () => {
  const output = temporaryFile("demo.sarif");
  const run = runCli(["scan", "fixtures", "--format", "sarif", "--output", output]);
  const log = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
  const results = resultsOf(log);

  it("exits 1 because the demo has findings, and writes SARIF the official schema accepts", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  });

  it("has results in all four areas and all three platforms", () => {
    expect(new Set(results.map((result) => result.category))).toEqual(new Set(["iam", "encryption", "networking", "supply-chain"]));
    expect(new Set(results.map((result) => result.platform))).toEqual(new Set(["terraform", "kubernetes", "github-actions"]));
  });

  it.each([
    ["aws-security-group-sensitive-port-open", "fixtures/terraform/aws/network.tf", 11, 20],
    ["aws-s3-encryption-at-rest", "fixtures/terraform/aws/storage.tf", 3, 1],
    ["aws-ebs-encryption-at-rest", "fixtures/terraform/aws/storage.tf", 36, 3],
    ["aws-iam-policy-admin-access", "fixtures/terraform/aws/iam.tf", 5, 3],
    ["aws-rds-publicly-accessible", "fixtures/plans/database.plan.json", 77, 11],
    ["k8s-privileged-container", "fixtures/kubernetes/storefront.yaml", 38, 13],
    ["k8s-rbac-wildcard", "fixtures/kubernetes/rbac.yaml", 24, 5],
    ["gha-template-injection", "fixtures/.github/workflows/triage.yml", 17, 24],
    ["gha-permissions-write-all", "fixtures/.github/workflows/triage.yml", 7, 1],
  ])("reports %s at %s:%i:%i", (ruleId, uri, line, column) => {
    expect(results).toContainEqual(expect.objectContaining({ ruleId, uri, line, column }));
  });

  it("keeps findings off the parts of the demo that are secure", () => {
    const flagged = (ruleId: string, uri: string, line: number) => results.some((r) => r.ruleId === ruleId && r.uri === uri && r.line === line);
    // The audit bucket is encrypted by a separate resource; the web group only opens HTTPS.
    expect(flagged("aws-s3-encryption-at-rest", "fixtures/terraform/aws/storage.tf", 13)).toBe(false);
    expect(results.filter((r) => r.ruleId === "aws-security-group-sensitive-port-open" && r.uri === "fixtures/terraform/aws/network.tf")).toHaveLength(1);
    expect(results.filter((r) => r.ruleId === "gha-action-not-pinned" && r.uri === "fixtures/.github/workflows/deploy.yml")).toEqual([]);
  });
});

describe("malformed input", () => {
  const malformed: Array<[string, number, string]> = [
    [`${MALFORMED}/broken.tf`, 8, "invalid HCL"],
    [`${MALFORMED}/broken.plan.json`, 15, "invalid JSON"],
    [`${MALFORMED}/broken.yaml`, 9, "deficient indentation"],
    [`${MALFORMED}/.github/workflows/broken.yml`, 9, "Invalid YAML"],
  ];

  it("text: names file, line and cause of each broken file, still reports the others, exits 2", () => {
    const run = runCli(["scan", MALFORMED]);
    expect(run.status).toBe(2);
    for (const [file, line, cause] of malformed) expect(run.stdout).toMatch(new RegExp(`${escape(file)}:${line}:\\d+\\s+error\\s+.*${escape(cause)}`));
    expect(run.stdout).toContain("aws-rds-publicly-accessible");
    expect(run.stdout).toContain("input errors: the result is incomplete");
  });

  it("json: diagnostics with file, line and cause beside the findings", () => {
    const run = runCli(["scan", MALFORMED, "--format", "json"]);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    for (const [file, line, cause] of malformed) {
      expect(report.diagnostics).toContainEqual(
        expect.objectContaining({ level: "error", message: expect.stringContaining(cause), location: expect.objectContaining({ file, start: expect.objectContaining({ line }) }) }),
      );
    }
    expect(report.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain("aws-rds-publicly-accessible");
  });

  it("sarif: tool execution notifications located at file and line, findings kept, run marked unsuccessful", () => {
    const output = temporaryFile("malformed.sarif");
    const run = runCli(["scan", MALFORMED, "--format", "sarif", "--output", output]);
    expect(run.status).toBe(2);
    for (const [file, line] of malformed) expect(run.stderr).toContain(`${file}:${line}:`);
    const log = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
    expect(validateSarif(log)).toBe(true);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    for (const [file, line, cause] of malformed) {
      expect(invocation.toolExecutionNotifications).toContainEqual(
        expect.objectContaining({
          level: "error",
          message: { text: expect.stringContaining(cause) },
          locations: [{ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: file }), region: expect.objectContaining({ startLine: line }) }) }],
        }),
      );
    }
    expect(resultsOf(log).map((result) => result.ruleId)).toContain("aws-rds-publicly-accessible");
  });
});

describe("command line", () => {
  it("reads a plan from standard input", () => {
    const plan = readFileSync(path.join(repositoryRoot, "fixtures/plans/database.plan.json"), "utf8");
    const run = runCli(["scan", "-", "--format", "json"], { input: plan });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: "aws-rds-publicly-accessible", location: expect.objectContaining({ file: "-", start: { line: 77, column: 11 } }) }));
  });

  it("--fail-on decides the exit code from the findings' severities", () => {
    expect(runCli(["scan", `${MALFORMED}/good.tf`, "--fail-on", "critical"]).status).toBe(0);
    expect(runCli(["scan", `${MALFORMED}/good.tf`, "--fail-on", "high"]).status).toBe(1);
    expect(runCli(["scan", `${MALFORMED}/good.tf`, "--fail-on", "none"]).status).toBe(0);
  });

  it("--quiet prints only findings and errors", () => {
    const run = runCli(["scan", `${MALFORMED}/good.tf`, "--quiet"]);
    expect(run.stdout).toContain("aws-rds-publicly-accessible");
    expect(run.stdout).not.toMatch(/resources checked/);
  });

  it("exits 2 on usage errors and on paths that do not exist", () => {
    expect(runCli(["scan", "fixtures", "--format", "xml"]).status).toBe(2);
    expect(runCli(["frobnicate"]).status).toBe(2);
    const missing = runCli(["scan", "no/such/dir"]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("no such file or directory");
  });

  it("lists the rules", () => {
    const text = runCli(["rules", "list"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/aws-s3-encryption-at-rest\s+high\s+encryption/);
    const json = JSON.parse(runCli(["rules", "list", "--format", "json"]).stdout) as Array<{ id: string; platforms: string[] }>;
    expect(text.stdout).toContain(`${json.length} rules`);
    expect(new Set(json.flatMap((rule) => rule.platforms))).toEqual(new Set(["terraform", "kubernetes", "github-actions"]));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
