import { describe, expect, it } from "vitest";
import { isSuppressed, type Finding } from "../../src/evaluate/finding.js";
import { scanSources } from "../../src/scan.js";
import { baselineEntries, parseBaseline, formatBaseline } from "../../src/suppress/baseline.js";
import { STALE_SUPPRESSION_RULE_ID } from "../../src/suppress/stale-suppression.js";
import { TEST_RULES } from "./test-rules.js";

const NOW = new Date("2026-03-01T12:00:00Z");

async function run(files: Record<string, string>, suppressions: Parameters<typeof scanSources>[1]["suppressions"] = {}) {
  return scanSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { rules: TEST_RULES, root: "/", suppressions: { now: NOW, ...suppressions } },
  );
}

function where(finding: Finding): string {
  return `${finding.location.file}:${finding.location.start.line} ${finding.ruleId}${isSuppressed(finding) ? ` suppressed(${finding.suppressions![0]!.source}: ${finding.suppressions![0]!.justification})` : ""}`;
}

const BUCKETS = `# tollgate:ignore test-public-acl -- public website assets, reviewed in SEC-12
resource "aws_s3_bucket" "site" {
  acl = "public-read"
}

resource "aws_s3_bucket" "downloads" {
  acl = "public-read" # tollgate:ignore test-public-acl -- signed downloads only until 2026-12-31
}

resource "aws_s3_bucket" "logs" {
  acl = "public-read"
}
`;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
    - name: agent
      image: agent:1.2
      # tollgate:ignore test-privileged -- the node agent loads kernel modules
      securityContext:
        privileged: true
    - name: sidecar
      image: sidecar:1.0
      securityContext:
        privileged: true
`;

describe("inline suppressions", () => {
  it("a comment above an HCL block covers the block; one on the flagged line covers the line; others are reported", async () => {
    const result = await run({ "main.tf": BUCKETS });
    expect(result.findings.map(where)).toEqual([
      "main.tf:3 test-public-acl suppressed(comment: public website assets, reviewed in SEC-12)",
      "main.tf:7 test-public-acl suppressed(comment: signed downloads only)",
      "main.tf:11 test-public-acl",
    ]);
    const downloads = result.findings[1]!;
    expect(downloads.suppressions![0]).toMatchObject({ kind: "inSource", until: "2026-12-31", location: { file: "main.tf", start: { line: 7, column: 23 } } });
    expect(result.diagnostics).toEqual([]);
  });

  it("a comment above a YAML mapping covers that mapping only", async () => {
    const result = await run({ "pod.yaml": POD });
    expect(result.findings.map(where)).toEqual([
      "pod.yaml:11 test-privileged suppressed(comment: the node agent loads kernel modules)",
      "pod.yaml:15 test-privileged",
    ]);
  });

  it("a comment above a YAML document covers the whole object, across a document marker", async () => {
    const result = await run({ "pod.yaml": `# tollgate:ignore test-privileged -- break-glass debugging pod\n---\n${POD}` });
    expect(result.findings.every(isSuppressed)).toBe(true);
    expect(result.findings).toHaveLength(2);
  });

  it("a Kubernetes annotation suppresses findings on its object", async () => {
    const annotated = POD.replace("      # tollgate:ignore test-privileged -- the node agent loads kernel modules\n", "").replace("  name: agent\n", '  name: agent\n  annotations:\n    tollgate.dev/ignore: "test-privileged: node agent, approved in SEC-7; test-other: x"\n');
    const result = await run({ "pod.yaml": annotated });
    expect(result.findings.filter((finding) => finding.ruleId === "test-privileged").map((finding) => finding.suppressions?.[0])).toEqual([
      expect.objectContaining({ kind: "inSource", source: "annotation", justification: "node agent, approved in SEC-7", location: expect.objectContaining({ start: { line: 6, column: 5 } }) }),
      expect.objectContaining({ source: "annotation" }),
    ]);
  });

  it("an expired suppression stops suppressing and says where it is", async () => {
    const expired = BUCKETS.replace("-- public website assets, reviewed in SEC-12", "-- temporary until 2026-02-27");
    const result = await run({ "main.tf": expired });
    expect(isSuppressed(result.findings.find((finding) => finding.location.start.line === 3)!)).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        level: "warning",
        code: "suppression-expired",
        message: expect.stringContaining("expired on 2026-02-27"),
        range: expect.objectContaining({ file: "main.tf", start: { line: 1, column: 1 } }),
      }),
    ]);
    // Still valid on its last day.
    const lastDay = await run({ "main.tf": expired }, { now: new Date("2026-02-27T23:00:00Z") });
    expect(isSuppressed(lastDay.findings.find((finding) => finding.location.start.line === 3)!)).toBe(true);
  });

  it("a suppression without a reason does not suppress and is reported", async () => {
    const result = await run({ "main.tf": 'resource "aws_s3_bucket" "logs" {\n  acl = "public-read" # tollgate:ignore test-public-acl\n}\n' });
    expect(result.findings.map(where)).toEqual(["main.tf:2 test-public-acl"]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: "warning", code: "suppression-without-reason", range: expect.objectContaining({ start: { line: 2, column: 23 } }) }),
    ]);
  });

  it("a suppression that suppresses nothing is a stale-suppression finding at the comment", async () => {
    const text = 'resource "aws_s3_bucket" "logs" {\n  # tollgate:ignore test-public-acl -- was public once\n  acl = "private"\n}\n';
    const result = await run({ "main.tf": text });
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: STALE_SUPPRESSION_RULE_ID,
        severity: "low",
        category: "iam",
        resource: "terraform:.::aws_s3_bucket.logs",
        location: expect.objectContaining({ file: "main.tf", start: { line: 2, column: 3 } }),
        message: expect.stringContaining("test-public-acl suppresses nothing"),
      }),
    ]);
    expect(result.rules.map((rule) => rule.id)).toContain(STALE_SUPPRESSION_RULE_ID);
  });

  it("does not take a # inside a string, a heredoc or a block scalar for a comment", async () => {
    const hcl = 'resource "aws_s3_bucket" "a" {\n  bucket = "x # tollgate:ignore test-public-acl -- no"\n  policy = <<EOF\n# tollgate:ignore test-public-acl -- no\nEOF\n  acl = "public-read"\n}\n';
    const yaml = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          # tollgate:ignore test-public-acl -- no\n          echo \"# tollgate:ignore test-public-acl -- no\"\n";
    const result = await run({ "main.tf": hcl, ".github/workflows/ci.yml": yaml });
    expect(result.findings.map(where)).toEqual(["main.tf:6 test-public-acl"]);
  });

  it("--no-inline-ignores: every comment and annotation is ignored, none is stale", async () => {
    const result = await run({ "main.tf": BUCKETS, "pod.yaml": POD }, { inline: false });
    expect(result.findings.filter(isSuppressed)).toEqual([]);
    expect(result.findings.map((finding) => finding.ruleId).sort()).toEqual(["test-privileged", "test-privileged", "test-public-acl", "test-public-acl", "test-public-acl"]);
    expect(result.rules.map((rule) => rule.id)).not.toContain(STALE_SUPPRESSION_RULE_ID);
  });
});

describe("baseline", () => {
  const before = 'resource "aws_s3_bucket" "logs" {\n  acl = "public-read"\n}\n';
  // Lines inserted above the old finding, and a new problem below.
  const after = '# Buckets of the logging account.\n\nlocals {\n  owner = "platform"\n}\n\nresource "aws_s3_bucket" "logs" {\n  acl = "public-read"\n}\n\nresource "aws_s3_bucket" "exports" {\n  acl = "public-read"\n}\n';

  it("hides the findings it lists wherever their lines moved, reports new ones, and lists entries that no longer occur", async () => {
    const first = await run({ "main.tf": before });
    const text = formatBaseline(baselineEntries(first.findings), "yaml", NOW);
    expect(text).not.toMatch(/\bline: /);
    const parsed = parseBaseline(text, "baseline.yaml");
    expect(parsed.diagnostics).toEqual([]);

    const second = await run({ "main.tf": after }, { baseline: parsed.baseline });
    expect(second.findings.map(where)).toEqual([
      "main.tf:8 test-public-acl suppressed(baseline: accepted in the baseline baseline.yaml)",
      "main.tf:12 test-public-acl",
    ]);
    expect(second.findings[0]!.suppressions![0]!.kind).toBe("external");
    expect(second.baseline).toEqual({ file: "baseline.yaml", entries: 1, matched: 1, unmatched: [] });

    const fixed = await run({ "main.tf": 'resource "aws_s3_bucket" "logs" {\n  acl = "private"\n}\n' }, { baseline: parsed.baseline });
    expect(fixed.baseline?.unmatched).toEqual([expect.objectContaining({ rule: "test-public-acl", resource: "terraform:.::aws_s3_bucket.logs", attribute: "acl" })]);
  });

  it("reads JSON baselines and reports malformed ones with their line", () => {
    const json = formatBaseline([{ rule: "r", resource: "x", attribute: "", file: "a.tf", fingerprint: "0".repeat(32) }], "json", NOW);
    expect(parseBaseline(json, "b.json").baseline?.entries).toHaveLength(1);
    const broken = parseBaseline("version: 1\nfindings:\n  - rule: r\n    resource: x\n    fingerprint: nothex\n", "b.yaml");
    expect(broken.diagnostics).toEqual([
      expect.objectContaining({ level: "error", code: "baseline-invalid", message: expect.stringContaining("findings[0].fingerprint"), range: expect.objectContaining({ start: { line: 5, column: 18 } }) }),
    ]);
  });
});
