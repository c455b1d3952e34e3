import { isSuppressed, type Finding, type FindingSuppression } from "../evaluate/finding.js";
import { CATEGORIES, type Category, type Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Platform } from "../model/resource.js";
import type { Position, Range } from "../model/source.js";
import type { ScanResult } from "../model/scan-result.js";
import { diagnosticFile, sortDiagnostics, sortFindings } from "./order.js";
import { relativeFile, withoutRoot } from "./paths.js";
import { countBySeverity } from "./severity.js";

/**
 * The JSON report: a versioned, documented shape (see `json-schema.json`)
 * for scripts and dashboards. Keys come in a fixed order and paths are
 * relative to the scan root, so two scans of the same tree on different
 * machines produce identical bytes. Bump `JSON_REPORT_VERSION`'s major
 * number when a field changes meaning or disappears; adding one is minor.
 */

export const JSON_REPORT_VERSION = "1.1";

export const JSON_REPORT_SCHEMA_URL =
  "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/report/json-schema.json";

export interface JsonLocation {
  file: string;
  start: Position;
  end: Position;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  category: Category;
  platform: Platform;
  message: string;
  resource: string;
  resourceName: string;
  resourceType: string;
  /** Rendered attribute path; empty when the finding is about the resource as a whole. */
  attribute: string;
  location: JsonLocation;
  related: Array<{ message: string; location: JsonLocation }>;
  fingerprint: string;
  /** Present when the finding is suppressed (an inline comment or annotation, the configuration, a baseline): reported, never counted. */
  suppressed?: JsonSuppression;
}

export interface JsonSuppression {
  kind: FindingSuppression["kind"];
  source: FindingSuppression["source"];
  justification: string;
  until?: string;
  location?: JsonLocation;
}

export interface JsonBaseline {
  file: string;
  entries: number;
  matched: number;
  /** Entries no finding matches any more: delete them from the baseline. */
  unmatched: Array<{ rule: string; resource: string; attribute?: string; file?: string; fingerprint: string }>;
}

export interface JsonDiagnostic {
  level: Diagnostic["level"];
  code: string;
  message: string;
  /** Absent when the diagnostic is about the scan as a whole; `start`/`end` absent when the position is unknown. */
  location?: { file: string; start?: Position; end?: Position };
}

export interface JsonReport {
  $schema: string;
  schemaVersion: string;
  tool: ScanResult["tool"];
  /** Every path in the report is relative to the scan root, which is therefore `.`. */
  root: ".";
  summary: {
    files: number;
    resources: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<Category, number>;
    /** Input errors; when non-zero the result is incomplete. */
    errors: number;
    /** Findings listed but suppressed; not in the counts above. */
    suppressed: number;
  };
  findings: JsonFinding[];
  diagnostics: JsonDiagnostic[];
  /** Ids of every rule that was enabled, sorted. */
  rules: string[];
  /** Present when the scan used a baseline. */
  baseline?: JsonBaseline;
}

export function toJsonReport(result: ScanResult): JsonReport {
  const findings = sortFindings(result.findings);
  const counted = findings.filter((finding) => !isSuppressed(finding));
  const report: JsonReport = {
    $schema: JSON_REPORT_SCHEMA_URL,
    schemaVersion: JSON_REPORT_VERSION,
    tool: { name: result.tool.name, version: result.tool.version, informationUri: result.tool.informationUri },
    root: ".",
    summary: {
      files: result.files.length,
      resources: result.resourceCount,
      findings: counted.length,
      bySeverity: countBySeverity(counted.map((finding) => finding.severity)),
      byCategory: countByCategory(counted),
      errors: result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length,
      suppressed: findings.length - counted.length,
    },
    findings: findings.map((finding) => jsonFinding(finding, result.root)),
    diagnostics: sortDiagnostics(result.diagnostics).map((diagnostic) => jsonDiagnostic(diagnostic, result.root)),
    rules: [...new Set(result.rules.map((rule) => rule.id))].sort(),
  };
  if (result.baseline) {
    report.baseline = {
      file: relativeFile(result.baseline.file, result.root),
      entries: result.baseline.entries,
      matched: result.baseline.matched,
      unmatched: result.baseline.unmatched.map((entry) => ({ ...entry })),
    };
  }
  return report;
}

export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}

function jsonFinding(finding: Finding, root: string): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    category: finding.category,
    platform: finding.platform,
    message: withoutRoot(finding.message, root),
    resource: finding.resource,
    resourceName: finding.resourceName,
    resourceType: finding.resourceType,
    attribute: finding.attribute,
    location: jsonLocation(finding.location.file, finding.location, root),
    related: finding.related.map((related) => ({
      message: withoutRoot(related.message, root),
      location: jsonLocation(related.location.file, related.location, root),
    })),
    fingerprint: finding.fingerprint,
    ...(finding.suppressions?.length ? { suppressed: jsonSuppression(finding.suppressions[0]!, root) } : {}),
  };
}

function jsonSuppression(suppression: FindingSuppression, root: string): JsonSuppression {
  return {
    kind: suppression.kind,
    source: suppression.source,
    justification: withoutRoot(suppression.justification, root),
    ...(suppression.until ? { until: suppression.until } : {}),
    ...(suppression.location ? { location: jsonLocation(suppression.location.file, suppression.location, root) } : {}),
  };
}

function jsonDiagnostic(diagnostic: Diagnostic, root: string): JsonDiagnostic {
  const file = diagnosticFile(diagnostic);
  const json: JsonDiagnostic = {
    level: diagnostic.level,
    code: diagnostic.code,
    message: withoutRoot(diagnostic.message, root),
  };
  if (file !== undefined) {
    json.location = diagnostic.range ? jsonLocation(file, diagnostic.range, root) : { file: relativeFile(file, root) };
  }
  return json;
}

/** Copies positions field by field: a fixed key order, and nothing extra the model may carry. */
function jsonLocation(file: string, range: Range, root: string): JsonLocation {
  return {
    file: relativeFile(file, root),
    start: { line: range.start.line, column: range.start.column },
    end: { line: range.end.line, column: range.end.column },
  };
}

function countByCategory(findings: readonly Finding[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const finding of findings) counts[finding.category]++;
  return counts;
}
