import type { ScalarNode, TreeNode } from "../../load/document.js";
import type { Resource } from "../../model/resource.js";
import { LineIndex } from "../../model/line-index.js";
import { pathKey, type AttributePath, type PathSegment, type Position, type Range } from "../../model/source.js";

/** One `${{ … }}` and where it is written. */
export interface ExpressionLocation {
  /** The text between `${{` and `}}`, trimmed; line breaks inside it read as one space. */
  expression: string;
  /** From `$` to just after the closing `}}`. */
  range: Range;
}

export interface ResourceExpression extends ExpressionLocation {
  /** Attribute path of the string holding the expression, relative to the resource. */
  path: AttributePath;
}

const OPEN = "${{";
const CLOSE = "}}";

/**
 * Every expression inside a scalar, located in the file's raw text so that
 * line and column are exact even inside block scalars (`run: |`), where
 * the parsed value has lost the indentation. When the raw text does not hold
 * the value (an alias, an escaped `$` in a double-quoted string) the
 * expressions are read from the value and point at the whole scalar.
 */
export function findExpressions(node: ScalarNode, sourceText: string): ExpressionLocation[] {
  if (typeof node.value !== "string" || !node.value.includes(OPEN)) return [];
  const lines = linesOf(sourceText);
  const start = offsetOf(lines, node.range.start, sourceText.length);
  const end = offsetOf(lines, node.range.end, sourceText.length);
  const raw = sourceText.slice(start, end);
  if (!raw.startsWith("*")) {
    const found = scanExpressions(raw).map(({ open, close, expression }) => ({
      expression,
      range: { start: lines.position(start + open), end: lines.position(start + close) },
    }));
    if (found.length > 0) return found;
  }
  return scanExpressions(node.value).map(({ expression }) => ({ expression, range: node.range }));
}

/**
 * Finds `${{ … }}` spans; a `}}` inside a single-quoted expression string
 * (`format('{{0}}', …)`) does not close the expression. `close` is the
 * offset just after the closing `}}`.
 */
function scanExpressions(text: string): Array<{ open: number; close: number; expression: string }> {
  const found: Array<{ open: number; close: number; expression: string }> = [];
  let open = text.indexOf(OPEN);
  while (open !== -1) {
    let inString = false;
    let close = -1;
    for (let index = open + OPEN.length; index < text.length; index++) {
      const char = text[index];
      if (char === "'") {
        // `''` inside a string is an escaped quote: toggling twice leaves it in the string.
        inString = !inString;
      } else if (!inString && char === "}" && text[index + 1] === "}") {
        close = index;
        break;
      }
    }
    // A stray quote must not hide the end: fall back to the first `}}`.
    if (close === -1) close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) break;
    const expression = text.slice(open + OPEN.length, close).trim().replace(/\s+/g, joinLines);
    found.push({ open, close: close + CLOSE.length, expression });
    open = text.indexOf(OPEN, close + CLOSE.length);
  }
  return found;
}

/**
 * A run of white space that spans lines becomes one space. Matched as `\s+`
 * and tested afterwards: `\s*\n\s*` backtracks quadratically on long runs
 * of spaces, which a hostile workflow can write.
 */
function joinLines(space: string): string {
  return space.includes("\n") ? " " : space;
}

/** Builders handle one file at a time, so one cached index serves all scalars of a file. */
let cachedText: string | undefined;
let cachedLines = new LineIndex([0]);

function linesOf(text: string): LineIndex {
  if (text === cachedText) return cachedLines;
  // Line 1 starts after a byte order mark, as it does for the YAML loader.
  cachedLines = LineIndex.of(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  cachedText = text;
  return cachedLines;
}

function offsetOf(lines: LineIndex, position: Position, length: number): number {
  const lineStart = lines.starts[Math.min(Math.max(position.line, 1), lines.starts.length) - 1] ?? 0;
  return Math.min(lineStart + position.column - 1, length);
}

/**
 * Registry of expression locations per resource. Builders register a
 * resource's subtree; locations are computed on first request and a scalar
 * shared by a workflow, its job and its step is scanned once.
 */
interface PendingExpressions {
  root: TreeNode;
  sourceText: () => string;
}

interface ResourceExpressions {
  byPath: Map<string, ExpressionLocation[]>;
  all: ResourceExpression[];
}

const pending = new WeakMap<Resource, PendingExpressions>();
const computed = new WeakMap<Resource, ResourceExpressions>();
const scannedScalars = new WeakMap<ScalarNode, ExpressionLocation[]>();

export function registerExpressions(resource: Resource, root: TreeNode, sourceText: () => string): void {
  pending.set(resource, { root, sourceText });
  computed.delete(resource);
}

/** Expressions in the string at `path` (relative to the resource); none if it holds none. */
export function expressionsAt(resource: Resource, path: AttributePath): ExpressionLocation[] {
  return expressionsOf(resource)?.byPath.get(pathKey(path)) ?? [];
}

/** Every expression anywhere in the resource, in document order. */
export function allExpressions(resource: Resource): ResourceExpression[] {
  return expressionsOf(resource)?.all ?? [];
}

function expressionsOf(resource: Resource): ResourceExpressions | undefined {
  const done = computed.get(resource);
  if (done) return done;
  const registered = pending.get(resource);
  if (!registered) return undefined;
  const result: ResourceExpressions = { byPath: new Map(), all: [] };
  const text = registered.sourceText();
  collect(registered.root, [], text, result);
  computed.set(resource, result);
  pending.delete(resource);
  return result;
}

/** `path` is the node's own path, a stack shared by the walk: copied only where a string holds expressions. */
function collect(node: TreeNode, path: PathSegment[], text: string, into: ResourceExpressions): void {
  switch (node.kind) {
    case "scalar": {
      if (typeof node.value !== "string" || !node.value.includes(OPEN)) return;
      let found = scannedScalars.get(node);
      if (!found) {
        found = findExpressions(node, text);
        scannedScalars.set(node, found);
      }
      if (found.length === 0) return;
      const at = path.slice();
      into.byPath.set(pathKey(at), found);
      for (const location of found) into.all.push({ path: at, ...location });
      return;
    }
    case "list":
      for (let index = 0; index < node.items.length; index++) {
        path.push(index);
        collect(node.items[index]!, path, text, into);
        path.pop();
      }
      return;
    case "map":
      for (const entry of node.entries) {
        path.push(entry.key);
        collect(entry.value, path, text, into);
        path.pop();
      }
      return;
  }
}
