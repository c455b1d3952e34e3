import type { Platform } from "../model/resource.js";
import type { SourceRange } from "../model/source.js";
import type { Category, Severity } from "./rule.js";

export interface FindingLocation {
  location: SourceRange;
  message: string;
}

/**
 * Why a finding is not counted: an inline comment or annotation (`inSource`,
 * SARIF's word), or a configuration ignore or baseline entry (`external`).
 */
export interface FindingSuppression {
  kind: "inSource" | "external";
  source: "comment" | "annotation" | "config" | "baseline";
  justification: string;
  /** Last day the suppression applies, `YYYY-MM-DD`. */
  until?: string;
  /** Where the suppression is written (the comment, the annotation, the config entry). */
  location?: SourceRange;
}

/** One problem, on one resource, found by one rule. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  category: Category;
  platform: Platform;
  message: string;
  /** Resource id (`terraform:aws_s3_bucket.logs`). */
  resource: string;
  /** Resource name as users write it (`aws_s3_bucket.logs`). */
  resourceName: string;
  resourceType: string;
  location: SourceRange;
  /** The attribute path the finding is about, rendered (`versioning[0].enabled`), or empty for the resource. */
  attribute: string;
  related: FindingLocation[];
  /**
   * Identity of the finding across edits: rule, resource and attribute, hashed
   * with the text of the flagged line, never its line number.
   */
  fingerprint: string;
  /** Present when the finding is suppressed: it is still reported, but never fails a scan. */
  suppressions?: FindingSuppression[];
}

export function isSuppressed(finding: Finding): boolean {
  return (finding.suppressions?.length ?? 0) > 0;
}
