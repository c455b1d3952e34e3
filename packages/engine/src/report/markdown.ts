import { isSuppressed, type Finding } from "../evaluate/finding.js";
import { SEVERITIES, type RuleMeta, type Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ScanResult } from "../model/scan-result.js";
import { compareFindings, diagnosticFile, sortDiagnostics } from "./order.js";
import { relativeFile, withoutRoot } from "./paths.js";
import { ruleHelpUri } from "./sarif.js";
import { compareSeverity, countBySeverity } from "./severity.js";

/**
 * A Markdown report for places that render GitHub-flavoured Markdown: a job
 * summary, a pull request comment, a wiki page. Counts by severity and by
 * rule (linked to the rule's documentation), then the findings, most severe
 * first, then the input problems that make the result incomplete.
 */

export interface MarkdownOptions {
  /** The heading; `Tollgate` by default. */
  title?: string;
  /** Paragraphs under the heading, written by the caller (already Markdown). */
  notes?: readonly string[];
  /** A URL for a file and line (the Action links to the scanned commit); plain text when undefined. */
  fileLink?: (file: string, line: number) => string | undefined;
  /** Findings listed one by one; the others are only counted. Every finding by default. */
  maxFindings?: number;
}

export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  // Suppressed findings are for audits (SARIF, JSON), not for a summary people act on.
  const findings = result.findings.filter((finding) => !isSuppressed(finding)).sort((a, b) => compareSeverity(a.severity, b.severity) || compareFindings(a, b));
  const diagnostics = sortDiagnostics(result.diagnostics).filter((diagnostic) => diagnostic.level !== "note");
  const sections: string[] = [`## ${markdownText(options.title ?? "Tollgate")}`];
  sections.push(...(options.notes ?? []));
  sections.push(summaryLine(result, findings, result.findings.length - findings.length));
  if (findings.length > 0) {
    sections.push(severityTable(findings));
    sections.push(ruleTable(findings, result.rules));
    sections.push(findingTable(findings, result.root, options));
  }
  if (diagnostics.length > 0) sections.push(diagnosticTable(diagnostics, result.root));
  return `${sections.join("\n\n")}\n`;
}

function summaryLine(result: ScanResult, findings: readonly Finding[], suppressed: number): string {
  const hidden = suppressed > 0 ? `; ${plural(suppressed, "suppressed finding")} not listed` : "";
  const checked = `${plural(result.resourceCount, "resource")} checked in ${plural(result.files.length, "file")}${hidden}`;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  const incomplete = errors > 0 ? ` **${plural(errors, "input error")}: the result is incomplete.**` : "";
  if (findings.length === 0) return `No findings; ${checked}.${incomplete}`;
  const counts = countBySeverity(findings.map((finding) => finding.severity));
  const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(", ");
  const files = new Set(findings.map((finding) => finding.location.file)).size;
  return `**${plural(findings.length, "finding")}** (${breakdown}) in ${plural(files, "file")}; ${checked}.${incomplete}`;
}

function severityTable(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings.map((finding) => finding.severity));
  return table(
    ["Severity", "Findings"],
    ["---", "---:"],
    SEVERITIES.map((severity) => [severity, String(counts[severity])]),
  );
}

function ruleTable(findings: readonly Finding[], rules: readonly RuleMeta[]): string {
  const titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const finding of findings) {
    const entry = byRule.get(finding.ruleId);
    if (entry) entry.count++;
    else byRule.set(finding.ruleId, { severity: finding.severity, count: 1 });
  }
  const rows = [...byRule]
    .sort(([idA, a], [idB, b]) => compareSeverity(a.severity, b.severity) || b.count - a.count || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .map(([id, { severity, count }]) => [
      `[${codeSpan(id)}](${ruleHelpUri(id)})`,
      severity,
      String(count),
      markdownText(titles.get(id) ?? ""),
    ]);
  return `### By rule\n\n${table(["Rule", "Severity", "Findings", "Title"], ["---", "---", "---:", "---"], rows)}`;
}

function findingTable(findings: readonly Finding[], root: string, options: MarkdownOptions): string {
  const limit = options.maxFindings ?? findings.length;
  const shown = findings.slice(0, Math.max(0, limit));
  const rows = shown.map((finding) => {
    const file = relativeFile(finding.location.file, root);
    const line = finding.location.start.line;
    const place = codeSpan(`${file}:${line}`);
    const url = options.fileLink?.(file, line);
    return [
      finding.severity,
      url ? `[${place}](${url})` : place,
      `[${codeSpan(finding.ruleId)}](${ruleHelpUri(finding.ruleId)})`,
      markdownText(withoutRoot(finding.message, root)),
      codeSpan(finding.resourceName),
    ];
  });
  const rest = findings.length - shown.length;
  const more = rest > 0 ? `\n\n${plural(rest, "more finding")} not listed here.` : "";
  return `### Findings\n\n${table(["Severity", "Location", "Rule", "Message", "Resource"], ["---", "---", "---", "---", "---"], rows)}${more}`;
}

function diagnosticTable(diagnostics: readonly Diagnostic[], root: string): string {
  const rows = diagnostics.map((diagnostic) => {
    const file = diagnosticFile(diagnostic);
    const start = diagnostic.range?.start;
    const place = file === undefined ? "" : start ? `${relativeFile(file, root)}:${start.line}:${start.column}` : relativeFile(file, root);
    return [diagnostic.level, place ? codeSpan(place) : "", markdownText(withoutRoot(diagnostic.message, root)), codeSpan(diagnostic.code)];
  });
  return `### Input problems\n\n${table(["Level", "Location", "Problem", "Code"], ["---", "---", "---", "---"], rows)}`;
}

function table(header: readonly string[], alignment: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(alignment), ...rows.map(line)].join("\n");
}

/**
 * Messages, names and paths quote the scanned files, which an attacker may
 * control: every character Markdown or HTML gives a meaning to is escaped, so
 * a message can neither inject a link, an image or HTML, nor end a table cell
 * or row early.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    // `:` and `.` break autolinks (`https://…`, `www.…`), `@` mentions.
    .replace(/[\\`*_[\]<>|~&@:.]/g, (char) => (char === "&" ? "&amp;" : `\\${char}`));
}

/**
 * Code spans show text literally, so only what ends them early is replaced:
 * a backtick, a line break, and a pipe (which GitHub reads as the end of a
 * table cell even inside a code span unless escaped).
 */
function codeSpan(text: string): string {
  const literal = text.replace(/\r?\n|\r/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/`/g, "'").replace(/\|/g, "\\|");
  return `\`${literal}\``;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
