import { documentFailure } from "../builder-failure.js";
import { mapEntry, mapGet, type MapNode, type TreeDocument, type TreeNode } from "../../load/document.js";
import { treeToValue } from "../../load/tree.js";
import type { Resource } from "../../model/resource.js";
import { SourceMap, type Range } from "../../model/source.js";
import type { ValueObject } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { linkKubernetes } from "./edges.js";
import { DEFAULT_NAMESPACE, isClusterScoped, kubernetesId, kubernetesName } from "./scope.js";

/** Where an object sits in its file, for names of unnamed objects and for messages. */
interface ObjectPlace {
  document: TreeDocument;
  /** Index in a `List`'s `items`, for expanded list items. */
  item?: number;
}

/** What a typed list (`DeploymentList`) tells its items that do not say it themselves. */
interface ListDefaults {
  apiVersion: string;
  kind?: string;
}

/**
 * Turns Kubernetes documents into one resource per object (expanding `List`
 * and `*List` documents) and then links Services, NetworkPolicies, bindings,
 * workloads and Ingresses over every Kubernetes object in the graph.
 */
export function buildKubernetes(documents: TreeDocument[], graph: ResourceGraph): void {
  for (const document of documents) {
    try {
      addDocument(document, graph);
    } catch (error) {
      graph.diagnostics.push(documentFailure("Kubernetes", document, error));
    }
  }
  linkKubernetes(graph);
}

function addDocument(document: TreeDocument, graph: ResourceGraph): void {
  const root = document.root;
  const kind = scalarText(mapGet(root, "kind"));
  const apiVersion = scalarText(mapGet(root, "apiVersion"));
  const items = mapGet(root, "items");
  if (root.kind === "map" && kind !== undefined && apiVersion !== undefined && kind.endsWith("List") && items?.kind === "list") {
    const defaults: ListDefaults = { apiVersion, ...(kind !== "List" ? { kind: kind.slice(0, -"List".length) } : {}) };
    items.items.forEach((item, index) => addObject(item, { document, item: index }, graph, defaults));
    return;
  }
  addObject(root, { document }, graph);
}

function addObject(node: TreeNode, place: ObjectPlace, graph: ResourceGraph, defaults?: ListDefaults): void {
  const kind = scalarText(mapGet(node, "kind")) ?? defaults?.kind;
  const apiVersion = scalarText(mapGet(node, "apiVersion")) ?? defaults?.apiVersion;
  if (node.kind !== "map" || kind === undefined || kind === "" || apiVersion === undefined || apiVersion === "") {
    reportNotAnObject(node, place, graph);
    return;
  }

  const metadata = mapGet(node, "metadata");
  const name = scalarText(mapGet(metadata, "name")) || placeLabel(place);
  const clusterScoped = isClusterScoped(kind);
  const namespace = clusterScoped ? undefined : scalarText(mapGet(metadata, "namespace")) || DEFAULT_NAMESPACE;

  const source = new SourceMap(place.document.file, node.range, headerRange(node), node);
  const resource: Resource = {
    id: kubernetesId(apiVersion, kind, namespace, name),
    platform: "kubernetes",
    origin: "kubernetes",
    type: kind,
    name: kubernetesName(kind, namespace, name),
    attributes: treeToValue(node) as ValueObject,
    source,
  };
  // The same object in two files (a base and an overlay) is two resources to check.
  if (!graph.add(resource)) graph.add({ ...resource, id: `${resource.id}@${placeLabel(place)}` });
}

/** The `kind:` line, where a "missing setting" finding about the whole object points. */
function headerRange(node: MapNode): Range {
  const kind = mapEntry(node, "kind");
  if (kind) return { start: kind.keyRange.start, end: kind.value.range.end };
  const first = node.entries[0];
  return first ? { start: first.keyRange.start, end: first.value.range.end } : node.range;
}

function reportNotAnObject(node: TreeNode, place: ObjectPlace, graph: ResourceGraph): void {
  if (place.document.kind !== "kubernetes") return;
  const where = place.item === undefined ? `document ${place.document.index + 1}` : `item ${place.item} of document ${place.document.index + 1}`;
  graph.diagnostics.push({
    level: "warning",
    code: "kubernetes-not-an-object",
    message: `${where} of ${place.document.file} is not a Kubernetes object (it needs apiVersion and kind); it was not checked`,
    file: place.document.file,
    range: { file: place.document.file, ...node.range },
  });
}

/** File, document and item: a name for an unnamed object that stays the same from scan to scan. */
function placeLabel(place: ObjectPlace): string {
  const document = `${place.document.file}#${place.document.index}`;
  return place.item === undefined ? document : `${document}.items[${place.item}]`;
}

function scalarText(node: TreeNode | undefined): string | undefined {
  if (!node || node.kind !== "scalar" || node.value === null) return undefined;
  return String(node.value);
}
