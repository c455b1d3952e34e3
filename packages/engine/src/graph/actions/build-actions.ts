import { documentFailure } from "../builder-failure.js";
import type { TreeDocument } from "../../load/document.js";
import type { ResourceGraph } from "../graph.js";
import { buildActionMetadata } from "./action-metadata.js";
import type { ActionsBuild } from "./actions-resource.js";
import { linkUses } from "./uses-edges.js";
import { buildWorkflow } from "./workflow.js";

/**
 * Workflows, jobs, steps and actions with `contains`, `needs` and `uses`
 * edges. `sourceText` gives a file's raw text, read only when a rule asks
 * where the expressions of a resource are.
 */
export function buildActions(documents: TreeDocument[], graph: ResourceGraph, sourceText: (file: string) => string): void {
  const build: ActionsBuild = { sourceText, uses: [] };
  for (const document of documents) {
    if (document.kind !== "workflow" && document.kind !== "action-metadata") continue;
    const root = document.root;
    if (root.kind !== "map") {
      graph.diagnostics.push({
        level: "warning",
        code: "github-actions-not-a-mapping",
        message: `${document.file} is not a ${document.kind === "workflow" ? "workflow" : "action definition"}: its top level is not a mapping`,
        file: document.file,
        range: { file: document.file, ...root.range },
      });
      continue;
    }
    try {
      if (document.kind === "workflow") buildWorkflow(document, root, graph, build);
      else buildActionMetadata(document, root, graph, build);
    } catch (error) {
      graph.diagnostics.push(documentFailure("GitHub Actions", document, error));
    }
  }
  // After every document, so that a step reaches an action defined in a later file.
  linkUses(build.uses, graph);
}
