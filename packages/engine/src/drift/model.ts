import type { Finding } from "../evaluate/finding.js";
import type { RuleMeta, Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceRange } from "../model/source.js";
import type { Value } from "../model/value.js";

/** The platforms a drift audit compares; workflows have no live state. */
export type DriftPlatform = "terraform" | "kubernetes";

/**
 * - `changed`: the attribute exists on both sides with different values.
 * - `added`: the attribute (or list item) exists only live.
 * - `removed`: the attribute (or list item) is in the code but not live.
 * - `missing-live`: the whole object is in the code (or the last state) but gone live.
 * - `unmanaged-live`: the whole object exists live but not in the code.
 */
export type DriftKind = "changed" | "added" | "removed" | "missing-live" | "unmanaged-live";

/** One difference between what the code says and what runs. */
export interface DriftItem {
  platform: DriftPlatform;
  kind: DriftKind;
  /**
   * The object, as users name it: the Terraform address
   * (`module.net.aws_security_group.web`) or `Deployment/shop/web`.
   */
  resource: string;
  /** `aws_security_group`, `Deployment`. */
  resourceType: string;
  /** Kubernetes API group (`apps`, `""` for the core group); absent for Terraform. */
  apiGroup?: string;
  /** Rendered attribute path (`ingress[1]`, `spec.template.spec.containers[0].securityContext.privileged`); empty for the whole object. */
  path: string;
  /** What the code (or the last applied state) has; absent when the attribute or object is not there. */
  desired?: Value;
  /** What runs; absent when the attribute or object is not there. */
  actual?: Value;
  /** Set when a value is sensitive: `desired` and `actual` then hold no value. */
  sensitive?: boolean;
  /** Drift items all carry the audit's drift severity (medium unless configured). */
  severity: Severity;
  message: string;
  /** Where the desired value is written (a manifest, HCL, the plan's `before`). */
  desiredLocation?: SourceRange;
  /** Where the live value is recorded (the live export, the state, the plan's `after`). */
  actualLocation?: SourceRange;
}

/** A rule that the live side breaks and the desired side passed. */
export interface NewViolation {
  /** The finding on the live side; its location is in the live input. */
  finding: Finding;
  /** The object, named as in drift items. */
  resource: string;
  /** Paths of this object's drift items that overlap the finding's attribute: the likely cause. */
  relatedDrift: string[];
}

export interface DriftSummary {
  driftItems: number;
  newViolations: number;
  /** Objects compared on both sides. */
  compared: number;
  missingLive: number;
  unmanagedLive: number;
  /** Drift items and new violations together, by severity. */
  bySeverity: Record<Severity, number>;
}

export interface DriftResult {
  tool: { name: "tollgate"; version: string; informationUri: string };
  /** Absolute path that the file paths in this result are relative to. */
  root: string;
  /** When the audit ran, ISO 8601. */
  generatedAt: string;
  /** The input files, by role. */
  inputs: Array<{ role: "desired" | "live" | "refresh-plan" | "state"; path: string; kind: string }>;
  driftSeverity: Severity;
  /** New violations first (most severe first), then drift items. */
  newViolations: NewViolation[];
  items: DriftItem[];
  summary: DriftSummary;
  diagnostics: Diagnostic[];
  /** Metadata of the rules that ran on both sides. */
  rules: RuleMeta[];
}
