import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TreeNode } from "../../src/load/document.js";
import { treeToValue } from "../../src/load/tree.js";
import { rangeOf, SourceMap, type AttributePath } from "../../src/model/source.js";

/** Ranges that tell nodes apart: each node gets the next line. */
function numbered(): () => ReturnType<typeof rangeOf> {
  let line = 0;
  return () => {
    line++;
    return rangeOf(line, 1, line, 2);
  };
}

// Few distinct keys, so that trees repeat keys and mix `"0"` with index 0.
const KEYS = ["a", "b", "0", "1", ""];

const shape = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant({ scalar: true }),
    fc.array(tie("node"), { maxLength: 3 }).map((items) => ({ items })),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie("node")), { maxLength: 4 }).map((entries) => ({ entries })),
  ),
}));

function toTree(value: unknown, next: () => ReturnType<typeof rangeOf>): TreeNode {
  const range = next();
  const shaped = value as { scalar?: true; items?: unknown[]; entries?: Array<[string, unknown]> };
  if (shaped.items) return { kind: "list", range, items: shaped.items.map((item) => toTree(item, next)) };
  if (shaped.entries) return { kind: "map", range, entries: shaped.entries.map(([key, entry]) => ({ key, keyRange: next(), value: toTree(entry, next) })) };
  return { kind: "scalar", range, value: "x" };
}

const path = fc.array(fc.oneof(fc.constantFrom(...KEYS), fc.integer({ min: -1, max: 3 })), { maxLength: 4 });

describe("SourceMap over a tree", () => {
  it("finds what recording every key and item would have found", () => {
    fc.assert(
      fc.property(shape.node, fc.array(path, { maxLength: 12 }), (value, paths: AttributePath[]) => {
        const tree = toTree(value, numbered());
        const recorded = new SourceMap("f.yaml", tree.range);
        treeToValue(tree, recorded);
        const lazy = new SourceMap("f.yaml", tree.range, tree.range, tree);
        expect(lazy.paths()).toEqual(recorded.paths());
        for (const key of recorded.paths()) expect(lazy.get(key.split("\u001f"))).toEqual(recorded.get(key.split("\u001f")));
        expect(lazy.locations()).toEqual(recorded.paths().map((key) => recorded.get(key.split("\u001f"))));
        for (const at of paths) {
          if (at.length > 0) expect(lazy.get(at)).toEqual(recorded.get(at));
          expect(lazy.locate(at)).toEqual(recorded.locate(at));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("lets a path that is set win over the tree", () => {
    const tree: TreeNode = { kind: "map", range: rangeOf(1, 1, 3, 1), entries: [{ key: "a", keyRange: rangeOf(1, 1, 1, 2), value: { kind: "scalar", range: rangeOf(1, 4, 1, 5), value: 1 } }] };
    const map = new SourceMap("f.yaml", tree.range, tree.range, tree);
    expect(map.get(["a"])).toEqual({ key: rangeOf(1, 1, 1, 2), value: rangeOf(1, 4, 1, 5) });
    map.set(["a"], { value: rangeOf(2, 1, 2, 2) });
    map.set(["b", 0], { value: rangeOf(3, 1, 3, 2) });
    expect(map.get(["a"])).toEqual({ value: rangeOf(2, 1, 2, 2) });
    expect(map.locate(["b", 0, "c"])).toEqual({ range: rangeOf(3, 1, 3, 2), exact: false });
    expect(map.paths()).toEqual(["a", "b\u001f0"]);
  });
});
