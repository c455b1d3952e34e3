import type { ResourceGraph } from "../graph.js";
import { linkIngressBackends } from "./ingress-edges.js";
import { ObjectIndex } from "./object-index.js";
import { PodIndex } from "./pod-index.js";
import { linkRoleBindings } from "./rbac-edges.js";
import { linkServiceAccounts } from "./service-account-edges.js";
import { linkNetworkPolicySelectors, linkServiceSelectors } from "./selector-edges.js";

/** Kinds that other objects name in references. */
const REFERENCED_KINDS = ["Role", "ClusterRole", "ServiceAccount", "Service"];

/** Every Kubernetes edge, over all Kubernetes objects in the graph. */
export function linkKubernetes(graph: ResourceGraph): void {
  const pods = PodIndex.fromGraph(graph);
  const objects = new ObjectIndex(graph, REFERENCED_KINDS);
  linkServiceSelectors(graph, pods);
  linkNetworkPolicySelectors(graph, pods);
  linkRoleBindings(graph, objects);
  linkServiceAccounts(graph, objects);
  linkIngressBackends(graph, objects);
}
