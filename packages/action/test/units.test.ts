import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Finding, Severity } from "@tollgate/engine";
import { afterAll, describe, expect, it } from "vitest";
import { ANNOTATIONS_PER_LEVEL, annotationCommands } from "../src/annotations.js";
import { parseUnifiedDiff } from "@tollgate/engine";
import { readInputs } from "../src/inputs.js";
import { command, escapeData, escapeProperty, logUntrusted, setOutputs } from "../src/workflow-commands.js";
import { parseOutputs, scratch } from "./simulated-runner.js";

const { directory, cleanUp } = scratch();
afterAll(cleanUp);

function finding(severity: Severity, line: number): Finding {
  const location = { file: "main.tf", start: { line, column: 3 }, end: { line, column: 9 } };
  return {
    ruleId: `rule-${severity}`,
    severity,
    category: "iam",
    platform: "terraform",
    message: `a ${severity} problem`,
    resource: `terraform:aws_thing.r${line}`,
    resourceName: `aws_thing.r${line}`,
    resourceType: "aws_thing",
    location,
    attribute: "",
    related: [],
    fingerprint: `${severity}-${line}`,
  };
}

describe("workflow commands", () => {
  it("escapes what would end a message or split properties", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    expect(command("error", { file: "dir,x/main.tf", line: 3, col: undefined, title: "rule: x" }, "bad\n::set-env")).toBe(
      "::error file=dir%2Cx/main.tf,line=3,title=rule%3A x::bad%0A::set-env",
    );
  });

  it("prints untrusted text with workflow commands stopped, under a token it cannot guess", () => {
    const lines: string[] = [];
    logUntrusted({ log: (line) => lines.push(line), env: {} }, "Report", "::add-mask::secret\nfine\n");
    const token = /^::stop-commands::(.+)$/.exec(lines[1])?.[1];
    expect(token).toMatch(/^tollgate-[0-9a-f-]{36}$/);
    expect(lines).toEqual(["::group::Report", `::stop-commands::${token}`, "::add-mask::secret", "fine", `::${token}::`, "::endgroup::"]);
  });

  it("writes outputs with the heredoc syntax, values with newlines included", () => {
    const file = path.join(directory, "output");
    writeFileSync(file, "");
    setOutputs({ log: () => {}, env: { GITHUB_OUTPUT: file } }, { total: "3", note: "two\nlines" });
    expect(readFileSync(file, "utf8")).toMatch(/^total<<ghadelimiter_[0-9a-f-]+\n3\nghadelimiter_[0-9a-f-]+\nnote<<ghadelimiter_/);
    expect(parseOutputs(readFileSync(file, "utf8"))).toEqual({ total: "3", note: "two\nlines" });
  });
});

describe("annotations", () => {
  it("prints every finding when they fit, most severe first, without a closing notice", () => {
    const lines = annotationCommands([finding("low", 1), finding("critical", 2), finding("medium", 3)], [], { summaryAvailable: true });
    expect(lines.map((line) => /title=([\w-]+)/.exec(line)?.[1])).toEqual(["rule-critical", "rule-medium", "rule-low"]);
    expect(lines[0]).toBe("::error file=main.tf,line=2,endLine=2,col=3,endColumn=9,title=rule-critical (critical)::a critical problem (aws_thing.r2)");
  });

  it("keeps to GitHub's per-step limits and says how many were left out", () => {
    const findings = [
      ...Array.from({ length: 8 }, (_, index) => finding("critical", index + 1)),
      ...Array.from({ length: 8 }, (_, index) => finding("high", index + 100)),
      ...Array.from({ length: 12 }, (_, index) => finding("medium", index + 200)),
      ...Array.from({ length: 15 }, (_, index) => finding("low", index + 300)),
    ];
    const lines = annotationCommands(findings, [], { summaryAvailable: true, used: { warning: 1 } });
    const count = (level: string) => lines.filter((line) => line.startsWith(`::${level} `)).length;
    expect(count("error")).toBe(ANNOTATIONS_PER_LEVEL);
    expect(lines.filter((line) => line.startsWith("::error ")).every((line, index) => (index < 8 ? /\(critical\)/ : /\(high\)/).test(line))).toBe(true);
    expect(count("warning")).toBe(ANNOTATIONS_PER_LEVEL - 1);
    expect(count("notice")).toBe(ANNOTATIONS_PER_LEVEL);
    const omitted = 6 + 3 + 6;
    expect(lines.at(-1)).toBe(
      `::notice title=Tollgate%3A more findings::${omitted} more problems are not annotated (GitHub shows 10 annotations of each level per step); see the job summary, the log and the SARIF file.`,
    );
  });

  it("annotates input errors first", () => {
    const lines = annotationCommands([finding("critical", 1)], [{ level: "error", code: "hcl-syntax", message: "invalid HCL", file: "bad.tf", range: { file: "bad.tf", start: { line: 2, column: 5 }, end: { line: 2, column: 6 } } }], { summaryAvailable: false });
    expect(lines[0]).toBe("::error file=bad.tf,line=2,col=5,title=Tollgate%3A hcl-syntax::invalid HCL");
  });
});

describe("parseUnifiedDiff", () => {
  it("collects added and changed lines, whole new files, and both sides of a deletion", () => {
    const diff = [
      "diff --git a/infra/main.tf b/infra/main.tf",
      "index 1111111..2222222 100644",
      "--- a/infra/main.tf",
      "+++ b/infra/main.tf",
      "@@ -0,0 +1,3 @@",
      "+a",
      "+b",
      "+c",
      "@@ -10 +13 @@",
      "-x",
      "+y",
      "@@ -20,2 +22,0 @@",
      "-gone",
      "-gone",
      "diff --git a/new.yaml b/new.yaml",
      "new file mode 100644",
      "--- /dev/null",
      '+++ "b/dir/caf\\303\\251.yaml"',
      "@@ -0,0 +1,2 @@",
      "diff --git a/old.tf b/old.tf",
      "deleted file mode 100644",
      "--- a/old.tf",
      "+++ /dev/null",
    ].join("\n");
    const changed = parseUnifiedDiff(diff);
    expect([...(changed.get("infra/main.tf") as Set<number>)].sort((a, b) => a - b)).toEqual([1, 2, 3, 13, 22, 23]);
    expect(changed.get("dir/café.yaml")).toBe("all");
    expect(changed.has("old.tf")).toBe(false);
  });
});

describe("readInputs", () => {
  const workspace = "/work/space";

  it("applies the documented defaults; new is the default mode on pull requests only", () => {
    expect(readInputs({ GITHUB_EVENT_NAME: "pull_request" }, workspace)).toEqual({
      inputs: { paths: ["."], sarifFile: "tollgate.sarif", mode: "new", annotations: true, jobSummary: true },
      errors: [],
    });
    expect(readInputs({ GITHUB_EVENT_NAME: "pull_request_target" }, workspace).inputs.mode).toBe("new");
    expect(readInputs({ GITHUB_EVENT_NAME: "push" }, workspace).inputs.mode).toBe("all");
  });

  it("reads lists, booleans and names as the runner passes them", () => {
    const { inputs, errors } = readInputs(
      { "INPUT_PATHS": "infra\nk8s, ./.github/", "INPUT_FAIL-ON": "Critical", "INPUT_MODE": "all", "INPUT_JOB-SUMMARY": "FALSE", "INPUT_CATEGORY": "infra/aws", "INPUT_SARIF-FILE": "out/t.sarif" },
      workspace,
    );
    expect(errors).toEqual([]);
    expect(inputs).toMatchObject({ paths: ["infra", "k8s", ".github"], failOn: "critical", mode: "all", jobSummary: false, category: "infra/aws", sarifFile: "out/t.sarif" });
  });

  it("refuses values it cannot use, naming the input and the default it falls back to", () => {
    const { inputs, errors } = readInputs({ "INPUT_SARIF-FILE": "../../etc/x.sarif", "INPUT_MODE": "changed", "INPUT_CATEGORY": "a b" }, workspace);
    expect(inputs).toMatchObject({ sarifFile: "tollgate.sarif", mode: "all" });
    expect(inputs.category).toBeUndefined();
    expect(errors).toEqual([
      'mode: "changed" is not all or new; using all',
      'sarif-file: "../../etc/x.sarif" is outside the workspace; using tollgate.sarif',
      "category: \"a b\" may hold only letters, digits, '.', '/', '_' and '-'; using the default",
    ]);
  });
});
