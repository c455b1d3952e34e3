import path from "node:path";
import type { HclBlock, HclExpression, HclTemplatePart, HclTraversal } from "../../load/hcl/ast.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { ModuleCallSite } from "../../model/resource.js";
import { emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import { BlockEvaluator, type EvaluatedBlock } from "./blocks.js";
import { Budget } from "./budget.js";
import { ExpressionEvaluator, NO_BINDINGS, type Bindings, type ReferenceResolver } from "./expressions.js";
import { forEachKeys } from "./functions/collections.js";
import type { FunctionContext } from "./functions/index.js";
import { POLICY_DOCUMENT_TYPE, renderPolicyDocument } from "./iam-policy-document.js";
import type { RawVariable, TerraformInputs } from "./inputs.js";
import { isLocalSource, localModuleDir, moduleSource, MODULE_META_ARGUMENTS, type Declaration, type TerraformModule } from "./modules.js";
import { EvaluationError, fail, markComputed, objectOf } from "./values.js";
import { rootAssignments, variableValue, type Assignment } from "./variables.js";

/** Module calls nest at most this deep; deeper is almost certainly a cycle through differently spelled paths. */
const MAX_MODULE_DEPTH = 24;

/** Everything module instances of one scan share. */
export interface EvaluationRun {
  inputs: TerraformInputs;
  diagnostics: Diagnostic[];
  modulesByDir: ReadonlyMap<string, TerraformModule>;
  /** The directory `terraform init` installed a non-local module call into, by root module and call path. */
  installedModuleDir(rootDir: string, callPath: readonly string[]): string | undefined;
  /** Diagnostics already given, so each is given once. */
  reported: Set<string>;
}

/** One instance of a resource, data source or module call: its key and, for resources, its evaluated block. */
export interface ResourceInstance {
  /** Address with module path and instance key: `module.app.aws_instance.web[0]`. */
  address: string;
  key?: string | number;
  /** False when `count`/`for_each` could not be known: one instance stands for all. */
  expanded: boolean;
  bindings: Bindings;
  block: EvaluatedBlock;
}

type Expansion =
  | { kind: "single" }
  | { kind: "count"; count: number; value: Value }
  | { kind: "for_each"; entries: Array<[string, Value]>; value: Value }
  | { kind: "unknown"; known?: ReadonlyMap<string, Value> };

/** The `count` or `for_each` value, evaluated once, for every instance's attributes. */
function expansionValues(expansion: Expansion): ReadonlyMap<string, Value> {
  if (expansion.kind === "count") return new Map([["count", expansion.value]]);
  if (expansion.kind === "for_each") return new Map([["for_each", expansion.value]]);
  return expansion.kind === "unknown" && expansion.known ? expansion.known : new Map();
}

const IN_PROGRESS = Symbol("in progress");

/**
 * One instance of a module (the root, or a module call's instance): it
 * answers every reference of the module's expressions (`var`, `local`,
 * resources, data sources, `module`, `path`, `count`, `each`) and memoises
 * what it computed, so each local, variable and resource instance is
 * evaluated once however often it is used.
 */
export class ModuleScope implements ReferenceResolver {
  readonly evaluator: ExpressionEvaluator;
  readonly budget: Budget;
  readonly #variables = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #locals = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #instances = new Map<string, ResourceInstance[] | typeof IN_PROGRESS>();
  readonly #children = new Map<string, ModuleScope[] | undefined | typeof IN_PROGRESS>();
  readonly #outputs = new Map<string, Value | typeof IN_PROGRESS>();
  readonly #assignments: Map<string, Assignment>;
  readonly #templates = new Map<string, HclTemplatePart[] | undefined>();

  constructor(
    readonly run: EvaluationRun,
    readonly module: TerraformModule,
    /** `""` for a root module, `module.app["a"].module.db` for a nested instance. */
    readonly address: string,
    /** The root module's directory: resource ids and relative file paths start there. */
    readonly rootDir: string,
    /** Module calls from this instance up to the root, innermost first. */
    readonly callChain: readonly ModuleCallSite[],
    /** The module call path from the root: `["app", "db"]`. */
    readonly callPath: readonly string[],
    readonly parent?: { scope: ModuleScope; block: HclBlock; bindings: Bindings },
    private readonly ancestors: ReadonlySet<string> = new Set(),
  ) {
    this.budget = new Budget(run.inputs.budget?.maxSteps, run.inputs.budget?.maxExpansion);
    this.evaluator = new ExpressionEvaluator(this, this.budget, this.functionContext());
    this.#assignments = parent ? new Map() : rootAssignments(module.variableFiles, run.inputs);
  }

  get isRoot(): boolean {
    return this.parent === undefined;
  }

  /** `module.app.` before addresses of this instance's objects; empty in a root module. */
  get prefix(): string {
    return this.address ? `${this.address}.` : "";
  }

  resolve(traversal: HclTraversal, bindings: Bindings): { value: Value; consumed: number } {
    const [first, second] = traversal.steps;
    const name = first?.type === "attr" ? first.name : undefined;
    switch (traversal.root) {
      case "var":
        return { value: name === undefined ? Unknown : this.variable(name), consumed: 1 };
      case "local":
        return { value: name === undefined ? Unknown : this.local(name), consumed: 1 };
      case "count":
      case "each":
      case "self":
        // Outside a resource with count or for_each (or a provisioner), these have no value we can know.
        return { value: Unknown, consumed: 0 };
      case "path":
        return { value: this.paths(), consumed: 0 };
      case "terraform":
        return { value: markComputed(objectOf([["workspace", Unknown]])), consumed: 0 };
      case "module": {
        if (name === undefined) return { value: Unknown, consumed: 0 };
        const output = second?.type === "attr" ? second.name : undefined;
        const children = this.children(name);
        if (output !== undefined && children?.length === 1 && this.callExpansionOf(name)?.kind === "single") {
          return { value: children[0].output(output), consumed: 2 };
        }
        return { value: this.moduleValue(name), consumed: 1 };
      }
      case "data": {
        const dataName = second?.type === "attr" ? second.name : undefined;
        if (name === undefined || dataName === undefined) return { value: Unknown, consumed: 0 };
        return { value: this.resourceValue(`data.${name}.${dataName}`), consumed: 2 };
      }
      default:
        if (name === undefined) return { value: Unknown, consumed: 0 };
        return { value: this.resourceValue(`${traversal.root}.${name}`), consumed: 1 };
    }
  }

  private paths(): ValueObject {
    const relative = path.posix.relative(this.rootDir, this.module.dir);
    return objectOf([
      ["module", relative === "" ? "." : relative],
      ["root", "."],
      ["cwd", "."],
    ]);
  }

  /** A variable's value: from the module call or the root's inputs, else its default; typed. */
  variable(name: string): Value {
    const known = this.#variables.get(name);
    if (known === IN_PROGRESS) return Unknown;
    if (known !== undefined) return known;
    this.#variables.set(name, IN_PROGRESS);
    const declaration = this.module.variables.get(name);
    let assigned: { value: Value } | { raw: RawVariable } | undefined;
    if (this.parent) {
      const argument = this.parent.block.body.attributes.find((attribute) => attribute.name === name && !MODULE_META_ARGUMENTS.has(name));
      if (argument) assigned = { value: this.parent.scope.evaluator.evaluateOrUnknown(argument.expression, this.parent.bindings) };
    } else {
      const assignment = this.#assignments.get(name);
      if (assignment && "expression" in assignment) assigned = { value: this.evaluator.evaluateOrUnknown(assignment.expression) };
      else if (assignment) assigned = assignment;
    }
    const value = declaration || assigned ? variableValue(declaration, assigned, (expression) => this.evaluator.evaluateOrUnknown(expression)) : Unknown;
    this.#variables.set(name, value);
    return value;
  }

  local(name: string): Value {
    const known = this.#locals.get(name);
    if (known === IN_PROGRESS) {
      this.report("terraform-cycle", `local.${name} depends on itself; its value is unknown`, this.module.locals.get(name)?.file);
      return Unknown;
    }
    if (known !== undefined) return known;
    const local = this.module.locals.get(name);
    if (!local) return Unknown;
    this.#locals.set(name, IN_PROGRESS);
    const value = this.evaluator.evaluateOrUnknown(local.expression);
    this.#locals.set(name, value);
    return value;
  }

  /** What a reference to a resource or data source is: an object, a list (count), a map (for_each) of instances. */
  resourceValue(address: string): Value {
    const declaration = this.module.declarations.get(address);
    if (!declaration || (declaration.mode !== "managed" && declaration.mode !== "data")) return Unknown;
    if (declaration.mode === "data" && declaration.type !== POLICY_DOCUMENT_TYPE) return Unknown;
    const instances = this.instances(address);
    if (instances === undefined) return Unknown;
    const expansion = this.expansionOf(declaration.block);
    const value = (instance: ResourceInstance) => markComputed(instance.block.attributes);
    switch (expansion.kind) {
      case "single":
        return instances[0] ? value(instances[0]) : Unknown;
      case "count":
        return instances.map(value);
      case "for_each":
        return objectOf(instances.map((instance) => [String(instance.key), value(instance)]));
      case "unknown":
        return Unknown;
    }
  }

  /** The instances of a resource or data source, evaluated once; undefined while being evaluated (a cycle). */
  instances(address: string): ResourceInstance[] | undefined {
    const known = this.#instances.get(address);
    if (known === IN_PROGRESS) return undefined;
    if (known) return known;
    const declaration = this.module.declarations.get(address);
    if (!declaration) return [];
    this.#instances.set(address, IN_PROGRESS);
    const values = expansionValues(this.expansionOf(declaration.block, address));
    const instances = this.expand(declaration, address).map(({ key, bindings, expanded }) => {
      const block = BlockEvaluator.evaluate(declaration.file, declaration.block, this.evaluator, bindings, values);
      if (declaration.mode === "data" && declaration.type === POLICY_DOCUMENT_TYPE) {
        const rendered = renderPolicyDocument(block.attributes);
        block.attributes.json = rendered.json;
        block.attributes.minified_json = rendered.minified;
      }
      return { address: `${this.prefix}${address}${keySuffix(key)}`, key, expanded, bindings, block };
    });
    this.#instances.set(address, instances);
    return instances;
  }

  /** Keys and bindings of a block's instances, from its `count` or `for_each`. */
  expand(declaration: Declaration, address: string): Array<{ key?: string | number; bindings: Bindings; expanded: boolean }> {
    const expansion = this.expansionOf(declaration.block, address);
    switch (expansion.kind) {
      case "single":
        return [{ bindings: NO_BINDINGS, expanded: true }];
      case "count":
        return Array.from({ length: expansion.count }, (_, index) => ({
          key: index,
          bindings: new Map([["count", objectOf([["index", index]])]]),
          expanded: true,
        }));
      case "for_each":
        return expansion.entries.map(([key, value]) => ({
          key,
          bindings: new Map([["each", objectOf([["key", key], ["value", value]])]]),
          expanded: true,
        }));
      case "unknown":
        return [
          {
            bindings: new Map<string, Value>([
              ["count", objectOf([["index", Unknown]])],
              ["each", objectOf([["key", Unknown], ["value", Unknown]])],
            ]),
            expanded: false,
          },
        ];
    }
  }

  private readonly expansions = new Map<HclBlock, Expansion>();

  expansionOf(block: HclBlock, address?: string): Expansion {
    const known = this.expansions.get(block);
    if (known) return known;
    const expansion = this.computeExpansion(block, address);
    this.expansions.set(block, expansion);
    return expansion;
  }

  private computeExpansion(block: HclBlock, address: string | undefined): Expansion {
    const count = block.body.attributes.find((attribute) => attribute.name === "count");
    const forEach = block.body.attributes.find((attribute) => attribute.name === "for_each");
    let known: Map<string, Value> | undefined;
    try {
      if (count) {
        const value = this.evaluator.evaluateOrUnknown(count.expression);
        known = new Map([["count", value]]);
        if (typeof value !== "number" && typeof value !== "string") return { kind: "unknown", known };
        const number = Number(value);
        if (!Number.isInteger(number) || number < 0) return { kind: "unknown", known };
        this.budget.expansion(number, `count of ${this.prefix}${address ?? block.labels.join(".")}`);
        return { kind: "count", count: number, value };
      }
      if (forEach) {
        const value = this.evaluator.evaluateOrUnknown(forEach.expression);
        known = new Map([["for_each", value]]);
        const entries = forEachKeys(value);
        if (entries === undefined) return { kind: "unknown", known };
        this.budget.expansion(entries.length, `for_each of ${this.prefix}${address ?? block.labels.join(".")}`);
        return { kind: "for_each", entries, value };
      }
    } catch (error) {
      if (error instanceof EvaluationError) return { kind: "unknown", known };
      throw error;
    }
    return { kind: "single" };
  }

  /** The evaluated `count` or `for_each` of a declaration, shared by its instances' attributes. */
  expansionValues(declaration: Declaration): ReadonlyMap<string, Value> {
    return expansionValues(this.expansionOf(declaration.block, declaration.address));
  }

  callExpansionOf(name: string): Expansion | undefined {
    const declaration = this.module.declarations.get(`module.${name}`);
    return declaration ? this.expansionOf(declaration.block, `module.${name}`) : undefined;
  }

  /** The instances of a module call; undefined when its module cannot be evaluated (not in the scan, not installed, a cycle). */
  children(name: string): ModuleScope[] | undefined {
    const known = this.#children.get(name);
    if (known === IN_PROGRESS) return undefined;
    if (this.#children.has(name)) return known;
    this.#children.set(name, IN_PROGRESS);
    const children = this.createChildren(name);
    this.#children.set(name, children);
    return children;
  }

  private createChildren(name: string): ModuleScope[] | undefined {
    const declaration = this.module.declarations.get(`module.${name}`);
    if (!declaration) return undefined;
    const module = this.calledModule(name, declaration);
    if (!module) return undefined;
    const site: ModuleCallSite = { name, location: { file: declaration.file, ...declaration.block.headerRange } };
    return this.expand(declaration, `module.${name}`)
      .filter((instance) => instance.expanded)
      .map(
        ({ key, bindings }) =>
          new ModuleScope(
            this.run,
            module,
            `${this.prefix}module.${name}${keySuffix(key)}`,
            this.rootDir,
            [site, ...this.callChain],
            [...this.callPath, name],
            { scope: this, block: declaration.block, bindings },
            new Set([...this.ancestors, this.module.dir]),
          ),
      );
  }

  private calledModule(name: string, declaration: Declaration): TerraformModule | undefined {
    const source = moduleSource(declaration.block);
    const where = { file: declaration.file, ...declaration.block.headerRange };
    if (source === undefined) return undefined;
    let dir: string | undefined;
    if (isLocalSource(source)) dir = localModuleDir(this.module.dir, source);
    else dir = this.run.installedModuleDir(this.rootDir, [...this.callPath, name]);
    const module = dir === undefined ? undefined : this.run.modulesByDir.get(dir);
    if (!module) {
      const reason = isLocalSource(source) ? "is not in the scanned files" : "is not installed under .terraform/modules (run terraform init to evaluate it)";
      this.note("terraform-module-unavailable", `module "${name}" (source ${JSON.stringify(source)}) ${reason}; its outputs are unknown`, where);
      return undefined;
    }
    if (module.dir === this.module.dir || this.ancestors.has(module.dir) || this.callPath.length >= MAX_MODULE_DEPTH) {
      this.report("terraform-module-cycle", `module "${name}" calls ${module.dir}, which is already being evaluated in this call chain; not evaluated again`, declaration.file, where);
      return undefined;
    }
    return module;
  }

  /** `module.m`: its outputs, a list of them (count) or a map (for_each). */
  moduleValue(name: string): Value {
    const children = this.children(name);
    const expansion = this.callExpansionOf(name);
    if (!children || !expansion) return Unknown;
    const outputs = (child: ModuleScope) => child.outputs();
    switch (expansion.kind) {
      case "single":
        return children[0] ? outputs(children[0]) : Unknown;
      case "count":
        return children.map(outputs);
      case "for_each":
        return objectOf(children.map((child, index) => [String(expansion.entries[index][0]), outputs(child)]));
      case "unknown":
        return Unknown;
    }
  }

  output(name: string): Value {
    const known = this.#outputs.get(name);
    if (known === IN_PROGRESS) return Unknown;
    if (known !== undefined) return known;
    const declaration = this.module.declarations.get(`output.${name}`);
    const expression = declaration?.block.body.attributes.find((attribute) => attribute.name === "value")?.expression;
    if (!expression) return Unknown;
    this.#outputs.set(name, IN_PROGRESS);
    const value = this.evaluator.evaluateOrUnknown(expression);
    this.#outputs.set(name, value);
    return value;
  }

  outputs(): ValueObject {
    const object = emptyObject();
    for (const declaration of this.module.declarations.values()) {
      if (declaration.mode === "output") object[declaration.block.labels[0]] = this.output(declaration.block.labels[0]);
    }
    return markComputed(object);
  }

  private functionContext(): FunctionContext {
    return {
      budget: this.budget,
      readFile: (file) => {
        if (path.posix.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return undefined;
        return this.run.inputs.readFile(path.posix.normalize(path.posix.join(this.rootDir, file.replace(/\\/g, "/"))));
      },
      renderTemplate: (text, vars) => this.renderTemplate(text, vars),
    };
  }

  /** `templatefile`: the template sees only its variables (and functions), as in Terraform. */
  private renderTemplate(text: string, vars: Value): Value {
    if (isUnknown(vars)) return Unknown;
    if (!isObject(vars)) return fail("templatefile: vars must be an object");
    let parts = this.#templates.get(text);
    if (!this.#templates.has(text)) {
      parts = this.run.inputs.parseTemplate(text);
      this.#templates.set(text, parts);
    }
    if (!parts) return Unknown;
    const isolated = new ExpressionEvaluator(
      { resolve: (traversal) => fail(`templatefile: no variable named "${traversal.root}"`) },
      this.budget,
      this.functionContext(),
    );
    return isolated.templateText(parts, new Map(Object.entries(vars)));
  }

  /** A warning, once per module directory and message (module instances share their files). */
  report(code: string, message: string, file?: string, range?: Diagnostic["range"]): void {
    const key = `${code}\u001f${this.module.dir}\u001f${message}`;
    if (this.run.reported.has(key)) return;
    this.run.reported.add(key);
    this.run.diagnostics.push({ level: "warning", code, message, file: range?.file ?? file, range });
  }

  private note(code: string, message: string, range: NonNullable<Diagnostic["range"]>): void {
    const key = `${code}\u001f${this.address}\u001f${range.file}\u001f${range.start.line}`;
    if (this.run.reported.has(key)) return;
    this.run.reported.add(key);
    this.run.diagnostics.push({ level: "note", code, message, file: range.file, range });
  }

  /** Diagnostics for limits this instance ran into; called once it has been emitted. */
  reportLimits(): void {
    const where = this.module.documents[0]?.file;
    if (this.budget.exhausted) this.report("terraform-evaluation-limit", `${this.address || "root module"} of ${this.module.dir}: ${this.budget.exhausted}; the rest of its values are unknown`, where);
    for (const refused of this.budget.refused) this.report("terraform-expansion-limit", refused, where);
  }

  /** The value of an expression of this module with bindings, Unknown on error. */
  value(expression: HclExpression, bindings: Bindings = NO_BINDINGS): Value {
    return this.evaluator.evaluateOrUnknown(expression, bindings);
  }
}

/** `[0]` or `["key"]`, as Terraform writes instance keys in addresses. */
export function keySuffix(key: string | number | undefined): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
