import { getPath, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";

/** Service types reachable from outside the cluster: on every node's address, or through a cloud load balancer. */
export const EXTERNAL_SERVICE_TYPES: readonly string[] = ["LoadBalancer", "NodePort"];

/** How traffic from outside the cluster reaches a workload. */
export interface Exposure {
  /** The Service or Ingress that exposes the workload, and the attribute that does it. */
  by: Resource;
  at: AttributePath;
  /** `Service shop/web (LoadBalancer)`, `Ingress shop/web through Service shop/web`. */
  description: string;
}

export function externalServiceType(service: Resource): string | undefined {
  const type = getPath(service.attributes, ["spec", "type"]);
  return typeof type === "string" && EXTERNAL_SERVICE_TYPES.includes(type) ? type : undefined;
}

/**
 * The Services of type LoadBalancer or NodePort that select the workload's
 * pods, and the Ingresses that route to any Service selecting them.
 */
export function externalExposures(graph: ResourceGraph, workload: Resource): Exposure[] {
  const exposures: Exposure[] = [];
  for (const service of graph.sources(workload.id, "selects")) {
    if (service.type !== "Service") continue;
    const type = externalServiceType(service);
    if (type) exposures.push({ by: service, at: ["spec", "type"], description: `${service.name} (${type})` });
    for (const edge of graph.edgesTo(service.id, "references")) {
      const ingress = graph.get(edge.from);
      if (ingress?.type !== "Ingress") continue;
      exposures.push({ by: ingress, at: edge.via ?? [], description: `${ingress.name} through ${service.name}` });
    }
  }
  return exposures;
}
