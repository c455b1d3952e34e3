import { endianness } from "node:os";
import type { Tree, TreeCursor } from "web-tree-sitter";

/** The moves and reads a copy of a syntax tree needs from a tree-sitter cursor. */
export interface TreeWalker {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  typeId(): number;
  /** Offsets in the parsed text, in UTF-16 code units. */
  startIndex(): number;
  endIndex(): number;
  isMissing(): boolean;
}

/**
 * The exports of web-tree-sitter's WebAssembly module behind its TreeCursor.
 * Each takes the tree and reads the cursor from the module's transfer
 * buffer, where the moves also write it back.
 */
export interface TreeSitterRuntime {
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  HEAP32: Int32Array;
}

const RUNTIME_FUNCTIONS = [
  "_ts_init",
  "_ts_tree_cursor_goto_first_child_wasm",
  "_ts_tree_cursor_goto_next_sibling_wasm",
  "_ts_tree_cursor_goto_parent_wasm",
  "_ts_tree_cursor_current_node_type_id_wasm",
  "_ts_tree_cursor_start_index_wasm",
  "_ts_tree_cursor_end_index_wasm",
  "_ts_tree_cursor_current_node_is_missing_wasm",
] as const;

/** A TreeCursor's state: four 32-bit words, the same in the JavaScript object and the transfer buffer. */
const CURSOR_WORDS = 4;

/**
 * The options object given to `Parser.init` becomes web-tree-sitter's
 * Emscripten module, exports included: this returns it when it has what a
 * direct cursor walk needs, undefined otherwise (another version of the
 * library, or a runtime initialised before with another object).
 */
export function treeSitterRuntime(moduleObject: object): TreeSitterRuntime | undefined {
  const candidate = moduleObject as Partial<Record<string, unknown>>;
  if (!RUNTIME_FUNCTIONS.every((name) => typeof candidate[name] === "function")) return undefined;
  if (!(candidate.HEAP32 instanceof Int32Array)) return undefined;
  // The transfer buffer holds WebAssembly's little-endian words; a typed array reads them in the host's order.
  if (endianness() !== "LE") return undefined;
  return moduleObject as TreeSitterRuntime;
}

/** The cursor as web-tree-sitter exposes it: every read copies the cursor into WebAssembly memory and back. */
export class PublicCursorWalker implements TreeWalker {
  constructor(private readonly cursor: TreeCursor) {}
  gotoFirstChild(): boolean {
    return this.cursor.gotoFirstChild();
  }
  gotoNextSibling(): boolean {
    return this.cursor.gotoNextSibling();
  }
  gotoParent(): boolean {
    return this.cursor.gotoParent();
  }
  typeId(): number {
    return this.cursor.nodeTypeId;
  }
  startIndex(): number {
    return this.cursor.startIndex;
  }
  endIndex(): number {
    return this.cursor.endIndex;
  }
  isMissing(): boolean {
    return this.cursor.nodeIsMissing;
  }
}

/**
 * The same cursor driven through the module's exports: the cursor stays in
 * the transfer buffer for the whole walk instead of being copied in and out
 * around every call, which was most of the time spent copying a tree. Nothing
 * else may use the module while `walk` runs (it is synchronous).
 */
export class RuntimeCursorWalker implements TreeWalker {
  private constructor(
    private readonly runtime: TreeSitterRuntime,
    private readonly tree: number,
  ) {}

  static walk<T>(runtime: TreeSitterRuntime, tree: Tree, visit: (walker: TreeWalker) => T): T {
    const cursor = tree.walk();
    const state = cursor as unknown as Record<number, number>;
    // `_ts_init` only writes the language versions into the transfer buffer and returns its address.
    const buffer = runtime._ts_init() >> 2;
    try {
      const heap = runtime.HEAP32;
      for (let word = 0; word < CURSOR_WORDS; word++) heap[buffer + word] = state[word];
      return visit(new RuntimeCursorWalker(runtime, (tree as unknown as Record<number, number>)[0]));
    } finally {
      // The walk may have grown the cursor's stack (and the memory behind the heap view).
      const heap = runtime.HEAP32;
      for (let word = 0; word < CURSOR_WORDS; word++) state[word] = heap[buffer + word];
      cursor.delete();
    }
  }

  gotoFirstChild(): boolean {
    return this.runtime._ts_tree_cursor_goto_first_child_wasm(this.tree) !== 0;
  }
  gotoNextSibling(): boolean {
    return this.runtime._ts_tree_cursor_goto_next_sibling_wasm(this.tree) !== 0;
  }
  gotoParent(): boolean {
    return this.runtime._ts_tree_cursor_goto_parent_wasm(this.tree) !== 0;
  }
  typeId(): number {
    return this.runtime._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }
  startIndex(): number {
    return this.runtime._ts_tree_cursor_start_index_wasm(this.tree);
  }
  endIndex(): number {
    return this.runtime._ts_tree_cursor_end_index_wasm(this.tree);
  }
  isMissing(): boolean {
    return this.runtime._ts_tree_cursor_current_node_is_missing_wasm(this.tree) !== 0;
  }
}
