import type { MapEntry, MapNode, TreeDocument, TreeNode } from "../load/document.js";
import { readPlan, type PlanResourceChange } from "../load/plan.js";
import { treeToValue } from "../load/tree.js";
import { terraformAddress } from "../graph/terraform/build-terraform.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Resource } from "../model/resource.js";
import { SourceMap, type AttributePath } from "../model/source.js";
import { getPath, type Scalar, type Value } from "../model/value.js";
import { compareValues, type ComparePolicy } from "./compare-values.js";
import type { ObjectComparison } from "./comparison.js";

/**
 * Terraform drift, two ways: a refresh-only plan's `resource_drift` (before =
 * the last applied state, after = what the provider read live), or the code
 * (HCL or a plan) against a state, resource by resource.
 */

/** Meta-arguments configure Terraform, not the object: a state has none of them. */
const META_ARGUMENTS = new Set(["count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection", "timeouts"]);

function sameTerraformScalar(desired: Scalar, actual: Scalar): boolean {
  if (desired === actual || String(desired) === String(actual)) return true;
  // Policies: the same JSON document, however it was spaced.
  if (typeof desired === "string" && typeof actual === "string" && /^\s*[[{]/.test(desired) && /^\s*[[{]/.test(actual)) {
    try {
      return JSON.stringify(canonicalJson(JSON.parse(desired))) === JSON.stringify(canonicalJson(JSON.parse(actual)));
    } catch {
      return false;
    }
  }
  return false;
}

function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonicalJson((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** Two states (before and after a refresh): every attribute counts. */
export const TERRAFORM_STATE_POLICY: ComparePolicy = {
  liveOnlyKeys: true,
  unorderedScalarLists: true,
  ignored: () => false,
  isServerDefault: () => false,
  mergeKey: () => undefined,
  sameScalar: (_path, desired, actual) => sameTerraformScalar(desired, actual),
};

/** Code against a state: only what the code sets, plus list items (rules, blocks) that appear live. */
export const TERRAFORM_CODE_POLICY: ComparePolicy = {
  liveOnlyKeys: false,
  unorderedScalarLists: true,
  ignored: (path) => path.length === 1 && META_ARGUMENTS.has(String(path[0])),
  isServerDefault: () => false,
  mergeKey: () => undefined,
  sameScalar: (_path, desired, actual) => sameTerraformScalar(desired, actual),
};

export interface RefreshPlanReading {
  comparisons: ObjectComparison[];
  /** The plan rewritten as the last applied state and as the live state, for running the rules on both. */
  desiredDocument?: TreeDocument;
  actualDocument?: TreeDocument;
  diagnostics: Diagnostic[];
}

/** Reads `resource_drift` attribute by attribute, and rebuilds both states for the rules. */
export function readRefreshPlan(document: TreeDocument): RefreshPlanReading {
  const { plan, diagnostics } = readPlan(document);
  if (!plan) return { comparisons: [], diagnostics };
  if (plan.kind !== "plan") {
    diagnostics.push({ level: "error", code: "drift-input", message: "expected a plan (terraform show -json of a refresh-only plan), found a state", file: document.file });
    return { comparisons: [], diagnostics };
  }
  const drifted = new Map<string, PlanResourceChange>();
  for (const change of plan.resourceDrift) {
    if (change.deposed === undefined && change.mode === "managed") drifted.set(change.address, change);
  }

  const comparisons: ObjectComparison[] = [];
  for (const change of drifted.values()) {
    const desired = sideOf(change, change.before, document.file);
    const actual = sideOf(change, change.after, document.file);
    const differences = desired && actual ? compareValues(desired.attributes, actual.attributes, TERRAFORM_STATE_POLICY) : [];
    const beforeMarks = change.beforeSensitive ? treeToValue(change.beforeSensitive) : undefined;
    const afterMarks = change.afterSensitive ? treeToValue(change.afterSensitive) : undefined;
    comparisons.push({
      platform: "terraform",
      name: change.address,
      type: change.type,
      desired,
      actual,
      differences,
      isSensitive: (path) => markedSensitive(beforeMarks, path) || markedSensitive(afterMarks, path),
    });
  }

  const root = document.root as MapNode;
  const unchanged = plan.priorStateResources.filter((entry) => !drifted.has(entry.address)).map((entry) => entry.node);
  const rebuild = (side: "before" | "after"): TreeDocument => {
    const resources = [...unchanged];
    for (const change of drifted.values()) {
      const values = change[side];
      if (values && values.kind === "map") resources.push(withValues(change.node, values));
    }
    return statesDocument(document, root, resources);
  };
  return { comparisons, desiredDocument: rebuild("before"), actualDocument: rebuild("after"), diagnostics };
}

function sideOf(change: PlanResourceChange, node: TreeNode | undefined, file: string): { attributes: Value; source: SourceMap } | undefined {
  if (!node || node.kind !== "map") return undefined;
  const source = new SourceMap(file, node.range, change.header);
  return { attributes: treeToValue(node, source), source };
}

/** `before_sensitive` / `after_sensitive` mark a path (or a parent of it) with `true`. */
function markedSensitive(marks: Value | undefined, path: AttributePath): boolean {
  if (marks === true) return true;
  for (let length = 1; length <= path.length; length++) {
    if (getPath(marks, path.slice(0, length)) === true) return true;
  }
  return false;
}

/** A resource entry of `resource_drift` turned into a values entry, keeping every node's position. */
function withValues(entry: MapNode, values: MapNode): MapNode {
  const entries: MapEntry[] = entry.entries.filter((item) => item.key !== "change");
  entries.push({ key: "values", keyRange: values.range, value: values });
  return { kind: "map", range: entry.range, entries };
}

/** A plan document whose `planned_values` are `resources`: the graph builder reads it like any plan. */
function statesDocument(original: TreeDocument, root: MapNode, resources: TreeNode[]): TreeDocument {
  const range = root.range;
  const entry = (key: string, value: TreeNode): MapEntry => ({ key, keyRange: range, value });
  const kept = root.entries.filter((item) => item.key === "format_version" || item.key === "terraform_version" || item.key === "configuration");
  const rootModule: MapNode = { kind: "map", range, entries: [entry("resources", { kind: "list", range, items: resources })] };
  const planned: MapNode = { kind: "map", range, entries: [entry("root_module", rootModule)] };
  return { ...original, kind: "plan", root: { kind: "map", range, entries: [...kept, entry("planned_values", planned)] } };
}

/** The address of a Terraform resource from any origin (HCL, plan, state). */
export function addressOf(resource: Resource): string {
  return terraformAddress(resource);
}

/** `aws_x.y[0]`, `module.m["a"].aws_x.y` → `aws_x.y`: the declaration an instance comes from. */
export function declarationAddress(address: string): string {
  const withoutIndex = address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/, "");
  return withoutIndex.replace(/^(?:module\.[\w-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/, "");
}

export interface TerraformPair {
  desired?: Resource;
  actual?: Resource;
}

/**
 * Pairs the code's resources with the state's: by address, then an instance
 * (`aws_x.y[0]`) with the block that declares it, then a module's resource
 * with the one declaration of that address in the code.
 */
export function pairTerraformResources(desired: readonly Resource[], actual: readonly Resource[]): TerraformPair[] {
  const desiredByAddress = new Map<string, Resource>();
  const declarations = new Map<string, Resource[]>();
  for (const resource of desired) {
    const address = addressOf(resource);
    if (!desiredByAddress.has(address)) desiredByAddress.set(address, resource);
    const list = declarations.get(address);
    if (list) list.push(resource);
    else declarations.set(address, [resource]);
  }
  const matched = new Set<Resource>();
  const pairs: TerraformPair[] = [];
  for (const resource of actual) {
    const address = addressOf(resource);
    const inModule = address.startsWith("module.");
    const withoutIndex = address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/, "");
    let match = desiredByAddress.get(address) ?? desiredByAddress.get(withoutIndex);
    if (!match && inModule) {
      const candidates = declarations.get(declarationAddress(address)) ?? [];
      if (candidates.length === 1) match = candidates[0];
    }
    if (match) matched.add(match);
    pairs.push({ desired: match, actual: resource });
  }
  for (const resource of desired) if (!matched.has(resource)) pairs.push({ desired: resource });
  return pairs;
}
