import type { ScanResult } from "../model/scan-result.js";
import { formatCompact } from "./compact.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif, type SarifOptions } from "./sarif.js";
import { formatText, type TextOptions } from "./text.js";

export const REPORT_FORMATS = ["text", "compact", "json", "sarif", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options for every format; each reporter reads only its own. */
export interface ReportOptions extends Partial<TextOptions>, SarifOptions {}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The whole report as one string, ending with a newline (empty for a quiet, clean text report). */
export function formatResult(result: ScanResult, format: ReportFormat, options: ReportOptions = {}): string {
  switch (format) {
    case "text":
      return formatText(result, { color: options.color ?? false, showPassed: options.showPassed, quiet: options.quiet, showSuppressed: options.showSuppressed });
    case "compact":
      return formatCompact(result, { color: options.color ?? false, quiet: options.quiet, showSuppressed: options.showSuppressed });
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, { category: options.category });
    case "markdown":
      return formatMarkdown(result);
  }
}

export { fingerprintFinding, normaliseLineText, type FingerprintParts } from "./fingerprint.js";
export {
  formatJson,
  toJsonReport,
  JSON_REPORT_SCHEMA_URL,
  JSON_REPORT_VERSION,
  type JsonDiagnostic,
  type JsonFinding,
  type JsonLocation,
  type JsonReport,
} from "./json.js";
export { formatMarkdown, markdownText, type MarkdownOptions } from "./markdown.js";
export { compareDiagnostics, compareFindings, sortDiagnostics, sortFindings } from "./order.js";
export {
  DEFAULT_SARIF_CATEGORY,
  RULE_DOCS_BASE_URL,
  SARIF_SCHEMA_URI,
  formatSarif,
  ruleHelpUri,
  toSarif,
  type SarifOptions,
} from "./sarif.js";
export {
  atOrAbove,
  compareSeverity,
  countBySeverity,
  isSeverity,
  problemSeverity,
  sarifLevel,
  securitySeverity,
  type ProblemSeverity,
  type SarifLevel,
} from "./severity.js";
export { formatCompact, firstSentence, type CompactOptions } from "./compact.js";
export { printable } from "./printable.js";
export { formatText, shouldColor, type ColorEnvironment, type ColorStream, type TextOptions } from "./text.js";
