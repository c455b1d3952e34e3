import type { ResourceGraph } from "../graph/graph.js";
import type { Platform, Resource } from "../model/resource.js";
import type { AttributePath, Range } from "../model/source.js";
import type { ValueObject } from "../model/value.js";

export type Severity = "critical" | "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/**
 * The security area a rule protects. `logging` covers audit trails and threat
 * detection that were switched off: without them the other areas' incidents go unseen.
 */
export type Category = "iam" | "encryption" | "networking" | "supply-chain" | "logging";
export const CATEGORIES: readonly Category[] = ["iam", "encryption", "networking", "supply-chain", "logging"];

/** How often a finding of this rule is a real problem (SARIF `precision`). */
export type Precision = "very-high" | "high" | "medium" | "low";

export interface RuleMeta {
  /** Stable, readable, kebab-case: `aws-s3-encryption-at-rest`. */
  id: string;
  title: string;
  severity: Severity;
  category: Category;
  platforms: readonly Platform[];
  /** The resource types the rule visits; it never sees others. */
  resourceTypes: readonly string[];
  description: string;
  remediation: string;
  precision: Precision;
  tags?: readonly string[];
  /** CWE ids, e.g. `CWE-311`. */
  cwe?: readonly string[];
  /** Compliance controls by framework, e.g. `{ "CIS AWS 3.0": ["2.1.1"] }`. */
  frameworks?: Readonly<Record<string, readonly string[]>>;
  references?: readonly string[];
}

/** An example input for a rule: one or more files, and the findings expected on them. */
export interface RuleExample {
  name?: string;
  /** File name decides how the code is read: `main.tf`, `pod.yaml`, `.github/workflows/ci.yml`. */
  filename: string;
  code: string;
  /** More files scanned alongside, for graph rules. */
  extraFiles?: Readonly<Record<string, string>>;
}

export interface InvalidRuleExample extends RuleExample {
  /** Every finding the rule must produce, in file order; no more, no fewer. */
  errors: ReadonlyArray<{ line: number; column?: number; file?: string; messageIncludes?: string }>;
}

export interface RelatedLocation {
  /** A resource id; defaults to the resource being checked. */
  resource?: string;
  at?: AttributePath;
  message: string;
}

export interface ReportDescriptor {
  /** The attribute that is wrong, or the object missing a setting; omit for the resource header. */
  at?: AttributePath;
  /** A span inside the attribute's value (an expression within a script), when finer than the attribute. */
  range?: Range;
  message: string;
  related?: readonly RelatedLocation[];
}

export interface RuleContext {
  report(descriptor: ReportDescriptor): void;
  readonly graph: ResourceGraph;
  /** Options for this rule from the configuration (empty when none). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Rule<A extends ValueObject = ValueObject> {
  meta: RuleMeta;
  check(resource: Resource<A>, context: RuleContext): void;
  examples: {
    valid: readonly RuleExample[];
    invalid: readonly InvalidRuleExample[];
  };
}

/** Identity function that gives rule files type checking and inference. */
export function defineRule<A extends ValueObject = ValueObject>(rule: Rule<A>): Rule {
  return rule as unknown as Rule;
}
