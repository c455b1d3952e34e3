import { emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import { compareStrings, formatNumber } from "./literal.js";

export { compareStrings };

/**
 * An expression Terraform itself would reject (a type mismatch, a missing
 * key, a bad function argument). `try` and `can` catch it; elsewhere the
 * value becomes Unknown: we scan configurations, we do not validate them.
 */
export class EvaluationError extends Error {}

export function fail(message: string): never {
  throw new EvaluationError(message);
}

/**
 * Objects (and lists) that describe a resource as configured: attributes the
 * configuration leaves out are computed by the provider, so reading them is
 * Unknown rather than an error.
 */
const computed = new WeakSet<object>();

export function markComputed<V extends Value>(value: V): V {
  if (Array.isArray(value)) {
    if (computed.has(value)) return value;
    computed.add(value);
    for (const item of value) markComputed(item);
  } else if (isObject(value)) {
    if (computed.has(value)) return value;
    computed.add(value);
    for (const key of Object.keys(value)) markComputed(value[key]);
  }
  return value;
}

export function isComputed(value: Value): boolean {
  return (Array.isArray(value) || isObject(value)) && computed.has(value);
}

export function hasKey(object: ValueObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export function isFullyKnown(value: Value): boolean {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isFullyKnown);
  if (isObject(value)) return Object.keys(value).every((key) => isFullyKnown(value[key]));
  return true;
}

export function sortedKeys(object: ValueObject): string[] {
  return Object.keys(object).sort(compareStrings);
}

export function objectOf(entries: Iterable<readonly [string, Value]>): ValueObject {
  const object = emptyObject();
  for (const [key, value] of entries) object[key] = value;
  return object;
}

export function typeName(value: Value): string {
  if (value === null) return "null";
  if (isUnknown(value)) return "unknown";
  if (Array.isArray(value)) return "list";
  if (isObject(value)) return "object";
  return typeof value;
}

const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Terraform's automatic conversions between primitive types. */
export function asString(value: Value, what = "value"): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a string, not ${typeName(value)}`);
}

export function asNumber(value: Value, what = "value"): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && NUMBER_TEXT.test(value)) return Number(value);
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a number, not ${typeName(value)}`);
}

export function asBool(value: Value, what = "value"): boolean {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a bool, not ${typeName(value)}`);
}

export function asInteger(value: Value, what = "value"): number {
  const number = asNumber(value, what);
  if (!Number.isInteger(number)) fail(`${what} must be a whole number`);
  return number;
}

/** A list, tuple or set; anything else is an error. */
export function asList(value: Value, what = "value"): Value[] {
  if (Array.isArray(value)) return value;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a list, not ${typeName(value)}`);
}

export function asObject(value: Value, what = "value"): ValueObject {
  if (isObject(value)) return value;
  if (value === null) fail(`${what} is null`);
  return fail(`${what} must be a map, not ${typeName(value)}`);
}

/** Terraform's `==`: no conversion, deep comparison; Unknown when the answer depends on an unknown part. */
export function equals(a: Value, b: Value): boolean | typeof Unknown {
  if (isUnknown(a) || isUnknown(b)) return Unknown;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let index = 0; index < a.length; index++) {
      const same = equals(a[index], b[index]);
      if (same === false) return false;
      if (same !== true) unknown = true;
    }
    return unknown ? Unknown : true;
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    let unknown = false;
    for (const key of keys) {
      if (!hasKey(b, key)) return false;
      const same = equals(a[key], b[key]);
      if (same === false) return false;
      if (same !== true) unknown = true;
    }
    return unknown ? Unknown : true;
  }
  return a === b;
}

/** Deduplicates like a Terraform set: by value, the first occurrence kept. */
export function distinctValues(items: readonly Value[]): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = identity(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** A string that is equal for equal known values (object keys sorted). */
export function identity(value: Value): string {
  if (isUnknown(value)) return "\u0000unknown";
  if (Array.isArray(value)) return `[${value.map(identity).join(",")}]`;
  if (isObject(value)) return `{${sortedKeys(value).map((key) => `${JSON.stringify(key)}:${identity(value[key])}`).join(",")}}`;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * A Terraform set of known values as we hold it: distinct values in
 * Terraform's order (strings lexically, numbers ascending), so iteration,
 * `for_each` and output order match what Terraform shows.
 */
export function toSet(items: readonly Value[]): Value[] {
  const distinct = distinctValues(items);
  if (!distinct.every((item) => !isUnknown(item))) return distinct;
  if (distinct.every((item) => typeof item === "string")) return (distinct as string[]).sort(compareStrings);
  if (distinct.every((item) => typeof item === "number")) return (distinct as number[]).sort((a, b) => a - b);
  return distinct;
}

/** A number as a `for_each` or map key: Terraform converts keys to strings. */
export function keyString(value: Value, what = "key"): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return asString(value);
  return fail(`${what} must be a string`);
}
