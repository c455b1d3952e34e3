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

export {
  Unknown,
  isUnknown,
  isObject,
  emptyObject,
  getPath,
  asList
};
