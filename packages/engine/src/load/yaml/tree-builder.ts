import { COLLECTION_STYLE, EVENT_ID, getScalarValue, SCALAR_STYLE, type AliasEvent, type Event, type MappingEvent, type ScalarEvent, type SequenceEvent } from "js-yaml";
import type { Range } from "../../model/source.js";
import type { Scalar } from "../../model/value.js";
import type { ListNode, MapEntry, MapNode, ScalarNode, TreeNode } from "../document.js";
import { treeToValue } from "../tree.js";
import {
  afterIndicator,
  blockCollectionEnd,
  blockContentEnd,
  blockScalarHeaderEnd,
  blockScalarIndicator,
  emptyValueEnd,
  flowCollectionEnd,
  pastLineBreak,
  skipSpaces,
  trailingLines,
  valueLineEnd,
  type TrailingLines,
} from "./extents.js";
import type { SourcePositions } from "./positions.js";
import { resolvePlain, resolveTagged } from "./scalars.js";

export interface TreeBuildLimits {
  /** Nodes that aliases may add to one document. */
  maxAliasNodes: number;
  /** Deepest nesting of collections, aliases' content included. */
  maxDepth: number;
}

export interface BuildProblem {
  code: "yaml-alias-limit" | "yaml-depth-limit" | "yaml-syntax";
  message: string;
  offset: number;
}

/** Stops the build of one document. */
export class BuildStopped extends Error {
  constructor(readonly problem: BuildProblem) {
    super(problem.message);
  }
}

/** One document's events, parsed from `source`, which starts at `base` in the file's text. */
export interface DocumentEvents {
  events: readonly Event[];
  /** Index of the document's DOCUMENT event. */
  first: number;
  source: string;
  base: number;
  /** Where the document's text starts and ends in the file. */
  start: number;
  limit: number;
}

export interface BuiltDocument {
  /** Undefined for an empty document (or one holding only null). */
  root: TreeNode | undefined;
  range: Range;
  /** Index of the event after the document's closing POP. */
  next: number;
  warnings: Array<{ key: string; range: Range }>;
}

/** Node count and collection height of an anchor's content, to charge each alias in O(1); no node while it is being built. */
interface Anchored {
  node: TreeNode | undefined;
  size: number;
  height: number;
}

/**
 * What the parent of a finished node needs to know to find where it ends:
 * the rest of the line after a flow scalar, an alias or a flow collection
 * may belong to it; the others know their own end.
 */
const INLINE = 0;
const BLOCK_SCALAR = 1;
const EMPTY = 2;
const BLOCK_COLLECTION = 3;
type Shape = typeof INLINE | typeof BLOCK_SCALAR | typeof EMPTY | typeof BLOCK_COLLECTION;

const MAP = 0;
const LIST = 1;

interface Frame {
  kind: typeof MAP | typeof LIST;
  block: boolean;
  /** A flow collection written with brackets (not a `key: value` pair inside a flow sequence). */
  bracketed: boolean;
  start: number;
  depth: number;
  /** Depth of the children's collections: one more, except for the list of a merge key, whose items count as the map's. */
  childDepth: number;
  anchored: Anchored | undefined;
  builtBefore: number;
  deepestBefore: number;
  items: TreeNode[];
  entries: MapEntry[];
  /** Entry index by key, once a map is big enough for lookups to beat a scan. */
  placeOf: Map<string, number> | undefined;
  /** Where `<<` merged maps go among the explicit entries. */
  merges: Array<{ at: number; sources: MapNode[] }> | undefined;
  hasKey: boolean;
  key: string;
  keyRange: Range | undefined;
  mergeKey: boolean;
  /** The value of a `<<` key being a list: whether every item so far is an alias or a map. */
  mergeList: boolean;
  mergeable: boolean;
  /** The first item of a merge list that is not a map, for the error. */
  badMergeSource: number;
  /** End of the last child in the source, to find what follows it. */
  lastEnd: number;
  lastShape: Shape;
  lastValueEnd: number;
  lastNodeEnd: number;
}

/** Above this many entries a map looks keys up in a Map instead of scanning. */
const SCAN_LIMIT = 12;

/**
 * Builds positioned trees from the event stream of one YAML document, in one
 * pass: core-schema scalars, aliases (shared content at the alias's own
 * place), merge keys and duplicate keys. Each alias is charged its anchor's
 * full expanded size against `maxAliasNodes`, so an alias bomb stops after a
 * bounded amount of work however large it would grow.
 */
export class TreeBuilder {
  readonly #text: string;
  readonly #positions: SourcePositions;
  readonly #limits: TreeBuildLimits;
  #source = "";
  #base = 0;
  #documentStart = 0;
  #limit = 0;
  #stack: Frame[] = [];
  #anchors = new Map<string, Anchored>();
  #aliasNodes = 0;
  #built = 0;
  #deepest = 0;
  #warnings: Array<{ key: string; range: Range }> = [];
  #trailing: TrailingLines | undefined;
  #root: TreeNode | undefined;
  #rootNodeEnd = 0;
  // The finished node's place, set before it is handed to its parent.
  #start = 0;
  #end = 0;
  #nodeEnd = 0;
  #shape: Shape = INLINE;
  #isAlias = false;
  #isMap = false;

  constructor(positions: SourcePositions, limits: TreeBuildLimits) {
    this.#text = positions.text;
    this.#positions = positions;
    this.#limits = limits;
  }

  /** Builds the document whose DOCUMENT event is `document.first`; throws BuildStopped on a problem. */
  build(document: DocumentEvents): BuiltDocument {
    this.#source = document.source;
    this.#base = document.base;
    this.#documentStart = document.start;
    this.#limit = document.limit;
    this.#stack = [];
    this.#anchors = new Map();
    this.#aliasNodes = 0;
    this.#built = 0;
    this.#deepest = 0;
    this.#warnings = [];
    this.#trailing = undefined;
    this.#root = undefined;
    const { events } = document;
    const opening = events[document.first]!;
    let index = document.first + 1;
    for (; index < events.length; index++) {
      const event = events[index]!;
      switch (event.type) {
        case EVENT_ID.SCALAR:
          this.#scalar(event);
          break;
        case EVENT_ID.ALIAS:
          this.#alias(event);
          break;
        case EVENT_ID.MAPPING:
          this.#open(event, MAP);
          break;
        case EVENT_ID.SEQUENCE:
          this.#open(event, LIST);
          break;
        case EVENT_ID.POP:
          if (this.#stack.length === 0) return this.#finish(opening, index + 1);
          this.#close();
          break;
        default:
          break;
      }
    }
    return this.#finish(opening, index);
  }

  #finish(opening: Event, next: number): BuiltDocument {
    const root = this.#root;
    const explicit = opening.type === EVENT_ID.DOCUMENT && opening.explicitStart;
    const start = explicit ? this.#markerBefore(this.#start) : this.#start;
    const range = this.#positions.range(start, Math.max(this.#rootNodeEnd, this.#end));
    const empty = !root || (root.kind === "scalar" && root.value === null);
    return { root: empty ? undefined : root, range, next, warnings: this.#warnings };
  }

  /** The `---` line starting the document, found from the start of its text. */
  #markerBefore(contentStart: number): number {
    const text = this.#text;
    for (let line = this.#documentStart; line <= contentStart; ) {
      if (text.startsWith("---", line)) return line;
      if (line === 0 && text.charCodeAt(0) === 0xfeff && text.startsWith("---", 1)) return 1;
      const newline = text.indexOf("\n", line);
      if (newline === -1) break;
      line = newline + 1;
    }
    return contentStart;
  }

  #scalar(event: ScalarEvent): void {
    const base = this.#base;
    const top = this.#stack.length > 0 ? this.#stack[this.#stack.length - 1]! : undefined;
    const empty = event.valueStart === -1;
    const text = empty ? "" : getScalarValue(this.#source, event);
    const style = event.style;
    let start: number;
    let end: number;
    let nodeEnd: number;
    let shape: Shape;
    if (empty) {
      start = this.#emptyPlace(event, top);
      end = start;
      nodeEnd = emptyValueEnd(this.#text, start, this.#limit);
      shape = EMPTY;
    } else if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK) {
      const contentStart = base + event.valueStart;
      const contentEnd = base + event.valueEnd;
      start = blockScalarIndicator(this.#text, this.#propertiesEnd(event) ?? this.#before(top), contentStart);
      const lastLine = blockContentEnd(this.#text, contentStart, contentEnd);
      end = lastLine ?? blockScalarHeaderEnd(this.#text, start);
      nodeEnd = lastLine === undefined ? contentEnd : pastLineBreak(this.#text, lastLine);
      shape = BLOCK_SCALAR;
    } else {
      const quoted = style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
      start = base + event.valueStart - quoted;
      end = base + event.valueEnd + quoted;
      nodeEnd = end;
      shape = INLINE;
    }
    const range = this.#positions.range(start, end);

    if (top !== undefined && top.kind === MAP && !top.hasKey && event.anchorStart === -1) {
      // An ordinary key: its text, without a node of its own.
      top.hasKey = true;
      top.key = text;
      top.keyRange = range;
      top.mergeKey = style === SCALAR_STYLE.PLAIN && text === "<<";
      top.lastEnd = this.#extent(event, end);
      return;
    }

    const tag = event.tagStart === -1 ? undefined : this.#source.slice(event.tagStart, event.tagEnd);
    let value: Scalar;
    if (tag !== undefined) value = tag === "!" ? text : resolveTagged(tag, text);
    else value = style === SCALAR_STYLE.PLAIN ? resolvePlain(text) : text;
    const node: ScalarNode = { kind: "scalar", range, value, style: scalarStyle(style) };
    this.#built++;
    if (event.anchorStart !== -1) this.#anchors.set(this.#source.slice(event.anchorStart, event.anchorEnd), { node, size: 1, height: 0 });
    this.#start = start;
    this.#end = this.#extent(event, end);
    this.#nodeEnd = nodeEnd;
    this.#shape = shape;
    this.#isAlias = false;
    this.#isMap = false;
    this.#attach(node);
  }

  /** How far a scalar reaches in the source: a block scalar's trailing blank lines included. */
  #extent(event: ScalarEvent, end: number): number {
    return event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK ? Math.max(end, this.#base + event.valueEnd) : end;
  }

  /** Where an empty scalar sits: after its anchor or tag, or after the indicator that introduced it. */
  #emptyPlace(event: ScalarEvent, top: Frame | undefined): number {
    const properties = this.#propertiesEnd(event);
    if (properties !== undefined) return skipSpaces(this.#text, properties);
    if (top === undefined) return this.#documentStart;
    const from = top.lastEnd;
    let indicator: number;
    if (top.kind === MAP) indicator = top.hasKey ? 0x3a : 0x3f; // : ?
    else if (top.block) indicator = 0x2d; // -
    else return from;
    return afterIndicator(this.#text, from, indicator, this.#limit) ?? from;
  }

  #propertiesEnd(event: ScalarEvent | MappingEvent | SequenceEvent): number | undefined {
    const end = Math.max(event.anchorEnd, event.tagEnd);
    return end === -1 ? undefined : this.#base + end;
  }

  /** Where to start looking for a node's own first character: after its parent's previous child. */
  #before(top: Frame | undefined): number {
    return top === undefined ? this.#documentStart : top.lastEnd;
  }

  #alias(event: AliasEvent): void {
    const name = this.#source.slice(event.anchorStart, event.anchorEnd);
    const start = this.#base + event.anchorStart - 1;
    const end = this.#base + event.anchorEnd;
    const anchored = this.#anchors.get(name);
    if (!anchored) this.#stop("yaml-syntax", `Invalid YAML: unresolved alias *${name}`, start);
    if (!anchored.node) this.#stop("yaml-syntax", `Invalid YAML: alias *${name} refers to itself`, start);
    this.#aliasNodes += anchored.size;
    this.#built += anchored.size;
    if (this.#aliasNodes > this.#limits.maxAliasNodes) {
      this.#stop("yaml-alias-limit", `YAML aliases expand to more than ${this.#limits.maxAliasNodes} nodes; the document was not loaded`, start);
    }
    const top = this.#stack.length > 0 ? this.#stack[this.#stack.length - 1]! : undefined;
    const depth = top ? top.childDepth : 1;
    const deepest = depth - 1 + anchored.height;
    if (deepest > this.#limits.maxDepth) this.#depthExceeded(start);
    if (deepest > this.#deepest) this.#deepest = deepest;
    const node = { ...anchored.node, range: this.#positions.range(start, end) };
    this.#start = start;
    this.#end = end;
    this.#nodeEnd = end;
    this.#shape = INLINE;
    this.#isAlias = true;
    this.#isMap = false;
    this.#attach(node);
  }

  #open(event: MappingEvent | SequenceEvent, kind: typeof MAP | typeof LIST): void {
    const top = this.#stack.length > 0 ? this.#stack[this.#stack.length - 1]! : undefined;
    const start = this.#base + event.start;
    const depth = top ? top.childDepth : 1;
    if (depth > this.#limits.maxDepth) this.#depthExceeded(start);
    // `<<: [*a, *b]`: the list only groups merge sources; it is no level and no node of its own.
    const mergeList = kind === LIST && top !== undefined && top.kind === MAP && top.hasKey && top.mergeKey;
    const block = event.style === COLLECTION_STYLE.BLOCK;
    const anchorName = event.anchorStart === -1 ? undefined : this.#source.slice(event.anchorStart, event.anchorEnd);
    const frame: Frame = {
      kind,
      block,
      bracketed: !block && (this.#text.charCodeAt(start) === 0x5b || this.#text.charCodeAt(start) === 0x7b),
      start,
      depth,
      childDepth: mergeList ? depth : depth + 1,
      anchored: undefined,
      builtBefore: this.#built,
      deepestBefore: this.#deepest,
      items: [],
      entries: [],
      placeOf: undefined,
      merges: undefined,
      hasKey: false,
      key: "",
      keyRange: undefined,
      mergeKey: false,
      mergeList,
      mergeable: true,
      badMergeSource: -1,
      lastEnd: block ? start : start + 1,
      lastShape: INLINE,
      lastValueEnd: start,
      lastNodeEnd: start,
    };
    if (anchorName !== undefined) {
      frame.anchored = { node: undefined, size: 0, height: 0 };
      this.#anchors.set(anchorName, frame.anchored);
      this.#deepest = depth - 1;
    }
    if (!mergeList) {
      this.#built++;
      if (depth > this.#deepest) this.#deepest = depth;
    }
    this.#stack.push(frame);
  }

  #close(): void {
    const frame = this.#stack.pop()!;
    let end: number;
    let nodeEnd: number;
    if (frame.block) {
      end = this.#lastValueEnd(frame);
      nodeEnd = blockCollectionEnd(end, this.#positions.indentOf(frame.start), this.#trailingLines(end));
    } else {
      end = frame.bracketed ? flowCollectionEnd(this.#text, frame.lastEnd, this.#limit) : frame.lastEnd;
      nodeEnd = end;
    }
    const range = this.#positions.range(frame.start, end);
    let node: MapNode | ListNode;
    if (frame.kind === MAP) node = { kind: "map", range, entries: merged(frame) };
    else node = { kind: "list", range, items: frame.items };

    if (frame.anchored) {
      frame.anchored.node = node;
      frame.anchored.size = this.#built - frame.builtBefore;
      frame.anchored.height = this.#deepest - (frame.depth - 1);
      this.#deepest = Math.max(frame.deepestBefore, this.#deepest);
    }
    this.#start = frame.start;
    this.#end = end;
    this.#nodeEnd = nodeEnd;
    this.#shape = frame.block ? BLOCK_COLLECTION : INLINE;
    this.#isAlias = false;
    this.#isMap = frame.kind === MAP;

    if (frame.mergeList) {
      const parent = this.#stack[this.#stack.length - 1]!;
      if (frame.mergeable && frame.items.length > 0) {
        if (frame.badMergeSource !== -1) this.#stop("yaml-syntax", "Invalid YAML: merge sources must be maps or aliases of maps", frame.badMergeSource);
        parent.lastEnd = end;
        this.#recordValue(parent);
        this.#mergeInto(parent, frame.items as MapNode[]);
        return;
      }
      // Not a merge after all: an ordinary list under a `<<` key.
      this.#built++;
      if (frame.depth > this.#deepest) this.#deepest = frame.depth;
    }
    this.#attach(node);
  }

  /** Collections closing at the same place share one look at the lines after them (no rescans for deep nesting). */
  #trailingLines(from: number): TrailingLines {
    if (this.#trailing?.from !== from) {
      this.#trailing = trailingLines(this.#text, from, from - this.#positions.indentOf(from), this.#limit);
    }
    return this.#trailing;
  }

  /** The end of a block collection: the end of its last value with what follows it on its line. */
  #lastValueEnd(frame: Frame): number {
    if (frame.lastShape !== INLINE) return frame.lastNodeEnd;
    return valueLineEnd(this.#text, frame.lastValueEnd, this.#positions.indentOf(frame.start), this.#limit);
  }

  /** Hands a finished node to its parent: the document, a list, or a map as key or value. */
  #attach(node: TreeNode): void {
    const top = this.#stack.length > 0 ? this.#stack[this.#stack.length - 1]! : undefined;
    if (top === undefined) {
      this.#root = node;
      this.#rootNodeEnd = this.#nodeEnd;
      return;
    }
    top.lastEnd = this.#end;
    if (top.kind === LIST) {
      top.items.push(node);
      this.#recordValue(top);
      if (top.mergeList) {
        if (!this.#isAlias && !this.#isMap) top.mergeable = false;
        else if (node.kind !== "map" && top.badMergeSource === -1) top.badMergeSource = this.#start;
      }
      return;
    }
    if (!top.hasKey) {
      top.hasKey = true;
      top.key = keyText(node);
      top.keyRange = node.range;
      top.mergeKey = false;
      return;
    }
    top.hasKey = false;
    this.#recordValue(top);
    if (top.mergeKey && (this.#isAlias || this.#isMap)) {
      if (node.kind !== "map") this.#stop("yaml-syntax", "Invalid YAML: merge sources must be maps or aliases of maps", this.#start);
      this.#mergeInto(top, [node]);
      return;
    }
    this.#addEntry(top, { key: top.key, keyRange: top.keyRange!, value: node });
  }

  #recordValue(frame: Frame): void {
    frame.lastShape = this.#shape;
    frame.lastValueEnd = this.#end;
    frame.lastNodeEnd = this.#nodeEnd;
  }

  #mergeInto(map: Frame, sources: MapNode[]): void {
    map.hasKey = false;
    (map.merges ??= []).push({ at: map.entries.length, sources });
  }

  /** A repeated key keeps its first place and takes its last value (what most consumers do), with a warning. */
  #addEntry(map: Frame, entry: MapEntry): void {
    const entries = map.entries;
    let place = -1;
    if (map.placeOf) {
      place = map.placeOf.get(entry.key) ?? -1;
    } else {
      for (let index = 0; index < entries.length; index++) {
        if (entries[index]!.key === entry.key) {
          place = index;
          break;
        }
      }
    }
    if (place === -1) {
      if (map.placeOf) map.placeOf.set(entry.key, entries.length);
      entries.push(entry);
      if (!map.placeOf && entries.length > SCAN_LIMIT) map.placeOf = new Map(entries.map((each, index) => [each.key, index]));
      return;
    }
    this.#warnings.push({ key: entry.key, range: entry.keyRange });
    entries[place] = entry;
  }

  #depthExceeded(offset: number): never {
    this.#stop("yaml-depth-limit", `YAML nesting is deeper than ${this.#limits.maxDepth} levels`, offset);
  }

  #stop(code: BuildProblem["code"], message: string, offset: number): never {
    throw new BuildStopped({ code, message, offset });
  }
}

/**
 * A map's entries with its merge keys applied: explicit keys win over merged
 * ones whatever their order, and among merged maps the first wins.
 */
function merged(frame: Frame): MapEntry[] {
  const { entries, merges } = frame;
  if (!merges) return entries;
  const explicit = new Set(entries.map((entry) => entry.key));
  const placed = new Set<string>();
  const result: MapEntry[] = [];
  let next = 0;
  for (const { at, sources } of merges) {
    while (next < at) result.push(entries[next++]!);
    for (const source of sources) {
      for (const entry of source.entries) {
        if (explicit.has(entry.key) || placed.has(entry.key)) continue;
        placed.add(entry.key);
        result.push(entry);
      }
    }
  }
  while (next < entries.length) result.push(entries[next++]!);
  return result;
}

/** Keys are strings: scalars as their value reads, anything else as JSON of its value. */
function keyText(node: TreeNode): string {
  if (node.kind !== "scalar") return JSON.stringify(treeToValue(node));
  const value = node.value;
  if (typeof value === "string") return value;
  return value === null ? "" : String(value);
}

function scalarStyle(style: number): ScalarNode["style"] {
  if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) return "quoted";
  if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK) return "block";
  return "plain";
}
