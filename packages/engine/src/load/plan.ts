import type { Diagnostic } from "../model/diagnostic.js";
import { pathKey, type Range } from "../model/source.js";
import type { ListNode, MapEntry, MapNode, TreeDocument, TreeNode } from "./document.js";

/**
 * A typed reading of `terraform show -json` output (a plan or a state). Every
 * part keeps its TreeNode, so the graph stage converts values once and keeps
 * their positions; nothing here copies attribute values.
 */
export interface PlanModel {
  file: string;
  kind: "plan" | "state";
  formatVersion: string;
  terraformVersion?: string;
  variables: PlanVariable[];
  resourceChanges: PlanResourceChange[];
  resourceDrift: PlanResourceChange[];
  /** planned_values.root_module and every nested child module, flattened. */
  plannedResources: PlanValuesResource[];
  /** prior_state.values, flattened the same way. */
  priorStateResources: PlanValuesResource[];
  /** A state document's values.root_module, flattened. Empty for plans. */
  stateResources: PlanValuesResource[];
  configuration?: PlanConfiguration;
}

/** Where a resource instance sits: its address, split into module instance and address in module. */
export interface PlanResourceAddress {
  /** `module.net.module.subnets["a"].aws_subnet.this[0]` */
  address: string;
  /** `module.net.module.subnets["a"]`, or "" for the root module. */
  moduleAddress: string;
  /** The module calls leading to the resource's module: `["net", "subnets"]`. */
  modulePath: string[];
  /** `aws_subnet.this`, `data.aws_iam_policy_document.trust`: the address inside the module, without index. */
  configAddress: string;
  mode: string;
  type: string;
  name: string;
  /** The `count` index or `for_each` key of this instance. */
  index?: string | number;
}

interface PlanEntry extends PlanResourceAddress {
  /** The entry itself, in resource_changes, planned_values, … */
  node: MapNode;
  /** The `"address": "…"` key and value: where a finding about a missing setting points. */
  header: Range;
}

export interface PlanResourceChange extends PlanEntry {
  actions: string[];
  /** Set for deposed objects (left over by create_before_destroy), which are not the current instance. */
  deposed?: string;
  before?: TreeNode;
  after?: TreeNode;
  afterUnknown?: TreeNode;
  beforeSensitive?: TreeNode;
  afterSensitive?: TreeNode;
}

/** A resource of a values representation (planned_values, prior_state, state). */
export interface PlanValuesResource extends PlanEntry {
  values?: TreeNode;
  sensitiveValues?: TreeNode;
}

export interface PlanVariable {
  name: string;
  value?: TreeNode;
  range: Range;
}

export interface PlanConfiguration {
  /** Every module of the configuration, the root first, keyed by `pathKey(modulePath)`. */
  modules: Map<string, PlanConfigModule>;
}

export interface PlanConfigModule {
  /** Module calls from the root: `[]` for the root, `["net", "subnets"]` for a grandchild. */
  path: string[];
  /** The module call's arguments (`module_calls.<name>.expressions`); absent for the root. */
  callExpressions?: MapNode;
  countExpression?: TreeNode;
  forEachExpression?: TreeNode;
  /** The module call entry in the configuration section; absent for the root. */
  range?: Range;
  source?: string;
  /** Output name to its expression (`{ references, constant_value }`). */
  outputs: Map<string, TreeNode>;
  /** Keyed by address in the module (`aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`). */
  resources: Map<string, PlanConfigResource>;
  /** Names of the modules this one calls. */
  calls: string[];
}

export interface PlanConfigResource {
  modulePath: string[];
  /** Address in the module, as the configuration section spells it: `aws_s3_bucket.logs`. */
  address: string;
  mode: string;
  type: string;
  name: string;
  /** Attribute name to expression; nested blocks are lists (or one object) of such maps. */
  expressions?: MapNode;
  countExpression?: TreeNode;
  forEachExpression?: TreeNode;
  dependsOn: string[];
  /** The resource's entry in the configuration section of the plan file. */
  range: Range;
  node: MapNode;
}

/** Format majors this reader understands; a new major may change meanings, not just add fields. */
const SUPPORTED_MAJORS = new Set([0, 1]);

export function readPlan(document: TreeDocument): { plan?: PlanModel; diagnostics: Diagnostic[] } {
  const reader = new PlanReader(document.file);
  const plan = reader.read(document);
  return { plan, diagnostics: reader.diagnostics };
}

export function findConfigModule(configuration: PlanConfiguration, modulePath: readonly string[]): PlanConfigModule | undefined {
  return configuration.modules.get(pathKey(modulePath));
}

export function findConfigResource(
  configuration: PlanConfiguration,
  modulePath: readonly string[],
  configAddress: string,
): PlanConfigResource | undefined {
  return findConfigModule(configuration, modulePath)?.resources.get(configAddress);
}

class PlanReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly file: string) {}

  read(document: TreeDocument): PlanModel | undefined {
    const root = this.map(document.root, "the document");
    if (!root) return undefined;
    const kind = document.kind === "state" ? "state" : "plan";
    const fields = entriesOf(root);
    const plan: PlanModel = {
      file: this.file,
      kind,
      formatVersion: this.formatVersion(root, fields.get("format_version")),
      terraformVersion: this.optionalString(fields.get("terraform_version")?.value, "terraform_version"),
      variables: this.variables(fields.get("variables")?.value),
      resourceChanges: [],
      resourceDrift: [],
      plannedResources: [],
      priorStateResources: [],
      stateResources: [],
    };
    if (kind === "state") {
      const rootModule = this.rootModule(fields.get("values")?.value, "values");
      if (rootModule) this.valuesModule(rootModule, "values.root_module", plan.stateResources);
      else this.error(root.range, "state JSON has no values.root_module");
      return plan;
    }
    const changes = fields.get("resource_changes");
    const planned = fields.get("planned_values");
    if (!changes && !planned) this.error(root.range, "plan JSON has no resource_changes or planned_values");
    if (changes) plan.resourceChanges = this.changes(changes.value, "resource_changes");
    const drift = fields.get("resource_drift");
    if (drift) plan.resourceDrift = this.changes(drift.value, "resource_drift");
    if (planned) {
      const rootModule = this.rootModule(planned.value, "planned_values");
      if (rootModule) this.valuesModule(rootModule, "planned_values.root_module", plan.plannedResources);
    }
    const prior = fields.get("prior_state");
    if (prior) {
      const priorState = this.map(prior.value, "prior_state");
      const rootModule = priorState && this.rootModule(mapValue(priorState, "values"), "prior_state.values");
      if (rootModule) this.valuesModule(rootModule, "prior_state.values.root_module", plan.priorStateResources);
    }
    const configuration = fields.get("configuration");
    if (configuration) plan.configuration = this.configuration(configuration.value);
    return plan;
  }

  private formatVersion(root: MapNode, entry: MapEntry | undefined): string {
    if (!entry) {
      this.error(root.range, "no format_version: not the output of terraform show -json");
      return "";
    }
    const version = this.optionalString(entry.value, "format_version");
    if (version === undefined) return "";
    const major = Number(version.split(".")[0]);
    if (!Number.isInteger(major)) {
      this.warning(entry.value.range, `format_version ${JSON.stringify(version)} is not a version number; reading it as 1.x`);
    } else if (!SUPPORTED_MAJORS.has(major)) {
      this.warning(
        entry.value.range,
        `format_version ${version} is a newer major version than this reader understands (0.x and 1.x); reading it as 1.x, some settings may be misread`,
      );
    }
    return version;
  }

  private variables(node: TreeNode | undefined): PlanVariable[] {
    if (!node) return [];
    const variables = this.map(node, "variables");
    if (!variables) return [];
    return variables.entries.map((entry) => {
      const value = entry.value.kind === "map" ? mapValue(entry.value, "value") : undefined;
      return { name: entry.key, value, range: { start: entry.keyRange.start, end: entry.value.range.end } };
    });
  }

  private changes(node: TreeNode, section: string): PlanResourceChange[] {
    const list = this.list(node, section);
    if (!list) return [];
    const changes: PlanResourceChange[] = [];
    list.items.forEach((item, position) => {
      const where = `${section}[${position}]`;
      const entry = this.entry(item, where);
      if (!entry) return;
      const fields = entriesOf(entry.node);
      const change = this.map(fields.get("change")?.value, `${where}.change`);
      if (!change) return;
      const changeFields = entriesOf(change);
      const actions = this.actions(changeFields.get("actions")?.value, `${where}.change.actions`, change.range);
      if (!actions) return;
      const after = changeFields.get("after")?.value;
      if (after && after.kind !== "map" && !isNull(after)) {
        this.error(after.range, `${where}.change.after is not an object`);
        return;
      }
      changes.push({
        ...entry,
        actions,
        deposed: this.optionalString(fields.get("deposed")?.value, `${where}.deposed`),
        before: changeFields.get("before")?.value,
        after,
        afterUnknown: changeFields.get("after_unknown")?.value,
        beforeSensitive: changeFields.get("before_sensitive")?.value,
        afterSensitive: changeFields.get("after_sensitive")?.value,
      });
    });
    return changes;
  }

  private actions(node: TreeNode | undefined, where: string, fallback: Range): string[] | undefined {
    if (!node) {
      this.error(fallback, `${where} is missing`);
      return undefined;
    }
    const list = this.list(node, where);
    if (!list) return undefined;
    const actions: string[] = [];
    for (const item of list.items) {
      if (item.kind !== "scalar" || typeof item.value !== "string") {
        this.error(item.range, `${where} holds a non-string action`);
        return undefined;
      }
      actions.push(item.value);
    }
    return actions;
  }

  private rootModule(node: TreeNode | undefined, section: string): MapNode | undefined {
    if (!node) return undefined;
    const values = this.map(node, section);
    const rootModule = values && mapValue(values, "root_module");
    return rootModule && this.map(rootModule, `${section}.root_module`);
  }

  /** A values-representation module and its child modules, depth first, into `out`. */
  private valuesModule(module: MapNode, where: string, out: PlanValuesResource[]): void {
    const fields = entriesOf(module);
    const resources = fields.get("resources");
    const list = resources && this.list(resources.value, `${where}.resources`);
    list?.items.forEach((item, position) => {
      const entry = this.entry(item, `${where}.resources[${position}]`);
      if (!entry) return;
      const entryFields = entriesOf(entry.node);
      out.push({ ...entry, values: entryFields.get("values")?.value, sensitiveValues: entryFields.get("sensitive_values")?.value });
    });
    const children = fields.get("child_modules");
    const childList = children && this.list(children.value, `${where}.child_modules`);
    childList?.items.forEach((child, position) => {
      const childWhere = `${where}.child_modules[${position}]`;
      const childModule = this.map(child, childWhere);
      if (childModule) this.valuesModule(childModule, childWhere, out);
    });
  }

  /** The identity fields every resource entry has; an entry without a usable address is skipped with an error. */
  private entry(node: TreeNode, where: string): PlanEntry | undefined {
    const map = this.map(node, where);
    if (!map) return undefined;
    const fields = entriesOf(map);
    const addressEntry = fields.get("address");
    if (!addressEntry) {
      this.error(map.range, `${where} has no address`);
      return undefined;
    }
    const address = this.optionalString(addressEntry.value, `${where}.address`);
    if (address === undefined) return undefined;
    const parsed = parseResourceAddress(address);
    if (!parsed) {
      this.error(addressEntry.value.range, `${where}.address ${JSON.stringify(address)} is not a resource instance address`);
      return undefined;
    }
    return {
      ...parsed,
      // The explicit fields win over the parsed address where both exist: they are what Terraform meant.
      mode: this.optionalString(fields.get("mode")?.value, `${where}.mode`) ?? parsed.mode,
      type: this.optionalString(fields.get("type")?.value, `${where}.type`) ?? parsed.type,
      name: this.optionalString(fields.get("name")?.value, `${where}.name`) ?? parsed.name,
      node: map,
      header: { start: addressEntry.keyRange.start, end: addressEntry.value.range.end },
    };
  }

  private configuration(node: TreeNode): PlanConfiguration | undefined {
    const configuration = this.map(node, "configuration");
    if (!configuration) return undefined;
    const modules = new Map<string, PlanConfigModule>();
    const rootModule = mapValue(configuration, "root_module");
    if (rootModule) {
      const root = this.map(rootModule, "configuration.root_module");
      if (root) this.configModule(root, [], "configuration.root_module", modules, {});
    }
    return { modules };
  }

  private configModule(
    module: MapNode,
    path: string[],
    where: string,
    modules: Map<string, PlanConfigModule>,
    call: Partial<PlanConfigModule>,
  ): void {
    const fields = entriesOf(module);
    const config: PlanConfigModule = { ...call, path, outputs: new Map(), resources: new Map(), calls: [] };
    modules.set(pathKey(path), config);

    const outputs = fields.get("outputs");
    const outputMap = outputs && this.map(outputs.value, `${where}.outputs`);
    for (const output of outputMap?.entries ?? []) {
      const expression = output.value.kind === "map" ? mapValue(output.value, "expression") : undefined;
      if (expression) config.outputs.set(output.key, expression);
    }

    const resources = fields.get("resources");
    const resourceList = resources && this.list(resources.value, `${where}.resources`);
    resourceList?.items.forEach((item, position) => {
      const resource = this.configResource(item, path, `${where}.resources[${position}]`);
      if (resource) config.resources.set(resource.address, resource);
    });

    const calls = fields.get("module_calls");
    const callMap = calls && this.map(calls.value, `${where}.module_calls`);
    for (const entry of callMap?.entries ?? []) {
      const callWhere = `${where}.module_calls.${entry.key}`;
      const callNode = this.map(entry.value, callWhere);
      if (!callNode) continue;
      const callFields = entriesOf(callNode);
      const child = callFields.get("module");
      const childModule = child && this.map(child.value, `${callWhere}.module`);
      config.calls.push(entry.key);
      const expressions = callFields.get("expressions");
      this.configModule(childModule ?? emptyMap(callNode.range), [...path, entry.key], `${callWhere}.module`, modules, {
        callExpressions: expressions && this.map(expressions.value, `${callWhere}.expressions`),
        countExpression: callFields.get("count_expression")?.value,
        forEachExpression: callFields.get("for_each_expression")?.value,
        range: { start: entry.keyRange.start, end: callNode.range.end },
        source: this.optionalString(callFields.get("source")?.value, `${callWhere}.source`),
      });
    }
  }

  private configResource(node: TreeNode, modulePath: string[], where: string): PlanConfigResource | undefined {
    const map = this.map(node, where);
    if (!map) return undefined;
    const fields = entriesOf(map);
    const address = this.optionalString(fields.get("address")?.value, `${where}.address`);
    const type = this.optionalString(fields.get("type")?.value, `${where}.type`);
    const name = this.optionalString(fields.get("name")?.value, `${where}.name`);
    if (address === undefined || type === undefined || name === undefined) {
      this.error(map.range, `${where} needs an address, a type and a name`);
      return undefined;
    }
    const expressions = fields.get("expressions");
    return {
      modulePath,
      address,
      mode: this.optionalString(fields.get("mode")?.value, `${where}.mode`) ?? (address.startsWith("data.") ? "data" : "managed"),
      type,
      name,
      expressions: expressions && this.map(expressions.value, `${where}.expressions`),
      countExpression: fields.get("count_expression")?.value,
      forEachExpression: fields.get("for_each_expression")?.value,
      dependsOn: this.strings(fields.get("depends_on")?.value, `${where}.depends_on`),
      range: map.range,
      node: map,
    };
  }

  private strings(node: TreeNode | undefined, where: string): string[] {
    if (!node) return [];
    const list = this.list(node, where);
    if (!list) return [];
    const strings: string[] = [];
    for (const item of list.items) {
      if (item.kind === "scalar" && typeof item.value === "string") strings.push(item.value);
      else this.error(item.range, `${where} holds ${describe(item)}, expected a string`);
    }
    return strings;
  }

  private optionalString(node: TreeNode | undefined, where: string): string | undefined {
    if (!node || isNull(node)) return undefined;
    if (node.kind === "scalar" && typeof node.value === "string") return node.value;
    this.error(node.range, `${where} is ${describe(node)}, expected a string`);
    return undefined;
  }

  private map(node: TreeNode | undefined, where: string): MapNode | undefined {
    if (!node || isNull(node)) return undefined;
    if (node.kind === "map") return node;
    this.error(node.range, `${where} is ${describe(node)}, expected an object`);
    return undefined;
  }

  private list(node: TreeNode, where: string): ListNode | undefined {
    if (isNull(node)) return undefined;
    if (node.kind === "list") return node;
    this.error(node.range, `${where} is ${describe(node)}, expected an array`);
    return undefined;
  }

  private error(range: Range, cause: string): void {
    this.report("error", "plan-shape", range, cause);
  }

  private warning(range: Range, cause: string): void {
    this.report("warning", "plan-format-version", range, cause);
  }

  private report(level: Diagnostic["level"], code: string, range: Range, cause: string): void {
    const { line, column } = range.start;
    this.diagnostics.push({
      level,
      code,
      message: cause,
      file: this.file,
      range: { file: this.file, ...range },
    });
  }
}

/** One step of a Terraform address or reference: a name and the index that follows it, if any. */
export interface AddressStep {
  name: string;
  index?: string | number;
  /** Offsets in the text: where the name starts, where it ends, where the step (index included) ends. */
  start: number;
  nameEnd: number;
  end: number;
}

const NAME = /[A-Za-z_][\w-]*/y;
const DIGITS = /\d+/y;

/**
 * Splits `module.net["a.b"].aws_x.y[0].tags["Name"]` into its steps. Index
 * keys are JSON strings, so dots and brackets inside them are not separators.
 * Splats and other expressions give undefined.
 */
export function splitAddress(text: string): AddressStep[] | undefined {
  const steps: AddressStep[] = [];
  let offset = 0;
  for (;;) {
    NAME.lastIndex = offset;
    const name = NAME.exec(text);
    if (!name) return undefined;
    const start = offset;
    offset += name[0].length;
    const nameEnd = offset;
    let index: string | number | undefined;
    if (text[offset] === "[") {
      offset++;
      DIGITS.lastIndex = offset;
      const digits = DIGITS.exec(text);
      if (digits) {
        index = Number(digits[0]);
        offset += digits[0].length;
      } else if (text[offset] === '"') {
        const close = closingQuote(text, offset);
        if (close < 0) return undefined;
        index = JSON.parse(text.slice(offset, close + 1)) as string;
        offset = close + 1;
      } else {
        return undefined;
      }
      if (text[offset] !== "]") return undefined;
      offset++;
    }
    steps.push({ name: name[0], index, start, nameEnd, end: offset });
    if (offset === text.length) return steps;
    if (text[offset] !== ".") return undefined;
    offset++;
  }
}

function closingQuote(text: string, open: number): number {
  for (let offset = open + 1; offset < text.length; offset++) {
    const char = text[offset];
    if (char === "\\") offset++;
    else if (char === '"') return offset;
  }
  return -1;
}

/** Reads a resource instance address (`module.a[0].data.t.n["k"]`) into its parts. */
export function parseResourceAddress(address: string): PlanResourceAddress | undefined {
  const steps = splitAddress(address);
  if (!steps) return undefined;
  const modulePath: string[] = [];
  let at = 0;
  while (steps[at]?.name === "module" && at + 2 < steps.length && steps[at].index === undefined) {
    modulePath.push(steps[at + 1].name);
    at += 2;
  }
  const moduleAddress = at === 0 ? "" : address.slice(0, steps[at].start - 1);
  let mode = "managed";
  if (steps[at].name === "data" && steps[at].index === undefined && at + 3 === steps.length) {
    mode = "data";
    at++;
  }
  // `module.net` alone is a module call, not a resource.
  if (at + 2 !== steps.length || steps[at].index !== undefined || steps[at].name === "module") return undefined;
  const type = steps[at];
  const name = steps[at + 1];
  return {
    address,
    moduleAddress,
    modulePath,
    configAddress: address.slice(mode === "data" ? steps[at - 1].start : type.start, name.nameEnd),
    mode,
    type: type.name,
    name: name.name,
    index: name.index,
  };
}

function entriesOf(map: MapNode): Map<string, MapEntry> {
  const entries = new Map<string, MapEntry>();
  // Duplicate keys: the last wins, as with JSON.parse.
  for (const entry of map.entries) entries.set(entry.key, entry);
  return entries;
}

function mapValue(map: MapNode, key: string): TreeNode | undefined {
  let found: TreeNode | undefined;
  for (const entry of map.entries) if (entry.key === key) found = entry.value;
  return found;
}

function emptyMap(range: Range): MapNode {
  return { kind: "map", range, entries: [] };
}

function isNull(node: TreeNode): boolean {
  return node.kind === "scalar" && node.value === null;
}

/** What a node is, with its article: "an object", "a string", "null". */
function describe(node: TreeNode): string {
  if (node.kind === "map") return "an object";
  if (node.kind === "list") return "an array";
  if (node.value === null) return "null";
  return `a ${typeof node.value}`;
}
