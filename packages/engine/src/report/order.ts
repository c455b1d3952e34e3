import type { Finding } from "../evaluate/finding.js";
import type { Diagnostic } from "../model/diagnostic.js";

/**
 * One order for every reporter, so that two scans of the same tree produce
 * byte-identical reports whatever order the engine found things in.
 * Strings compare by code unit, not by locale: the order must not depend on
 * the machine that ran the scan.
 */

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File, line, column, rule; then resource, attribute and message to break the remaining ties. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.resource, b.resource) ||
    compareText(a.attribute, b.attribute) ||
    compareText(a.message, b.message) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

const LEVEL_RANK: Readonly<Record<Diagnostic["level"], number>> = { error: 0, warning: 1, note: 2 };

/** The file a diagnostic is about, from its range or its file; undefined for the scan as a whole. */
export function diagnosticFile(diagnostic: Diagnostic): string | undefined {
  return diagnostic.range?.file ?? diagnostic.file;
}

/** Errors first, then by file (diagnostics without one last), line, column, code and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fileA = diagnosticFile(a);
  const fileB = diagnosticFile(b);
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    (fileA === undefined ? 1 : 0) - (fileB === undefined ? 1 : 0) ||
    compareText(fileA ?? "", fileB ?? "") ||
    (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
    (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}
