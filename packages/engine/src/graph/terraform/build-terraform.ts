import path from "node:path";
import type { HclBlock, HclBody, HclDocument, HclExpression } from "../../load/hcl/ast.js";
import type { Resource } from "../../model/resource.js";
import { SourceMap, type AttributePath } from "../../model/source.js";
import { emptyObject, Unknown, type ValueObject } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { evaluateStatic, formatNumber } from "./literal.js";
import { forEachReference, withNames } from "./references.js";

/** The files of one directory: one Terraform module. */
export interface TerraformModule {
  /** Directory relative to the scan root; `.` for the root itself. */
  dir: string;
  /** `.tf` and `.tf.json` documents, in file name order (Terraform's order). */
  documents: HclDocument[];
  /** `.tfvars` documents of the directory. */
  variableFiles: HclDocument[];
  /** Every `locals` entry of the module by name; the first declaration wins. */
  locals: Map<string, { expression: HclExpression; file: string }>;
}

/** Groups documents into modules by directory and indexes their locals. */
export function terraformModules(documents: readonly HclDocument[]): TerraformModule[] {
  const modules = new Map<string, TerraformModule>();
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const document of sorted) {
    const dir = path.posix.dirname(document.file);
    let module = modules.get(dir);
    if (!module) {
      module = { dir, documents: [], variableFiles: [], locals: new Map() };
      modules.set(dir, module);
    }
    if (document.kind === "tfvars") {
      module.variableFiles.push(document);
      continue;
    }
    module.documents.push(document);
    for (const block of document.body.blocks) {
      if (block.type !== "locals") continue;
      for (const attribute of block.body.attributes) {
        if (!module.locals.has(attribute.name)) module.locals.set(attribute.name, { expression: attribute.expression, file: document.file });
      }
    }
  }
  return [...modules.values()];
}

/** `terraform:<dir>::<address>`, the id of a Terraform object declared in HCL. */
export function terraformResourceId(dir: string, address: string): string {
  return `terraform:${dir}::${address}`;
}

/** The Terraform address of a resource built here (`aws_s3_bucket.b`, `data.x.y`, `module.m`, `var.v`). */
export function terraformAddress(resource: Resource): string {
  const separator = resource.id.indexOf("::");
  return separator === -1 ? resource.name : resource.id.slice(separator + 2);
}

interface Declaration {
  type: string;
  mode: string;
  address: string;
}

/** What a top-level block declares, or undefined for blocks that declare no object (terraform, locals, moved, …). */
function declarationOf(block: HclBlock): Declaration | undefined {
  const [first, second] = block.labels;
  switch (block.type) {
    case "resource":
      return block.labels.length === 2 ? { type: first, mode: "managed", address: `${first}.${second}` } : undefined;
    case "data":
      return block.labels.length === 2 ? { type: first, mode: "data", address: `data.${first}.${second}` } : undefined;
    case "module":
      return block.labels.length === 1 ? { type: "module", mode: "module", address: `module.${first}` } : undefined;
    case "variable":
      return block.labels.length === 1 ? { type: "variable", mode: "variable", address: `var.${first}` } : undefined;
    case "output":
      return block.labels.length === 1 ? { type: "output", mode: "output", address: `output.${first}` } : undefined;
    case "provider": {
      if (block.labels.length !== 1) return undefined;
      const alias = block.body.attributes.find((attribute) => attribute.name === "alias");
      const aliasValue = alias ? evaluateStatic(alias.expression) : undefined;
      const suffix = typeof aliasValue === "string" ? `.${aliasValue}` : "";
      return { type: "provider", mode: "provider", address: `provider.${first}${suffix}` };
    }
    default:
      return undefined;
  }
}

/**
 * Adds every resource, data source, module call, variable, output and
 * provider declared in HCL to the graph, with statically known attribute
 * values, the position of every attribute path, and `references` edges to
 * the objects each one refers to.
 */
export function buildTerraform(documents: HclDocument[], graph: ResourceGraph): void {
  for (const module of terraformModules(documents)) {
    const references = new ModuleReferences(module);
    for (const document of module.documents) {
      for (const block of document.body.blocks) {
        const declaration = declarationOf(block);
        if (!declaration) continue;
        const id = terraformResourceId(module.dir, declaration.address);
        const existing = graph.get(id);
        if (existing) {
          const first = existing.source.at(existing.source.header);
          graph.diagnostics.push({
            level: "warning",
            code: "terraform-duplicate",
            message: `${document.file}:${block.range.start.line}:${block.range.start.column}: ${declaration.address} is already declared at ${first.file}:${first.start.line}; the first declaration is used`,
            file: document.file,
            range: { file: document.file, ...block.headerRange },
          });
          continue;
        }
        const builder = new ResourceBuilder(document.file, block, references);
        const resource: Resource = {
          id,
          platform: "terraform",
          type: declaration.type,
          name: declaration.address,
          origin: document.syntax === "json" ? "tf-json" : "hcl",
          mode: declaration.mode,
          attributes: builder.attributes,
          source: builder.source,
        };
        graph.add(resource);
        for (const [address, via] of builder.references) {
          const to = terraformResourceId(module.dir, address);
          if (to !== id) graph.link({ from: id, to, kind: "references", via });
        }
      }
    }
  }
}

/** The addresses a module's locals lead to, followed through locals that use other locals. */
class ModuleReferences {
  readonly #resolved = new Map<string, readonly string[]>();

  constructor(private readonly module: TerraformModule) {}

  /** Declared objects behind `address`: itself, or what a local refers to. */
  targets(address: string): readonly string[] {
    if (!address.startsWith("local.")) return [address];
    const name = address.slice("local.".length);
    const cached = this.#resolved.get(name);
    if (cached) return cached;
    this.#resolved.set(name, []); // a cycle of locals ends here
    const local = this.module.locals.get(name);
    const found = new Set<string>();
    if (local) forEachReference(local.expression, (inner) => this.targets(inner).forEach((target) => found.add(target)));
    const targets = [...found];
    this.#resolved.set(name, targets);
    return targets;
  }
}

/** Walks one block: its attribute values, the source map and the references, in one pass. */
class ResourceBuilder {
  readonly source: SourceMap;
  readonly attributes: ValueObject;
  /** Referenced address → the first attribute path that refers to it. */
  readonly references = new Map<string, AttributePath>();

  constructor(
    file: string,
    block: HclBlock,
    private readonly moduleReferences: ModuleReferences,
  ) {
    this.source = new SourceMap(file, block.range, block.headerRange);
    this.attributes = this.body(block.body, [], new Set());
  }

  private body(body: HclBody, path: AttributePath, bound: ReadonlySet<string>): ValueObject {
    const object = emptyObject();
    for (const attribute of body.attributes) {
      if (Object.prototype.hasOwnProperty.call(object, attribute.name)) continue; // HCL rejects duplicates; keep the first
      const attributePath = [...path, attribute.name];
      object[attribute.name] = evaluateStatic(attribute.expression);
      this.source.set(attributePath, { key: attribute.nameRange, value: attribute.expression.range });
      this.expression(attribute.expression, attributePath, bound);
    }
    const counts = new Map<string, number>();
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        this.dynamicBlock(block, object, path, bound);
        continue;
      }
      const existing = object[block.type];
      if (Object.prototype.hasOwnProperty.call(object, block.type) && !Array.isArray(existing)) {
        // A dynamic block of this type made the list unknown (or an attribute has the name): references still count.
        this.referencesIn(block.body, [...path, block.type], bound);
        continue;
      }
      const index = counts.get(block.type) ?? 0;
      counts.set(block.type, index + 1);
      const blockPath = [...path, block.type, index];
      if (index === 0) this.source.set([...path, block.type], { key: block.typeRange, value: block.range });
      this.source.set(blockPath, { key: block.typeRange, value: block.range });
      const value = this.body(block.body, blockPath, bound);
      if (Array.isArray(existing)) existing.push(value);
      else object[block.type] = [value];
    }
    return object;
  }

  /** `dynamic "x" { for_each = …; content { … } }`: `x` is unknown, but its references count. */
  private dynamicBlock(block: HclBlock, object: ValueObject, path: AttributePath, bound: ReadonlySet<string>): void {
    const name = block.labels[0];
    const blockPath = [...path, name];
    object[name] = Unknown;
    this.source.set(blockPath, { key: block.labelRanges[0] ?? block.typeRange, value: block.range });
    for (const attribute of block.body.attributes) {
      if (attribute.name !== "iterator") this.collectReferences(attribute.expression, blockPath, bound);
    }
    const inner = withNames(bound, dynamicIterator(block));
    for (const content of block.body.blocks) this.referencesIn(content.body, blockPath, inner);
  }

  /** References anywhere in a body whose values are unknown (dynamic content). */
  private referencesIn(body: HclBody, path: AttributePath, bound: ReadonlySet<string>): void {
    for (const attribute of body.attributes) this.collectReferences(attribute.expression, path, bound);
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        for (const attribute of block.body.attributes) {
          if (attribute.name !== "iterator") this.collectReferences(attribute.expression, path, bound);
        }
        const inner = withNames(bound, dynamicIterator(block));
        for (const content of block.body.blocks) this.referencesIn(content.body, path, inner);
      } else {
        this.referencesIn(block.body, path, bound);
      }
    }
  }

  /**
   * Records the position of every item of tuple and object literals under
   * `path`, and the references of the expression at the deepest such path.
   */
  private expression(expression: HclExpression, path: AttributePath, bound: ReadonlySet<string>): void {
    if (expression.kind === "tuple") {
      expression.items.forEach((item, index) => {
        const itemPath = [...path, index];
        this.source.set(itemPath, { value: item.range });
        this.expression(item, itemPath, bound);
      });
      return;
    }
    if (expression.kind === "object") {
      for (const item of expression.items) {
        const key = staticKey(item.key);
        if (key === undefined) {
          this.collectReferences(item.key, path, bound);
          this.collectReferences(item.value, path, bound);
          continue;
        }
        const itemPath = [...path, key];
        this.source.set(itemPath, { key: item.key.range, value: item.value.range });
        this.expression(item.value, itemPath, bound);
      }
      return;
    }
    if (expression.kind === "parenthesis") {
      this.expression(expression.expression, path, bound);
      return;
    }
    this.collectReferences(expression, path, bound);
  }

  private collectReferences(expression: HclExpression, path: AttributePath, bound: ReadonlySet<string>): void {
    forEachReference(
      expression,
      (address) => {
        for (const target of this.moduleReferences.targets(address)) {
          if (!this.references.has(target)) this.references.set(target, path);
        }
      },
      bound,
    );
  }
}

function staticKey(expression: HclExpression): string | undefined {
  const key = evaluateStatic(expression);
  if (typeof key === "string") return key;
  if (typeof key === "number") return formatNumber(key);
  if (typeof key === "boolean") return String(key);
  return undefined;
}

/** The name a dynamic block's content uses for the current element: `iterator = x`, or the block's label. */
function dynamicIterator(block: HclBlock): string {
  const iterator = block.body.attributes.find((attribute) => attribute.name === "iterator")?.expression;
  return iterator?.kind === "traversal" && iterator.steps.length === 0 ? iterator.root : block.labels[0];
}
