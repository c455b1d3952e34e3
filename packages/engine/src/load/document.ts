import type { Diagnostic } from "../model/diagnostic.js";
import type { Range } from "../model/source.js";
import type { Scalar } from "../model/value.js";

/** What a file is, decided by discovery from its name and content. */
export type FileKind =
  | "terraform" // .tf
  | "terraform-json" // .tf.json
  | "tfvars" // .tfvars, .tfvars.json
  | "plan" // terraform show -json of a plan
  | "state" // terraform show -json of a state
  | "kubernetes"
  | "workflow" // .github/workflows/*.yml
  | "action-metadata"; // action.yml

export interface SourceFile {
  /** Relative to the scan root, forward slashes; `-` names standard input. */
  path: string;
  text: string;
  kind: FileKind;
}

/**
 * A YAML or JSON value with the position of every key and value. Loaders of
 * structured formats produce these; graph builders turn them into resources.
 */
export type TreeNode = MapNode | ListNode | ScalarNode;

export interface MapEntry {
  key: string;
  keyRange: Range;
  value: TreeNode;
}

export interface MapNode {
  kind: "map";
  range: Range;
  entries: MapEntry[];
}

export interface ListNode {
  kind: "list";
  range: Range;
  items: TreeNode[];
}

export interface ScalarNode {
  kind: "scalar";
  range: Range;
  value: Scalar;
  /** YAML style; block scalars (`|`, `>`) matter when locating text inside a value. */
  style?: "plain" | "quoted" | "block";
}

/** One document of a structured file (YAML allows several per file). */
export interface TreeDocument {
  file: string;
  kind: FileKind;
  /** 0-based position among the file's documents. */
  index: number;
  root: TreeNode;
  range: Range;
}

export interface LoadResult<D> {
  documents: D[];
  diagnostics: Diagnostic[];
}

export function mapGet(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (!node || node.kind !== "map") return undefined;
  for (const entry of node.entries) if (entry.key === key) return entry.value;
  return undefined;
}

export function mapEntry(node: TreeNode | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== "map") return undefined;
  return node.entries.find((entry) => entry.key === key);
}
