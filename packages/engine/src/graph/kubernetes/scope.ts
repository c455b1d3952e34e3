import type { Resource } from "../../model/resource.js";
import { getPath } from "../../model/value.js";

/** Built-in kinds that live outside any namespace; everything else (CRDs included) is namespaced. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PriorityClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "IngressClass",
  "PodSecurityPolicy",
  "RuntimeClass",
  "CSIDriver",
  "CSINode",
  "VolumeAttachment",
  "CertificateSigningRequest",
  "APIService",
]);

/** Where a namespaced object lands when its manifest names no namespace. */
export const DEFAULT_NAMESPACE = "default";

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}

/** `kubernetes:apps/v1/Deployment/shop/web`, or without the namespace for cluster-scoped kinds. */
export function kubernetesId(apiVersion: string, kind: string, namespace: string | undefined, name: string): string {
  return namespace === undefined
    ? `kubernetes:${apiVersion}/${kind}/${name}`
    : `kubernetes:${apiVersion}/${kind}/${namespace}/${name}`;
}

/** `Deployment/shop/web`, or `ClusterRole/admin`. */
export function kubernetesName(kind: string, namespace: string | undefined, name: string): string {
  return namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
}

/** The namespace a built object lives in; undefined for cluster-scoped kinds. */
export function namespaceOf(resource: Resource): string | undefined {
  if (isClusterScoped(resource.type)) return undefined;
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : DEFAULT_NAMESPACE;
}

/** `metadata.name` as written, if it is a scalar. */
export function metadataName(resource: Resource): string | undefined {
  const name = getPath(resource.attributes, ["metadata", "name"]);
  return typeof name === "string" || typeof name === "number" ? String(name) : undefined;
}

/** `apps/v1` → `apps`, `v1` → `` (the core group): tells a core kind from a CRD of the same name. */
export function apiGroupOf(resource: Resource): string | undefined {
  const apiVersion = getPath(resource.attributes, ["apiVersion"]);
  if (typeof apiVersion !== "string") return undefined;
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}

/** A built-in object of one of `groups`, not a custom resource that reuses its kind name. */
export function isBuiltIn(resource: Resource, groups: readonly string[]): boolean {
  if (resource.platform !== "kubernetes") return false;
  const group = apiGroupOf(resource);
  return group !== undefined && groups.includes(group);
}
