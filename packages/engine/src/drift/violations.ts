import { isSuppressed, type Finding } from "../evaluate/finding.js";
import type { DriftItem, NewViolation } from "./model.js";

/** The findings of one side, and the pairing key of each resource the audit covers. */
export interface SideFindings {
  findings: readonly Finding[];
  /**
   * Resource id → pairing keys; resources without one are out of the
   * audit's scope. A Terraform block with `count` pairs with each instance.
   */
  keys: ReadonlyMap<string, readonly string[]>;
  /** Resource id → the name drift items use. */
  names: ReadonlyMap<string, string>;
}

/**
 * The live side's findings that the desired side does not have: same rule,
 * same object and same message (with the object's own name taken out, since
 * an instance `aws_x.y[0]` and its block `aws_x.y` are one object). A second,
 * different problem of a rule the object already broke is new too.
 */
export function newViolations(desired: SideFindings, actual: SideFindings, items: readonly DriftItem[]): NewViolation[] {
  const before = new Set<string>();
  for (const finding of desired.findings) {
    for (const key of desired.keys.get(finding.resource) ?? []) before.add(identity(finding, key));
  }
  const violations: NewViolation[] = [];
  const reported = new Set<string>();
  for (const finding of actual.findings) {
    const key = actual.keys.get(finding.resource)?.[0];
    // A finding suppressed with a reason is accepted; one suppressed in the code still counts as known.
    if (key === undefined || isSuppressed(finding)) continue;
    const id = identity(finding, key);
    if (before.has(id) || reported.has(id)) continue;
    reported.add(id);
    const resource = actual.names.get(finding.resource) ?? finding.resourceName;
    violations.push({ finding, resource, relatedDrift: relatedPaths(items, resource, finding.attribute) });
  }
  return violations;
}

function identity(finding: Finding, key: string): string {
  const message = finding.resourceName ? finding.message.split(finding.resourceName).join("\u0000") : finding.message;
  return `${finding.ruleId}\u001f${key}\u001f${message}`;
}

/** Drift items of the same object at, above or below the finding's attribute. */
function relatedPaths(items: readonly DriftItem[], resource: string, attribute: string): string[] {
  const paths = items
    .filter((item) => item.resource === resource && (item.path === "" || attribute === "" || overlaps(item.path, attribute)))
    .map((item) => item.path);
  return [...new Set(paths)];
}

function overlaps(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer === shorter || (longer.startsWith(shorter) && (longer[shorter.length] === "." || longer[shorter.length] === "["));
}
