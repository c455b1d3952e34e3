import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { Language, Parser } from "web-tree-sitter";

/**
 * A tree-sitter node copied out of WebAssembly memory. Every property read on
 * web-tree-sitter's own nodes is a call into WebAssembly, which made reading
 * a large file several times slower than parsing it; one cursor walk that
 * copies what the converter needs is the cheapest way to read a tree.
 */
export interface SyntaxNode {
  /** Grammar name: `block`, `attribute`, `ERROR`, or the token itself for anonymous nodes (`=`, `{`). */
  type: string;
  /** Offsets in the whole file, in UTF-16 code units (tree-sitter parses JavaScript strings as UTF-16). */
  start: number;
  end: number;
  /** A token tree-sitter inserted to recover from an error; zero width. */
  missing: boolean;
  /** Children without comments (which may sit between any two tokens). */
  children: SyntaxNode[];
  parent: SyntaxNode | undefined;
}

export interface ParsedHcl {
  root: SyntaxNode;
  hasError: boolean;
}

let parserPromise: Promise<HclParser> | undefined;

/** The runtime and the grammar, as web-tree-sitter and the HCL grammar package name them. */
export const HCL_WASM_FILES = ["tree-sitter.wasm", "tree-sitter-terraform.wasm"] as const;

let wasmDirectory: string | undefined;

/**
 * Where to load `HCL_WASM_FILES` from instead of `node_modules`: a bundled
 * build (the GitHub Action) ships them beside itself and has no packages to
 * resolve them from. Call it before the first scan.
 */
export function setHclWasmDirectory(directory: string | undefined): void {
  wasmDirectory = directory;
  parserPromise = undefined;
}

/** The directory set by `setHclWasmDirectory`, for worker threads that load HCL too. */
export function hclWasmDirectory(): string | undefined {
  return wasmDirectory;
}

/**
 * The parser for the Terraform dialect of the tree-sitter HCL grammar.
 * Loading the WebAssembly runtime and grammar costs tens of milliseconds, so
 * it happens once per process, on the first HCL file, and only then.
 */
export function hclParser(): Promise<HclParser> {
  parserPromise ??= createParser().catch((error: unknown) => {
    // Let a later call retry instead of caching the failure forever.
    parserPromise = undefined;
    throw error;
  });
  return parserPromise;
}

async function createParser(): Promise<HclParser> {
  const grammarFile = HCL_WASM_FILES[1];
  const directory = wasmDirectory;
  let grammar: string;
  if (directory === undefined) {
    await Parser.init();
    grammar = createRequire(import.meta.url).resolve(`@tree-sitter-grammars/tree-sitter-hcl/${grammarFile}`);
  } else {
    await Parser.init({ locateFile: (file: string) => path.join(directory, file) });
    grammar = path.join(directory, grammarFile);
  }
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return new HclParser(parser);
}

/** A syntax tree deeper than the limit (a chain of 10 000 `+`): refused before anything recurses over it. */
export class HclTooDeepError extends Error {
  constructor(
    readonly offset: number,
    readonly maxDepth: number,
  ) {
    super(`syntax nested deeper than ${maxDepth} levels`);
  }
}

/** The parse was cancelled because the scan ran out of time. */
export class HclParseCancelledError extends Error {
  constructor() {
    super("parsing stopped: the scan ran out of time");
  }
}

/** tree-sitter's error recovery took longer than the parse was allowed. */
export class HclParseTooSlowError extends Error {
  constructor(readonly budgetMs: number) {
    super(`the HCL parser gave up after ${Math.round(budgetMs / 100) / 10} s on this text (long runs of invalid syntax take it quadratic time)`);
  }
}

export interface HclParseOptions {
  /** Deepest syntax tree accepted; tree-sitter nodes, several per level of HCL nesting. */
  maxSyntaxDepth?: number;
  /** Asked while parsing: true cancels the parse. */
  cancelled?: () => boolean;
  /**
   * Milliseconds the parse may take. Valid HCL parses in linear time, but
   * tree-sitter's error recovery is quadratic in a long run of invalid
   * tokens (`a = "v","v","v",…`): 130 KB of them take seconds, a few
   * megabytes would take hours. No count of work is exposed, so time it is.
   */
  timeBudgetMs?: number;
}

/** Reading the clock on every progress call would cost more than the parse: one call in this many. */
const CLOCK_EVERY = 64;

/** Far beyond any configuration written by hand or generated, far below the stack's limit. */
export const DEFAULT_MAX_SYNTAX_DEPTH = 2000;

export class HclParser {
  constructor(private readonly parser: Parser) {}

  /**
   * Parses `text`, a slice of a file that starts at `offset` in it (0 for a
   * whole file); node offsets are file offsets.
   */
  parse(text: string, offset = 0, options: HclParseOptions = {}): ParsedHcl {
    const { cancelled, timeBudgetMs } = options;
    const started = performance.now();
    let calls = 0;
    let tooSlow = false;
    const progressCallback = (): boolean => {
      if (++calls % CLOCK_EVERY !== 0) return false;
      if (cancelled?.()) return true;
      tooSlow = timeBudgetMs !== undefined && performance.now() - started > timeBudgetMs;
      return tooSlow;
    };
    const tree = this.parser.parse(text, null, cancelled || timeBudgetMs !== undefined ? { progressCallback } : undefined);
    if (!tree) {
      // A cancelled parse would otherwise resume on the next call, with the next file's text.
      this.parser.reset();
      if (tooSlow) throw new HclParseTooSlowError(timeBudgetMs!);
      if (cancelled?.()) throw new HclParseCancelledError();
      throw new Error("the HCL parser returned no tree");
    }
    try {
      const hasError = tree.rootNode.hasError;
      const cursor = tree.walk();
      try {
        return { root: copyTree(cursor, offset, hasError, options.maxSyntaxDepth ?? DEFAULT_MAX_SYNTAX_DEPTH), hasError };
      } finally {
        cursor.delete();
      }
    } finally {
      // Trees live in WebAssembly memory, out of the garbage collector's sight.
      tree.delete();
    }
  }
}

type Cursor = ReturnType<NonNullable<ReturnType<Parser["parse"]>>["walk"]>;

/**
 * Nodes whose children the converter never reads: its delimiters and a
 * quoted string without interpolation are read from the source text. Not
 * copying them saves a third of the walk. In a tree with errors they are
 * copied, because a missing token may hide inside.
 */
const OPAQUE_WHEN_VALID: ReadonlySet<string> = new Set([
  "string_lit",
  "block_start",
  "block_end",
  "object_start",
  "object_end",
  "tuple_start",
  "tuple_end",
  "heredoc_start",
  "numeric_lit",
  "bool_lit",
  "null_lit",
]);

function copyTree(cursor: Cursor, offset: number, hasError: boolean, maxDepth: number): SyntaxNode {
  const copy = (type: string, parent: SyntaxNode | undefined, depth: number): SyntaxNode => {
    if (depth > maxDepth) throw new HclTooDeepError(offset + cursor.startIndex, maxDepth);
    const node: SyntaxNode = {
      type,
      start: offset + cursor.startIndex,
      end: offset + cursor.endIndex,
      // Only a tree with errors has missing nodes: skip the call otherwise.
      missing: hasError && cursor.nodeIsMissing,
      children: [],
      parent,
    };
    if ((hasError || !OPAQUE_WHEN_VALID.has(type)) && cursor.gotoFirstChild()) {
      do {
        const childType = cursor.nodeType;
        if (childType !== "comment") node.children.push(copy(childType, node, depth + 1));
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    return node;
  };
  return copy(cursor.nodeType, undefined, 0);
}
