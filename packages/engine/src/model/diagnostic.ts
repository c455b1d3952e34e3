import type { SourceRange } from "./source.js";

/**
 * Something that kept part of the input from being understood. `error` makes
 * the scan incomplete (exit code 2); `warning` and `note` only inform.
 */
export interface Diagnostic {
  level: "error" | "warning" | "note";
  /** Stable machine-readable code, e.g. `parse-error`, `yaml-alias-limit`. */
  code: string;
  message: string;
  file?: string;
  range?: SourceRange;
}
