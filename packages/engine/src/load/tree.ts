import type { AttributePath, SourceMap } from "../model/source.js";
import { emptyObject, type Value } from "../model/value.js";
import type { TreeNode } from "./document.js";

/**
 * Turns a positioned tree into plain data, recording the position of every
 * key and value under `path` in `sourceMap` along the way.
 */
export function treeToValue(node: TreeNode, sourceMap?: SourceMap, path: AttributePath = []): Value {
  if (!sourceMap) return plainValue(node);
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "list":
      return node.items.map((item, index) => {
        const itemPath = [...path, index];
        sourceMap?.set(itemPath, { value: item.range });
        return treeToValue(item, sourceMap, itemPath);
      });
    case "map": {
      const object = emptyObject();
      for (const entry of node.entries) {
        const entryPath = [...path, entry.key];
        sourceMap?.set(entryPath, { key: entry.keyRange, value: entry.value.range });
        object[entry.key] = treeToValue(entry.value, sourceMap, entryPath);
      }
      return object;
    }
  }
}

/** The data alone: no paths to build when no positions are recorded. */
function plainValue(node: TreeNode): Value {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "list":
      return node.items.map((item) => plainValue(item));
    case "map": {
      const object = emptyObject();
      for (const entry of node.entries) object[entry.key] = plainValue(entry.value);
      return object;
    }
  }
}
