import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  type CST,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from "yaml";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Range } from "../model/source.js";
import type { Scalar } from "../model/value.js";
import type { LoadResult, MapEntry, MapNode, ScalarNode, SourceFile, TreeDocument, TreeNode } from "./document.js";
import { treeToValue } from "./tree.js";

export interface YamlLoadOptions {
  /** Nodes that aliases may add to one document before it is rejected (billion laughs). */
  maxAliasNodes?: number;
  /** Deepest nesting of collections accepted in one document. */
  maxDepth?: number;
  /** Documents read from one file; the rest of the file is refused with an error. */
  maxDocuments?: number;
}

export const DEFAULT_MAX_ALIAS_NODES = 100_000;
export const DEFAULT_MAX_DEPTH = 500;
export const DEFAULT_MAX_DOCUMENTS = 10_000;

/**
 * YAML 1.2 core schema, so that `on:` (GitHub Actions) and `yes`/`no` stay
 * strings. Merge keys and duplicate keys are handled by the tree builder, so
 * the composer is told about neither.
 */
const COMPOSER_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
} as const;

/**
 * Parses every document of a YAML (or JSON) file into positioned trees. A
 * broken document becomes a diagnostic and the others are still returned;
 * nothing here throws.
 */
export function loadYaml(file: SourceFile, options: YamlLoadOptions = {}): LoadResult<TreeDocument> {
  const limits = {
    maxAliasNodes: options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxDocuments: options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS,
  };
  const documents: TreeDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const lines = new LineCounter();
    const positions = new Positions(file, lines);
    const parser = new Parser(lines.addNewLine);
    const composer = new Composer(COMPOSER_OPTIONS);
    // Every document of the stream gets its index in source order, so that a
    // broken or skipped document does not renumber the ones after it.
    let nextIndex = 0;
    const pendingIndexes: number[] = [];
    const accept = (doc: Document.Parsed): void => {
      const index = pendingIndexes.shift() ?? nextIndex++;
      const loaded = loadDocument(doc, index, file, positions, limits, diagnostics);
      if (loaded) documents.push(loaded);
    };

    for (const token of parser.parse(file.text)) {
      if (token.type === "document") {
        if (nextIndex >= limits.maxDocuments) {
          diagnostics.push(
            positions.diagnostic("error", "yaml-document-limit", `more than ${limits.maxDocuments} YAML documents in one file; the rest of the file was not read`, token.offset),
          );
          break;
        }
        const index = nextIndex++;
        const tooDeep = findTooDeep(token, limits.maxDepth);
        if (tooDeep !== undefined) {
          diagnostics.push(
            positions.diagnostic("error", "yaml-depth-limit", `YAML nesting is deeper than ${limits.maxDepth} levels`, tooDeep),
          );
          continue;
        }
        pendingIndexes.push(index);
      }
      for (const doc of composer.next(token)) accept(doc);
    }
    for (const doc of composer.end()) accept(doc);
    for (const error of composer.streamInfo().errors) diagnostics.push(positions.syntaxError(error, 0));
  } catch (error) {
    diagnostics.push(internalError(file, error));
  }
  return { documents, diagnostics };
}

function loadDocument(
  doc: Document.Parsed,
  index: number,
  file: SourceFile,
  positions: Positions,
  limits: YamlBuildLimits,
  diagnostics: Diagnostic[],
): TreeDocument | undefined {
  try {
    if (doc.errors.length > 0) {
      diagnostics.push(positions.syntaxError(doc.errors[0]!, doc.errors.length - 1));
      return undefined;
    }
    const contents = doc.contents;
    if (!contents || (isScalar(contents) && contents.value === null)) return undefined;
    const builder = new TreeBuilder(positions, limits);
    const root = builder.build(contents);
    const problem = builder.problem;
    if (problem) {
      diagnostics.push(positions.diagnostic("error", problem.code, problem.message, problem.offset));
      return undefined;
    }
    diagnostics.push(...builder.warnings);
    const [start, valueEnd] = doc.range;
    return { file: file.path, kind: file.kind, index, root, range: positions.range(start, valueEnd) };
  } catch (error) {
    diagnostics.push(internalError(file, error));
    return undefined;
  }
}

type YamlBuildLimits = Required<Pick<YamlLoadOptions, "maxAliasNodes" | "maxDepth">>;

/** Offsets to 1-based positions, and diagnostics that carry them. */
class Positions {
  /** Editors do not count a byte order mark as a column. */
  readonly #bom: number;

  constructor(
    readonly file: SourceFile,
    readonly lines: LineCounter,
  ) {
    this.#bom = file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.file.text.length)));
    const column = line <= 1 ? col - this.#bom : col;
    return { line: Math.max(line, 1), column: Math.max(column, 1) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  diagnostic(level: Diagnostic["level"], code: string, message: string, offset: number, end = offset + 1): Diagnostic {
    return { level, code, message, file: this.file.path, range: { file: this.file.path, ...this.range(offset, end) } };
  }

  syntaxError(error: YAMLError, more: number): Diagnostic {
    const [start, end] = error.pos;
    const suffix = more > 0 ? ` (and ${more} more ${more === 1 ? "error" : "errors"} in this document)` : "";
    return this.diagnostic("error", "yaml-syntax", `Invalid YAML: ${error.message}${suffix}`, start, end);
  }
}

function internalError(file: SourceFile, error: unknown): Diagnostic {
  const cause = error instanceof Error ? error.message : String(error);
  return { level: "error", code: "yaml-internal-error", message: `Could not load YAML: ${cause}`, file: file.path };
}

/**
 * The offset of the first collection nested deeper than `maxDepth`, found on
 * the concrete syntax tree before composing (the composer recurses, so a
 * hostile file must be stopped before it gets there).
 */
function findTooDeep(document: CST.Document, maxDepth: number): number | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  if (document.value) stack.push({ token: document.value, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth + 1 > maxDepth) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

interface BuildProblem {
  code: "yaml-alias-limit" | "yaml-depth-limit" | "yaml-syntax";
  message: string;
  offset: number;
}

/** Stops the build of one document; caught by `TreeBuilder.build`. */
class BuildStopped extends Error {
  constructor(readonly problem: BuildProblem) {
    super(problem.message);
  }
}

/** Node count and collection height of the tree an anchor stands for, to charge each alias in O(1). */
interface AnchoredTree {
  node: TreeNode;
  size: number;
  height: number;
}

/**
 * Turns one composed YAML document into a TreeNode, resolving aliases and
 * merge keys. An alias node gets its anchor's content (shared, not copied)
 * and its own position; each use is charged the anchor's full expanded size
 * against `maxAliasNodes`, so an alias bomb stops after a bounded amount of
 * work however large it would grow.
 */
class TreeBuilder {
  problem: BuildProblem | undefined;
  readonly warnings: Diagnostic[] = [];
  /** Anchors defined so far in document order; a later anchor of the same name wins. */
  readonly #anchors = new Map<string, YamlNode>();
  readonly #anchored = new Map<YamlNode, AnchoredTree>();
  /** Anchored nodes being built: an alias to one of them is a cycle. */
  readonly #inProgress = new Set<YamlNode>();
  #aliasNodes = 0;
  #built = 0;
  #deepest = 0;

  constructor(
    readonly positions: Positions,
    readonly limits: YamlBuildLimits,
  ) {}

  build(contents: YamlNode): TreeNode {
    try {
      return this.#node(contents, 1);
    } catch (error) {
      if (!(error instanceof BuildStopped)) throw error;
      this.problem = error.problem;
      return { kind: "scalar", range: this.#range(contents), value: null };
    }
  }

  #node(node: YamlNode, depth: number): TreeNode {
    if (isAlias(node)) return this.#alias(node, depth);
    const anchor = node.anchor;
    if (!anchor) return this.#content(node, depth);

    this.#anchors.set(anchor, node);
    this.#inProgress.add(node);
    const builtBefore = this.#built;
    const deepestBefore = this.#deepest;
    this.#deepest = depth - 1;
    const tree = this.#content(node, depth);
    this.#anchored.set(node, { node: tree, size: this.#built - builtBefore, height: this.#deepest - (depth - 1) });
    this.#deepest = Math.max(deepestBefore, this.#deepest);
    this.#inProgress.delete(node);
    return tree;
  }

  /** `depth` is the nesting level this node has if it is a collection; scalars add none. */
  #content(node: YamlNode, depth: number): TreeNode {
    this.#built++;
    const range = this.#range(node);
    if (isScalar(node)) return scalarNode(node, range);
    if (depth > this.limits.maxDepth) this.#stop("yaml-depth-limit", `YAML nesting is deeper than ${this.limits.maxDepth} levels`, node);
    if (depth > this.#deepest) this.#deepest = depth;
    if (isSeq(node)) return { kind: "list", range, items: node.items.map((item) => this.#node(item as YamlNode, depth + 1)) };
    if (isMap(node)) return this.#map(node.items, range, depth);
    this.#stop("yaml-syntax", "Unsupported YAML node", node);
  }

  #alias(alias: YamlNode & { source: string }, depth: number): TreeNode {
    const target = this.#anchors.get(alias.source);
    if (!target) this.#stop("yaml-syntax", `Invalid YAML: unresolved alias *${alias.source}`, alias);
    if (this.#inProgress.has(target)) this.#stop("yaml-syntax", `Invalid YAML: alias *${alias.source} refers to itself`, alias);
    const anchored = this.#anchored.get(target)!;
    this.#aliasNodes += anchored.size;
    this.#built += anchored.size;
    if (this.#aliasNodes > this.limits.maxAliasNodes) {
      this.#stop(
        "yaml-alias-limit",
        `YAML aliases expand to more than ${this.limits.maxAliasNodes} nodes; the document was not loaded`,
        alias,
      );
    }
    const deepest = depth - 1 + anchored.height;
    if (deepest > this.limits.maxDepth) this.#stop("yaml-depth-limit", `YAML nesting is deeper than ${this.limits.maxDepth} levels`, alias);
    if (deepest > this.#deepest) this.#deepest = deepest;
    return { ...anchored.node, range: this.#range(alias) };
  }

  /**
   * Explicit keys win over merged ones whatever their order; among merge
   * sources the first wins; a repeated explicit key keeps its first place and
   * its last value (what most consumers do) with a warning.
   */
  #map(pairs: unknown[], range: Range, depth: number): MapNode {
    const resolved: Array<{ key: string; keyNode: YamlNode | null; value: YamlNode | null; merge: boolean }> = [];
    const explicitKeys = new Set<string>();
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = (pair.key ?? null) as YamlNode | null;
      const value = (pair.value ?? null) as YamlNode | null;
      const merge = isMergeKey(keyNode) && isMergeSource(value);
      const key = merge ? "<<" : this.#keyString(keyNode, depth);
      if (!merge) explicitKeys.add(key);
      resolved.push({ key, keyNode, value, merge });
    }

    const entries: MapEntry[] = [];
    const placeOf = new Map<string, number>();
    for (const { key, keyNode, value, merge } of resolved) {
      if (merge) {
        for (const source of this.#mergeSources(value!, depth)) {
          for (const entry of source.entries) {
            if (explicitKeys.has(entry.key) || placeOf.has(entry.key)) continue;
            placeOf.set(entry.key, entries.length);
            entries.push(entry);
          }
        }
        continue;
      }
      const keyRange = keyNode ? this.#range(keyNode) : this.#emptyRangeBefore(value, range);
      const tree = value ? this.#node(value, depth + 1) : this.#emptyScalar(keyRange);
      const entry: MapEntry = { key, keyRange, value: tree };
      const place = placeOf.get(key);
      if (place === undefined) {
        placeOf.set(key, entries.length);
        entries.push(entry);
        continue;
      }
      // Merged entries never share a key with an explicit one, so this is a repeated explicit key.
      this.warnings.push(
        this.positions.diagnostic(
          "warning",
          "yaml-duplicate-key",
          `Duplicate key "${key}"; the last value is used`,
          keyNode?.range?.[0] ?? 0,
          keyNode?.range?.[1] ?? 0,
        ),
      );
      entries[place] = entry;
    }
    return { kind: "map", range, entries };
  }

  /** `<<: *a`, `<<: {…}` or `<<: [*a, *b]`: the maps whose entries are merged, first wins. */
  #mergeSources(value: YamlNode, depth: number): MapNode[] {
    const sources = isSeq(value) ? (value.items as YamlNode[]) : [value];
    const maps: MapNode[] = [];
    for (const source of sources) {
      const tree = this.#node(source, depth + 1);
      if (tree.kind === "map") maps.push(tree);
      else this.#stop("yaml-syntax", "Invalid YAML: merge sources must be maps or aliases of maps", source);
    }
    return maps;
  }

  /** Keys are strings: scalars as written, anything else as JSON of its value. */
  #keyString(keyNode: YamlNode | null, depth: number): string {
    if (!keyNode) return "";
    if (isScalar(keyNode) && !keyNode.anchor) return scalarKey(keyNode.value, keyNode.source);
    const tree = this.#node(keyNode, depth + 1);
    if (tree.kind === "scalar") return scalarKey(tree.value, undefined);
    return JSON.stringify(treeToValue(tree));
  }

  #range(node: YamlNode): Range {
    const [start, valueEnd] = node.range ?? [0, 0];
    let end = valueEnd;
    // A block scalar's range runs to the start of the next line; end it on its last line.
    if (isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED")) {
      const text = this.positions.file.text;
      while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
    }
    return this.positions.range(start, end);
  }

  #emptyRangeBefore(value: YamlNode | null, fallback: Range): Range {
    if (!value?.range) return { start: fallback.start, end: fallback.start };
    const start = this.positions.position(value.range[0]);
    return { start, end: start };
  }

  #emptyScalar(at: Range): ScalarNode {
    this.#built++;
    return { kind: "scalar", range: { start: at.end, end: at.end }, value: null, style: "plain" };
  }

  #stop(code: BuildProblem["code"], message: string, node: YamlNode): never {
    throw new BuildStopped({ code, message, offset: node.range?.[0] ?? 0 });
  }
}

function scalarNode(node: YamlNode, range: Range): ScalarNode {
  const scalar = node as unknown as { value: unknown; type?: string; source?: string };
  return { kind: "scalar", range, value: plainScalar(scalar.value), style: scalarStyle(scalar.type) };
}

function plainScalar(value: unknown): Scalar {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  return String(value);
}

function scalarStyle(type: string | undefined): ScalarNode["style"] {
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") return "quoted";
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") return "block";
  return "plain";
}

/** A non-string scalar key keeps its source spelling (`1.10`, `true`, `~`). */
function scalarKey(value: unknown, source: string | undefined): string {
  if (typeof value === "string") return value;
  if (source !== undefined) return source;
  return value === null ? "" : String(value);
}

function isMergeKey(node: YamlNode | null): boolean {
  return node !== null && isScalar(node) && node.type === "PLAIN" && node.value === "<<";
}

function isMergeSource(value: YamlNode | null): boolean {
  if (!value) return false;
  if (isAlias(value) || isMap(value)) return true;
  return isSeq(value) && value.items.length > 0 && value.items.every((item) => isAlias(item) || isMap(item));
}
