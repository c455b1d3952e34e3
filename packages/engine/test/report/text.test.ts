import { describe, expect, it } from "vitest";
import { formatResult } from "../../src/report/index.js";
import { formatJson } from "../../src/report/json.js";
import { formatSarif } from "../../src/report/sarif.js";
import { formatText, shouldColor } from "../../src/report/text.js";
import { S3_ENCRYPTION_INPUT, SAMPLE_ROOT, makeFinding, range, reversed, sampleScanResult } from "./sample-result.js";

const ANSI = /\u001b\[[0-9;]*m/g;

describe("formatText", () => {
  it("groups findings by sorted file, one aligned line each, then diagnostics and the summary", () => {
    expect(formatText(sampleScanResult(), { color: false, showPassed: true })).toBe(
      [
        ".github/workflows/ci.yml",
        "  14:15  medium    gha-unpinned-action         docker/build-push-action is pinned to the tag v6, not a commit SHA.  (jobs.build.steps[1])",
        "",
        ".github/workflows/deploy.yml",
        "  31:29  critical  gha-oidc-role-any-branch    Any branch can assume role deploy, which is an administrator.  (jobs.deploy.steps[2])",
        "         related iam.tf:8:7  trust policy accepts repo:shop/*",
        "         related iam.tf:21:3  AdministratorAccess is attached here",
        "",
        "iam.tf",
        "  30:17  critical  aws-iam-no-wildcard-admin   Policy aws_iam_policy.admin allows every action [*] on every resource.  (aws_iam_policy.admin)",
        "",
        "k8s/web.yaml",
        "    1:1  medium    k8s-network-policy-missing  No NetworkPolicy selects the pods of Deployment/shop/web.  (Deployment/shop/web)",
        "  24:27  high      k8s-privileged-container    Container web runs privileged.  (Deployment/shop/web)",
        "",
        "main.tf",
        "   12:1  high      aws-s3-encryption-at-rest   S3 bucket aws_s3_bucket.logs has no server-side encryption configuration.  (aws_s3_bucket.logs)",
        "         related main.tf:20:1  its public access block leaves reads open",
        "  41:19  low       aws-sg-egress-open          Egress is open to 0.0.0.0/0.  (aws_security_group.web)",
        "",
        "Passed rules",
        "  pass  aws-s3-versioning  S3 buckets keep object versions",
        "",
        "broken.tf:3:7      error    Unexpected '}' after attribute.  [parse-error]",
        "secrets.tf         error    EACCES: permission denied, open 'secrets.tf'  [read-error]",
        "k8s/huge.yaml:3:9  warning  Alias expansion stopped at 1000 nodes.  [yaml-alias-limit]",
        "                   note     The plan names module.legacy, which is not in the scan.  [plan-not-joined]",
        "",
        "7 findings (2 critical, 2 high, 2 medium, 1 low) in 5 files; 19 resources checked",
        "2 input errors: the result is incomplete",
        "",
      ].join("\n"),
    );
  });

  it("writes no escape codes without colour", () => {
    expect(formatText(sampleScanResult(), { color: false })).not.toMatch(ANSI);
  });

  it("colours severities and levels with colour, and only adds escape codes", () => {
    const plain = formatText(sampleScanResult(), { color: false });
    const colored = formatText(sampleScanResult(), { color: true });
    expect(colored).toContain("\u001b[31mhigh\u001b[39m");
    expect(colored).toContain("\u001b[33mmedium\u001b[39m");
    expect(colored).toContain("\u001b[36mlow\u001b[39m");
    expect(colored).toContain("\u001b[31merror\u001b[39m");
    expect(colored).toContain("\u001b[33mwarning\u001b[39m");
    expect(colored.replace(ANSI, "")).toBe(plain);
  });

  it("in quiet mode prints findings and input errors only", () => {
    const quiet = formatText(sampleScanResult(), { color: false, quiet: true, showPassed: true });
    expect(quiet).toContain("  30:17  critical  aws-iam-no-wildcard-admin");
    expect(quiet).toContain("broken.tf:3:7  error    Unexpected '}' after attribute.  [parse-error]");
    expect(quiet).toContain("secrets.tf     error");
    expect(quiet).not.toContain("warning");
    expect(quiet).not.toContain("note");
    expect(quiet).not.toContain("Passed rules");
    expect(quiet).not.toContain("findings (");
    expect(quiet).not.toContain("input errors");
  });

  it("prints nothing at all in quiet mode when nothing is wrong", () => {
    expect(formatText(sampleScanResult({ findings: [], diagnostics: [] }), { color: true, quiet: true })).toBe("");
  });

  it("says so when nothing was found, counting what was checked", () => {
    const clean = sampleScanResult({ findings: [], diagnostics: [] });
    expect(formatText(clean, { color: false })).toBe("No findings; 19 resources checked in 7 files\n");
  });

  it("uses the singular for one of a kind and leaves out severities with no findings", () => {
    const one = sampleScanResult({
      findings: [makeFinding(S3_ENCRYPTION_INPUT)],
      diagnostics: [{ level: "error", code: "parse-error", message: "Bad.", file: "broken.tf" }],
      resourceCount: 1,
    });
    const lines = formatText(one, { color: false }).trimEnd().split("\n");
    expect(lines.slice(-2)).toEqual([
      "1 finding (1 high) in 1 file; 1 resource checked",
      "1 input error: the result is incomplete",
    ]);
  });

  it("does not mention input errors when there are only warnings", () => {
    const result = sampleScanResult();
    const warningsOnly = { ...result, diagnostics: result.diagnostics.filter((d) => d.level !== "error") };
    expect(formatText(warningsOnly, { color: false })).not.toContain("input error");
  });

  it("lists passed rules only when asked", () => {
    expect(formatText(sampleScanResult(), { color: false })).not.toContain("Passed rules");
  });

  it("escapes control characters and bidirectional overrides from scanned content", () => {
    const hostile = makeFinding({
      ...S3_ENCRYPTION_INPUT,
      message: "bucket \u001b[2Jname\u202e gpj.exe\nnext line",
      related: [],
    });
    const text = formatText(sampleScanResult({ findings: [hostile], diagnostics: [] }), { color: false });
    expect(text).toContain("bucket \\x1b[2Jname\\u202e gpj.exe next line");
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\u202e");
  });

  it("shows paths relative to the root, even in messages", () => {
    const result = sampleScanResult();
    const [first] = result.findings;
    const absolute = { ...first, location: { ...first.location, file: `${SAMPLE_ROOT}/.github/workflows/ci.yml` } };
    const text = formatText({ ...result, findings: [absolute] }, { color: false });
    expect(text).not.toContain(SAMPLE_ROOT);
    expect(text.split("\n")[0]).toBe(".github/workflows/ci.yml");
  });

  it("is identical whatever order the engine produced things in", () => {
    expect(formatText(reversed(sampleScanResult()), { color: true, showPassed: true })).toBe(
      formatText(sampleScanResult(), { color: true, showPassed: true }),
    );
  });

  it("prints a position when the finding is on line 100 or beyond without breaking alignment", () => {
    const far = makeFinding({ ...S3_ENCRYPTION_INPUT, location: range("main.tf", 1234, 5, 1234, 9), related: [] });
    const near = makeFinding({ ...S3_ENCRYPTION_INPUT, location: range("main.tf", 2, 1, 2, 9), related: [], lineText: "x" });
    const lines = formatText(sampleScanResult({ findings: [far, near], diagnostics: [] }), { color: false }).split("\n");
    expect(lines[1].startsWith("     2:1  high")).toBe(true);
    expect(lines[2].startsWith("  1234:5  high")).toBe(true);
  });
});

describe("shouldColor", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it("colours a terminal and not a pipe", () => {
    expect(shouldColor(tty, {})).toBe(true);
    expect(shouldColor(pipe, {})).toBe(false);
    expect(shouldColor({}, {})).toBe(false);
  });

  it("turns colour off when NO_COLOR is set to any non-empty value", () => {
    expect(shouldColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(shouldColor(tty, { NO_COLOR: "false" })).toBe(false);
    expect(shouldColor(tty, { NO_COLOR: "" })).toBe(true);
  });

  it("turns colour on for pipes with FORCE_COLOR, unless NO_COLOR or FORCE_COLOR=0 says otherwise", () => {
    expect(shouldColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(shouldColor(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(shouldColor(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(shouldColor(tty, { FORCE_COLOR: "false" })).toBe(false);
    expect(shouldColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  it("does not colour a dumb terminal unless forced", () => {
    expect(shouldColor(tty, { TERM: "dumb" })).toBe(false);
    expect(shouldColor(tty, { TERM: "dumb", FORCE_COLOR: "1" })).toBe(true);
    expect(shouldColor(tty, { TERM: "xterm-256color" })).toBe(true);
  });
});

describe("formatResult", () => {
  const result = sampleScanResult();

  it("dispatches to the reporter of each format with its options", () => {
    expect(formatResult(result, "text", { color: true, quiet: true })).toBe(
      formatText(result, { color: true, quiet: true }),
    );
    expect(formatResult(result, "json")).toBe(formatJson(result));
    expect(formatResult(result, "sarif", { category: "terraform" })).toBe(formatSarif(result, { category: "terraform" }));
  });

  it("writes text without colour unless asked", () => {
    expect(formatResult(result, "text")).not.toMatch(ANSI);
  });
});
