import type { Platform } from "../model/resource.js";
import type { SourceRange } from "../model/source.js";
import type { Category, Severity } from "./rule.js";

export interface FindingLocation {
  location: SourceRange;
  message: string;
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
}
