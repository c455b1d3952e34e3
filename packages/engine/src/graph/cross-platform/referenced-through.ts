import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import type { ResourceGraph } from "../graph.js";

/**
 * The resources `resource` refers to from `attribute`. HCL records the
 * reference at the item that holds it (`managed_policy_arns[0]`), a plan's
 * configuration at the attribute (`managed_policy_arns`): either may be the
 * longer path, so the shorter must be a prefix of the longer.
 */
export function referencedThrough(graph: ResourceGraph, resource: Resource, attribute: AttributePath): Resource[] {
  const found: Resource[] = [];
  for (const edge of graph.edgesFrom(resource.id, "references")) {
    if (!edge.via || !pathsOverlap(edge.via, attribute)) continue;
    const target = graph.get(edge.to);
    if (target && !found.includes(target)) found.push(target);
  }
  return found;
}

function pathsOverlap(a: AttributePath, b: AttributePath): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}
