import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { Language, Parser } from "web-tree-sitter";
import { PublicCursorWalker, RuntimeCursorWalker, treeSitterRuntime, type TreeSitterRuntime, type TreeWalker } from "./cursor-walker.js";

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
  children: readonly SyntaxNode[];
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

/**
 * web-tree-sitter's WebAssembly module, kept from the first `Parser.init`
 * (later calls reuse the module and leave their options object bare).
 */
let runtime: TreeSitterRuntime | undefined;

async function createParser(): Promise<HclParser> {
  const grammarFile = HCL_WASM_FILES[1];
  const directory = wasmDirectory;
  let grammar: string;
  const moduleOptions: { locateFile?: (file: string) => string } = {};
  if (directory === undefined) {
    grammar = createRequire(import.meta.url).resolve(`@tree-sitter-grammars/tree-sitter-hcl/${grammarFile}`);
  } else {
    moduleOptions.locateFile = (file: string) => path.join(directory, file);
    grammar = path.join(directory, grammarFile);
  }
  await Parser.init(moduleOptions as Parameters<typeof Parser.init>[0]);
  runtime ??= treeSitterRuntime(moduleOptions);
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  return new HclParser(parser, language.types, runtime);
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
  constructor(
    private readonly parser: Parser,
    /** Node type names by type id, as tree-sitter numbers them. */
    private readonly types: readonly string[],
    /** Undefined to walk trees through web-tree-sitter's public cursor. */
    private readonly runtime?: TreeSitterRuntime,
  ) {}

  /** Whether trees are copied through the WebAssembly module directly rather than the public cursor. */
  get walksDirectly(): boolean {
    return this.runtime !== undefined;
  }

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
      const maxDepth = options.maxSyntaxDepth ?? DEFAULT_MAX_SYNTAX_DEPTH;
      const copy = (walker: TreeWalker): SyntaxNode => copyTree(walker, this.types, offset, hasError, maxDepth);
      if (this.runtime) return { root: RuntimeCursorWalker.walk(this.runtime, tree, copy), hasError };
      const cursor = tree.walk();
      try {
        return { root: copy(new PublicCursorWalker(cursor)), hasError };
      } finally {
        cursor.delete();
      }
    } finally {
      // Trees live in WebAssembly memory, out of the garbage collector's sight.
      tree.delete();
    }
  }
}

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

/** Comments may sit between any two tokens; the converter never reads them. */
const COMMENT = "comment";

/**
 * Nodes whose first or last child may be a token the cursor does not show
 * (the digits of `.0`, the chunks of template text, numbers): their extent is
 * not their visible children's. Nor is the root's, which holds the whitespace
 * after its last child, or an ERROR node's, which holds skipped text.
 */
const HOLDS_HIDDEN_TOKENS: ReadonlySet<string> = new Set(["legacy_index", "numeric_lit", "template_literal"]);

/** Not measured yet: a node with children takes its start from the first. */
const UNMEASURED = -1;

/**
 * Copies the tree under the walker's cursor, in one depth-first walk without
 * recursion. tree-sitter sizes a node with children as the span from its
 * first child's start to its last child's end, so in a tree without errors
 * only leaves, nodes not descended into, the root and nodes holding hidden
 * tokens are measured (each measure is a call into WebAssembly); the others
 * take their children's extent. In a tree with errors every node is measured.
 */
function copyTree(walker: TreeWalker, types: readonly string[], offset: number, hasError: boolean, maxDepth: number): SyntaxNode {
  const typeName = (): string => types[walker.typeId()] || "ERROR";
  // Only a tree with errors has missing nodes: skip the call otherwise.
  const isMissing = (): boolean => hasError && walker.isMissing();
  const measure = (node: SyntaxNode): void => {
    node.start = offset + walker.startIndex();
    node.end = offset + walker.endIndex();
  };
  const root = newNode(typeName(), undefined, isMissing());
  let node = root;
  let depth = 0;
  for (;;) {
    // The cursor is on `node`, whose children are not copied yet.
    if (node.type !== COMMENT) {
      if (depth > maxDepth) throw new HclTooDeepError(offset + walker.startIndex(), maxDepth);
      if ((hasError || !OPAQUE_WHEN_VALID.has(node.type)) && walker.gotoFirstChild()) {
        depth++;
        node = newNode(typeName(), node, isMissing());
        continue;
      }
    }
    measure(node);
    // `node` is complete: hand its extent to its parent, then move on to its next sibling or back up.
    for (;;) {
      const parent = node.parent;
      if (parent === undefined) return root;
      if (parent.start === UNMEASURED) parent.start = node.start;
      parent.end = node.end;
      if (node.type !== COMMENT) {
        if (parent.children === NO_CHILDREN) parent.children = [node];
        else (parent.children as SyntaxNode[]).push(node);
      }
      if (walker.gotoNextSibling()) {
        node = newNode(typeName(), parent, isMissing());
        break;
      }
      walker.gotoParent();
      depth--;
      node = parent;
      if (hasError || node === root || HOLDS_HIDDEN_TOKENS.has(node.type)) measure(node);
    }
  }
}

/** Shared by every leaf: most nodes are leaves, and an array each is garbage to collect. */
const NO_CHILDREN: readonly SyntaxNode[] = Object.freeze([]);

function newNode(type: string, parent: SyntaxNode | undefined, missing: boolean): SyntaxNode {
  return { type, start: UNMEASURED, end: UNMEASURED, missing, children: NO_CHILDREN, parent };
}
