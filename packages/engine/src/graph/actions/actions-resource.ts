import { mapGet, type MapEntry, type MapNode, type TreeDocument } from "../../load/document.js";
import { treeToValue } from "../../load/tree.js";
import type { Origin, Resource } from "../../model/resource.js";
import { SourceMap, type Range } from "../../model/source.js";
import type { ValueObject } from "../../model/value.js";
import { registerExpressions } from "./expressions.js";

/** What the workflow and action builders share while they run. */
export interface ActionsBuild {
  sourceText: (file: string) => string;
  /** Every `uses:` met, linked once all workflows and actions of the scan are resources. */
  uses: UsesSite[];
}

export interface UsesSite {
  from: Resource;
  value: string;
  /** Jobs call reusable workflows; steps run actions. */
  caller: "job" | "step";
  /** Repository root of the file, where `./` paths start (`` for the scan root). */
  repositoryRoot: string;
}

export interface ActionsResourceSpec {
  document: TreeDocument;
  node: MapNode;
  id: string;
  type: "workflow" | "job" | "step" | "action";
  name: string;
  header: Range;
  range?: Range;
  parent?: string;
}

/**
 * A resource whose attributes and source map cover exactly its own subtree,
 * with paths relative to it (a step's `run` is `["run"]`).
 */
export function actionsResource(spec: ActionsResourceSpec, build: ActionsBuild): Resource {
  const { document, node } = spec;
  const source = new SourceMap(document.file, spec.range ?? node.range, spec.header, node);
  const origin: Origin = document.kind === "action-metadata" ? "action-metadata" : "workflow";
  const resource: Resource = {
    id: spec.id,
    platform: "github-actions",
    type: spec.type,
    name: spec.name,
    origin,
    attributes: treeToValue(node) as ValueObject,
    source,
  };
  if (spec.parent !== undefined) resource.parent = spec.parent;
  registerExpressions(resource, node, () => build.sourceText(document.file));
  return resource;
}

/** From the start of a key to the end of its value: the whole of `build: {…}`. */
export function entryRange(entry: MapEntry): Range {
  return { start: entry.keyRange.start, end: entry.value.range.end };
}

/** The header of a top-level resource: its `name:` line, else its first key, else its start. */
export function documentHeader(node: MapNode): Range {
  const named = node.entries.find((entry) => entry.key === "name") ?? node.entries[0];
  return named ? entryRange(named) : node.range;
}

/** `a/b/.github/workflows/ci.yml` → `a/b/`: `./` in a workflow is relative to its repository. */
export function repositoryRootOf(file: string): string {
  const marker = file.lastIndexOf(".github/workflows/");
  if (marker === -1) return "";
  return marker === 0 || file[marker - 1] === "/" ? file.slice(0, marker) : "";
}

/** A workflow's or action's `name:`, or its file when it has none. */
export function displayName(root: MapNode, file: string): string {
  const name = mapGet(root, "name");
  return name?.kind === "scalar" && typeof name.value === "string" && name.value !== "" ? name.value : file;
}
