#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);

// packages/engine/src/model/value.ts
var UnknownValue = class _UnknownValue {
  static instance = new _UnknownValue();
  constructor() {
  }
  toJSON() {
    return "(unknown)";
  }
  toString() {
    return "(unknown)";
  }
};
var Unknown = UnknownValue.instance;
function isUnknown(value) {
  return value === Unknown;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof UnknownValue);
}
function emptyObject() {
  return /* @__PURE__ */ Object.create(null);
}
function getPath(value, path) {
  let current = value;
  for (const segment of path) {
    if (current === void 0 || current === null) return void 0;
    if (isUnknown(current)) return Unknown;
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return void 0;
      current = current[segment];
    } else {
      if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
      current = current[segment];
    }
  }
  return current;
}
function asList(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

// packages/engine/src/model/line-index.ts
var LineIndex = class _LineIndex {
  /** `starts` holds the offset of each line's first character, in order. */
  constructor(starts) {
    this.starts = starts;
  }
  starts;
  /** The line (0-based) of the last offset looked up. */
  #last = 0;
  /** The line starts of `text`; the first line starts at `firstLineStart` (after a byte order mark, for some callers). */
  static of(text, firstLineStart = 0) {
    const starts = [firstLineStart];
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
    return new _LineIndex(starts);
  }
  /** 0-based index of the line holding `offset`. */
  lineOf(offset) {
    const starts = this.starts;
    const last = starts.length - 1;
    let line = this.#last;
    if (starts[line] <= offset && (line === last || offset < starts[line + 1])) return line;
    line++;
    if (line <= last && starts[line] <= offset && (line === last || offset < starts[line + 1])) return this.#last = line;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return this.#last = low;
  }
  /** 1-based line and column of `offset`. */
  position(offset) {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
};

export {
  LineIndex,
  Unknown,
  isUnknown,
  isObject,
  emptyObject,
  getPath,
  asList
};
