import crypto from "node:crypto";

export interface FingerprintParts {
  ruleId: string;
  /** Resource id, e.g. `terraform:aws_s3_bucket.logs`. */
  resource: string;
  /** Rendered attribute path, empty for the resource itself. */
  attribute: string;
  /** The text of the flagged line. */
  lineText: string;
}

/**
 * Identity of a finding across edits. The line number is deliberately left
 * out, so adding lines above a finding keeps its identity (a dismissed alert
 * stays dismissed); the line's text is in, so changing the flagged line makes
 * it a new finding. Whitespace is normalised so re-indenting changes nothing.
 */
export function fingerprintFinding(parts: FingerprintParts): string {
  return fingerprintOfNormalisedLine(parts.ruleId, parts.resource, parts.attribute, normaliseLineText(parts.lineText));
}

/** `fingerprintFinding` for a line already normalised by `normaliseLineText` (a line of minified JSON may hold many findings). */
export function fingerprintOfNormalisedLine(ruleId: string, resource: string, attribute: string, normalisedLine: string): string {
  // NUL cannot occur in any field, so distinct field splits never collide.
  return sha256Hex(`${ruleId}\u0000${resource}\u0000${attribute}\u0000${normalisedLine}`).slice(0, 32);
}

/** `crypto.hash` hashes in one call, without a Hash object per finding; Node before 20.12 lacks it. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");

/** Collapses every run of whitespace (including a trailing `\r`) to one space and trims. */
export function normaliseLineText(lineText: string): string {
  return lineText.replace(/\s+/g, " ").trim();
}
