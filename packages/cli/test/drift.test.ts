import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import { describe, expect, it, vi } from "vitest";
import { scanSources, type DriftJsonReport } from "@tollgate/engine";
import { allRules } from "@tollgate/rules";
import { validateSarif } from "../../engine/test/support/validate-sarif.js";
import { main } from "../src/main.js";
import { repositoryRoot, runCli } from "./run-cli.js";

const FIXTURES = "packages/engine/test/fixtures/drift";
const PLAN = `${FIXTURES}/terraform/refresh-only.plan.json`;
const MANIFESTS = `${FIXTURES}/kubernetes/desired`;
const LIVE = `${FIXTURES}/kubernetes/live`;

function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), "tollgate-drift-"));
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

describe("tollgate drift --plan (refresh-only plan) --format sarif", () => {
  const output = path.join(temporaryDirectory(), "drift.sarif");
  const run = runCli(["drift", "--plan", PLAN, "--format", "sarif", "--output", output]);
  const log = readJson<Sarif.Log>(output);
  const results = log.runs[0]!.results ?? [];

  it("exits 1 and writes SARIF the official schema accepts, in the tollgate-drift category", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0]!.automationDetails?.id).toBe("tollgate-drift/");
  });

  it("reports the SSH rule added outside Terraform as a drift item and as a new finding of the networking rule, the finding first", () => {
    expect(results[0]).toMatchObject({
      ruleId: "aws-security-group-sensitive-port-open",
      level: "error",
      properties: { category: "networking", resource: "aws_security_group.bastion", relatedDrift: ["ingress[1]"] },
    });
    expect(results[0]!.message.text).toContain("0.0.0.0/0 to reach 22 (SSH)");
    expect(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(PLAN);
    const drifted = results.filter((result) => result.ruleId === "drift").map((result) => `${result.properties!.kind} ${result.properties!.resource} ${result.properties!.attribute ?? ""}`.trimEnd());
    expect(drifted).toEqual([
      "missing-live aws_cloudwatch_log_group.audit",
      "added aws_security_group.bastion ingress[1]",
      "added aws_security_group.bastion tags.owner",
      "added aws_security_group.bastion tags_all.owner",
    ]);
    // Rules that the last applied state already broke are not new.
    expect(results.filter((result) => result.ruleId !== "drift")).toHaveLength(1);
  });

});

describe("tollgate drift --plan - (standard input) with a sensitive value changed in the console", () => {
  const plan = readFileSync(path.join(repositoryRoot, FIXTURES, "terraform/sensitive.plan.json"), "utf8");
  const run = runCli(["drift", "--plan", "-", "--format", "markdown"], { input: plan });

  it("reports the change without the value, and the parameter turned plaintext as a new finding", () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("`aws-ssm-parameter-secret-not-secure-string`");
    expect(run.stdout).toContain("| medium | changed | `aws_ssm_parameter.db_password` | `value` | (sensitive) | (sensitive) |");
    expect(run.stdout).not.toContain("Xk29");
  });
});

describe("tollgate drift --desired manifests --live export --format json", () => {
  const output = path.join(temporaryDirectory(), "drift.json");
  const run = runCli(["drift", "--desired", MANIFESTS, "--live", LIVE, "--format", "json", "--output", output]);
  const report = readJson<DriftJsonReport>(output);

  it("reports the container made privileged live, as drift and as a k8s-privileged-container finding", () => {
    expect(run.status).toBe(1);
    expect(report.newViolations[0]).toMatchObject({
      ruleId: "k8s-privileged-container",
      severity: "critical",
      resource: "Deployment/shop/web",
      location: { file: `${LIVE}/shop.yaml`, start: { line: 147, column: 13 } },
      relatedDrift: ["spec.template.spec.containers[0].securityContext.privileged"],
    });
    expect(report.items).toContainEqual(
      expect.objectContaining({
        kind: "added",
        resource: "Deployment/shop/web",
        path: "spec.template.spec.containers[0].securityContext.privileged",
        actual: true,
        desiredLocation: expect.objectContaining({ file: `${MANIFESTS}/shop.yaml` }),
      }),
    );
  });

  it("reports the Deployment deleted live, and nothing for objects that differ only in server-populated fields", () => {
    expect(report.items).toContainEqual(expect.objectContaining({ kind: "missing-live", resource: "Deployment/shop/worker" }));
    const drifted = new Set(report.items.map((item) => item.resource));
    for (const unchanged of ["Service/shop/web", "ConfigMap/shop/web-config", "ServiceAccount/shop/web", "Namespace/shop"]) expect(drifted.has(unchanged)).toBe(false);
    expect(report.summary).toMatchObject({ compared: 5, missingLive: 1, unmanagedLive: 1 });
  });

  const clean = runCli(["drift", "--desired", `${FIXTURES}/kubernetes/clean/desired.yaml`, "--live", `${FIXTURES}/kubernetes/clean/live.yaml`, "--format", "json"]);
  it("exits 0 when only server-populated fields differ", () => {
    expect(clean.status).toBe(0);
    const cleanReport = JSON.parse(clean.stdout) as DriftJsonReport;
    expect(cleanReport.items).toEqual([]);
    expect(cleanReport.summary.compared).toBe(3);
  });
});

describe("exit codes (in process)", () => {
  const clean = `${FIXTURES}/kubernetes/clean/desired.yaml`;
  const output = path.join(temporaryDirectory(), "report.md");
  const exitCode = async (args: string[]) => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      return await main([...args, "--output", output]);
    } finally {
      stderr.mockRestore();
    }
  };

  it("drift items count as medium: --fail-on high passes on drift alone, --drift-severity high fails it", async () => {
    // Manifests of one namespace against a live export of another: three objects missing, no new violation.
    expect(await exitCode(["drift", "--desired", clean, "--live", LIVE, "--fail-on", "high"])).toBe(0);
    expect(await exitCode(["drift", "--desired", clean, "--live", LIVE, "--fail-on", "medium"])).toBe(1);
    expect(await exitCode(["drift", "--desired", clean, "--live", LIVE, "--fail-on", "high", "--drift-severity", "high"])).toBe(1);
    expect(await exitCode(["drift", "--plan", PLAN, "--fail-on", "none"])).toBe(0);
    // A new critical violation fails even the strictest threshold.
    expect(await exitCode(["drift", "--plan", PLAN, "--fail-on", "critical"])).toBe(1);
  });

  it.each([
    ["a missing file", ["drift", "--plan", `${FIXTURES}/terraform/absent.json`]],
    ["a state given as a plan", ["drift", "--plan", `${FIXTURES}/terraform/state.json`]],
    ["a live export without manifests", ["drift", "--live", LIVE]],
    ["no input at all", ["drift"]],
    ["an unknown format", ["drift", "--plan", PLAN, "--format", "pdf"]],
  ])("input errors exit 2: %s", async (_name, args) => {
    expect(await exitCode(args)).toBe(2);
  });

  it("a damaged history file is reported and left as it was", async () => {
    const history = path.join(temporaryDirectory(), "history.json");
    writeFileSync(history, "{ not json");
    const messages: string[] = [];
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => messages.push(String(chunk)) > 0);
    try {
      expect(await main(["drift", "--plan", PLAN, "--history", history, "--output", output])).toBe(2);
    } finally {
      stderr.mockRestore();
    }
    expect(messages.join("")).toContain("history.json");
    expect(readFileSync(history, "utf8")).toBe("{ not json");
  });
});

describe("tollgate drift --format html --history", () => {
  const directory = temporaryDirectory();
  const history = path.join(directory, "history.json");
  const page = path.join(directory, "report.html");
  const first = runCli(["drift", "--desired", MANIFESTS, "--live", LIVE, "--history", history, "--format", "markdown"]);
  const second = runCli(["drift", "--plan", PLAN, "--history", history, "--format", "html", "--output", page]);
  const html = readFileSync(page, "utf8");

  it("appends each run to the history, and draws every run in the chart", () => {
    expect([first.status, second.status]).toEqual([1, 1]);
    const runs = readJson<{ schemaVersion: string; runs: Array<{ driftItems: number; newViolations: number }> }>(history).runs;
    expect(runs.map((run) => [run.driftItems, run.newViolations])).toEqual([
      [4, 4],
      [4, 1],
    ]);
    expect(html.match(/<circle class="series-violations"/g)).toHaveLength(2);
  });

  it("is one self-contained page: no http(s) URL, no script, no external resource", () => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain('<svg id="trend-chart"');
    expect(html).toContain('<table id="drift-table">');
  });

  const chromium = findChromium();
  const skip = !chromium && !process.env.CI;
  it.skipIf(skip)("renders in headless Chromium: the drift table and the chart are in the DOM, and the screenshot has content", () => {
    expect(chromium, "chromium is required in CI (.ci/run installs it)").toBeTruthy();
    const profile = mkdtempSync(path.join(tmpdir(), "tollgate-chromium-"));
    const flags = [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
      `--user-data-dir=${profile}`,
    ];
    const url = pathToFileURL(page).href;
    const dom = spawnSync(chromium!, [...flags, "--dump-dom", url], { encoding: "utf8", timeout: 60_000 });
    expect(dom.status, dom.stderr).toBe(0);
    expect(dom.stdout).toContain('<table id="drift-table">');
    expect(dom.stdout).toContain('<table id="new-violations-table">');
    expect(dom.stdout).toMatch(/<svg id="trend-chart"[^>]*>[\s\S]*<polyline/);
    expect(dom.stdout).toContain("aws-security-group-sensitive-port-open");

    const screenshot = path.join(profile, "report.png");
    const shot = spawnSync(chromium!, [...flags, "--window-size=1280,1400", `--screenshot=${screenshot}`, url], { encoding: "utf8", timeout: 60_000 });
    expect(shot.status, shot.stderr).toBe(0);
    expect(existsSync(screenshot)).toBe(true);
    const png = readFileSync(screenshot);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    // A blank page or Chromium's "file not found" page compresses to about 20 kB; tables and a chart do not.
    expect(statSync(screenshot).size).toBeGreaterThan(40_000);
  });
});

function findChromium(): string | undefined {
  for (const candidate of ["chromium", "chromium-browser"]) {
    const found = spawnSync("sh", ["-c", `command -v ${candidate}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

describe("the README's nightly drift workflow", () => {
  const readme = readFileSync(path.join(repositoryRoot, "README.md"), "utf8");
  const block = /```yaml\n# \.github\/workflows\/drift\.yml\n([\s\S]*?)```/.exec(readme)?.[1];

  it("pins every action by full commit SHA, reads only, and passes every Tollgate rule", async () => {
    expect(block).toBeDefined();
    const uses = [...block!.matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]);
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    expect(block).toMatch(/permissions:\n {2}contents: read\n {2}actions: read\n/);
    const result = await scanSources([{ path: ".github/workflows/drift.yml", text: block! }], { rules: allRules });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === "error")).toEqual([]);
    expect(result.findings.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });
});
