import { isClusterScoped, metadataName, namespaceOf } from "../graph/kubernetes/scope.js";
import type { Resource } from "../model/resource.js";
import { getPath, isObject } from "../model/value.js";
import { compareValues } from "./compare-values.js";
import type { ObjectComparison } from "./comparison.js";
import { kubernetesPolicy } from "./kubernetes-server-fields.js";

/**
 * Kubernetes drift: manifests against a live export, object by object,
 * matched by API group, kind, namespace and name (so `apps/v1` and
 * `apps/v1beta2` are one object, and a manifest without a namespace means
 * `default`).
 */

/** Kinds that moved between groups: an old manifest still names the same object. */
const MOVED_GROUPS: Readonly<Record<string, string>> = {
  "extensions/Deployment": "apps",
  "extensions/DaemonSet": "apps",
  "extensions/ReplicaSet": "apps",
  "extensions/Ingress": "networking.k8s.io",
  "extensions/NetworkPolicy": "networking.k8s.io",
};

/** Objects the cluster makes and manages itself: never "unmanaged" drift. */
const SYSTEM_NAMESPACES = new Set(["kube-system", "kube-public", "kube-node-lease"]);
const SYSTEM_KINDS = new Set([
  "Event",
  "Endpoints",
  "EndpointSlice",
  "Lease",
  "ControllerRevision",
  "Node",
  "CSINode",
  "ComponentStatus",
  "APIService",
  "CertificateSigningRequest",
  "PriorityClass",
  "FlowSchema",
  "PriorityLevelConfiguration",
]);

/** The object's API group, with kinds that moved mapped to their current group. */
export function currentApiGroup(resource: Resource): string {
  const apiVersion = getPath(resource.attributes, ["apiVersion"]);
  const text = typeof apiVersion === "string" ? apiVersion : "";
  const slash = text.indexOf("/");
  const group = slash === -1 ? "" : text.slice(0, slash);
  return MOVED_GROUPS[`${group}/${resource.type}`] ?? group;
}

/** `apps/Deployment/shop/web`: what makes two objects the same object. */
export function kubernetesKey(resource: Resource): string {
  return `${currentApiGroup(resource)}/${resource.type}/${namespaceOf(resource) ?? ""}/${metadataName(resource) ?? resource.name}`;
}

function isSystemObject(resource: Resource): boolean {
  const namespace = namespaceOf(resource);
  const name = metadataName(resource) ?? "";
  if (SYSTEM_KINDS.has(resource.type)) return true;
  if (namespace !== undefined && SYSTEM_NAMESPACES.has(namespace)) return true;
  if (resource.type === "Namespace" && (SYSTEM_NAMESPACES.has(name) || name === "default")) return true;
  if (resource.type === "ConfigMap" && name === "kube-root-ca.crt") return true;
  if (resource.type === "ServiceAccount" && name === "default") return true;
  if (resource.type === "Service" && namespace === "default" && name === "kubernetes") return true;
  if ((resource.type === "ClusterRole" || resource.type === "ClusterRoleBinding") && name.startsWith("system:")) return true;
  if (getPath(resource.attributes, ["metadata", "labels", "kubernetes.io/bootstrapping"]) === "rbac-defaults") return true;
  // ReplicaSets of Deployments, Pods of ReplicaSets, Jobs of CronJobs: their owner is what the code declares.
  const owners = getPath(resource.attributes, ["metadata", "ownerReferences"]);
  return Array.isArray(owners) && owners.length > 0;
}

export interface KubernetesPairing {
  comparisons: ObjectComparison[];
  /** Pairing key of every resource in scope, by resource id, on each side. */
  desiredKeys: Map<string, string[]>;
  actualKeys: Map<string, string[]>;
}

/**
 * Compares every manifest object with its live counterpart. Live objects
 * without a manifest count as drift only where the manifests manage things:
 * in a namespace they use, or cluster-scoped, and never the cluster's own.
 */
export function compareKubernetes(desired: readonly Resource[], live: readonly Resource[]): KubernetesPairing {
  const desiredByKey = new Map<string, Resource>();
  for (const resource of desired) {
    const key = kubernetesKey(resource);
    if (!desiredByKey.has(key)) desiredByKey.set(key, resource);
  }
  const managedNamespaces = new Set<string>();
  for (const resource of desiredByKey.values()) {
    const namespace = namespaceOf(resource);
    if (namespace !== undefined) managedNamespaces.add(namespace);
    if (resource.type === "Namespace") managedNamespaces.add(metadataName(resource) ?? "");
  }

  const comparisons: ObjectComparison[] = [];
  const desiredKeys = new Map<string, string[]>();
  const actualKeys = new Map<string, string[]>();
  const seenLive = new Set<string>();
  for (const resource of live) {
    const key = kubernetesKey(resource);
    if (seenLive.has(key)) continue;
    seenLive.add(key);
    const match = desiredByKey.get(key);
    if (!match) {
      const namespace = namespaceOf(resource);
      const inScope = isClusterScoped(resource.type) || (namespace !== undefined && managedNamespaces.has(namespace));
      if (!inScope || isSystemObject(resource)) continue;
      actualKeys.set(resource.id, [key]);
      comparisons.push({ ...describe(resource), actual: { source: resource.source }, differences: [] });
      continue;
    }
    desiredKeys.set(match.id, [key]);
    actualKeys.set(resource.id, [key]);
    const differences = isObject(match.attributes) ? compareValues(match.attributes, resource.attributes, kubernetesPolicy(resource.type)) : [];
    comparisons.push({ ...describe(match), desired: { source: match.source }, actual: { source: resource.source }, differences });
  }
  for (const [key, resource] of desiredByKey) {
    if (seenLive.has(key)) continue;
    desiredKeys.set(resource.id, [key]);
    comparisons.push({ ...describe(resource), desired: { source: resource.source }, differences: [] });
  }
  return { comparisons, desiredKeys, actualKeys };
}

function describe(resource: Resource): Pick<ObjectComparison, "platform" | "name" | "type" | "apiGroup"> {
  return { platform: "kubernetes", name: resource.name, type: resource.type, apiGroup: currentApiGroup(resource) };
}
