#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);

// packages/engine/src/model/source.ts
function pathKey(path) {
  return path.join("");
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
var SourceMap = class {
  constructor(file, range, header = range, tree) {
    this.file = file;
    this.range = range;
    this.header = header;
    this.#tree = tree;
  }
  file;
  range;
  header;
  /** Paths set and their locations, in order, not yet indexed. */
  #pending;
  #steps;
  /** Steps in the order their paths were first set. */
  #order;
  #tree;
  /** Records where `path` is; `path` is kept as it is until the map is read, so it must not change. */
  set(path, location) {
    if (this.#steps) this.#insert(path, location);
    else (this.#pending ??= []).push(path, location);
  }
  get(path) {
    return this.#setAt(path) ?? (this.#tree ? treeLocation(this.#tree, path, 0) : void 0);
  }
  /**
   * The range for a finding at `path`: the value's range if the path exists,
   * otherwise the nearest existing parent (a finding about a missing key points
   * at the object that should hold it), otherwise the header.
   */
  locate(path) {
    for (let length = path.length; length > 0; length--) {
      const found = this.get(length === path.length ? path : path.slice(0, length));
      if (found) return { range: found.key ?? found.value, exact: length === path.length };
    }
    return { range: this.header, exact: path.length === 0 };
  }
  /** Every recorded path as its `pathKey`, for tests and tools. */
  paths() {
    return [...this.#all().keys()];
  }
  /** The location of every recorded path, found in one walk: for callers that look at them all. */
  locations() {
    return [...this.#all().values()];
  }
  /** Every path's location by `pathKey`, as `get` finds it: later keys of the tree replace earlier ones, paths `set` win. */
  #all() {
    const all = /* @__PURE__ */ new Map();
    if (this.#tree) treeLocations(this.#tree, void 0, all);
    this.#index();
    for (const step of this.#order ?? []) all.set(stepKey(step), step.location);
    return all;
  }
  at(range) {
    return { file: this.file, ...range };
  }
  #index() {
    const pending = this.#pending;
    if (pending) {
      this.#pending = void 0;
      for (let index = 0; index < pending.length; index += 2) this.#insert(pending[index], pending[index + 1]);
    }
    return this.#steps;
  }
  #insert(path, location) {
    let step = this.#steps ??= { segment: "", parent: void 0 };
    for (const segment of path) {
      const text = typeof segment === "string" ? segment : String(segment);
      const children = step.children ??= /* @__PURE__ */ new Map();
      let child = children.get(text);
      if (!child) {
        child = { segment: text, parent: step };
        children.set(text, child);
      }
      step = child;
    }
    if (!step.location) (this.#order ??= []).push(step);
    step.location = location;
  }
  #setAt(path) {
    let step = this.#index();
    for (let index = 0; step && index < path.length; index++) {
      const segment = path[index];
      step = step.children?.get(typeof segment === "string" ? segment : String(segment));
    }
    return step?.location;
  }
};
function stepKey(step) {
  const segments = [];
  for (let at = step; at?.parent; at = at.parent) segments.push(at.segment);
  return segments.reverse().join("");
}
function treeLocation(node, path, from) {
  if (from >= path.length) return void 0;
  const segment = path[from];
  if (node.kind === "list") {
    const index = listIndex(segment);
    const item = index === void 0 ? void 0 : node.items[index];
    if (!item) return void 0;
    return from === path.length - 1 ? { value: item.range } : treeLocation(item, path, from + 1);
  }
  if (node.kind !== "map") return void 0;
  const key = typeof segment === "string" ? segment : String(segment);
  const entries = node.entries;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (entry.key !== key) continue;
    if (from === path.length - 1) return { key: entry.keyRange, value: entry.value.range };
    const found = treeLocation(entry.value, path, from + 1);
    if (found) return found;
  }
  return void 0;
}
function listIndex(segment) {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : void 0;
  return /^(?:0|[1-9]\d*)$/.test(segment) ? Number(segment) : void 0;
}
function treeLocations(node, prefix, into) {
  if (node.kind === "list") {
    node.items.forEach((item, index) => {
      const key = prefix === void 0 ? String(index) : `${prefix}${index}`;
      into.set(key, { value: item.range });
      treeLocations(item, key, into);
    });
  } else if (node.kind === "map") {
    for (const entry of node.entries) {
      const key = prefix === void 0 ? entry.key : `${prefix}${entry.key}`;
      into.set(key, { key: entry.keyRange, value: entry.value.range });
      treeLocations(entry.value, key, into);
    }
  }
}

export {
  pathKey,
  formatPath,
  SourceMap
};
