import { getPath, WORKLOAD_KINDS, type Resource, type ResourceGraph } from "@tollgate/engine";

/** The namespace of a namespaced object; `default` when its manifest names none. */
export function namespaceOf(resource: Resource): string {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}

/**
 * Whether the scan holds any workload of a namespace. A selector that
 * matches nothing means something only then: manifests of one namespace are
 * often split across repositories.
 */
export function scanHasWorkloadsIn(graph: ResourceGraph, namespace: string): boolean {
  return WORKLOAD_KINDS.some((kind) => graph.findBy(kind, "kubernetes-namespace", kubernetesNamespace, namespace).length > 0);
}

function kubernetesNamespace(resource: Resource): string | undefined {
  return resource.platform === "kubernetes" ? namespaceOf(resource) : undefined;
}
