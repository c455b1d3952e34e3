import type { HclExpression } from "../../load/hcl/ast.js";
import { emptyObject, isObject, isUnknown, type Value } from "../../model/value.js";
import { asBool, asNumber, asString, fail, hasKey, toSet } from "./values.js";

/** A variable's `type`, read from its expression. */
export type TypeConstraint =
  | { kind: "any" }
  | { kind: "string" | "number" | "bool" }
  | { kind: "list" | "set" | "map"; element: TypeConstraint }
  | { kind: "object"; attributes: Map<string, { type: TypeConstraint; optional: boolean; default?: HclExpression }> }
  | { kind: "tuple"; elements: TypeConstraint[] };

const ANY: TypeConstraint = { kind: "any" };

/** Reads `string`, `list(number)`, `map(object({ a = string, b = optional(bool, true) }))`…; anything else is `any`. */
export function readType(expression: HclExpression | undefined): TypeConstraint {
  if (!expression) return ANY;
  if (expression.kind === "parenthesis") return readType(expression.expression);
  if (expression.kind === "traversal" && expression.steps.length === 0) {
    switch (expression.root) {
      case "string":
      case "number":
      case "bool":
        return { kind: expression.root };
      case "list":
      case "set":
      case "map":
        return { kind: expression.root, element: ANY };
      default:
        return ANY;
    }
  }
  if (expression.kind === "literal" && typeof expression.value === "string") {
    // Terraform 0.11 quoted types.
    if (expression.value === "list") return { kind: "list", element: { kind: "string" } };
    if (expression.value === "map") return { kind: "map", element: { kind: "string" } };
    if (expression.value === "string") return { kind: "string" };
    return ANY;
  }
  if (expression.kind !== "call") return ANY;
  const [first, second] = expression.args;
  switch (expression.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expression.name, element: readType(first) };
    case "tuple":
      return first?.kind === "tuple" ? { kind: "tuple", elements: first.items.map(readType) } : ANY;
    case "object": {
      if (first?.kind !== "object") return ANY;
      const attributes = new Map<string, { type: TypeConstraint; optional: boolean; default?: HclExpression }>();
      for (const item of first.items) {
        const name = item.key.kind === "traversal" && item.key.steps.length === 0 ? item.key.root : item.key.kind === "literal" ? String(item.key.value) : undefined;
        if (name === undefined) continue;
        const value = item.value;
        if (value.kind === "call" && value.name === "optional") {
          attributes.set(name, { type: readType(value.args[0]), optional: true, default: value.args[1] });
        } else {
          attributes.set(name, { type: readType(value), optional: false });
        }
      }
      return { kind: "object", attributes };
    }
    default:
      return second === undefined ? ANY : ANY;
  }
}

/** True when a command-line or environment value for this type is HCL to parse rather than a raw string. */
export function isComplexType(type: TypeConstraint): boolean {
  return type.kind !== "any" && type.kind !== "string" && type.kind !== "number" && type.kind !== "bool";
}

/**
 * Converts a value to a type as Terraform does for variables: primitives
 * convert between each other, tuples to lists and sets, objects to maps
 * and objects (optional attributes get their default or null). Throws an
 * `EvaluationError` when the value cannot have the type.
 */
export function convertToType(value: Value, type: TypeConstraint, defaultOf: (expression: HclExpression) => Value): Value {
  if (isUnknown(value) || value === null || type.kind === "any") return value;
  switch (type.kind) {
    case "string":
      if (Array.isArray(value) || isObject(value)) fail("a string is required");
      return asString(value);
    case "number":
      return asNumber(value);
    case "bool":
      if (typeof value === "number") fail("a bool is required");
      return asBool(value);
    case "list":
    case "set": {
      if (!Array.isArray(value)) fail(`a ${type.kind} is required`);
      const items = value.map((item) => convertToType(item, type.element, defaultOf));
      return type.kind === "set" ? toSet(items) : items;
    }
    case "map": {
      if (!isObject(value)) fail("a map is required");
      const map = emptyObject();
      for (const key of Object.keys(value)) map[key] = convertToType(value[key], type.element, defaultOf);
      return map;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type.elements.length) fail("a tuple of the right length is required");
      return value.map((item, index) => convertToType(item, type.elements[index], defaultOf));
    }
    case "object": {
      if (!isObject(value)) fail("an object is required");
      const object = emptyObject();
      for (const [name, attribute] of type.attributes) {
        if (hasKey(value, name) && value[name] !== null) object[name] = convertToType(value[name], attribute.type, defaultOf);
        else if (attribute.optional) object[name] = attribute.default ? convertToType(defaultOf(attribute.default), attribute.type, defaultOf) : null;
        else if (hasKey(value, name)) object[name] = null;
        else fail(`attribute "${name}" is required`);
      }
      return object;
    }
  }
}
