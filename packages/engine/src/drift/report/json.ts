import type { Category, Severity } from "../../evaluate/rule.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Position, SourceRange } from "../../model/source.js";
import type { Value } from "../../model/value.js";
import { diagnosticFile } from "../../report/order.js";
import { relativeFile, withoutRoot } from "../../report/paths.js";
import type { DriftKind, DriftPlatform, DriftResult, DriftSummary } from "../model.js";

/**
 * The drift report as JSON: new violations, then drift items, with paths
 * relative to the root so that reports from different machines compare.
 */

export const DRIFT_JSON_VERSION = "1.0";

export const DRIFT_JSON_SCHEMA_URL =
  "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/drift/report/json-schema.json";

export interface DriftJsonLocation {
  file: string;
  start: Position;
  end: Position;
}

export interface DriftJsonItem {
  platform: DriftPlatform;
  kind: DriftKind;
  resource: string;
  resourceType: string;
  apiGroup?: string;
  path: string;
  desired?: Value;
  actual?: Value;
  sensitive?: boolean;
  severity: Severity;
  message: string;
  desiredLocation?: DriftJsonLocation;
  actualLocation?: DriftJsonLocation;
}

export interface DriftJsonViolation {
  ruleId: string;
  severity: Severity;
  category: Category;
  platform: string;
  resource: string;
  resourceType: string;
  attribute: string;
  message: string;
  location: DriftJsonLocation;
  relatedDrift: string[];
  fingerprint: string;
}

export interface DriftJsonReport {
  $schema: string;
  schemaVersion: string;
  kind: "tollgate-drift";
  tool: DriftResult["tool"];
  generatedAt: string;
  driftSeverity: Severity;
  summary: DriftSummary;
  inputs: DriftResult["inputs"];
  newViolations: DriftJsonViolation[];
  items: DriftJsonItem[];
  diagnostics: Array<{ level: Diagnostic["level"]; code: string; message: string; file?: string; start?: Position }>;
}

export function toDriftJson(result: DriftResult): DriftJsonReport {
  const location = (range: SourceRange): DriftJsonLocation => ({ file: relativeFile(range.file, result.root), start: range.start, end: range.end });
  return {
    $schema: DRIFT_JSON_SCHEMA_URL,
    schemaVersion: DRIFT_JSON_VERSION,
    kind: "tollgate-drift",
    tool: result.tool,
    generatedAt: result.generatedAt,
    driftSeverity: result.driftSeverity,
    summary: result.summary,
    inputs: result.inputs.map((input) => ({ ...input, path: relativeFile(input.path, result.root) })),
    newViolations: result.newViolations.map(({ finding, resource, relatedDrift }) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      category: finding.category,
      platform: finding.platform,
      resource,
      resourceType: finding.resourceType,
      attribute: finding.attribute,
      message: withoutRoot(finding.message, result.root),
      location: location(finding.location),
      relatedDrift,
      fingerprint: finding.fingerprint,
    })),
    items: result.items.map((item) => ({
      platform: item.platform,
      kind: item.kind,
      resource: item.resource,
      resourceType: item.resourceType,
      ...(item.apiGroup === undefined ? {} : { apiGroup: item.apiGroup }),
      path: item.path,
      ...(item.desired === undefined ? {} : { desired: item.desired }),
      ...(item.actual === undefined ? {} : { actual: item.actual }),
      ...(item.sensitive ? { sensitive: true } : {}),
      severity: item.severity,
      message: item.message,
      ...(item.desiredLocation ? { desiredLocation: location(item.desiredLocation) } : {}),
      ...(item.actualLocation ? { actualLocation: location(item.actualLocation) } : {}),
    })),
    diagnostics: result.diagnostics.map((diagnostic) => {
      const file = diagnosticFile(diagnostic);
      return {
        level: diagnostic.level,
        code: diagnostic.code,
        message: withoutRoot(diagnostic.message, result.root),
        ...(file === undefined ? {} : { file: relativeFile(file, result.root) }),
        ...(diagnostic.range ? { start: diagnostic.range.start } : {}),
      };
    }),
  };
}

export function formatDriftJson(result: DriftResult): string {
  return `${JSON.stringify(toDriftJson(result), null, 2)}\n`;
}

/** `file:line:column`, relative to the root, for tables. */
export function locationText(range: SourceRange | undefined, root: string): string {
  if (!range) return "";
  const file = relativeFile(range.file, root);
  return range.start.line >= 1 ? `${file}:${range.start.line}:${range.start.column}` : file;
}
