import type { ResourceGraph } from "../graph.js";
import type { ObjectIndex } from "./object-index.js";
import { podSpecOf, WORKLOAD_KINDS } from "./pod-spec.js";
import { namespaceOf } from "./scope.js";

/** The account pods run as when their spec names none. */
const DEFAULT_SERVICE_ACCOUNT = "default";
const SERVICE_ACCOUNT_FIELDS = ["serviceAccountName", "serviceAccount"] as const;

/** Workload `uses` → the ServiceAccount its pods run as. */
export function linkServiceAccounts(graph: ResourceGraph, objects: ObjectIndex): void {
  for (const kind of WORKLOAD_KINDS) {
    for (const workload of graph.ofType(kind)) {
      const namespace = namespaceOf(workload);
      const podSpec = podSpecOf(workload);
      if (!podSpec || namespace === undefined) continue;
      // `serviceAccount` is the deprecated spelling, still honoured by the API server.
      const field = SERVICE_ACCOUNT_FIELDS.find((key) => {
        const value = podSpec.spec[key];
        return typeof value === "string" && value !== "";
      });
      const name = field ? String(podSpec.spec[field]) : DEFAULT_SERVICE_ACCOUNT;
      graph.link({
        from: workload.id,
        to: objects.idOf("ServiceAccount", namespace, name, "v1"),
        kind: "uses",
        ...(field ? { via: [...podSpec.path, field] } : {}),
      });
    }
  }
}
