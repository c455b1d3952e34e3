import { allExpressions, getPath, isObject, parseUses, type ResourceExpression, type ResourceGraph, type Resource, type Value, type ValueObject } from "@tollgate/engine";

/**
 * Reading GitHub Actions resources the way the runner does: which events
 * start a workflow, which job a step runs in, which action a step uses.
 */

/** The workflow a job or step belongs to; undefined for the steps of a composite action. */
export function workflowOf(resource: Resource, graph: ResourceGraph): Resource | undefined {
  let current: Resource | undefined = resource;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.type === "workflow") return current;
    current = current.parent !== undefined ? graph.get(current.parent) : undefined;
  }
  return undefined;
}

/** The job that runs a step; undefined for the steps of a composite action. */
export function jobOf(step: Resource, graph: ResourceGraph): Resource | undefined {
  const parent = step.parent !== undefined ? graph.get(step.parent) : undefined;
  return parent?.type === "job" ? parent : undefined;
}

/** The steps of a job, in the order they run. */
export function stepsOf(job: Resource, graph: ResourceGraph): Resource[] {
  return graph.targets(job.id, "contains").filter((resource) => resource.type === "step");
}

/** The `on:` value, whichever way the YAML reader spelled the key. */
function onValue(workflow: Resource): Value | undefined {
  const attributes = workflow.attributes;
  return attributes.on ?? attributes.true ?? attributes.On;
}

/** Event names that start the workflow: `on: push`, `on: [push, pull_request]` or a mapping. */
export function triggersOf(workflow: Resource | undefined): Set<string> {
  const events = new Set<string>();
  if (!workflow) return events;
  const on = onValue(workflow);
  if (typeof on === "string") {
    events.add(on);
  } else if (Array.isArray(on)) {
    for (const event of on) if (typeof event === "string") events.add(event);
  } else if (isObject(on)) {
    for (const event of Object.keys(on)) events.add(event);
  }
  return events;
}

/** The configuration of one trigger (`on.push`), or undefined when absent or given without settings. */
export function triggerConfig(workflow: Resource | undefined, event: string): ValueObject | undefined {
  if (!workflow) return undefined;
  const config = getPath(onValue(workflow), [event]);
  return isObject(config) ? config : undefined;
}

/**
 * Events whose workflows run with the base repository's token and secrets
 * while reacting to something an outsider did (a fork's pull request, a
 * comment, a run of another workflow started by a pull request).
 */
export const PRIVILEGED_UNTRUSTED_TRIGGERS = ["pull_request_target", "workflow_run", "issue_comment"] as const;

/** Events an outsider can cause in a public repository. */
export const PUBLIC_PULL_REQUEST_TRIGGERS = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment"] as const;

export function hasAnyTrigger(triggers: ReadonlySet<string>, events: readonly string[]): string | undefined {
  return events.find((event) => triggers.has(event));
}

/** `owner/repo` or `owner/repo/path` of a step's remote action, lowercased; undefined for anything else. */
export function actionName(step: Resource): string | undefined {
  const uses = step.attributes.uses;
  if (typeof uses !== "string") return undefined;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository") return undefined;
  return [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase();
}

/** The ref a step's remote action is pinned to (`v4`, a SHA), if any. */
export function actionRef(step: Resource): string | undefined {
  const uses = step.attributes.uses;
  if (typeof uses !== "string") return undefined;
  const parsed = parseUses(uses);
  return parsed.kind === "repository" || parsed.kind === "reusable-workflow" ? parsed.ref : undefined;
}

export function usesAction(step: Resource, ...names: string[]): boolean {
  const name = actionName(step);
  return name !== undefined && names.includes(name);
}

/** Whether the step runs a local action (`uses: ./…`): code from the checked-out tree. */
export function usesLocalAction(step: Resource): boolean {
  const uses = step.attributes.uses;
  return typeof uses === "string" && parseUses(uses).kind === "local";
}

/** The shell script of a `run:` step. */
export function runScript(step: Resource): string | undefined {
  const run = step.attributes.run;
  return typeof run === "string" ? run : undefined;
}

/** A `with:` input of a step, when it is a string or a scalar written as one. */
export function stepInput(step: Resource, name: string): string | boolean | number | undefined {
  const value = getPath(step.attributes, ["with", name]);
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number" ? value : undefined;
}

/** Whether a setting written as YAML boolean or as a string is true. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === "string" && value.trim().toLowerCase() === "false");
}

/** Whether a string holds a `${{ }}` expression, whose value is only known at run time. */
export function hasExpression(value: string): boolean {
  return value.includes("${{");
}

/**
 * Position of a command at the start of a shell command: at a line start or
 * after `;`, `&&`, `||`, `|`, `(`, `then`, `do`, `sudo`, `time`. Used so that
 * `echo "npm install"` is not mistaken for running npm.
 */
export const COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b|\belse\b)\s*(?:(?:sudo|time|exec|env(?:\s+\w+=\S*)*)\s+)*`;

/** A regular expression that finds `command` only where a shell would run it. */
export function commandPattern(command: string, flags = "m"): RegExp {
  return new RegExp(`${COMMAND_START}(?:${command})`, flags);
}

/** Line of `script` (1-based) at `offset`, for messages. */
export function scriptLineAt(script: string, offset: number): number {
  let line = 1;
  for (let index = script.indexOf("\n"); index !== -1 && index < offset; index = script.indexOf("\n", index + 1)) line++;
  return line;
}

/**
 * Expressions written in a resource itself, not in the jobs or steps it
 * contains (a workflow's attributes hold its jobs, a job's its steps).
 */
export function ownExpressions(resource: Resource): ResourceExpression[] {
  const nested = resource.type === "workflow" ? "jobs" : resource.type === "job" ? "steps" : resource.type === "action" ? "runs" : undefined;
  return allExpressions(resource).filter((found) => nested === undefined || found.path[0] !== nested || (resource.type === "action" && found.path[1] !== "steps"));
}

/** `owner/repo[/path]` and ref of a remote action or reusable workflow named by `uses:`. */
export function remoteTarget(resource: Resource): { name: string; ref: string | undefined } | undefined {
  const uses = resource.attributes.uses;
  if (typeof uses !== "string") return undefined;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository" && parsed.kind !== "reusable-workflow") return undefined;
  return { name: [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase(), ref: parsed.ref };
}
