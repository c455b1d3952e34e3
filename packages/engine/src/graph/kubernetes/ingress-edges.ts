import type { AttributePath } from "../../model/source.js";
import { getPath, isObject, type Value } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import type { ObjectIndex } from "./object-index.js";
import { isBuiltIn, namespaceOf } from "./scope.js";

/**
 * Ingress `references` → the Service of each backend: the default backend
 * and every rule path, in the networking.k8s.io/v1 shape (`service.name`)
 * and the old extensions/v1beta1 one (`serviceName`).
 */
export function linkIngressBackends(graph: ResourceGraph, objects: ObjectIndex): void {
  for (const ingress of graph.ofType("Ingress")) {
    const namespace = namespaceOf(ingress);
    if (!isBuiltIn(ingress, ["networking.k8s.io", "extensions"]) || namespace === undefined) continue;
    for (const { service, via } of backendServices(ingress.attributes)) {
      graph.link({ from: ingress.id, to: objects.idOf("Service", namespace, service, "v1"), kind: "references", via });
    }
  }
}

function backendServices(ingress: Value): Array<{ service: string; via: AttributePath }> {
  const found: Array<{ service: string; via: AttributePath }> = [];
  const addBackend = (backend: Value | undefined, path: AttributePath): void => {
    if (!isObject(backend)) return;
    const current = getPath(backend, ["service", "name"]);
    if (typeof current === "string") found.push({ service: current, via: [...path, "service", "name"] });
    else if (typeof backend.serviceName === "string") found.push({ service: backend.serviceName, via: [...path, "serviceName"] });
  };

  addBackend(getPath(ingress, ["spec", "defaultBackend"]), ["spec", "defaultBackend"]);
  addBackend(getPath(ingress, ["spec", "backend"]), ["spec", "backend"]);
  const rules = getPath(ingress, ["spec", "rules"]);
  if (!Array.isArray(rules)) return found;
  rules.forEach((rule, ruleIndex) => {
    const paths = getPath(rule, ["http", "paths"]);
    if (!Array.isArray(paths)) return;
    paths.forEach((entry, pathIndex) => {
      addBackend(getPath(entry, ["backend"]), ["spec", "rules", ruleIndex, "http", "paths", pathIndex, "backend"]);
    });
  });
  return found;
}
