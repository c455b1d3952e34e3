import type { Deadline } from "../limits.js";
import type { LoadedSources } from "../load/load.js";
import { buildActions } from "./actions/build-actions.js";
import { linkCrossPlatform } from "./cross-platform/link-cross-platform.js";
import { ResourceGraph } from "./graph.js";
import { buildKubernetes } from "./kubernetes/build-kubernetes.js";
import { buildPlan } from "./terraform/build-plan.js";
import { buildTerraform } from "./terraform/build-terraform.js";
import type { TerraformInputs } from "./terraform/inputs.js";
import { joinPlansToSource } from "./terraform/plan-join.js";

/**
 * Normalises every loaded document into one graph of resources and edges.
 * Each builder runs on its own: one that fails on hostile or unforeseen input
 * becomes a diagnostic naming the files it was given, and the resources of
 * the others remain. Past the deadline, the builders not yet run are skipped.
 */
export function buildGraph(loaded: LoadedSources, sourceText: (file: string) => string, terraform?: TerraformInputs, deadline?: Deadline): ResourceGraph {
  const graph = new ResourceGraph();
  const plans = loaded.trees.filter((doc) => doc.kind === "plan" || doc.kind === "state");
  const manifests = loaded.trees.filter((doc) => doc.kind === "kubernetes");
  const workflows = loaded.trees.filter((doc) => doc.kind === "workflow" || doc.kind === "action-metadata");
  const steps: Array<{ name: string; files: readonly { file: string }[]; build: () => void }> = [
    { name: "Terraform", files: loaded.hcl, build: () => buildTerraform(loaded.hcl, graph, terraform) },
    { name: "Terraform plan", files: plans, build: () => buildPlan(plans, graph) },
    { name: "plan-to-source", files: [], build: () => joinPlansToSource(graph) },
    { name: "Kubernetes", files: manifests, build: () => buildKubernetes(manifests, graph) },
    { name: "GitHub Actions", files: workflows, build: () => buildActions(workflows, graph, sourceText) },
    { name: "cross-platform", files: [], build: () => linkCrossPlatform(graph) },
  ];
  for (const [index, step] of steps.entries()) {
    if (deadline?.expired) {
      const skipped = steps.slice(index).map((rest) => rest.name);
      graph.diagnostics.push(...deadline.exceeded(`the ${skipped.join(", ")} graph ${skipped.length === 1 ? "step was" : "steps were"} skipped`));
      break;
    }
    try {
      step.build();
    } catch (error) {
      graph.diagnostics.push(...builderFailure(step.name, step.files, error));
    }
  }
  return graph;
}

/** Beyond this many files, one error stands for all of them. */
const MAX_FAILURE_FILES = 20;

/** One error per file the failed builder was given (their results may be incomplete), or one for the scan. */
function builderFailure(name: string, documents: readonly { file: string }[], error: unknown) {
  const cause = error instanceof Error ? error.message : String(error);
  const message = `internal error in the ${name} graph builder, results for this file may be incomplete: ${cause}`;
  const files = [...new Set(documents.map((document) => document.file))];
  if (files.length === 0 || files.length > MAX_FAILURE_FILES) {
    const scope = files.length === 0 ? "" : ` (${files.length} files; their results may be incomplete)`;
    return [{ level: "error" as const, code: "internal-error", message: `internal error in the ${name} graph step${scope}: ${cause}` }];
  }
  return files.map((file) => ({ level: "error" as const, code: "internal-error", message, file }));
}
