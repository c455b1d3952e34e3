import type { ResourceGraph } from "../graph.js";
import type { UsesSite } from "./actions-resource.js";
import { parseUses, type ParsedUses } from "./uses.js";

/** The id a remote `uses:` points at; no resource has it, rules read it from the edge. */
export function remoteUsesId(uses: ParsedUses): string | undefined {
  switch (uses.kind) {
    case "repository":
    case "reusable-workflow": {
      const path = uses.path ? `/${uses.path}` : "";
      const ref = uses.ref !== undefined ? `@${uses.ref}` : "";
      return `github-actions:uses:${uses.owner}/${uses.repo}${path}${ref}`;
    }
    case "docker":
      return `github-actions:uses:docker://${uses.image}${uses.tag ? `:${uses.tag}` : ""}${uses.digest ? `@${uses.digest}` : ""}`;
    default:
      return undefined;
  }
}

/**
 * `uses` edges: a step → the local action it runs (`<path>/action.yml`, or
 * `.yaml` when that is the one in the scan), a job → the local reusable
 * workflow it calls, and any of them → the synthetic id of a remote target.
 */
export function linkUses(sites: readonly UsesSite[], graph: ResourceGraph): void {
  for (const site of sites) {
    const uses = parseUses(site.value);
    const to = targetOf(uses, site, graph);
    if (to) graph.link({ from: site.from.id, to, kind: "uses", via: ["uses"] });
  }
}

function targetOf(uses: ParsedUses, site: UsesSite, graph: ResourceGraph): string | undefined {
  switch (uses.kind) {
    case "local":
      return site.caller === "step" ? localActionId(site.repositoryRoot + uses.path, graph) : undefined;
    case "local-reusable-workflow":
      return site.caller === "job" ? `github-actions:${site.repositoryRoot}${uses.path}` : undefined;
    default:
      return remoteUsesId(uses);
  }
}

function localActionId(directory: string, graph: ResourceGraph): string {
  const prefix = directory === "" ? "github-actions:" : `github-actions:${directory.replace(/\/$/, "")}/`;
  const yml = `${prefix}action.yml`;
  const yaml = `${prefix}action.yaml`;
  return !graph.get(yml) && graph.get(yaml) ? yaml : yml;
}
