import { getPath } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { labelSelector, serviceSelector } from "./label-selector.js";
import type { PodIndex } from "./pod-index.js";
import { isBuiltIn, namespaceOf } from "./scope.js";

/** Service → the workloads its `spec.selector` matches, in its namespace. */
export function linkServiceSelectors(graph: ResourceGraph, pods: PodIndex): void {
  for (const service of graph.ofType("Service")) {
    const namespace = namespaceOf(service);
    if (!isBuiltIn(service, [""]) || namespace === undefined) continue;
    const selector = serviceSelector(getPath(service.attributes, ["spec", "selector"]));
    if (!selector) continue;
    for (const workload of pods.select(namespace, selector)) {
      graph.link({ from: service.id, to: workload.id, kind: "selects", via: ["spec", "selector"] });
    }
  }
}

/** NetworkPolicy → the workloads its `spec.podSelector` matches; `{}` matches all in its namespace. */
export function linkNetworkPolicySelectors(graph: ResourceGraph, pods: PodIndex): void {
  for (const policy of graph.ofType("NetworkPolicy")) {
    const namespace = namespaceOf(policy);
    // Other NetworkPolicy kinds (Calico's) select with their own syntax, not `podSelector`.
    if (!isBuiltIn(policy, ["networking.k8s.io", "extensions"]) || namespace === undefined) continue;
    const selector = labelSelector(getPath(policy.attributes, ["spec", "podSelector"]));
    if (!selector) continue;
    for (const workload of pods.select(namespace, selector)) {
      graph.link({ from: policy.id, to: workload.id, kind: "selects", via: ["spec", "podSelector"] });
    }
  }
}
