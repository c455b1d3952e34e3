import type { HclBlock, HclBody, HclExpression, HclTraversal } from "../../load/hcl/ast.js";
import { SourceMap, type AttributePath } from "../../model/source.js";
import { emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import type { Bindings, ExpressionEvaluator } from "./expressions.js";
import { evaluateStatic, formatNumber } from "./literal.js";
import { forEachReference } from "./references.js";
import { EvaluationError, hasKey, sortedKeys } from "./values.js";

/** A reference found in a block, with what is needed to resolve it to resource instances. */
export interface FoundReference {
  address: string;
  traversal: HclTraversal;
  bindings: Bindings;
  /** The attribute path that holds it. */
  via: AttributePath;
}

/** A block evaluated: its attribute values, the position of each attribute path, and its references. */
export interface EvaluatedBlock {
  attributes: ValueObject;
  source: SourceMap;
  references: FoundReference[];
}

/**
 * Meta-arguments that name objects rather than compute values
 * (`depends_on = [aws_s3_bucket.b]`): evaluating them would evaluate the
 * objects they name for nothing, and could turn an ordering into a cycle.
 */
const ADDRESS_ARGUMENTS: ReadonlySet<string> = new Set(["depends_on", "provider", "providers", "ignore_changes", "replace_triggered_by"]);

/**
 * Evaluates a block body into plain data: attributes become values (Unknown
 * where they cannot be known), nested blocks lists of objects (as plans show
 * them), and `dynamic` blocks the blocks they generate. Every attribute path
 * gets its position; the blocks a `dynamic` block generates share the
 * position of its `content`.
 */
export class BlockEvaluator {
  readonly #source: SourceMap;
  readonly #references: FoundReference[] = [];

  private constructor(
    file: string,
    block: HclBlock,
    private readonly evaluator: ExpressionEvaluator,
  ) {
    this.#source = new SourceMap(file, block.range, block.headerRange);
  }

  /**
   * `known` holds values of top-level attributes computed already (`count`
   * and `for_each`, evaluated once for all instances rather than per instance).
   */
  static evaluate(file: string, block: HclBlock, evaluator: ExpressionEvaluator, bindings: Bindings, known: ReadonlyMap<string, Value> = new Map()): EvaluatedBlock {
    const builder = new BlockEvaluator(file, block, evaluator);
    const attributes = builder.body(block.body, [], bindings, known);
    return { attributes, source: builder.#source, references: builder.#references };
  }

  private body(body: HclBody, path: AttributePath, bindings: Bindings, known: ReadonlyMap<string, Value>): ValueObject {
    const object = emptyObject();
    for (const attribute of body.attributes) {
      if (hasKey(object, attribute.name)) continue; // HCL rejects duplicates; keep the first
      const attributePath = [...path, attribute.name];
      const value = known.get(attribute.name);
      if (value !== undefined) object[attribute.name] = value;
      else if (ADDRESS_ARGUMENTS.has(attribute.name)) object[attribute.name] = evaluateStatic(attribute.expression);
      else object[attribute.name] = this.evaluator.evaluateOrUnknown(attribute.expression, bindings);
      this.#source.set(attributePath, { key: attribute.nameRange, value: attribute.expression.range });
      this.positions(attribute.expression, attributePath, bindings);
    }
    const counts = new Map<string, number>();
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        this.dynamicBlock(block, object, path, bindings, counts);
        continue;
      }
      const existing = object[block.type];
      if (hasKey(object, block.type) && !Array.isArray(existing)) {
        // A dynamic block of this type made the list unknown (or an attribute has the name): references still count.
        this.referencesIn(block.body, [...path, block.type], bindings);
        continue;
      }
      this.addBlock(object, block.type, block, block.body, path, bindings, counts);
    }
    return object;
  }

  private addBlock(
    object: ValueObject,
    type: string,
    block: HclBlock,
    body: HclBody,
    path: AttributePath,
    bindings: Bindings,
    counts: Map<string, number>,
  ): void {
    const index = counts.get(type) ?? 0;
    counts.set(type, index + 1);
    const blockPath = [...path, type, index];
    if (index === 0 && !this.#source.get([...path, type])) this.#source.set([...path, type], { key: block.typeRange, value: block.range });
    this.#source.set(blockPath, { key: block.typeRange, value: block.range });
    const value = this.body(body, blockPath, bindings, new Map());
    const list = object[type];
    if (Array.isArray(list)) list.push(value);
    else object[type] = [value];
  }

  /**
   * `dynamic "x" { for_each = …; iterator = it; content { … } }`: one `x`
   * block per element, with `it.key` and `it.value` (the label when there is
   * no iterator) bound in `content`. An unknown `for_each` makes `x` Unknown.
   */
  private dynamicBlock(block: HclBlock, object: ValueObject, path: AttributePath, bindings: Bindings, counts: Map<string, number>): void {
    const name = block.labels[0];
    const blockPath = [...path, name];
    this.#source.set(blockPath, { key: block.labelRanges[0] ?? block.typeRange, value: block.range });
    const forEach = block.body.attributes.find((attribute) => attribute.name === "for_each");
    const content = block.body.blocks.find((inner) => inner.type === "content");
    const iterator = dynamicIterator(block);
    for (const attribute of block.body.attributes) {
      if (attribute.name !== "iterator") this.collectReferences(attribute.expression, blockPath, bindings);
    }
    const collection = forEach ? this.evaluator.evaluateOrUnknown(forEach.expression, bindings) : Unknown;
    const entries = iterationEntries(collection);
    if (!content || entries === undefined || hasKey(object, name) && !Array.isArray(object[name])) {
      object[name] = Unknown;
      if (content) this.referencesIn(content.body, blockPath, new Map([...bindings, [iterator, Unknown]]));
      return;
    }
    try {
      this.evaluator.budget.expansion(entries.length, `dynamic "${name}"`);
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      object[name] = Unknown;
      return;
    }
    if (entries.length === 0 && !hasKey(object, name)) {
      this.referencesIn(content.body, blockPath, new Map([...bindings, [iterator, Unknown]]));
      return;
    }
    for (const [key, value] of entries) {
      const inner = new Map(bindings);
      const element = emptyObject();
      element.key = key;
      element.value = value;
      inner.set(iterator, element);
      this.addBlock(object, name, content, content.body, path, inner, counts);
    }
  }

  /** References anywhere in a body whose values are unknown (dynamic content without elements). */
  private referencesIn(body: HclBody, path: AttributePath, bindings: Bindings): void {
    for (const attribute of body.attributes) this.collectReferences(attribute.expression, path, bindings);
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels.length === 1) {
        for (const attribute of block.body.attributes) {
          if (attribute.name !== "iterator") this.collectReferences(attribute.expression, path, bindings);
        }
        const inner = new Map([...bindings, [dynamicIterator(block), Unknown]]);
        for (const content of block.body.blocks) this.referencesIn(content.body, path, inner);
      } else {
        this.referencesIn(block.body, path, bindings);
      }
    }
  }

  /**
   * Records the position of every item of tuple and object literals under
   * `path`, and the references of the expression at the deepest such path.
   */
  private positions(expression: HclExpression, path: AttributePath, bindings: Bindings): void {
    if (expression.kind === "tuple") {
      expression.items.forEach((item, index) => {
        const itemPath = [...path, index];
        this.#source.set(itemPath, { value: item.range });
        this.positions(item, itemPath, bindings);
      });
      return;
    }
    if (expression.kind === "object") {
      for (const item of expression.items) {
        const key = this.staticKey(item.key, bindings);
        if (key === undefined) {
          this.collectReferences(item.key, path, bindings);
          this.collectReferences(item.value, path, bindings);
          continue;
        }
        const itemPath = [...path, key];
        this.#source.set(itemPath, { key: item.key.range, value: item.value.range });
        this.positions(item.value, itemPath, bindings);
      }
      return;
    }
    if (expression.kind === "parenthesis") {
      this.positions(expression.expression, path, bindings);
      return;
    }
    this.collectReferences(expression, path, bindings);
  }

  private staticKey(expression: HclExpression, bindings: Bindings): string | undefined {
    if (expression.kind === "literal" && expression.value !== null) {
      return typeof expression.value === "number" ? formatNumber(expression.value) : String(expression.value);
    }
    if (expression.kind === "traversal" && expression.steps.length === 0) return expression.root;
    const key = this.evaluator.evaluateOrUnknown(expression, bindings);
    if (typeof key === "string") return key;
    if (typeof key === "number") return formatNumber(key);
    if (typeof key === "boolean") return String(key);
    return undefined;
  }

  private collectReferences(expression: HclExpression, path: AttributePath, bindings: Bindings): void {
    forEachReference(expression, (address, traversal) => this.#references.push({ address, traversal, bindings, via: path }), bindings);
  }
}

/** The elements a `for_each` (of a dynamic block, a resource, a module call) iterates: key and value; undefined when unknown. */
export function iterationEntries(collection: Value): Array<[Value, Value]> | undefined {
  if (isUnknown(collection)) return undefined;
  if (collection === null) return [];
  if (Array.isArray(collection)) {
    if (collection.some(isUnknown)) return undefined;
    return collection.map((item, index) => [index, item]);
  }
  if (isObject(collection)) return sortedKeys(collection).map((key) => [key, collection[key]]);
  return undefined;
}

/** The name a dynamic block's content uses for the current element: `iterator = x`, or the block's label. */
export function dynamicIterator(block: HclBlock): string {
  const iterator = block.body.attributes.find((attribute) => attribute.name === "iterator")?.expression;
  return iterator?.kind === "traversal" && iterator.steps.length === 0 ? iterator.root : block.labels[0];
}
