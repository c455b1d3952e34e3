import picocolors from "picocolors";
import { isSuppressed, type Finding } from "../evaluate/finding.js";
import { SEVERITIES, type Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ScanResult } from "../model/scan-result.js";
import { diagnosticFile, sortDiagnostics, sortFindings } from "./order.js";
import { relativeFile, withoutRoot } from "./paths.js";
import { countBySeverity } from "./severity.js";
import { pad, plural, printable, widest } from "./printable.js";

/**
 * The human report for terminals and CI logs: findings grouped by file, one
 * line each, then input problems, then a one-line summary.
 */

export interface TextOptions {
  /** Decided by the caller, normally with `shouldColor`. */
  color: boolean;
  /** Also list the enabled rules that found nothing. */
  showPassed?: boolean;
  /** Only findings and input errors: no warnings, notes, passed rules or summary. */
  quiet?: boolean;
  /** Also list suppressed findings, each with its justification. */
  showSuppressed?: boolean;
}

export type Colors = ReturnType<typeof picocolors.createColors>;

/** The parts of a stream and an environment that decide colour; `process.stdout` and `process.env` fit. */
export interface ColorStream {
  isTTY?: boolean;
}
export type ColorEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * Colour when writing to a terminal, unless `NO_COLOR` is set to anything
 * non-empty (no-color.org) or the terminal is `dumb`. `FORCE_COLOR` turns it
 * on for pipes and CI logs that render ANSI (`0` or `false` turn it off).
 * `NO_COLOR` wins over `FORCE_COLOR`, as in picocolors, because it is the
 * user's own opt-out.
 */
export function shouldColor(stream: ColorStream, env: ColorEnvironment): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export function formatText(result: ScanResult, options: TextOptions): string {
  const colors = picocolors.createColors(options.color);
  const all = sortFindings(result.findings);
  const findings = all.filter((finding) => !isSuppressed(finding));
  const listed = options.showSuppressed ? all : findings;
  const diagnostics = sortDiagnostics(result.diagnostics).filter(
    (diagnostic) => !options.quiet || diagnostic.level === "error",
  );

  const sections: string[][] = [...findingSections(listed, result.root, colors)];
  if (options.showPassed && !options.quiet) {
    const passed = passedRules(result, findings, colors);
    if (passed.length > 0) sections.push(passed);
  }
  if (!options.quiet && result.baseline && result.baseline.unmatched.length > 0) sections.push(unmatchedBaselineLines(result, colors));
  if (diagnostics.length > 0) sections.push(diagnosticLines(diagnostics, result.root, colors));
  if (!options.quiet) sections.push(summaryLines(result, findings, colors, all.length - findings.length, options.showSuppressed === true));

  if (sections.length === 0) return "";
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}

export const SEVERITY_COLOR: Readonly<Record<Severity, (colors: Colors, text: string) => string>> = {
  critical: (colors, text) => colors.bold(colors.red(text)),
  high: (colors, text) => colors.red(text),
  medium: (colors, text) => colors.yellow(text),
  low: (colors, text) => colors.cyan(text),
};

export const LEVEL_COLOR: Readonly<Record<Diagnostic["level"], (colors: Colors, text: string) => string>> = {
  error: (colors, text) => colors.red(text),
  warning: (colors, text) => colors.yellow(text),
  note: (colors, text) => colors.cyan(text),
};

/** One section per file, headed by its path; columns aligned across the whole report. */
function findingSections(findings: readonly Finding[], root: string, colors: Colors): string[][] {
  const positionWidth = widest(findings.map(position));
  const severityWidth = widest(findings.map((finding) => finding.severity));
  const ruleWidth = widest(findings.map((finding) => finding.ruleId));

  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = relativeFile(finding.location.file, root);
    const group = byFile.get(file);
    if (group) group.push(finding);
    else byFile.set(file, [finding]);
  }

  return [...byFile].map(([file, group]) => [
    colors.underline(printable(file)),
    ...group.flatMap((finding) => {
      const line = [
        `  ${position(finding).padStart(positionWidth)}`,
        pad(SEVERITY_COLOR[finding.severity](colors, finding.severity), finding.severity, severityWidth),
        pad(colors.bold(finding.ruleId), finding.ruleId, ruleWidth),
        `${printable(withoutRoot(finding.message, root))}  ${colors.dim(`(${printable(finding.resourceName)})`)}`,
      ].join("  ");
      const related = finding.related.map((location) => {
        const where = `${relativeFile(location.location.file, root)}:${location.location.start.line}:${location.location.start.column}`;
        const indent = " ".repeat(positionWidth + 4);
        return `${indent}${colors.dim("related")} ${printable(where)}  ${printable(withoutRoot(location.message, root))}`;
      });
      const suppressions = (finding.suppressions ?? []).map((suppression) => {
        const indent = " ".repeat(positionWidth + 4);
        const until = suppression.until ? ` (until ${suppression.until})` : "";
        return `${indent}${colors.dim(`suppressed by ${suppression.source}`)}  ${printable(withoutRoot(suppression.justification, root))}${until}`;
      });
      return [line, ...related, ...suppressions];
    }),
  ]);
}

function position(finding: Finding): string {
  return `${finding.location.start.line}:${finding.location.start.column}`;
}

function passedRules(result: ScanResult, findings: readonly Finding[], colors: Colors): string[] {
  const fired = new Set(findings.map((finding) => finding.ruleId));
  const passed = [...new Map(result.rules.map((rule) => [rule.id, rule])).values()]
    .filter((rule) => !fired.has(rule.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (passed.length === 0) return [];
  const idWidth = widest(passed.map((rule) => rule.id));
  return [
    colors.underline("Passed rules"),
    ...passed.map((rule) => `  ${colors.green("pass")}  ${pad(rule.id, rule.id, idWidth)}  ${printable(rule.title)}`),
  ];
}

/** `file:line:col  error  message  [code]`, places aligned; the place is blank when unknown. */
function diagnosticLines(diagnostics: readonly Diagnostic[], root: string, colors: Colors): string[] {
  const places = diagnostics.map((diagnostic) => printable(diagnosticPlace(diagnostic, root)));
  const placeWidth = widest(places);
  return diagnostics.map((diagnostic, index) => {
    const parts = [
      pad(LEVEL_COLOR[diagnostic.level](colors, diagnostic.level), diagnostic.level, "warning".length),
      `${printable(withoutRoot(diagnostic.message, root))}  ${colors.dim(`[${printable(diagnostic.code)}]`)}`,
    ];
    if (placeWidth > 0) parts.unshift(places[index].padEnd(placeWidth));
    return parts.join("  ");
  });
}

function diagnosticPlace(diagnostic: Diagnostic, root: string): string {
  const file = diagnosticFile(diagnostic);
  if (file === undefined) return "";
  const start = diagnostic.range?.start;
  return start ? `${relativeFile(file, root)}:${start.line}:${start.column}` : relativeFile(file, root);
}

/** Baseline entries that match nothing any more, so the file can shrink. */
function unmatchedBaselineLines(result: ScanResult, colors: Colors): string[] {
  const baseline = result.baseline!;
  return [
    colors.underline(`Baseline entries no longer found (delete them from ${printable(relativeFile(baseline.file, result.root))})`),
    ...baseline.unmatched.map((entry) => {
      const attribute = entry.attribute ? ` ${entry.attribute}` : "";
      return `  ${printable(entry.rule)}  ${printable(entry.resource)}${printable(attribute)}  ${colors.dim(entry.fingerprint)}`;
    }),
  ];
}

function summaryLines(result: ScanResult, findings: readonly Finding[], colors: Colors, suppressed = 0, shown = false): string[] {
  const resources = plural(result.resourceCount, "resource");
  const lines: string[] = [];
  if (findings.length === 0) {
    lines.push(`${colors.green("No findings")}; ${resources} checked in ${plural(result.files.length, "file")}`);
  } else {
    const counts = countBySeverity(findings.map((finding) => finding.severity));
    const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0)
      .map((severity) => SEVERITY_COLOR[severity](colors, `${counts[severity]} ${severity}`))
      .join(", ");
    const files = new Set(findings.map((finding) => finding.location.file)).size;
    lines.push(
      `${colors.bold(plural(findings.length, "finding"))} (${breakdown}) in ${plural(files, "file")}; ${resources} checked`,
    );
  }
  if (suppressed > 0) lines.push(colors.dim(`${plural(suppressed, "suppressed finding")}${shown ? "" : " not shown (--show-suppressed lists them)"}`));
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  if (errors > 0) lines.push(colors.red(`${plural(errors, "input error")}: the result is incomplete`));
  return lines;
}
