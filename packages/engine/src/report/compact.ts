import picocolors from "picocolors";
import { isSuppressed, type Finding } from "../evaluate/finding.js";
import { SEVERITIES } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ScanResult } from "../model/scan-result.js";
import { diagnosticFile, sortDiagnostics, sortFindings } from "./order.js";
import { relativeFile, withoutRoot } from "./paths.js";
import { pad, plural, printable, widest } from "./printable.js";
import { countBySeverity } from "./severity.js";
import { LEVEL_COLOR, SEVERITY_COLOR, type Colors } from "./text.js";

/**
 * The report for a pre-commit hook or a quick look: one line per finding,
 * `file:line:col  severity  rule-id  message`, which editors and terminals
 * turn into links, with the first sentence of the rule's remediation dimmed
 * beneath it; then input problems, then one count line.
 */

export interface CompactOptions {
  /** Decided by the caller, normally with `shouldColor`. */
  color: boolean;
  /** Only findings and input errors: no warnings and no count line. */
  quiet?: boolean;
  /** Also list suppressed findings, marked as such. */
  showSuppressed?: boolean;
  /** Leave out the remediation hints. */
  hints?: boolean;
}

export function formatCompact(result: ScanResult, options: CompactOptions): string {
  const colors = picocolors.createColors(options.color);
  const all = sortFindings(result.findings);
  const findings = all.filter((finding) => !isSuppressed(finding));
  const listed = options.showSuppressed ? all : findings;
  const remediation = new Map(result.rules.map((rule) => [rule.id, rule.remediation]));
  // Notes are for full reports; a hook shows what blocks or may block the commit.
  const diagnostics = sortDiagnostics(result.diagnostics).filter((diagnostic) => diagnostic.level === "error" || (!options.quiet && diagnostic.level === "warning"));

  // Places are not padded: one long path would push every line right. Severities are, so rule ids mostly line up.
  const severityWidth = widest(listed.map((finding) => finding.severity));
  const lines: string[] = [];
  for (const finding of listed) {
    const suppressed = isSuppressed(finding) ? colors.dim("  (suppressed)") : "";
    lines.push(
      [
        place(finding.location.file, finding.location.start, result.root),
        pad(SEVERITY_COLOR[finding.severity](colors, finding.severity), finding.severity, severityWidth),
        colors.bold(finding.ruleId),
        `${printable(withoutRoot(finding.message, result.root))}${suppressed}`,
      ].join("  "),
    );
    const hint = options.hints === false ? undefined : firstSentence(remediation.get(finding.ruleId) ?? "");
    if (hint) lines.push(colors.dim(`    fix: ${printable(hint)}`));
  }
  for (const diagnostic of diagnostics) lines.push(diagnosticLine(diagnostic, result.root, colors));
  if (!options.quiet) lines.push(countLine(result, findings, colors, all.length - findings.length));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/**
 * The first sentence of a remediation: up to a full stop followed by a
 * capital, a backquote or the end, so `e.g. this` and `aws_s3.x` do not cut it.
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = /[.!?](?=\s+[A-Z`(]|$)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

function diagnosticLine(diagnostic: Diagnostic, root: string, colors: Colors): string {
  const file = diagnosticFile(diagnostic);
  const where = file === undefined ? "" : diagnostic.range ? place(file, diagnostic.range.start, root) : printable(relativeFile(file, root));
  const parts = [
    LEVEL_COLOR[diagnostic.level](colors, diagnostic.level),
    `${printable(withoutRoot(diagnostic.message, root))}  ${colors.dim(`[${printable(diagnostic.code)}]`)}`,
  ];
  return (where ? [where, ...parts] : parts).join("  ");
}

function countLine(result: ScanResult, findings: readonly Finding[], colors: Colors, suppressed: number): string {
  const checked = `${plural(result.files.length, "file")} checked`;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  const parts: string[] = [];
  if (findings.length === 0) parts.push(`${colors.green("No findings")}; ${checked}`);
  else {
    const counts = countBySeverity(findings.map((finding) => finding.severity));
    const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0)
      .map((severity) => SEVERITY_COLOR[severity](colors, `${counts[severity]} ${severity}`))
      .join(", ");
    const files = new Set(findings.map((finding) => finding.location.file)).size;
    parts.push(`${colors.bold(plural(findings.length, "finding"))} (${breakdown}) in ${plural(files, "file")}; ${checked}`);
  }
  if (suppressed > 0) parts.push(colors.dim(`${suppressed} suppressed`));
  if (errors > 0) parts.push(colors.red(`${plural(errors, "input error")}: the result is incomplete`));
  return parts.join("; ");
}

function place(file: string, start: { line: number; column: number }, root: string): string {
  return printable(`${relativeFile(file, root)}:${start.line}:${start.column}`);
}
