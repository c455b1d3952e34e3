import type { Severity } from "../evaluate/rule.js";
import { formatPath, type AttributePath, type SourceMap, type SourceRange } from "../model/source.js";
import type { Value } from "../model/value.js";
import type { Difference } from "./compare-values.js";
import type { DriftItem, DriftPlatform } from "./model.js";

/** One object's comparison: where each side is written and what differs. */
export interface ObjectComparison {
  platform: DriftPlatform;
  /** As users name it: the address, `Deployment/shop/web`. */
  name: string;
  type: string;
  apiGroup?: string;
  /** Absent when the object does not exist on that side. */
  desired?: { source: SourceMap };
  actual?: { source: SourceMap };
  differences: Difference[];
  /** Paths whose values must not be printed. */
  isSensitive?: (path: AttributePath) => boolean;
}

/** How each side is called in messages: "the code" or "the last applied state". */
export interface SideNames {
  desired: string;
}

const MAX_VALUE_TEXT = 120;

/** A value as one line of text for messages: JSON, shortened. */
export function valueText(value: Value | undefined): string {
  if (value === undefined) return "(absent)";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length <= MAX_VALUE_TEXT ? text : `${text.slice(0, MAX_VALUE_TEXT - 1)}…`;
}

function locate(source: SourceMap | undefined, path: AttributePath | undefined): SourceRange | undefined {
  if (!source) return undefined;
  return source.at(path === undefined ? source.header : source.locate(path).range);
}

/** The drift items of one comparison. */
export function driftItemsOf(comparison: ObjectComparison, severity: Severity, names: SideNames): DriftItem[] {
  const base = {
    platform: comparison.platform,
    resource: comparison.name,
    resourceType: comparison.type,
    ...(comparison.apiGroup === undefined ? {} : { apiGroup: comparison.apiGroup }),
    severity,
  };
  if (!comparison.actual) {
    if (!comparison.desired) return [];
    return [
      {
        ...base,
        kind: "missing-live",
        path: "",
        message: `${comparison.name} is in ${names.desired} but does not exist live`,
        desiredLocation: locate(comparison.desired.source, undefined),
      },
    ];
  }
  if (!comparison.desired) {
    return [
      {
        ...base,
        kind: "unmanaged-live",
        path: "",
        message: `${comparison.name} exists live but not in ${names.desired}`,
        actualLocation: locate(comparison.actual.source, undefined),
      },
    ];
  }
  return comparison.differences.map((difference): DriftItem => {
    const pathSegments = difference.actualPath ?? difference.desiredPath ?? [];
    const path = formatPath(pathSegments);
    const sensitive =
      comparison.isSensitive?.(difference.desiredPath ?? pathSegments) || comparison.isSensitive?.(difference.actualPath ?? pathSegments) || false;
    const desired = sensitive ? undefined : difference.desired;
    const actual = sensitive ? undefined : difference.actual;
    const shown = (value: Value | undefined) => (sensitive ? "(sensitive)" : valueText(value));
    const where = `${comparison.name} ${path}`;
    const message =
      difference.kind === "changed"
        ? `${where} is ${shown(difference.actual)} live, ${shown(difference.desired)} in ${names.desired}`
        : difference.kind === "added"
          ? `${where} is ${shown(difference.actual)} live, absent from ${names.desired}`
          : `${where} is ${shown(difference.desired)} in ${names.desired}, absent live`;
    return {
      ...base,
      kind: difference.kind,
      path,
      ...(desired === undefined ? {} : { desired }),
      ...(actual === undefined ? {} : { actual }),
      ...(sensitive ? { sensitive: true } : {}),
      message,
      desiredLocation: locate(comparison.desired!.source, difference.desiredPath ?? pathSegments),
      actualLocation: locate(comparison.actual!.source, difference.actualPath ?? pathSegments),
    };
  });
}
