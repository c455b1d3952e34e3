import type {
  HclBinary,
  HclExpression,
  HclFor,
  HclSplat,
  HclTemplatePart,
  HclTraversal,
  HclTraversalStep,
} from "../../load/hcl/ast.js";
import { emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import { BudgetExceeded, type Budget } from "./budget.js";
import { callFunction, type FunctionContext } from "./functions/index.js";
import {
  asBool,
  asNumber,
  asString,
  compareStrings,
  equals,
  EvaluationError,
  fail,
  hasKey,
  isComputed,
  keyString,
  sortedKeys,
  typeName,
} from "./values.js";

/** Names bound inside an expression: `for` variables, `each`, `count`, a dynamic block's iterator. */
export type Bindings = ReadonlyMap<string, Value>;

export const NO_BINDINGS: Bindings = new Map();

/** Where references lead: a module instance answers `var.x`, `local.y`, `aws_s3_bucket.b`, `module.m`… */
export interface ReferenceResolver {
  /**
   * The object a reference names and how many of its steps that used
   * (`aws_s3_bucket.b.bucket`: the resource `aws_s3_bucket.b`, one step);
   * the evaluator applies the remaining steps.
   */
  resolve(traversal: HclTraversal, bindings: Bindings): { value: Value; consumed: number };
}

/**
 * Evaluates HCL expressions with Terraform's semantics: conversions between
 * primitive types, Unknown propagation (an operation on Unknown is Unknown;
 * a conditional with an unknown condition is Unknown unless both branches
 * agree), `for` expressions, splats, templates and function calls. Errors
 * Terraform would report are `EvaluationError`s, which `try` and `can`
 * catch and `evaluateOrUnknown` turns into Unknown.
 */
export class ExpressionEvaluator {
  constructor(
    private readonly resolver: ReferenceResolver,
    readonly budget: Budget,
    private readonly functions: FunctionContext,
  ) {}

  /** The value, or Unknown where Terraform would fail: a scan never stops on a broken expression. */
  evaluateOrUnknown(expression: HclExpression, bindings: Bindings = NO_BINDINGS): Value {
    try {
      return this.evaluate(expression, bindings);
    } catch (error) {
      // Past its budget a module's remaining values are unknown; the scope reports it once.
      if (error instanceof EvaluationError || error instanceof BudgetExceeded) return Unknown;
      throw error;
    }
  }

  evaluate(expression: HclExpression, bindings: Bindings = NO_BINDINGS): Value {
    this.budget.step();
    switch (expression.kind) {
      case "literal":
        return typeof expression.value === "number" && !Number.isFinite(expression.value) ? Unknown : expression.value;
      case "template":
        return this.template(expression.parts, bindings);
      case "tuple":
        return expression.items.map((item) => this.evaluate(item, bindings));
      case "object": {
        const object = emptyObject();
        let unknownKey = false;
        for (const item of expression.items) {
          const key = this.evaluate(item.key, bindings);
          if (isUnknown(key)) {
            unknownKey = true;
            this.evaluate(item.value, bindings);
            continue;
          }
          if (key === null) fail("object key is null");
          object[keyString(key, "object key")] = this.evaluate(item.value, bindings);
        }
        // An unknown key could be any key: claiming the others are all there is would mislead rules.
        return unknownKey ? Unknown : object;
      }
      case "traversal":
        return this.traversal(expression, bindings);
      case "call":
        return this.call(expression.name, expression.args, expression.expandFinal, bindings);
      case "conditional": {
        const condition = this.evaluate(expression.condition, bindings);
        if (isUnknown(condition)) {
          const whenTrue = this.evaluateOrUnknown(expression.trueResult, bindings);
          const whenFalse = this.evaluateOrUnknown(expression.falseResult, bindings);
          return equals(whenTrue, whenFalse) === true ? whenTrue : Unknown;
        }
        const chosen = asBool(condition, "condition") ? expression.trueResult : expression.falseResult;
        const other = chosen === expression.trueResult ? expression.falseResult : expression.trueResult;
        return this.unifyConditional(this.evaluate(chosen, bindings), other);
      }
      case "unary": {
        const operand = this.evaluate(expression.operand, bindings);
        if (isUnknown(operand)) return Unknown;
        return expression.operator === "-" ? -asNumber(operand) + 0 : !asBool(operand);
      }
      case "binary":
        return this.binary(expression, bindings);
      case "for":
        return this.forExpression(expression, bindings);
      case "splat":
        return this.splat(expression, bindings);
      case "index":
        return this.index(this.evaluate(expression.source, bindings), this.evaluate(expression.key, bindings));
      case "getAttr":
        return this.attribute(this.evaluate(expression.source, bindings), expression.name);
      case "parenthesis":
        return this.evaluate(expression.expression, bindings);
    }
  }

  /** `true ? 1 : "a"` is the string "1": both results are converted to a common type. */
  private unifyConditional(value: Value, other: HclExpression): Value {
    if (typeof value !== "number" && typeof value !== "boolean") return value;
    const otherIsString =
      (other.kind === "literal" && typeof other.value === "string") || (other.kind === "template" && other.parts.length !== 1);
    return otherIsString ? asString(value) : value;
  }

  private traversal(traversal: HclTraversal, bindings: Bindings): Value {
    let value: Value;
    let consumed = 0;
    if (bindings.has(traversal.root)) value = bindings.get(traversal.root) as Value;
    else ({ value, consumed } = this.resolver.resolve(traversal, bindings));
    return this.steps(value, traversal.steps.slice(consumed), bindings);
  }

  steps(value: Value, steps: readonly HclTraversalStep[], bindings: Bindings): Value {
    let current = value;
    for (const step of steps) {
      if (isUnknown(current)) return Unknown;
      current = step.type === "attr" ? this.attribute(current, step.name) : this.index(current, this.evaluate(step.key, bindings));
    }
    return current;
  }

  attribute(value: Value, name: string): Value {
    if (isUnknown(value)) return Unknown;
    if (isObject(value)) {
      if (hasKey(value, name)) return value[name];
      return isComputed(value) ? Unknown : fail(`object has no attribute "${name}"`);
    }
    // A list of computed blocks (`aws_instance.x.root_block_device.volume_size`) is an error in Terraform.
    if (value === null) fail(`attempt to get attribute "${name}" from null`);
    return fail(`cannot read attribute "${name}" of a ${typeName(value)}`);
  }

  index(value: Value, key: Value): Value {
    if (isUnknown(value) || isUnknown(key)) return Unknown;
    if (Array.isArray(value)) {
      const position = asNumber(key, "index");
      if (!Number.isInteger(position)) fail("index must be a whole number");
      if (position < 0 || position >= value.length) return isComputed(value) ? Unknown : fail(`index ${position} out of range`);
      return value[position];
    }
    if (isObject(value)) {
      const name = keyString(key, "key");
      if (hasKey(value, name)) return value[name];
      return isComputed(value) ? Unknown : fail(`no element with key "${name}"`);
    }
    if (value === null) fail("cannot index null");
    return fail(`cannot index a ${typeName(value)}`);
  }

  private call(name: string, argExpressions: readonly HclExpression[], expandFinal: boolean, bindings: Bindings): Value {
    if (name === "try") {
      for (const arg of argExpressions) {
        try {
          const value = this.evaluate(arg, bindings);
          // An unknown value might still fail once known: try cannot decide yet.
          return value;
        } catch (error) {
          if (!(error instanceof EvaluationError)) throw error;
        }
      }
      return fail("no expression given to try succeeded");
    }
    if (name === "can") {
      if (argExpressions.length !== 1) fail("can takes one argument");
      try {
        const value = this.evaluate(argExpressions[0], bindings);
        return isUnknown(value) ? Unknown : true;
      } catch (error) {
        if (error instanceof EvaluationError) return false;
        throw error;
      }
    }
    const args = argExpressions.map((arg) => this.evaluate(arg, bindings));
    if (expandFinal) {
      const last = args.pop();
      if (isUnknown(last)) return Unknown;
      if (!Array.isArray(last)) fail("the final argument to expand must be a list");
      args.push(...last);
    }
    return callFunction(name, args, this.functions);
  }

  private binary(expression: HclBinary, bindings: Bindings): Value {
    const { operator } = expression;
    if (operator === "&&" || operator === "||") {
      const left = this.evaluate(expression.left, bindings);
      // Logical operators short-circuit on a known left side.
      if (!isUnknown(left)) {
        const leftValue = asBool(left, "operand");
        if (operator === "&&" && !leftValue) return false;
        if (operator === "||" && leftValue) return true;
      }
      const right = this.evaluate(expression.right, bindings);
      if (!isUnknown(right)) {
        const rightValue = asBool(right, "operand");
        if (operator === "&&" && !rightValue) return false;
        if (operator === "||" && rightValue) return true;
      }
      if (isUnknown(left) || isUnknown(right)) return Unknown;
      return asBool(right);
    }
    const left = this.evaluate(expression.left, bindings);
    const right = this.evaluate(expression.right, bindings);
    if (operator === "==" || operator === "!=") {
      const same = equals(left, right);
      if (isUnknown(same)) return Unknown;
      return operator === "==" ? same : !same;
    }
    if (isUnknown(left) || isUnknown(right)) return Unknown;
    const a = asNumber(left, "operand");
    const b = asNumber(right, "operand");
    switch (operator) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        // Terraform divides by zero into infinity, which no attribute can hold: Unknown.
        return b === 0 ? Unknown : a / b;
      case "%":
        return b === 0 ? fail("modulo by zero") : (a % b) + 0;
      case ">":
        return a > b;
      case ">=":
        return a >= b;
      case "<":
        return a < b;
      case "<=":
        return a <= b;
    }
  }

  private forExpression(expression: HclFor, bindings: Bindings): Value {
    const collection = this.evaluate(expression.collection, bindings);
    if (isUnknown(collection)) return Unknown;
    let entries: Array<[Value, Value]>;
    if (Array.isArray(collection)) entries = collection.map((item, index) => [index, item]);
    else if (isObject(collection)) entries = sortedKeys(collection).map((key) => [key, collection[key]]);
    else if (collection === null) return fail("cannot iterate over null");
    else return fail(`cannot iterate over a ${typeName(collection)}`);
    this.budget.expansion(entries.length, "a for expression");

    const inner = new Map(bindings);
    const bind = (key: Value, value: Value) => {
      if (expression.keyVar) inner.set(expression.keyVar, key);
      inner.set(expression.valueVar, value);
    };
    if (expression.result === "tuple") {
      const out: Value[] = [];
      for (const [key, value] of entries) {
        bind(key, value);
        if (expression.condition) {
          const keep = this.evaluate(expression.condition, inner);
          if (isUnknown(keep)) return Unknown;
          if (!asBool(keep, "for condition")) continue;
        }
        out.push(this.evaluate(expression.valueExpr, inner));
      }
      return out;
    }
    const out: ValueObject = emptyObject();
    for (const [key, value] of entries) {
      bind(key, value);
      if (expression.condition) {
        const keep = this.evaluate(expression.condition, inner);
        if (isUnknown(keep)) return Unknown;
        if (!asBool(keep, "for condition")) continue;
      }
      const keyValue = this.evaluate(expression.keyExpr!, inner);
      if (isUnknown(keyValue)) return Unknown;
      if (keyValue === null) fail("for expression key is null");
      const name = keyString(keyValue, "for expression key");
      const item = this.evaluate(expression.valueExpr, inner);
      if (expression.grouping) {
        const group = out[name];
        if (Array.isArray(group)) group.push(item);
        else out[name] = [item];
      } else {
        if (hasKey(out, name)) fail(`duplicate key "${name}" in for expression; use ... to group`);
        out[name] = item;
      }
    }
    return out;
  }

  private splat(expression: HclSplat, bindings: Bindings): Value {
    const source = this.evaluate(expression.source, bindings);
    if (isUnknown(source)) return Unknown;
    if (source === null) return [];
    const items = Array.isArray(source) ? source : [source];
    return items.map((item) => this.steps(item, expression.each, bindings));
  }

  private template(parts: readonly HclTemplatePart[], bindings: Bindings): Value {
    // A template that is exactly one interpolation is the value itself (`"${[1, 2]}"` is a list).
    if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind !== "templateIf" && parts[0].kind !== "templateFor") {
      return this.evaluate(parts[0], bindings);
    }
    const text = this.templateText(parts, bindings);
    return text;
  }

  /** The text of template parts; Unknown when any interpolated part is unknown. */
  templateText(parts: readonly HclTemplatePart[], bindings: Bindings): Value {
    let text = "";
    for (const part of parts) {
      if (typeof part === "string") {
        text += part;
        continue;
      }
      let piece: Value;
      if (part.kind === "templateIf") {
        const condition = this.evaluate(part.condition, bindings);
        if (isUnknown(condition)) return Unknown;
        piece = this.templateText(asBool(condition, "template condition") ? part.then : part.else, bindings);
      } else if (part.kind === "templateFor") {
        const collection = this.evaluate(part.collection, bindings);
        if (isUnknown(collection)) return Unknown;
        let entries: Array<[Value, Value]>;
        if (Array.isArray(collection)) entries = collection.map((item, index) => [index, item]);
        else if (isObject(collection)) entries = sortedKeys(collection).map((key) => [key, collection[key]]);
        else return fail("template for: cannot iterate");
        this.budget.expansion(entries.length, "a template for directive");
        let body = "";
        const inner = new Map(bindings);
        for (const [key, value] of entries) {
          if (part.keyVar) inner.set(part.keyVar, key);
          inner.set(part.valueVar, value);
          const rendered = this.templateText(part.body, inner);
          if (isUnknown(rendered)) return Unknown;
          body += rendered as string;
        }
        piece = body;
      } else {
        piece = this.evaluate(part, bindings);
        if (isUnknown(piece)) return Unknown;
        if (piece === null) fail("template interpolation value is null");
        if (Array.isArray(piece) || isObject(piece)) fail("cannot include a collection in a string template");
        piece = asString(piece);
      }
      text += piece as string;
      if (text.length > 16 * 1024 * 1024) fail("template result too large");
    }
    return text;
  }
}

export function isBudgetExceeded(error: unknown): error is BudgetExceeded {
  return error instanceof BudgetExceeded;
}

export { compareStrings };
