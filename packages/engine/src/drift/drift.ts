import path from "node:path";
import { discover } from "../discover/discover.js";
import { evaluate } from "../evaluate/evaluate.js";
import type { Finding } from "../evaluate/finding.js";
import type { Rule, Severity } from "../evaluate/rule.js";
import { buildGraph } from "../graph/build.js";
import type { ResourceGraph } from "../graph/graph.js";
import type { FileKind, TreeDocument } from "../load/document.js";
import { loadSources } from "../load/load.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Resource } from "../model/resource.js";
import { sortDiagnostics } from "../report/order.js";
import { compareSeverity, countBySeverity } from "../report/severity.js";
import { scan, type ScanOutcome } from "../scan.js";
import { TOLLGATE_URI, TOLLGATE_VERSION } from "../version.js";
import { compareValues } from "./compare-values.js";
import { driftItemsOf, type ObjectComparison, type SideNames } from "./comparison.js";
import { compareKubernetes } from "./kubernetes.js";
import type { DriftItem, DriftResult } from "./model.js";
import { addressOf, pairTerraformResources, readRefreshPlan, TERRAFORM_CODE_POLICY } from "./terraform.js";
import { newViolations, type SideFindings } from "./violations.js";

/** Drift items count as this severity unless the caller says otherwise. */
export const DEFAULT_DRIFT_SEVERITY: Severity = "medium";

export interface DriftOptions {
  /** The code: Terraform HCL or a plan (for `state`), Kubernetes manifests (for `live`). */
  desired?: readonly string[];
  /** Kubernetes live exports (`kubectl get … -o yaml`). */
  live?: readonly string[];
  /** Terraform state JSON (`terraform show -json` of a state), compared with the Terraform code in `desired`. */
  state?: readonly string[];
  /** Refresh-only plan JSON (`terraform plan -refresh-only`, then `terraform show -json`). */
  refreshPlan?: readonly string[];
  cwd?: string;
  /** Directory that reported paths are relative to; defaults to `cwd`. */
  root?: string;
  /** Text of standard input, for an input given as `-`. */
  stdin?: string;
  exclude?: readonly string[];
  rules: readonly Rule[];
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  driftSeverity?: Severity;
  now?: Date;
}

type Role = DriftResult["inputs"][number]["role"];

/** The kinds of file each input accepts. */
const ACCEPTED_KINDS: Readonly<Record<Role, readonly FileKind[]>> = {
  desired: ["terraform", "terraform-json", "tfvars", "plan", "kubernetes"],
  live: ["kubernetes"],
  state: ["state"],
  "refresh-plan": ["plan"],
};

const EXPECTED: Readonly<Record<Role, string>> = {
  desired: "Terraform or Kubernetes code",
  live: "a Kubernetes export (kubectl get -o yaml)",
  state: "a Terraform state (terraform show -json)",
  "refresh-plan": "a Terraform plan (terraform show -json)",
};

/**
 * Compares what the code says with what runs, and runs the rules on both
 * sides: a rule the live side breaks and the code passed is a new violation.
 */
export async function drift(options: DriftOptions): Promise<DriftResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  const severity = options.driftSeverity ?? DEFAULT_DRIFT_SEVERITY;
  const diagnostics: Diagnostic[] = [];
  const inputs: DriftResult["inputs"] = [];
  const comparisons: Array<{ comparison: ObjectComparison; names: SideNames }> = [];
  const sides: Array<{ desired: SideFindings; actual: SideFindings }> = [];

  const scanRole = async (role: Role, paths: readonly string[] | undefined): Promise<ScanOutcome | undefined> => {
    if (!paths?.length) return undefined;
    const outcome = await scan({ paths, cwd, root, stdin: options.stdin, exclude: options.exclude, rules: options.rules, ruleOptions: options.ruleOptions });
    diagnostics.push(...outcome.diagnostics);
    for (const file of outcome.files) {
      inputs.push({ role, path: file.path, kind: file.kind });
      if (!ACCEPTED_KINDS[role].includes(file.kind)) {
        diagnostics.push({ level: "error", code: "drift-input", message: `expected ${EXPECTED[role]}, found a ${file.kind} file`, file: file.path });
      }
    }
    return outcome;
  };

  const desired = await scanRole("desired", options.desired);
  const live = await scanRole("live", options.live);
  const state = await scanRole("state", options.state);

  if (live) {
    if (!desired) usage(diagnostics, "a Kubernetes live export needs the manifests to compare it with (desired paths)");
    const pairing = compareKubernetes(resourcesOf(desired?.graph, "kubernetes"), resourcesOf(live.graph, "kubernetes"));
    for (const comparison of pairing.comparisons) comparisons.push({ comparison, names: { desired: "the manifests" } });
    sides.push({
      desired: sideFindings(desired?.findings ?? [], pairing.desiredKeys, desired?.graph),
      actual: sideFindings(live.findings, pairing.actualKeys, live.graph),
    });
  }

  if (state) {
    if (!desired) usage(diagnostics, "a Terraform state needs the code to compare it with (desired paths)");
    const code = resourcesOf(desired?.graph, "terraform").filter(isManaged);
    const pairs = pairTerraformResources(code, resourcesOf(state.graph, "terraform").filter(isManaged));
    const desiredKeys = new Map<string, string[]>();
    const actualKeys = new Map<string, string[]>();
    for (const pair of pairs) {
      // A block with several instances (count, for_each) pairs with each of them.
      const key = addressOf(pair.actual ?? pair.desired!);
      if (pair.desired) addKey(desiredKeys, pair.desired.id, key);
      if (pair.actual) addKey(actualKeys, pair.actual.id, key);
      const differences = pair.desired && pair.actual ? compareValues(pair.desired.attributes, pair.actual.attributes, TERRAFORM_CODE_POLICY) : [];
      const shown = pair.actual ?? pair.desired!;
      comparisons.push({
        comparison: {
          platform: "terraform",
          name: addressOf(shown),
          type: shown.type,
          ...(pair.desired ? { desired: { source: pair.desired.source } } : {}),
          ...(pair.actual ? { actual: { source: pair.actual.source } } : {}),
          differences,
        },
        names: { desired: "the code" },
      });
    }
    const desiredSide = sideFindings(desired?.findings ?? [], desiredKeys, desired?.graph);
    sides.push({ desired: desiredSide, actual: sideFindings(state.findings, actualKeys, state.graph) });
  }

  for (const planDocument of await loadRefreshPlans(options, cwd, root, inputs, diagnostics)) {
    const reading = readRefreshPlan(planDocument.document);
    diagnostics.push(...reading.diagnostics);
    for (const comparison of reading.comparisons) comparisons.push({ comparison, names: { desired: "the last applied state" } });
    if (!reading.desiredDocument || !reading.actualDocument) continue;
    const desiredSide = evaluateDocument(reading.desiredDocument, planDocument.text, options, diagnostics);
    const actualSide = evaluateDocument(reading.actualDocument, planDocument.text, options, diagnostics);
    sides.push({ desired: desiredSide, actual: actualSide });
  }

  if (!options.desired?.length && !options.live?.length && !options.state?.length && !options.refreshPlan?.length) {
    usage(diagnostics, "nothing to compare: give a refresh-only plan, or desired paths with a state or a live export");
  }

  const items = sortItems(comparisons.flatMap(({ comparison, names }) => driftItemsOf(comparison, severity, names)));
  const violations = sides
    .flatMap(({ desired: before, actual: after }) => newViolations(before, after, items))
    .sort(
      (a, b) =>
        compareSeverity(a.finding.severity, b.finding.severity) ||
        compareText(a.resource, b.resource) ||
        compareText(a.finding.ruleId, b.finding.ruleId) ||
        compareText(a.finding.message, b.finding.message),
    );

  return {
    tool: { name: "tollgate", version: TOLLGATE_VERSION, informationUri: TOLLGATE_URI },
    root,
    generatedAt: (options.now ?? new Date()).toISOString(),
    inputs,
    driftSeverity: severity,
    newViolations: violations,
    items,
    summary: {
      driftItems: items.length,
      newViolations: violations.length,
      compared: comparisons.filter(({ comparison }) => comparison.desired && comparison.actual).length,
      missingLive: items.filter((item) => item.kind === "missing-live").length,
      unmanagedLive: items.filter((item) => item.kind === "unmanaged-live").length,
      bySeverity: countBySeverity([...items.map((item) => item.severity), ...violations.map((violation) => violation.finding.severity)]),
    },
    diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)),
    rules: options.rules.map((rule) => rule.meta),
  };
}

function usage(diagnostics: Diagnostic[], message: string): void {
  diagnostics.push({ level: "error", code: "drift-usage", message });
}

function resourcesOf(graph: ResourceGraph | undefined, platform: Resource["platform"]): Resource[] {
  return graph ? [...graph.resources()].filter((resource) => resource.platform === platform) : [];
}

function isManaged(resource: Resource): boolean {
  return (resource.mode ?? "managed") === "managed";
}

function addKey(keys: Map<string, string[]>, id: string, key: string): void {
  const list = keys.get(id);
  if (list) list.push(key);
  else keys.set(id, [key]);
}

function sideFindings(findings: readonly Finding[], keys: ReadonlyMap<string, readonly string[]>, graph: ResourceGraph | undefined): SideFindings {
  const names = new Map<string, string>();
  for (const id of keys.keys()) {
    const resource = graph?.get(id);
    if (resource) names.set(id, resource.platform === "terraform" ? addressOf(resource) : resource.name);
  }
  return { findings, keys, names };
}

/** Reads refresh-only plans with the engine's own discovery and loaders, keeping their text for fingerprints. */
async function loadRefreshPlans(
  options: DriftOptions,
  cwd: string,
  root: string,
  inputs: DriftResult["inputs"],
  diagnostics: Diagnostic[],
): Promise<Array<{ document: TreeDocument; text: string }>> {
  if (!options.refreshPlan?.length) return [];
  const discovered = await discover({ paths: options.refreshPlan, cwd, root, stdin: options.stdin, exclude: options.exclude });
  diagnostics.push(...discovered.diagnostics);
  const plans = discovered.files.filter((file) => {
    inputs.push({ role: "refresh-plan", path: file.path, kind: file.kind });
    if (file.kind === "plan") return true;
    diagnostics.push({ level: "error", code: "drift-input", message: `expected ${EXPECTED["refresh-plan"]}, found a ${file.kind} file`, file: file.path });
    return false;
  });
  const loaded = await loadSources(plans);
  diagnostics.push(...loaded.diagnostics);
  return loaded.trees.map((document) => ({ document, text: plans.find((file) => file.path === document.file)?.text ?? "" }));
}

/** Builds one side of a refresh-only plan into a graph and runs the rules; every resource is in scope. */
function evaluateDocument(document: TreeDocument, text: string, options: DriftOptions, diagnostics: Diagnostic[]): SideFindings {
  const sourceText = (file: string) => (file === document.file ? text : "");
  const graph = buildGraph({ hcl: [], trees: [document], diagnostics: [] }, sourceText);
  const evaluated = evaluate(graph, options.rules, { sourceText, ruleOptions: options.ruleOptions });
  diagnostics.push(...evaluated.diagnostics);
  const keys = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (const resource of graph.resources()) {
    if (resource.platform !== "terraform") continue;
    keys.set(resource.id, [addressOf(resource)]);
    names.set(resource.id, addressOf(resource));
  }
  return { findings: evaluated.findings, keys, names };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KIND_ORDER: Readonly<Record<DriftItem["kind"], number>> = { "missing-live": 0, "unmanaged-live": 1, added: 2, changed: 3, removed: 4 };

function sortItems(items: DriftItem[]): DriftItem[] {
  return items.sort(
    (a, b) =>
      compareText(a.platform, b.platform) ||
      compareText(a.resource, b.resource) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.path, b.path) ||
      compareText(a.message, b.message),
  );
}

/** The rules run on each side separately: one input error must not be reported twice. */
function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.level, diagnostic.code, diagnostic.message, diagnostic.file, diagnostic.range]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
