import { mapGet, type MapNode, type TreeDocument } from "../../load/document.js";
import type { ResourceGraph } from "../graph.js";
import { actionsResource, displayName, documentHeader, type ActionsBuild } from "./actions-resource.js";

/**
 * An `action.yml`: the action, and for a composite action one step per
 * `runs.steps[i]`, contained by the action.
 */
export function buildActionMetadata(document: TreeDocument, root: MapNode, graph: ResourceGraph, build: ActionsBuild): void {
  const file = document.file;
  const actionId = `github-actions:${file}`;
  const action = actionsResource(
    {
      document,
      node: root,
      id: actionId,
      type: "action",
      name: displayName(root, file),
      header: documentHeader(root),
    },
    build,
  );
  if (!graph.add(action)) return;

  const steps = mapGet(mapGet(root, "runs"), "steps");
  if (steps?.kind !== "list") return;
  steps.items.forEach((step, index) => {
    if (step.kind !== "map") return;
    const stepId = `${actionId}#runs.steps[${index}]`;
    const first = step.entries[0];
    const stepResource = actionsResource(
      {
        document,
        node: step,
        id: stepId,
        type: "step",
        name: `runs.steps[${index}]`,
        header: first ? first.keyRange : step.range,
        parent: actionId,
      },
      build,
    );
    if (!graph.add(stepResource)) return;
    graph.link({ from: actionId, to: stepId, kind: "contains", via: ["runs", "steps", index] });
    const uses = mapGet(step, "uses");
    // A composite action's `./` paths start at the checked-out repository, the scan root.
    if (uses?.kind === "scalar" && typeof uses.value === "string") {
      build.uses.push({ from: stepResource, value: uses.value, caller: "step", repositoryRoot: "" });
    }
  });
}
