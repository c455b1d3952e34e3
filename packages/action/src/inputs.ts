import path from "node:path";
import { SEVERITIES, type Severity } from "@tollgate/engine";

export const MODES = ["all", "new"] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  /** Relative to the workspace, forward slashes, never outside it; `.` for all of it. */
  paths: string[];
  config?: string;
  /** Undefined when not given: the configuration's `fail-on`, else `high`. */
  failOn?: Severity | "none";
  sarifFile: string;
  mode: Mode;
  annotations: boolean;
  jobSummary: boolean;
  category?: string;
}

export interface InputRead {
  inputs: ActionInputs;
  /** Invalid inputs, each replaced by its default; they fail the step after the scan. */
  errors: string[];
}

/** Events whose payload names a base to compare with, and on which `new` is the default mode. */
export const PULL_REQUEST_EVENTS: readonly string[] = ["pull_request", "pull_request_target"];

/**
 * Reads the `with:` inputs the runner passes as `INPUT_<NAME>` variables
 * (upper case, spaces as underscores, hyphens kept), as `@actions/core` does.
 */
export function readInputs(env: Readonly<Record<string, string | undefined>>, workspace: string): InputRead {
  const errors: string[] = [];
  const raw = (name: string): string => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();

  const paths: string[] = [];
  for (const entry of raw("paths").split(/[\n,]/).map((part) => part.trim()).filter(Boolean)) {
    const relative = insideWorkspace(entry, workspace);
    if (relative === undefined) errors.push(`paths: ${JSON.stringify(entry)} is outside the workspace; ignored`);
    else paths.push(relative);
  }
  if (paths.length === 0) paths.push(".");

  const failOnText = raw("fail-on").toLowerCase();
  let failOn: Severity | "none" | undefined;
  if (failOnText === "none" || (SEVERITIES as readonly string[]).includes(failOnText)) failOn = failOnText as Severity | "none";
  else if (failOnText) errors.push(`fail-on: ${JSON.stringify(failOnText)} is not one of ${[...SEVERITIES, "none"].join(", ")}; using the default`);

  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const defaultMode: Mode = PULL_REQUEST_EVENTS.includes(eventName) ? "new" : "all";
  const modeText = raw("mode").toLowerCase();
  let mode = defaultMode;
  if ((MODES as readonly string[]).includes(modeText)) mode = modeText as Mode;
  else if (modeText) errors.push(`mode: ${JSON.stringify(modeText)} is not all or new; using ${defaultMode}`);

  const sarifText = raw("sarif-file") || "tollgate.sarif";
  let sarifFile = "tollgate.sarif";
  if (insideWorkspace(sarifText, workspace) === undefined) errors.push(`sarif-file: ${JSON.stringify(sarifText)} is outside the workspace; using tollgate.sarif`);
  else sarifFile = sarifText;

  const categoryText = raw("category");
  let category: string | undefined;
  if (categoryText && !/^[\w./-]+$/.test(categoryText)) errors.push(`category: ${JSON.stringify(categoryText)} may hold only letters, digits, '.', '/', '_' and '-'; using the default`);
  else if (categoryText) category = categoryText;

  const configText = raw("config");
  let config: string | undefined;
  if (configText && insideWorkspace(configText, workspace) === undefined) errors.push(`config: ${JSON.stringify(configText)} is outside the workspace; ignored`);
  else if (configText) config = configText;

  return {
    inputs: {
      paths,
      ...(config ? { config } : {}),
      ...(failOn ? { failOn } : {}),
      sarifFile,
      mode,
      annotations: readBoolean("annotations", raw("annotations"), true, errors),
      jobSummary: readBoolean("job-summary", raw("job-summary"), true, errors),
      ...(category ? { category } : {}),
    },
    errors,
  };
}

/** YAML 1.2's booleans, the spellings `core.getBooleanInput` accepts. */
function readBoolean(name: string, text: string, fallback: boolean, errors: string[]): boolean {
  if (text === "") return fallback;
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE"].includes(text)) return false;
  errors.push(`${name}: ${JSON.stringify(text)} is not true or false; using ${fallback}`);
  return fallback;
}

/** `entry` relative to the workspace with forward slashes, or undefined when it leads outside. */
function insideWorkspace(entry: string, workspace: string): string | undefined {
  const relative = path.relative(workspace, path.resolve(workspace, entry));
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative === "" ? "." : relative.split(path.sep).join("/");
}
