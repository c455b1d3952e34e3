import type { HclDocument, HclTraversal } from "../../load/hcl/ast.js";
import type { Resource } from "../../model/resource.js";
import { Unknown, type Value } from "../../model/value.js";
import { objectOf } from "./values.js";
import type { ResourceGraph } from "../graph.js";
import { BlockEvaluator, type EvaluatedBlock, type FoundReference } from "./blocks.js";
import { NO_BINDINGS, type Bindings } from "./expressions.js";
import { NO_INPUTS, type TerraformInputs } from "./inputs.js";
import { installedModuleDir } from "./installed-modules.js";
import { calledDirectories, terraformModules, type Declaration, type TerraformModule } from "./modules.js";
import { forEachReference } from "./references.js";
import { ModuleScope, type EvaluationRun, type ResourceInstance } from "./scope.js";

export { terraformModules, type TerraformModule } from "./modules.js";

/** `terraform:<dir>::<address>`, the id of a Terraform object declared in HCL. */
export function terraformResourceId(dir: string, address: string): string {
  return `terraform:${dir}::${address}`;
}

/** The Terraform address of a resource built here (`aws_s3_bucket.b`, `data.x.y`, `module.m`, `var.v`). */
export function terraformAddress(resource: Resource): string {
  const separator = resource.id.indexOf("::");
  return separator === -1 ? resource.name : resource.id.slice(separator + 2);
}

/** Where an HCL resource instance was declared, for joining plan resources to it. */
export interface HclOrigin {
  rootDir: string;
  /** Module calls from the root: `["app", "db"]`. */
  callPath: readonly string[];
  /** Address inside its module, without instance key: `aws_db_instance.x`. */
  configAddress: string;
  key?: string | number;
}

/** Root modules evaluated from HCL, for joining plans to them. */
export interface TerraformRoots {
  /** Root module directories, in the order evaluated. */
  roots: string[];
  /** Every module directory with Terraform files. */
  modules: ReadonlyMap<string, TerraformModule>;
  /** Resources and data sources by id. */
  origins: ReadonlyMap<string, HclOrigin>;
}

const rootsByGraph = new WeakMap<ResourceGraph, TerraformRoots>();

export function terraformRoots(graph: ResourceGraph): TerraformRoots {
  return rootsByGraph.get(graph) ?? { roots: [], modules: new Map(), origins: new Map() };
}

/**
 * Evaluates every root module of the scan — a directory of `.tf` files that
 * no other scanned module calls — with its inputs, and adds what it declares
 * to the graph: resources and data sources (one per `count`/`for_each`
 * instance, with Terraform's addresses), module calls followed into their
 * modules (`module.app.module.db.aws_db_instance.x`), variables, outputs and
 * providers; with the position of every attribute path and `references`
 * edges between instances.
 */
export function buildTerraform(documents: HclDocument[], graph: ResourceGraph, inputs: TerraformInputs = NO_INPUTS): void {
  const allDocuments = [...documents, ...[...inputs.installed.values()].flat()];
  const modules = terraformModules(allDocuments);
  const modulesByDir = new Map(modules.map((module) => [module.dir, module]));
  for (const module of modules) graph.diagnostics.push(...module.diagnostics);
  const run: EvaluationRun = {
    inputs,
    diagnostics: graph.diagnostics,
    modulesByDir,
    installedModuleDir: (rootDir, callPath) => installedModuleDir(inputs, rootDir, callPath),
    reported: new Set(),
  };
  const called = calledDirectories(modules);
  const emitter = new Emitter(graph);
  const roots: string[] = [];
  const candidates = modules.filter((module) => module.documents.length > 0 && !isInstalled(module.dir));
  for (const module of candidates) {
    if (called.has(module.dir)) continue;
    roots.push(module.dir);
    emitter.emitRoot(new ModuleScope(run, module, "", module.dir, [], []));
  }
  // Modules only called from each other (a cycle, no root): still scanned, each as a root.
  for (const module of candidates) {
    if (!called.has(module.dir) || emitter.evaluatedDirs.has(module.dir)) continue;
    roots.push(module.dir);
    emitter.emitRoot(new ModuleScope(run, module, "", module.dir, [], []));
  }
  rootsByGraph.set(graph, { roots, modules: modulesByDir, origins: emitter.origins });
}

/** Modules installed by `terraform init` are evaluated through the calls that use them, never as roots. */
function isInstalled(dir: string): boolean {
  return dir.includes("/.terraform/") || dir.startsWith(".terraform/");
}

interface Emitted {
  resource: Resource;
  scope: ModuleScope;
  references: FoundReference[];
}

/** Adds the objects of module instances to the graph, then links them. */
class Emitter {
  readonly evaluatedDirs = new Set<string>();
  readonly origins = new Map<string, HclOrigin>();
  readonly #declarationsEmitted = new Set<string>();

  constructor(private readonly graph: ResourceGraph) {}

  emitRoot(scope: ModuleScope): void {
    const emitted: Emitted[] = [];
    this.emitScope(scope, emitted);
    const edges = new ReferenceTargets();
    for (const { resource, scope: owner, references } of emitted) {
      for (const reference of references) {
        for (const to of edges.targets(owner, reference)) {
          if (to !== resource.id) this.graph.link({ from: resource.id, to, kind: "references", via: reference.via });
        }
      }
    }
  }

  private emitScope(scope: ModuleScope, emitted: Emitted[]): void {
    const firstOfDir = !this.evaluatedDirs.has(scope.module.dir);
    this.evaluatedDirs.add(scope.module.dir);
    for (const declaration of scope.module.declarations.values()) {
      switch (declaration.mode) {
        case "managed":
        case "data":
          for (const instance of scope.instances(declaration.address) ?? []) {
            const id = this.add(scope, declaration, instance.address, instance.block, emitted);
            if (id) this.origins.set(id, { rootDir: scope.rootDir, callPath: scope.callPath, configAddress: declaration.address, key: instance.expanded ? instance.key : undefined });
          }
          break;
        case "module": {
          const block = BlockEvaluator.evaluate(declaration.file, declaration.block, scope.evaluator, unknownIteration(scope, declaration), scope.expansionValues(declaration));
          this.add(scope, declaration, `${scope.prefix}${declaration.address}`, block, emitted);
          for (const child of scope.children(declaration.block.labels[0]) ?? []) this.emitScope(child, emitted);
          break;
        }
        default: {
          // Variables, outputs and providers are declarations of the module's files: once per directory.
          const key = `${scope.module.dir}\u001f${declaration.address}`;
          if (!scope.isRoot && (!firstOfDir || this.#declarationsEmitted.has(key))) break;
          this.#declarationsEmitted.add(key);
          const block = BlockEvaluator.evaluate(declaration.file, declaration.block, scope.evaluator, NO_BINDINGS);
          this.add(scope, declaration, declaration.address, block, emitted, scope.isRoot ? scope.rootDir : scope.module.dir);
        }
      }
    }
    scope.reportLimits();
  }

  private add(scope: ModuleScope, declaration: Declaration, address: string, block: EvaluatedBlock, emitted: Emitted[], dir = scope.rootDir): string | undefined {
    const resource: Resource = {
      id: terraformResourceId(dir, address),
      platform: "terraform",
      type: declaration.type,
      name: address,
      origin: declaration.syntax === "json" ? "tf-json" : "hcl",
      mode: declaration.mode,
      attributes: block.attributes,
      source: block.source,
    };
    if (scope.callChain.length > 0) resource.callChain = scope.callChain;
    if (!this.graph.add(resource)) return undefined;
    emitted.push({ resource, scope, references: block.references });
    return resource.id;
  }
}

/** A module call block's own attributes are evaluated once, for all its instances: `count.index` and `each` are unknown there. */
function unknownIteration(scope: ModuleScope, declaration: Declaration): Bindings {
  if (scope.expansionOf(declaration.block, declaration.address).kind === "single") return NO_BINDINGS;
  return new Map<string, Value>([
    ["count", objectOf([["index", Unknown]])],
    ["each", objectOf([["key", Unknown], ["value", Unknown]])],
  ]);
}

/**
 * Resolves a reference to the ids of the objects it leads to: a resource's
 * instances (the one its index selects, when the index is known), a
 * variable's declaration and, in a called module, what the call's argument
 * refers to; a local's references; a module call and the objects behind the
 * output it reads. Memoised per module instance; cycles end empty.
 */
class ReferenceTargets {
  readonly #memo = new Map<ModuleScope, Map<string, readonly string[]>>();
  /** The ids of a resource's instances, made once: references name the same instances again and again. */
  readonly #instanceIds = new Map<ResourceInstance[], string[]>();

  targets(scope: ModuleScope, reference: FoundReference): readonly string[] {
    const { address, traversal, bindings } = reference;
    if (address.startsWith("local.")) return this.local(scope, address.slice("local.".length));
    if (address.startsWith("var.")) return this.variable(scope, address.slice("var.".length));
    if (address.startsWith("module.")) return this.module(scope, address.slice("module.".length), traversal);
    return this.instances(scope, address, traversal, bindings);
  }

  private instances(scope: ModuleScope, address: string, traversal: HclTraversal, bindings: Bindings): readonly string[] {
    const declaration = scope.module.declarations.get(address);
    if (!declaration) return [terraformResourceId(scope.rootDir, `${scope.prefix}${address}`)];
    const instances = scope.instances(address);
    if (!instances) return [];
    const ids = this.#idsOf(scope, instances);
    // `aws_subnet.s[count.index]`: the index step right after the name picks one instance when it is known.
    const indexStep = traversal.steps[address.startsWith("data.") ? 2 : 1];
    if (indexStep?.type === "index" && instances.some((instance) => instance.expanded && instance.key !== undefined)) {
      const key = scope.value(indexStep.key, bindings);
      const picked = instances.findIndex((instance) => instance.key === key || (typeof key === "number" && instance.key === key));
      if (picked !== -1) return [ids[picked]!];
    }
    return ids;
  }

  #idsOf(scope: ModuleScope, instances: ResourceInstance[]): string[] {
    let ids = this.#instanceIds.get(instances);
    if (!ids) this.#instanceIds.set(instances, (ids = instances.map((instance) => terraformResourceId(scope.rootDir, instance.address))));
    return ids;
  }

  private local(scope: ModuleScope, name: string): readonly string[] {
    return this.memoised(scope, `local.${name}`, () => {
      const local = scope.module.locals.get(name);
      if (!local) return [];
      const found = new Set<string>();
      forEachReference(local.expression, (address, traversal) => {
        for (const target of this.targets(scope, { address, traversal, bindings: NO_BINDINGS, via: [] })) found.add(target);
      });
      return [...found];
    });
  }

  private variable(scope: ModuleScope, name: string): readonly string[] {
    return this.memoised(scope, `var.${name}`, () => {
      const declarationDir = scope.isRoot ? scope.rootDir : scope.module.dir;
      const found = new Set<string>([terraformResourceId(declarationDir, `var.${name}`)]);
      const parent = scope.parent;
      const argument = parent?.block.body.attributes.find((attribute) => attribute.name === name);
      if (parent && argument) {
        forEachReference(
          argument.expression,
          (address, traversal) => {
            for (const target of this.targets(parent.scope, { address, traversal, bindings: parent.bindings, via: [] })) found.add(target);
          },
          parent.bindings,
        );
      }
      return [...found];
    });
  }

  private module(scope: ModuleScope, name: string, traversal: HclTraversal): readonly string[] {
    const found = new Set<string>([terraformResourceId(scope.rootDir, `${scope.prefix}module.${name}`)]);
    const output = traversal.steps[1]?.type === "attr" ? traversal.steps[1].name : traversal.steps[2]?.type === "attr" ? traversal.steps[2].name : undefined;
    if (output === undefined) return [...found];
    for (const child of scope.children(name) ?? []) {
      for (const target of this.output(child, output)) found.add(target);
    }
    return [...found];
  }

  private output(scope: ModuleScope, name: string): readonly string[] {
    return this.memoised(scope, `output.${name}`, () => {
      const declaration = scope.module.declarations.get(`output.${name}`);
      const expression = declaration?.block.body.attributes.find((attribute) => attribute.name === "value")?.expression;
      if (!expression) return [];
      const found = new Set<string>();
      forEachReference(expression, (address, traversal) => {
        for (const target of this.targets(scope, { address, traversal, bindings: NO_BINDINGS, via: [] })) found.add(target);
      });
      return [...found];
    });
  }

  /** Per module instance (each has its own address in its root) and address. */
  private memoised(scope: ModuleScope, key: string, compute: () => readonly string[]): readonly string[] {
    let memo = this.#memo.get(scope);
    if (!memo) this.#memo.set(scope, (memo = new Map()));
    const known = memo.get(key);
    if (known) return known;
    memo.set(key, []);
    const value = compute();
    memo.set(key, value);
    return value;
  }
}

