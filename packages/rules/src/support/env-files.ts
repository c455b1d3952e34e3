import { expressionsAt, isObject, type Range, type Resource, type ResourceGraph } from "@tollgate/engine";
import { attackerControlledContexts } from "./github-contexts.js";
import { jobOf, runScript, workflowOf } from "./workflow.js";

export type EnvironmentFile = "GITHUB_ENV" | "GITHUB_PATH" | "GITHUB_OUTPUT";

/** An attacker-controlled value written to an environment file by a step's script. */
export interface EnvironmentFileWrite {
  file: EnvironmentFile;
  /** The context the value comes from: `github.event.issue.title`. */
  context: string;
  /** The expression in the script, when the context is pasted in directly. */
  range?: Range;
  /** The environment variable that carries the context, when it is used through one. */
  variable?: string;
}

const FILE_REFERENCE = /\$\{?(?:env:)?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)\b/;

/** Lines of a script that write to an environment file, with a heredoc's body counted as part of its line. */
function writingLines(script: string): Array<{ index: number; file: EnvironmentFile }> {
  const lines = script.split("\n");
  const out: Array<{ index: number; file: EnvironmentFile }> = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const match = FILE_REFERENCE.exec(line);
    if (!match || !/>>?|tee\b|Out-File|Add-Content/i.test(line)) continue;
    const file = match[1] as EnvironmentFile;
    out.push({ index, file });
    const heredoc = /<<-?\s*["']?(\w+)["']?/.exec(line);
    if (!heredoc) continue;
    for (let body = index + 1; body < lines.length && lines[body]!.trim() !== heredoc[1]; body++) out.push({ index: body, file });
  }
  return out;
}

/** Environment variables visible to a step whose value reads an attacker-controlled context, with that context. */
export function attackerControlledEnv(step: Resource, graph: ResourceGraph): Map<string, string> {
  const tainted = new Map<string, string>();
  const scopes = [workflowOf(step, graph), jobOf(step, graph), step];
  for (const scope of scopes) {
    const env = scope?.attributes.env;
    if (!scope || !isObject(env)) continue;
    for (const name of Object.keys(env)) {
      const context = expressionsAt(scope, ["env", name]).flatMap(({ expression }) => attackerControlledContexts(expression))[0];
      // A step's own value replaces the job's or workflow's.
      if (context) tainted.set(name, context);
      else tainted.delete(name);
    }
  }
  return tainted;
}

/** Every attacker-controlled value a step writes to `$GITHUB_ENV`, `$GITHUB_PATH` or `$GITHUB_OUTPUT`. */
export function environmentFileWrites(step: Resource, graph: ResourceGraph): EnvironmentFileWrite[] {
  const script = runScript(step);
  if (script === undefined || !FILE_REFERENCE.test(script)) return [];
  const lines = script.split("\n");
  const expressions = expressionsAt(step, ["run"]);
  // Expressions in document order, matched to the script line each sits on.
  const expressionLines: number[] = [];
  lines.forEach((line, index) => {
    for (let at = line.indexOf("${{"); at !== -1; at = line.indexOf("${{", at + 3)) expressionLines.push(index);
  });
  const aligned = expressionLines.length === expressions.length;
  const tainted = attackerControlledEnv(step, graph);
  const writes: EnvironmentFileWrite[] = [];
  const seen = new Set<string>();
  for (const { index, file } of writingLines(script)) {
    const line = lines[index]!;
    if (aligned) {
      expressions.forEach(({ expression, range }, position) => {
        if (expressionLines[position] !== index) return;
        for (const context of attackerControlledContexts(expression)) {
          const key = `${file}\u001f${context}\u001f${position}`;
          if (seen.has(key)) continue;
          seen.add(key);
          writes.push({ file, context, range });
        }
      });
    }
    for (const [variable, context] of tainted) {
      if (!new RegExp(String.raw`\$\{?(?:env:)?${variable}\b`).test(line)) continue;
      const key = `${file}\u001f${variable}`;
      if (seen.has(key)) continue;
      seen.add(key);
      writes.push({ file, context, variable });
    }
  }
  return writes;
}
