import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import { getPath, isObject, type ValueObject } from "../../model/value.js";

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: ReadonlyMap<string, AttributePath> = new Map<string, AttributePath>([
  ["Pod", ["spec"]],
  ["Deployment", ["spec", "template", "spec"]],
  ["StatefulSet", ["spec", "template", "spec"]],
  ["DaemonSet", ["spec", "template", "spec"]],
  ["ReplicaSet", ["spec", "template", "spec"]],
  ["ReplicationController", ["spec", "template", "spec"]],
  ["Job", ["spec", "template", "spec"]],
  ["CronJob", ["spec", "jobTemplate", "spec", "template", "spec"]],
]);

/** Kinds that run pods: rules about containers visit these. */
export const WORKLOAD_KINDS: readonly string[] = [...POD_SPEC_PATHS.keys()];

export type ContainerGroup = "initContainers" | "containers" | "ephemeralContainers";

const CONTAINER_GROUPS: readonly ContainerGroup[] = ["initContainers", "containers", "ephemeralContainers"];

export interface ContainerView {
  container: ValueObject;
  /** Path of the container inside the resource, e.g. `spec.template.spec.containers[0]`. */
  path: AttributePath;
  /** The container's `name`, or its place (`containers[0]`) when it has none. */
  name: string;
  group: ContainerGroup;
}

export function podSpecPath(kind: string): AttributePath | undefined {
  return POD_SPEC_PATHS.get(kind);
}

/** Labels the pods of a workload get: the pod's own for a Pod, the template's otherwise. */
export function podTemplateLabelsPath(kind: string): AttributePath | undefined {
  const specPath = POD_SPEC_PATHS.get(kind);
  if (!specPath) return undefined;
  return [...specPath.slice(0, -1), "metadata", "labels"];
}

export function podSpecOf(resource: Resource): { spec: ValueObject; path: AttributePath } | undefined {
  if (resource.platform !== "kubernetes") return undefined;
  const path = POD_SPEC_PATHS.get(resource.type);
  if (!path) return undefined;
  const spec = getPath(resource.attributes, path);
  return isObject(spec) ? { spec, path } : undefined;
}

/**
 * Every container of a workload, init and ephemeral ones included, with its
 * path. Read once per workload and its attributes (every container rule asks),
 * and frozen, since all of them share it.
 */
export function containersOf(resource: Resource): ContainerView[] {
  const known = viewsOf.get(resource);
  if (known && known.attributes === resource.attributes && known.type === resource.type && known.platform === resource.platform) return known.views;
  const views = readContainers(resource);
  viewsOf.set(resource, { attributes: resource.attributes, type: resource.type, platform: resource.platform, views });
  return views;
}

const viewsOf = new WeakMap<Resource, { attributes: ValueObject; type: string; platform: Resource["platform"]; views: ContainerView[] }>();

function readContainers(resource: Resource): ContainerView[] {
  const podSpec = podSpecOf(resource);
  if (!podSpec) return Object.freeze([]) as unknown as ContainerView[];
  const views: ContainerView[] = [];
  for (const group of CONTAINER_GROUPS) {
    const containers = podSpec.spec[group];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isObject(container)) return;
      const name = typeof container.name === "string" ? container.name : `${group}[${index}]`;
      views.push(Object.freeze({ container, path: Object.freeze([...podSpec.path, group, index]), name, group }));
    });
  }
  return Object.freeze(views) as unknown as ContainerView[];
}
