import { isObject, type Resource, type ResourceGraph } from "@tollgate/engine";

/**
 * Events that run a workflow for people without write access to the
 * repository: fork pull requests (`pull_request_target`, `pull_request`),
 * comments on issues and pull requests, and runs that follow another
 * workflow triggered by a fork (`workflow_run`).
 */
export const UNTRUSTED_TRIGGERS: readonly string[] = ["pull_request_target", "pull_request", "issue_comment", "workflow_run"];

/** Events that run in the base repository's context, with its secrets and an OIDC token, whoever triggered them. */
export const PRIVILEGED_UNTRUSTED_TRIGGERS: readonly string[] = ["pull_request_target", "issue_comment", "workflow_run"];

/** The events of a workflow's `on:`: a name, a list of names, or a map keyed by event. */
export function triggersOf(workflow: Resource): string[] {
  const on = workflow.attributes.on;
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === "string");
  if (isObject(on)) return Object.keys(on);
  return [];
}

/** The workflow a job or step belongs to, following `parent`. */
export function workflowOf(graph: ResourceGraph, resource: Resource): Resource | undefined {
  let current: Resource | undefined = resource;
  while (current && current.type !== "workflow") current = current.parent ? graph.get(current.parent) : undefined;
  return current;
}
