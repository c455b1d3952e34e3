import { describe, expect, it } from "vitest";
import { SEVERITIES, type Severity } from "../../src/evaluate/rule.js";
import {
  atOrAbove,
  compareSeverity,
  countBySeverity,
  isSeverity,
  problemSeverity,
  sarifLevel,
  securitySeverity,
} from "../../src/report/severity.js";

describe("severity ordering", () => {
  it("sorts the most severe first", () => {
    const shuffled: Severity[] = ["low", "critical", "medium", "high"];
    expect(shuffled.sort(compareSeverity)).toEqual(["critical", "high", "medium", "low"]);
  });

  it("compares against a threshold, inclusive", () => {
    expect(atOrAbove("high", "high")).toBe(true);
    expect(atOrAbove("critical", "high")).toBe(true);
    expect(atOrAbove("medium", "high")).toBe(false);
    expect(atOrAbove("low", "low")).toBe(true);
    expect(SEVERITIES.filter((severity) => atOrAbove(severity, "medium"))).toEqual(["critical", "high", "medium"]);
  });

  it("recognises severity names and nothing else", () => {
    expect(SEVERITIES.every(isSeverity)).toBe(true);
    expect(isSeverity("High")).toBe(false);
    expect(isSeverity("info")).toBe(false);
  });

  it("counts every severity, zero included, in severity order", () => {
    const counts = countBySeverity(["low", "high", "low"]);
    expect(counts).toEqual({ critical: 0, high: 1, medium: 0, low: 2 });
    expect(Object.keys(counts)).toEqual([...SEVERITIES]);
  });
});

describe("SARIF mappings", () => {
  it("maps critical and high to error, medium to warning, low to note", () => {
    expect(SEVERITIES.map(sarifLevel)).toEqual(["error", "error", "warning", "note"]);
    expect(SEVERITIES.map(problemSeverity)).toEqual(["error", "error", "warning", "recommendation"]);
  });

  it("gives security-severity scores that GitHub buckets back into the same severity", () => {
    // GitHub: above 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low.
    const githubBucket = (score: number): Severity =>
      score > 9.0 ? "critical" : score >= 7.0 ? "high" : score >= 4.0 ? "medium" : "low";
    for (const severity of SEVERITIES) {
      const score = securitySeverity(severity);
      expect(typeof score).toBe("string");
      expect(Number(score)).toBeGreaterThan(0);
      expect(githubBucket(Number(score))).toBe(severity);
    }
    expect(SEVERITIES.map(securitySeverity)).toEqual(["9.5", "8.0", "5.5", "3.0"]);
  });
});
