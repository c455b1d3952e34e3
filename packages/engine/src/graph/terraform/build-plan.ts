import type { TreeDocument, TreeNode } from "../../load/document.js";
import {
  findConfigModule,
  findConfigResource,
  readPlan,
  splitAddress,
  type PlanConfiguration,
  type PlanResourceAddress,
  type PlanResourceChange,
  type PlanValuesResource,
} from "../../load/plan.js";
import { treeToValue } from "../../load/tree.js";
import type { Resource } from "../../model/resource.js";
import { SourceMap, type PathSegment, type SourceRange } from "../../model/source.js";
import { Unknown, emptyObject, isObject, type Value, type ValueObject } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";

/** Where a plan or state resource was declared, for joining it to the HCL that declared it. */
export interface PlanOrigin {
  /** Module calls from the root module: `["net", "subnets"]`; empty in the root module. */
  moduleCallChain: string[];
  /** Address inside its module, without instance key: `aws_security_group.web`. */
  configAddress: string;
  /** The module instance: `module.net.module.subnets["a"]`, or "" for the root module. */
  moduleAddress: string;
  /** The `count` index or `for_each` key of the resource instance. */
  index?: string | number;
  /** The resource's entry in the plan's configuration section, when the plan has one. */
  configuration?: SourceRange;
}

const originsByGraph = new WeakMap<ResourceGraph, Map<string, PlanOrigin>>();

/** The declaration of every resource `buildPlan` added to `graph`, keyed by resource id. */
export function planOrigins(graph: ResourceGraph): ReadonlyMap<string, PlanOrigin> {
  return originsByGraph.get(graph) ?? new Map();
}

export function terraformResourceId(file: string, address: string): string {
  return `terraform:${file}::${address}`;
}

/**
 * Adds the resources of plan and state documents (`terraform show -json`) to
 * the graph: for a plan, every resource instance that exists once the plan is
 * applied, with unknown (computed) attributes as Unknown; for a state, every
 * resource in it. Plans also give "references" edges from their configuration.
 */
export function buildPlan(documents: readonly TreeDocument[], graph: ResourceGraph): void {
  let origins = originsByGraph.get(graph);
  if (!origins) originsByGraph.set(graph, (origins = new Map()));
  for (const document of documents) {
    if (document.kind !== "plan" && document.kind !== "state") continue;
    const { plan, diagnostics } = readPlan(document);
    graph.diagnostics.push(...diagnostics);
    if (!plan) continue;

    const instances: PlanInstance[] = [];
    const add = (resource: Resource, address: PlanResourceAddress): void => {
      if (!graph.add(resource)) return;
      instances.push({ id: resource.id, address });
      const declaration = plan.configuration && findConfigResource(plan.configuration, address.modulePath, address.configAddress);
      origins.set(resource.id, {
        moduleCallChain: address.modulePath,
        configAddress: address.configAddress,
        moduleAddress: address.moduleAddress,
        index: address.index,
        configuration: declaration && { file: plan.file, ...declaration.range },
      });
    };

    if (plan.kind === "state") {
      for (const entry of plan.stateResources) add(valuesResource(entry, plan.file, "state"), entry);
      continue;
    }

    const seen = new Set<string>();
    for (const change of plan.resourceChanges) {
      if (change.deposed !== undefined) continue;
      seen.add(change.address);
      if (leavesTerraform(change.actions)) continue;
      add(changeResource(change, plan.file), change);
    }
    // planned_values lists resources that resource_changes may omit (older plans, no-op filtering).
    for (const entry of plan.plannedResources) {
      if (seen.has(entry.address)) continue;
      seen.add(entry.address);
      add(valuesResource(entry, plan.file, "plan"), entry);
    }
    // Data sources read while planning appear only in prior_state; rules and edges still need them.
    for (const entry of plan.priorStateResources) {
      if (entry.mode !== "data" || seen.has(entry.address)) continue;
      seen.add(entry.address);
      add(valuesResource(entry, plan.file, "plan"), entry);
    }

    if (plan.configuration) new PlanReferences(plan.configuration, instances).link(graph);
  }
}

/** A change whose only actions remove the object from Terraform leaves no resource behind. */
function leavesTerraform(actions: readonly string[]): boolean {
  return actions.length > 0 && actions.every((action) => action === "delete" || action === "forget");
}

function changeResource(change: PlanResourceChange, file: string): Resource {
  const source = new SourceMap(file, change.node.range, change.header, change.after?.kind === "map" ? change.after : undefined);
  let attributes: ValueObject = change.after?.kind === "map" ? (treeToValue(change.after) as ValueObject) : emptyObject();
  if (change.afterUnknown) {
    const marked = markUnknown(attributes, change.afterUnknown);
    if (isObject(marked)) attributes = marked;
  }
  return terraformResource(change, file, "plan", attributes, source);
}

function valuesResource(entry: PlanValuesResource, file: string, origin: "plan" | "state"): Resource {
  const source = new SourceMap(file, entry.node.range, entry.header, entry.values?.kind === "map" ? entry.values : undefined);
  const attributes = entry.values?.kind === "map" ? (treeToValue(entry.values) as ValueObject) : emptyObject();
  return terraformResource(entry, file, origin, attributes, source);
}

function terraformResource(
  address: PlanResourceAddress,
  file: string,
  origin: "plan" | "state",
  attributes: ValueObject,
  source: SourceMap,
): Resource {
  return {
    id: terraformResourceId(file, address.address),
    platform: "terraform",
    type: address.type,
    name: address.address,
    origin,
    attributes,
    source,
    mode: address.mode,
  };
}

/**
 * Applies `after_unknown` to `after`: a `true` at a path makes the value there
 * Unknown, even where `after` lacks the key (Terraform drops unknown object
 * attributes from `after` and nulls unknown list elements). Containers are
 * created only on the way to a `true`. Returns the value for this slot.
 */
function markUnknown(value: Value | undefined, marks: TreeNode): Value | undefined {
  if (marks.kind === "scalar") return marks.value === true ? Unknown : value;
  if (marks.kind === "map") {
    let object = isObject(value) ? value : undefined;
    for (const entry of marks.entries) {
      const before = object?.[entry.key];
      const after = markUnknown(before, entry.value);
      if (after === before || after === undefined) continue;
      object ??= emptyObject();
      object[entry.key] = after;
    }
    return object ?? value;
  }
  let list = Array.isArray(value) ? value : undefined;
  marks.items.forEach((item, index) => {
    const before = list?.[index];
    const after = markUnknown(before, item);
    if (after === before || after === undefined) return;
    list ??= [];
    while (list.length < index) list.push(null);
    list[index] = after;
  });
  return list ?? value;
}

interface PlanInstance {
  id: string;
  address: PlanResourceAddress;
}

/** A module instance of the plan, e.g. `module.net.module.subnets["a"]`. */
interface ModuleInstance {
  address: string;
  path: string[];
  index?: string | number;
  parent?: ModuleInstance;
  /** Instances of each module this one calls, by call name. */
  children: Map<string, ModuleInstance[]>;
}

interface ReferenceEdges {
  via: PathSegment[];
  /** The referenced instances, by the resource they are instances of. */
  targets: TargetGroup[];
  /**
   * The expression uses `count.index` or `each.*`: `aws_s3_bucket.b[count.index]`
   * appears in references as plain `aws_s3_bucket.b`, so an instance is paired
   * with the target instance of its own index when there is one.
   */
  pairByIndex: boolean;
}

interface TargetGroup {
  ids: string[];
  byIndex: Map<string | number, string>;
}

/** Reference forms that name no resource: iteration, paths, workspace, locals (absent from plan JSON). */
const NON_RESOURCE_ROOTS = new Set(["local", "each", "count", "path", "terraform", "self"]);

/**
 * Turns the `references` of the configuration section into edges between
 * resource instances. `var.x` follows the module call's argument to the
 * parent module, `module.m.out` follows the output's expression into the
 * child module, so edges cross module boundaries the way values do.
 * Work is shared: one resolution per (module instance, configuration resource),
 * memoised variables and outputs.
 */
class PlanReferences {
  /** Instances by module instance address and address in module. */
  readonly #groups = new Map<string, PlanInstance[]>();
  readonly #byId = new Map<string, PlanInstance>();
  readonly #modules = new Map<string, ModuleInstance>();
  /** Resolved variables and outputs per module instance; an entry in progress is empty, which breaks cycles. */
  readonly #memo = new Map<string, string[]>();

  constructor(
    private readonly configuration: PlanConfiguration,
    instances: readonly PlanInstance[],
  ) {
    this.#modules.set("", { address: "", path: [], children: new Map() });
    for (const instance of instances) {
      this.#byId.set(instance.id, instance);
      const { moduleAddress, configAddress } = instance.address;
      const key = groupKey(moduleAddress, configAddress);
      const group = this.#groups.get(key);
      if (group) group.push(instance);
      else this.#groups.set(key, [instance]);
      this.moduleInstance(moduleAddress);
    }
  }

  link(graph: ResourceGraph): void {
    for (const group of this.#groups.values()) {
      const { moduleAddress, modulePath, configAddress } = group[0].address;
      const declaration = findConfigResource(this.configuration, modulePath, configAddress);
      const module = this.#modules.get(moduleAddress);
      if (!declaration || !module) continue;
      const edges: ReferenceEdges[] = [];
      const follow = (via: PathSegment[], references: readonly string[]): void => {
        const targets = this.resolveAll(references, module);
        if (targets.length === 0) return;
        const pairByIndex = references.some((reference) => reference === "count.index" || reference.startsWith("each."));
        edges.push({ via, targets: this.targetGroups(targets), pairByIndex });
      };
      if (declaration.expressions) {
        for (const { via, references } of expressionReferences(declaration.expressions, [])) follow(via, references);
      }
      if (declaration.countExpression) follow(["count"], referencesOf(declaration.countExpression));
      if (declaration.forEachExpression) follow(["for_each"], referencesOf(declaration.forEachExpression));
      if (declaration.dependsOn.length > 0) follow(["depends_on"], declaration.dependsOn);
      for (const instance of group) {
        const index = instance.address.index;
        for (const { via, targets, pairByIndex } of edges) {
          for (const target of targets) {
            const paired = pairByIndex && index !== undefined ? target.byIndex.get(index) : undefined;
            for (const to of paired !== undefined ? [paired] : target.ids) {
              if (to !== instance.id) graph.link({ from: instance.id, to, kind: "references", via });
            }
          }
        }
      }
    }
  }

  private targetGroups(ids: readonly string[]): TargetGroup[] {
    const groups = new Map<string, TargetGroup>();
    for (const id of ids) {
      const instance = this.#byId.get(id);
      if (!instance) continue;
      const key = groupKey(instance.address.moduleAddress, instance.address.configAddress);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { ids: [], byIndex: new Map() }));
      group.ids.push(id);
      if (instance.address.index !== undefined) group.byIndex.set(instance.address.index, id);
    }
    return [...groups.values()];
  }

  private moduleInstance(address: string): ModuleInstance | undefined {
    const known = this.#modules.get(address);
    if (known) return known;
    const steps = splitAddress(address);
    if (!steps || steps.length % 2 !== 0) return undefined;
    let parent = this.#modules.get("")!;
    for (let at = 0; at < steps.length; at += 2) {
      const call = steps[at + 1];
      const instanceAddress = address.slice(0, call.end);
      let instance = this.#modules.get(instanceAddress);
      if (!instance) {
        instance = { address: instanceAddress, path: [...parent.path, call.name], index: call.index, parent, children: new Map() };
        this.#modules.set(instanceAddress, instance);
        const siblings = parent.children.get(call.name);
        if (siblings) siblings.push(instance);
        else parent.children.set(call.name, [instance]);
      }
      parent = instance;
    }
    return parent;
  }

  private resolveAll(references: readonly string[], module: ModuleInstance): string[] {
    const targets = new Set<string>();
    for (const reference of mostSpecific(references)) {
      for (const target of this.resolve(reference, module)) targets.add(target);
    }
    return [...targets];
  }

  private resolve(reference: string, module: ModuleInstance): readonly string[] {
    const steps = splitAddress(reference);
    if (!steps || steps.length < 2 || NON_RESOURCE_ROOTS.has(steps[0].name)) return [];
    const [first, second] = steps;
    switch (first.name) {
      case "var":
        return this.variable(module, second.name);
      case "module": {
        const children = module.children.get(second.name) ?? [];
        const output = steps[2]?.name;
        return children
          .filter((child) => second.index === undefined || child.index === second.index)
          .flatMap((child) => this.outputs(child, output));
      }
      case "data":
        return steps.length < 3 ? [] : this.instances(module, `data.${second.name}.${steps[2].name}`, steps[2].index);
      default:
        return this.instances(module, `${first.name}.${second.name}`, second.index);
    }
  }

  private instances(module: ModuleInstance, configAddress: string, index: string | number | undefined): string[] {
    const group = this.#groups.get(groupKey(module.address, configAddress)) ?? [];
    return group.filter((instance) => index === undefined || instance.address.index === index).map((instance) => instance.id);
  }

  /** A module variable is what the parent passed in its module call. */
  private variable(module: ModuleInstance, name: string): readonly string[] {
    const parent = module.parent;
    if (!parent) return [];
    return this.memoised(`var\u001f${module.address}\u001f${name}`, () => {
      const argument = findConfigModule(this.configuration, module.path)?.callExpressions?.entries.find((entry) => entry.key === name);
      return argument ? this.resolveAll(referencesOf(argument.value), parent) : [];
    });
  }

  /** A reference to a whole module (`module.m`) stands for all of its outputs. */
  private outputs(module: ModuleInstance, name: string | undefined): readonly string[] {
    const outputs = findConfigModule(this.configuration, module.path)?.outputs;
    if (!outputs) return [];
    const names = name === undefined ? [...outputs.keys()] : [name];
    return names.flatMap((output) =>
      this.memoised(`output\u001f${module.address}\u001f${output}`, () => {
        const expression = outputs.get(output);
        return expression ? this.resolveAll(referencesOf(expression), module) : [];
      }),
    );
  }

  private memoised(key: string, compute: () => string[]): readonly string[] {
    const known = this.#memo.get(key);
    if (known) return known;
    this.#memo.set(key, []);
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }
}

function groupKey(moduleAddress: string, configAddress: string): string {
  return `${moduleAddress}\u001f${configAddress}`;
}

/**
 * Walks a resource's `expressions`: a map of attribute name to expression
 * (`{ references, constant_value }`), where nested blocks are lists of such
 * maps, or one map for single blocks. Yields the references with the
 * attribute path that holds them.
 */
function* expressionReferences(node: TreeNode, via: PathSegment[]): Generator<{ via: PathSegment[]; references: string[] }> {
  if (node.kind === "list") {
    for (let index = 0; index < node.items.length; index++) yield* expressionReferences(node.items[index], [...via, index]);
    return;
  }
  if (node.kind !== "map") return;
  if (isExpression(node)) {
    const references = referencesOf(node);
    if (references.length > 0) yield { via, references };
    return;
  }
  for (const entry of node.entries) yield* expressionReferences(entry.value, [...via, entry.key]);
}

/** An expression has only `references` (a list) and `constant_value`; a block may have attributes of those names. */
function isExpression(node: TreeNode & { kind: "map" }): boolean {
  return node.entries.every(
    (entry) => entry.key === "constant_value" || (entry.key === "references" && entry.value.kind === "list"),
  );
}

function referencesOf(expression: TreeNode): string[] {
  if (expression.kind !== "map") return [];
  const references: string[] = [];
  for (const entry of expression.entries) {
    if (entry.key !== "references" || entry.value.kind !== "list") continue;
    for (const item of entry.value.items) {
      if (item.kind === "scalar" && typeof item.value === "string") references.push(item.value);
    }
  }
  return references;
}

/**
 * Terraform lists a reference and its prefixes (`aws_x.y[0].id`,
 * `aws_x.y[0]`, `aws_x.y`); the prefixes would widen an edge to every
 * instance or every module output, so only the longest is kept.
 */
function mostSpecific(references: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const reference of references) {
    const steps = splitAddress(reference);
    if (!steps) continue;
    steps.forEach((step, position) => {
      if (step.index !== undefined) prefixes.add(reference.slice(0, step.nameEnd));
      if (position < steps.length - 1) prefixes.add(reference.slice(0, step.end));
    });
  }
  return [...new Set(references)].filter((reference) => !prefixes.has(reference));
}
