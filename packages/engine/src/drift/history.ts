import type { Severity } from "../evaluate/rule.js";
import { SEVERITIES } from "../evaluate/rule.js";
import type { DriftResult } from "./model.js";

/**
 * The nightly trend: one small record per run, kept in a JSON file that the
 * scheduled workflow carries from night to night (an artifact). The HTML
 * report draws its chart from it.
 */

export const DRIFT_HISTORY_VERSION = "1.0";

/** Older runs are dropped beyond this many: a year of nights. */
export const MAX_HISTORY_RUNS = 366;

export interface DriftHistoryRun {
  /** ISO 8601. */
  timestamp: string;
  driftItems: number;
  newViolations: number;
  missingLive: number;
  unmanagedLive: number;
  bySeverity: Record<Severity, number>;
}

export interface DriftHistory {
  schemaVersion: string;
  runs: DriftHistoryRun[];
}

export function emptyHistory(): DriftHistory {
  return { schemaVersion: DRIFT_HISTORY_VERSION, runs: [] };
}

export function historyRun(result: DriftResult): DriftHistoryRun {
  const { summary } = result;
  return {
    timestamp: result.generatedAt,
    driftItems: summary.driftItems,
    newViolations: summary.newViolations,
    missingLive: summary.missingLive,
    unmanagedLive: summary.unmanagedLive,
    bySeverity: { ...summary.bySeverity },
  };
}

/** This run appended, runs in time order, the oldest dropped beyond `limit`. */
export function appendRun(history: DriftHistory, run: DriftHistoryRun, limit = MAX_HISTORY_RUNS): DriftHistory {
  const runs = [...history.runs, run].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  return { schemaVersion: DRIFT_HISTORY_VERSION, runs: runs.slice(Math.max(0, runs.length - limit)) };
}

/** Reads a history file's text; an error names what is wrong, so that a damaged file is never overwritten silently. */
export function parseHistory(text: string): { history: DriftHistory } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isRecord(data) || !Array.isArray(data.runs)) return { error: "expected an object with a runs array" };
  const major = String(data.schemaVersion ?? "").split(".")[0];
  if (major !== DRIFT_HISTORY_VERSION.split(".")[0]) return { error: `schemaVersion ${JSON.stringify(data.schemaVersion)} is not ${DRIFT_HISTORY_VERSION}` };
  const runs: DriftHistoryRun[] = [];
  for (const [index, run] of data.runs.entries()) {
    if (!isRecord(run) || typeof run.timestamp !== "string" || Number.isNaN(Date.parse(run.timestamp))) {
      return { error: `runs[${index}] has no valid timestamp` };
    }
    const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0);
    const bySeverity = isRecord(run.bySeverity) ? run.bySeverity : {};
    runs.push({
      timestamp: run.timestamp,
      driftItems: count(run.driftItems),
      newViolations: count(run.newViolations),
      missingLive: count(run.missingLive),
      unmanagedLive: count(run.unmanagedLive),
      bySeverity: Object.fromEntries(SEVERITIES.map((severity) => [severity, count(bySeverity[severity])])) as Record<Severity, number>,
    });
  }
  return { history: { schemaVersion: DRIFT_HISTORY_VERSION, runs } };
}

export function formatHistory(history: DriftHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
