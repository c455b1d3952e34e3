import { SEVERITIES, type Severity } from "../evaluate/rule.js";

/**
 * Every mapping from a severity to something else lives here, so that the
 * text, JSON and SARIF reports and the exit-code threshold never disagree.
 */

/** Higher is worse; `low` is 1 so that 0 can never pass for a severity. */
const RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Sort comparator: the most severe first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** True when `severity` meets a `--fail-on` style threshold: `atOrAbove("high", "medium")`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export type SarifLevel = "error" | "warning" | "note";

const SARIF_LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};

export function sarifLevel(severity: Severity): SarifLevel {
  return SARIF_LEVEL[severity];
}

/**
 * GitHub code scanning reads `security-severity` as a CVSS-like score and
 * buckets it back: above 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium,
 * 0.1–3.9 low. Each value sits inside its bucket, away from the edges.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

export function securitySeverity(severity: Severity): string {
  return SECURITY_SEVERITY[severity];
}

/** GitHub's `problem.severity` vocabulary: `error`, `warning`, `recommendation`. */
export type ProblemSeverity = "error" | "warning" | "recommendation";

const PROBLEM_SEVERITY: Readonly<Record<Severity, ProblemSeverity>> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "recommendation",
};

export function problemSeverity(severity: Severity): ProblemSeverity {
  return PROBLEM_SEVERITY[severity];
}

/** Zero for every severity, in severity order, so that reports always show all four keys. */
export function countBySeverity(severities: Iterable<Severity>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const severity of severities) counts[severity]++;
  return counts;
}
