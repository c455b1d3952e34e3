import { emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../../model/value.js";
import {
  asBool,
  asInteger,
  asList,
  asNumber,
  asObject,
  asString,
  distinctValues,
  equals,
  fail,
  hasKey,
  identity,
  isFullyKnown,
  keyString,
  objectOf,
  sortedKeys,
  toSet,
} from "../values.js";
import { fn, type FunctionContext, type TerraformFunction } from "./function.js";

/**
 * A tuple passed where a list of one type is expected: mixed primitives
 * become strings, as Terraform's type unification does (`[1, "a"]` is
 * `["1", "a"]`).
 */
export function unifyList(items: readonly Value[]): Value[] {
  const hasString = items.some((item) => typeof item === "string");
  const hasOther = items.some((item) => typeof item === "number" || typeof item === "boolean");
  if (!hasString || !hasOther) return [...items];
  return items.map((item) => (typeof item === "number" || typeof item === "boolean" ? asString(item) : item));
}

/** Same for the values of an object passed as a map. */
export function unifyMap(object: ValueObject): ValueObject {
  const keys = Object.keys(object);
  const unified = unifyList(keys.map((key) => object[key]));
  return objectOf(keys.map((key, index) => [key, unified[index]]));
}

/** A list, set or tuple, or the values of a map, as a collection to iterate. */
function elementsOf(value: Value, what: string): Value[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return sortedKeys(value).map((key) => value[key]);
  return asList(value, what);
}

function range(args: Value[]): Value {
  let start = 0;
  let limit: number;
  let step = 1;
  if (args.length === 1) limit = asNumber(args[0]);
  else {
    start = asNumber(args[0]);
    limit = asNumber(args[1]);
    step = args.length > 2 ? asNumber(args[2]) : start > limit ? -1 : 1;
  }
  if (step === 0) fail("range: step must not be zero");
  if ((step > 0 && start > limit) || (step < 0 && start < limit)) {
    if (args.length < 3) step = -step;
    else return [];
  }
  const out: number[] = [];
  for (let value = start; step > 0 ? value < limit : value > limit; value += step) {
    // Terraform's own limit: range never builds more than 1024 elements.
    if (out.length >= 1024) fail("range: more than 1024 values were generated");
    out.push(value);
  }
  return out;
}

function flatten(value: Value, out: Value[], context: FunctionContext): boolean {
  for (const item of asList(value)) {
    if (isUnknown(item)) return false;
    if (Array.isArray(item)) {
      if (!flatten(item, out, context)) return false;
    } else out.push(item);
    context.budget.expansion(out.length, "flatten");
  }
  return true;
}

function setProduct(sets: Value[][], context: FunctionContext): Value[] {
  const total = sets.reduce((product, set) => product * set.length, 1);
  context.budget.expansion(total, "setproduct");
  let out: Value[][] = [[]];
  for (const set of sets) out = out.flatMap((prefix) => set.map((item) => [...prefix, item]));
  return out;
}

function lookup(map: Value, key: Value, fallback: Value | undefined): Value {
  if (isUnknown(map) || isUnknown(key)) return Unknown;
  const object = asObject(map, "lookup map");
  const name = asString(key);
  if (hasKey(object, name)) return object[name];
  if (fallback === undefined) fail(`the given object has no attribute "${name}"`);
  return fallback;
}

function coalesce(args: Value[]): Value {
  const stringly = args.some((arg) => typeof arg === "string");
  for (const arg of args) {
    if (isUnknown(arg)) return Unknown;
    if (arg === null || arg === "") continue;
    return stringly && (typeof arg === "number" || typeof arg === "boolean") ? asString(arg) : arg;
  }
  return fail("no non-null, non-empty-string arguments");
}

function mergeObjects(args: Value[]): Value {
  const out = emptyObject();
  for (const arg of args) {
    if (arg === null) continue;
    if (isUnknown(arg)) return Unknown;
    const object = asObject(arg, "merge argument");
    for (const key of Object.keys(object)) {
      // A key set again moves to the end, as in Terraform's (sorted) result it has no order anyway.
      delete out[key];
      out[key] = object[key];
    }
  }
  return out;
}

function transpose(value: Value): Value {
  const object = asObject(value);
  const out = emptyObject();
  for (const key of sortedKeys(object)) {
    for (const item of asList(object[key])) {
      const name = asString(item);
      const list = out[name];
      if (Array.isArray(list)) list.push(key);
      else out[name] = [key];
    }
  }
  return out;
}

function chunklist(list: Value, size: Value): Value {
  const items = asList(list);
  const chunk = asInteger(size);
  if (chunk < 0) fail("the size argument must be positive");
  if (chunk === 0) return [items];
  const out: Value[] = [];
  for (let index = 0; index < items.length; index += chunk) out.push(items.slice(index, index + chunk));
  return out;
}

function sortStrings(list: Value): Value {
  const strings = asList(list).map((item) => asString(item, "sort element"));
  // Go's sort.Strings compares bytes.
  return strings.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
}

function partialLength(value: Value): Value {
  if (isUnknown(value)) return Unknown;
  if (typeof value === "string") return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  return fail("length: argument must be a string, a collection or a structure");
}

export const collectionFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  ["length", fn([1, 1], ([value]) => partialLength(value), true)],
  [
    "concat",
    fn(
      [1],
      (args) => {
        const out: Value[] = [];
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          out.push(...asList(arg, "concat argument"));
        }
        return out;
      },
      true,
    ),
  ],
  ["merge", fn([0], mergeObjects, true)],
  ["lookup", fn([2, 3], ([map, key, fallback]) => lookup(map, key, fallback), true)],
  [
    "element",
    fn(
      [2, 2],
      ([list, index]) => {
        if (isUnknown(list) || isUnknown(index)) return Unknown;
        const items = asList(list);
        const at = asInteger(index);
        if (items.length === 0) fail("cannot use element function with an empty list");
        if (at < 0) fail("cannot use element function with a negative index");
        return items[at % items.length];
      },
      true,
    ),
  ],
  [
    "index",
    fn([2, 2], ([list, value]) => {
      const found = asList(list).findIndex((item) => equals(item, value) === true);
      if (found === -1) fail("item not found");
      return found;
    }),
  ],
  [
    "keys",
    fn(
      [1, 1],
      ([map]) => {
        if (isUnknown(map)) return Unknown;
        return sortedKeys(asObject(map));
      },
      true,
    ),
  ],
  [
    "values",
    fn(
      [1, 1],
      ([map]) => {
        if (isUnknown(map)) return Unknown;
        const object = asObject(map);
        return sortedKeys(object).map((key) => object[key]);
      },
      true,
    ),
  ],
  ["contains", fn([2, 2], ([list, value]) => elementsOf(list, "contains list").some((item) => equals(item, value) === true))],
  ["distinct", fn([1, 1], ([list]) => distinctValues(unifyList(asList(list))))],
  [
    "flatten",
    fn(
      [1, 1],
      ([list], context) => {
        if (isUnknown(list)) return Unknown;
        const out: Value[] = [];
        return flatten(list, out, context) ? out : Unknown;
      },
      true,
    ),
  ],
  [
    "slice",
    fn(
      [3, 3],
      ([list, start, end]) => {
        if (isUnknown(list) || isUnknown(start) || isUnknown(end)) return Unknown;
        const items = asList(list);
        const from = asInteger(start);
        const to = asInteger(end);
        if (from < 0 || to > items.length || from > to) fail("slice: index out of range");
        return items.slice(from, to);
      },
      true,
    ),
  ],
  ["sort", fn([1, 1], ([list]) => sortStrings(list))],
  ["reverse", fn([1, 1], ([list]) => [...asList(list)].reverse())],
  ["range", fn([1, 3], range)],
  [
    "zipmap",
    fn([2, 2], ([keys, values]) => {
      const names = asList(keys);
      const items = asList(values);
      if (names.length !== items.length) fail("zipmap: number of keys and values must match");
      return objectOf(names.map((name, index) => [asString(name), items[index]]));
    }),
  ],
  ["setproduct", fn([1], (args, context) => setProduct(args.map((arg) => elementsOf(arg, "setproduct argument")), context))],
  ["setunion", fn([1], (args) => toSet(unifyList(args.flatMap((arg) => asList(arg)))))],
  [
    "setintersection",
    fn([1], ([first, ...rest]) => {
      const others = rest.map((arg) => new Set(asList(arg).map(identity)));
      return toSet(unifyList(asList(first)).filter((item) => others.every((set) => set.has(identity(item)))));
    }),
  ],
  [
    "setsubtract",
    fn([2, 2], ([a, b]) => {
      const removed = new Set(asList(b).map(identity));
      return toSet(unifyList(asList(a)).filter((item) => !removed.has(identity(item))));
    }),
  ],
  ["coalesce", fn([1], coalesce, true)],
  [
    "coalescelist",
    fn(
      [1],
      (args) => {
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          if (arg === null) continue;
          if (asList(arg).length > 0) return arg;
        }
        return fail("no non-null arguments");
      },
      true,
    ),
  ],
  ["compact", fn([1, 1], ([list]) => asList(list).filter((item) => item !== null && item !== "").map((item) => asString(item)))],
  [
    "one",
    fn(
      [1, 1],
      ([list]) => {
        if (isUnknown(list)) return Unknown;
        if (list === null) return null;
        const items = asList(list);
        if (items.length > 1) fail("must be a list, set, or tuple value with either zero or one elements");
        return items.length === 0 ? null : items[0];
      },
      true,
    ),
  ],
  ["alltrue", fn([1, 1], ([list]) => asList(list).every((item) => asBool(item)))],
  ["anytrue", fn([1, 1], ([list]) => asList(list).some((item) => asBool(item)))],
  [
    "sum",
    fn([1, 1], ([list]) => {
      const items = elementsOf(list, "sum argument");
      if (items.length === 0) fail("cannot sum an empty list");
      return items.reduce<number>((total, item) => total + asNumber(item), 0);
    }),
  ],
  ["transpose", fn([1, 1], ([map]) => transpose(map))],
  [
    "matchkeys",
    fn([3, 3], ([values, keys, search]) => {
      const items = asList(values);
      const names = asList(keys);
      if (items.length !== names.length) fail("matchkeys: length of keys and values should be equal");
      const wanted = new Set(asList(search).map(identity));
      return items.filter((_, index) => wanted.has(identity(names[index])));
    }),
  ],
  ["chunklist", fn([2, 2], ([list, size]) => chunklist(list, size))],
]);

/** Keys of a `for_each` set or map, checked the way Terraform checks them. */
export function forEachKeys(value: Value): Array<[string, Value]> | undefined {
  if (isUnknown(value)) return undefined;
  if (isObject(value)) return sortedKeys(value).map((key) => [key, value[key]]);
  if (Array.isArray(value)) {
    if (!value.every(isFullyKnown)) return undefined;
    return toSet(value).map((item) => {
      if (item === null) fail("for_each set includes null");
      const key = keyString(item, "for_each set element");
      return [key, key];
    });
  }
  return fail("for_each must be a map or a set of strings");
}
