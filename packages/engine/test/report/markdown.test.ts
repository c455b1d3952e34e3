import { describe, expect, it } from "vitest";
import { formatMarkdown, markdownText } from "../../src/report/markdown.js";
import { formatResult } from "../../src/report/index.js";
import { RULE_DOCS_BASE_URL } from "../../src/report/sarif.js";
import { S3_ENCRYPTION_INPUT, makeFinding, reversed, sampleScanResult } from "./sample-result.js";

describe("formatMarkdown", () => {
  it("counts by severity and by rule, links rule docs, and lists the most severe findings first", () => {
    const markdown = formatMarkdown(sampleScanResult());
    expect(markdown).toMatch(/^## Tollgate\n/);
    expect(markdown).toContain("| Severity | Findings |");
    expect(markdown).toMatch(/\| critical \| \d+ \|/);
    expect(markdown).toContain(`[\`aws-s3-encryption-at-rest\`](${RULE_DOCS_BASE_URL}aws-s3-encryption-at-rest.md)`);
    const severities = [...markdown.matchAll(/^\| (critical|high|medium|low) \| `/gm)].map((match) => match[1]);
    const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
    expect(severities.length).toBeGreaterThan(1);
    expect(severities).toEqual([...severities].sort((a, b) => rank[a as keyof typeof rank] - rank[b as keyof typeof rank]));
  });

  it("does not depend on the order findings were found in", () => {
    expect(formatMarkdown(reversed(sampleScanResult()))).toBe(formatMarkdown(sampleScanResult()));
  });

  it("lists input problems and says the result is incomplete", () => {
    const markdown = formatMarkdown(sampleScanResult());
    expect(markdown).toContain("### Input problems");
    expect(markdown).toMatch(/input errors?: the result is incomplete/);
  });

  it("takes notes, file links and a limit from the caller", () => {
    const markdown = formatMarkdown(sampleScanResult(), {
      title: "Scan",
      notes: ["Only new findings."],
      fileLink: (file, line) => `https://example.test/${file}#L${line}`,
      maxFindings: 1,
    });
    expect(markdown).toMatch(/^## Scan\n\nOnly new findings\.\n/);
    expect(markdown).toMatch(/\[`[^`]+:\d+`\]\(https:\/\/example\.test\/[^)]+#L\d+\)/);
    expect(markdown).toMatch(/\d+ more findings? not listed here\./);
  });

  it("says so when there is nothing to report", () => {
    const markdown = formatMarkdown(sampleScanResult({ findings: [], diagnostics: [] }));
    expect(markdown).toContain("No findings;");
    expect(markdown).not.toContain("### Findings");
  });

  it("keeps text from the scanned files from injecting Markdown or HTML", () => {
    const hostile = makeFinding({ ...S3_ENCRYPTION_INPUT, message: "x | y <img src=x> [a](https://evil.test) @team\nnext" });
    const markdown = formatMarkdown(sampleScanResult({ findings: [hostile], diagnostics: [] }));
    const row = markdown.split("\n").find((line) => line.includes("img"))!;
    expect(row).toContain("x \\| y \\<img src=x\\> \\[a\\](https\\://evil\\.test) \\@team next");
    expect(markdownText("a_b*c`d")).toBe("a\\_b\\*c\\`d");
  });

  it("counts suppressed findings without listing them", () => {
    const suppressed = makeFinding({ ...S3_ENCRYPTION_INPUT, message: "hidden by a comment" });
    suppressed.suppressions = [{ kind: "inSource", source: "comment", justification: "accepted risk" }];
    const markdown = formatMarkdown(sampleScanResult({ findings: [suppressed], diagnostics: [] }));
    expect(markdown).toContain("No findings; ");
    expect(markdown).toContain("1 suppressed finding not listed.");
    expect(markdown).not.toContain("hidden by a comment");
  });

  it("is one of the report formats", () => {
    expect(formatResult(sampleScanResult(), "markdown")).toBe(formatMarkdown(sampleScanResult()));
  });
});
