import type { LoadedSources } from "../load/load.js";
import { buildActions } from "./actions/build-actions.js";
import { linkCrossPlatform } from "./cross-platform/link-cross-platform.js";
import { ResourceGraph } from "./graph.js";
import { buildKubernetes } from "./kubernetes/build-kubernetes.js";
import { buildPlan } from "./terraform/build-plan.js";
import { buildTerraform } from "./terraform/build-terraform.js";
import type { TerraformInputs } from "./terraform/inputs.js";
import { joinPlansToSource } from "./terraform/plan-join.js";

/** Normalises every loaded document into one graph of resources and edges. */
export function buildGraph(loaded: LoadedSources, sourceText: (file: string) => string, terraform?: TerraformInputs): ResourceGraph {
  const graph = new ResourceGraph();
  buildTerraform(loaded.hcl, graph, terraform);
  buildPlan(loaded.trees.filter((doc) => doc.kind === "plan" || doc.kind === "state"), graph);
  joinPlansToSource(graph);
  buildKubernetes(loaded.trees.filter((doc) => doc.kind === "kubernetes"), graph);
  buildActions(loaded.trees.filter((doc) => doc.kind === "workflow" || doc.kind === "action-metadata"), graph, sourceText);
  linkCrossPlatform(graph);
  return graph;
}
