import type { TreeNode } from "../load/document.js";

/** A position in a file. Both are 1-based, as SARIF and editors count; columns count UTF-16 code units, as JavaScript strings do. */
export interface Position {
  line: number;
  column: number;
}

/** A span of text; `end` is exclusive (the column just after the last character). */
export interface Range {
  start: Position;
  end: Position;
}

export interface SourceRange extends Range {
  /** Path relative to the scan root, with forward slashes. */
  file: string;
}

/** One step into a value: an object key or an array index. */
export type PathSegment = string | number;
export type AttributePath = readonly PathSegment[];

/** Key for a path in lookup tables (unit separator: never appears in real keys). */
export function pathKey(path: AttributePath): string {
  return path.join("\u001f");
}

/** Renders a path the way users write it: `spec.containers[0].image`. */
export function formatPath(path: AttributePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Where one attribute sits: its key (absent for array items) and its value. */
export interface AttributeLocation {
  key?: Range;
  value: Range;
}

/**
 * One step of the recorded paths. A segment is stored as text, as `pathKey`
 * writes it, so index `0` and key `"0"` are the same step.
 */
interface PathStep {
  segment: string;
  parent: PathStep | undefined;
  location?: AttributeLocation;
  children?: Map<string, PathStep>;
}

/**
 * The positions of a resource: the whole resource, its header (the line a
 * "missing setting" finding points at) and every attribute path inside it.
 *
 * Paths come from `set`, or from a positioned tree given at construction:
 * each of the tree's keys and items, found by walking the tree only when a
 * path is asked for (findings are few, attribute paths many). Paths `set`
 * are indexed when the map is first read, and win over the same path in the
 * tree.
 */
export class SourceMap {
  /** Paths set and their locations, in order, not yet indexed. */
  #pending: Array<AttributePath | AttributeLocation> | undefined;
  #steps: PathStep | undefined;
  /** Steps in the order their paths were first set. */
  #order: PathStep[] | undefined;
  readonly #tree: TreeNode | undefined;

  constructor(
    readonly file: string,
    readonly range: Range,
    readonly header: Range = range,
    /** The resource's own tree: its keys and items are the map's paths, relative to it. */
    tree?: TreeNode,
  ) {
    this.#tree = tree;
  }

  /** Records where `path` is; `path` is kept as it is until the map is read, so it must not change. */
  set(path: AttributePath, location: AttributeLocation): void {
    if (this.#steps) this.#insert(path, location);
    else (this.#pending ??= []).push(path, location);
  }

  get(path: AttributePath): AttributeLocation | undefined {
    return this.#setAt(path) ?? (this.#tree ? treeLocation(this.#tree, path, 0) : undefined);
  }

  /**
   * The range for a finding at `path`: the value's range if the path exists,
   * otherwise the nearest existing parent (a finding about a missing key points
   * at the object that should hold it), otherwise the header.
   */
  locate(path: AttributePath): { range: Range; exact: boolean } {
    for (let length = path.length; length > 0; length--) {
      const found = this.get(length === path.length ? path : path.slice(0, length));
      if (found) return { range: found.key ?? found.value, exact: length === path.length };
    }
    return { range: this.header, exact: path.length === 0 };
  }

  /** Every recorded path as its `pathKey`, for tests and tools. */
  paths(): string[] {
    return [...this.#all().keys()];
  }

  /** The location of every recorded path, found in one walk: for callers that look at them all. */
  locations(): AttributeLocation[] {
    return [...this.#all().values()];
  }

  /** Every path's location by `pathKey`, as `get` finds it: later keys of the tree replace earlier ones, paths `set` win. */
  #all(): Map<string, AttributeLocation> {
    const all = new Map<string, AttributeLocation>();
    if (this.#tree) treeLocations(this.#tree, undefined, all);
    this.#index();
    for (const step of this.#order ?? []) all.set(stepKey(step), step.location!);
    return all;
  }

  at(range: Range): SourceRange {
    return { file: this.file, ...range };
  }

  #index(): PathStep | undefined {
    const pending = this.#pending;
    if (pending) {
      this.#pending = undefined;
      for (let index = 0; index < pending.length; index += 2) this.#insert(pending[index] as AttributePath, pending[index + 1] as AttributeLocation);
    }
    return this.#steps;
  }

  #insert(path: AttributePath, location: AttributeLocation): void {
    let step = (this.#steps ??= { segment: "", parent: undefined });
    for (const segment of path) {
      const text = typeof segment === "string" ? segment : String(segment);
      const children = (step.children ??= new Map());
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

  #setAt(path: AttributePath): AttributeLocation | undefined {
    let step = this.#index();
    for (let index = 0; step && index < path.length; index++) {
      const segment = path[index]!;
      step = step.children?.get(typeof segment === "string" ? segment : String(segment));
    }
    return step?.location;
  }
}

function stepKey(step: PathStep): string {
  const segments: string[] = [];
  for (let at: PathStep | undefined = step; at?.parent; at = at.parent) segments.push(at.segment);
  return segments.reverse().join("\u001f");
}

/**
 * The location of `path` (from `from` on) below `node`, as recording every
 * key and item in document order, later ones replacing earlier ones, would
 * have left it: with a key written twice, the last one that holds the rest of
 * the path.
 */
function treeLocation(node: TreeNode, path: AttributePath, from: number): AttributeLocation | undefined {
  if (from >= path.length) return undefined;
  const segment = path[from]!;
  if (node.kind === "list") {
    const index = listIndex(segment);
    const item = index === undefined ? undefined : node.items[index];
    if (!item) return undefined;
    return from === path.length - 1 ? { value: item.range } : treeLocation(item, path, from + 1);
  }
  if (node.kind !== "map") return undefined;
  const key = typeof segment === "string" ? segment : String(segment);
  const entries = node.entries;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.key !== key) continue;
    if (from === path.length - 1) return { key: entry.keyRange, value: entry.value.range };
    const found = treeLocation(entry.value, path, from + 1);
    if (found) return found;
  }
  return undefined;
}

/** The list index a segment names, written as `pathKey` writes an index. */
function listIndex(segment: PathSegment): number | undefined {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  return /^(?:0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}

/** Records the location of every key and item below `node` by `pathKey`, in document order; `prefix` is the key of `node` itself. */
function treeLocations(node: TreeNode, prefix: string | undefined, into: Map<string, AttributeLocation>): void {
  if (node.kind === "list") {
    node.items.forEach((item, index) => {
      const key = prefix === undefined ? String(index) : `${prefix}\u001f${index}`;
      into.set(key, { value: item.range });
      treeLocations(item, key, into);
    });
  } else if (node.kind === "map") {
    for (const entry of node.entries) {
      const key = prefix === undefined ? entry.key : `${prefix}\u001f${entry.key}`;
      into.set(key, { key: entry.keyRange, value: entry.value.range });
      treeLocations(entry.value, key, into);
    }
  }
}

export function rangeOf(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}
