import type { SourceRange } from "./source.js";

/**
 * Something that kept part of the input from being understood. `error` makes
 * the scan incomplete (exit code 2); `warning` and `note` only inform.
 */
export interface Diagnostic {
  level: "error" | "warning" | "note";
  /** Stable machine-readable code, e.g. `hcl-syntax`, `yaml-alias-limit`. */
  code: string;
  /** The cause, in words; where it happened is in `file` and `range`, which every reporter prints. */
  message: string;
  file?: string;
  range?: SourceRange;
}

/** `file:line:column: message`, for places that print a diagnostic on its own (standard error). */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  const file = diagnostic.range?.file ?? diagnostic.file;
  if (!file) return diagnostic.message;
  const start = diagnostic.range?.start;
  return start ? `${file}:${start.line}:${start.column}: ${diagnostic.message}` : `${file}: ${diagnostic.message}`;
}
