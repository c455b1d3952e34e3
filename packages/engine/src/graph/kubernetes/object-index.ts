import type { ResourceGraph } from "../graph.js";
import { kubernetesId, metadataName, namespaceOf } from "./scope.js";

/**
 * Finds the id of a named object whatever its apiVersion, so that a
 * reference (`roleRef`, a backend's service name) reaches the object that is
 * in the scan, and otherwise the id it would have at its usual apiVersion.
 */
export class ObjectIndex {
  readonly #ids = new Map<string, string>();

  constructor(
    readonly graph: ResourceGraph,
    kinds: readonly string[],
  ) {
    for (const kind of kinds) {
      for (const resource of graph.ofType(kind)) {
        const name = metadataName(resource);
        if (resource.platform !== "kubernetes" || name === undefined) continue;
        const key = lookupKey(kind, namespaceOf(resource), name);
        if (!this.#ids.has(key)) this.#ids.set(key, resource.id);
      }
    }
  }

  /** `namespace` is undefined for cluster-scoped kinds. */
  idOf(kind: string, namespace: string | undefined, name: string, usualApiVersion: string): string {
    return this.#ids.get(lookupKey(kind, namespace, name)) ?? kubernetesId(usualApiVersion, kind, namespace, name);
  }
}

function lookupKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u001f${namespace ?? ""}\u001f${name}`;
}
