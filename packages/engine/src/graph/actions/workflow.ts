import { mapGet, type MapNode, type TreeDocument, type TreeNode } from "../../load/document.js";
import type { ResourceGraph } from "../graph.js";
import { actionsResource, displayName, documentHeader, entryRange, repositoryRootOf, type ActionsBuild } from "./actions-resource.js";

/**
 * A workflow file: the workflow, one resource per job and one per step,
 * linked by `contains`, and `needs` as `references` between jobs.
 */
export function buildWorkflow(document: TreeDocument, root: MapNode, graph: ResourceGraph, build: ActionsBuild): void {
  const file = document.file;
  const workflowId = `github-actions:${file}`;
  const workflow = actionsResource(
    {
      document,
      node: root,
      id: workflowId,
      type: "workflow",
      name: displayName(root, file),
      header: documentHeader(root),
    },
    build,
  );
  if (!graph.add(workflow)) return;

  const jobs = mapGet(root, "jobs");
  if (jobs?.kind !== "map") return;
  const repositoryRoot = repositoryRootOf(file);
  for (const jobEntry of jobs.entries) {
    const job = jobEntry.value;
    if (job.kind !== "map") continue;
    const jobId = `${workflowId}#jobs.${jobEntry.key}`;
    const jobResource = actionsResource(
      { document, node: job, id: jobId, type: "job", name: `jobs.${jobEntry.key}`, header: jobEntry.keyRange, range: entryRange(jobEntry), parent: workflowId },
      build,
    );
    if (!graph.add(jobResource)) continue;
    graph.link({ from: workflowId, to: jobId, kind: "contains", via: ["jobs", jobEntry.key] });

    const uses = mapGet(job, "uses");
    if (uses?.kind === "scalar" && typeof uses.value === "string") {
      build.uses.push({ from: jobResource, value: uses.value, caller: "job", repositoryRoot });
    }
    linkNeeds(jobId, workflowId, mapGet(job, "needs"), graph);

    const steps = mapGet(job, "steps");
    if (steps?.kind !== "list") continue;
    steps.items.forEach((step, index) => {
      if (step.kind !== "map") return;
      const stepId = `${jobId}.steps[${index}]`;
      const first = step.entries[0];
      const stepResource = actionsResource(
        {
          document,
          node: step,
          id: stepId,
          type: "step",
          name: `jobs.${jobEntry.key}.steps[${index}]`,
          header: first ? first.keyRange : step.range,
          parent: jobId,
        },
        build,
      );
      if (!graph.add(stepResource)) return;
      graph.link({ from: jobId, to: stepId, kind: "contains", via: ["steps", index] });
      const stepUses = mapGet(step, "uses");
      if (stepUses?.kind === "scalar" && typeof stepUses.value === "string") {
        build.uses.push({ from: stepResource, value: stepUses.value, caller: "step", repositoryRoot });
      }
    });
  }
}

/** `needs: build` or `needs: [build, test]`. */
function linkNeeds(jobId: string, workflowId: string, needs: TreeNode | undefined, graph: ResourceGraph): void {
  if (needs?.kind === "scalar" && typeof needs.value === "string") {
    graph.link({ from: jobId, to: `${workflowId}#jobs.${needs.value}`, kind: "references", via: ["needs"] });
  } else if (needs?.kind === "list") {
    needs.items.forEach((item, index) => {
      if (item.kind === "scalar" && typeof item.value === "string") {
        graph.link({ from: jobId, to: `${workflowId}#jobs.${item.value}`, kind: "references", via: ["needs", index] });
      }
    });
  }
}
