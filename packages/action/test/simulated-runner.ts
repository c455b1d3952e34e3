import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const bundle = path.join(repositoryRoot, "packages/action/dist/index.js");

/** A scratch directory removed by `cleanUp`. */
export function scratch(): { directory: string; cleanUp: () => void } {
  const directory = mkdtempSync(path.join(tmpdir(), "tollgate-action-"));
  return { directory, cleanUp: () => rmSync(directory, { recursive: true, force: true }) };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: gitEnvironment(cwd) }).trim();
}

function gitEnvironment(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: path.join(home, ".no-global-gitconfig") };
}

/** A repository with its own identity, so commits never depend on the machine's configuration. */
export function initRepository(directory: string): void {
  mkdirSync(directory, { recursive: true });
  git(directory, "init", "-q", "-b", "main");
  git(directory, "config", "user.name", "Tollgate Test");
  git(directory, "config", "user.email", "test@tollgate.invalid");
  git(directory, "config", "commit.gpgsign", "false");
}

export function writeFiles(directory: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
}

export function commitAll(directory: string, message: string): string {
  git(directory, "add", "-A");
  git(directory, "commit", "-q", "-m", message);
  return git(directory, "rev-parse", "HEAD");
}

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Lines starting with `::error`, `::warning` or `::notice`. */
  annotations: string[];
  outputs: Record<string, string>;
  summary: string;
  /** The SARIF file, parsed, when one was written. */
  sarif?: { runs: Array<{ automationDetails?: { id?: string }; results?: Array<Record<string, unknown>> }> };
}

export interface RunOptions {
  workspace: string;
  event: string;
  payload?: unknown;
  inputs?: Readonly<Record<string, string>>;
  /** Extra runner variables (GITHUB_SHA, GITHUB_REPOSITORY…). */
  env?: Readonly<Record<string, string>>;
}

/**
 * Runs the committed bundle with plain `node` as the runner would: inputs in
 * `INPUT_<NAME>` variables, the event payload in a file, and the output and
 * summary files the runner provides. Nothing of this process's environment
 * leaks in, so a test run inside GitHub Actions sees only what it sets.
 */
export async function runBundledAction(options: RunOptions): Promise<ActionRun> {
  const { directory: runnerTemp, cleanUp } = scratch();
  try {
    const eventPath = path.join(runnerTemp, "event.json");
    const outputPath = path.join(runnerTemp, "output");
    const summaryPath = path.join(runnerTemp, "summary.md");
    writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
    writeFileSync(outputPath, "");
    writeFileSync(summaryPath, "");
    const env: NodeJS.ProcessEnv = {
      ...gitEnvironment(runnerTemp),
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "octo-org/infra",
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await runNode([bundle], { cwd: options.workspace, env });
    const stdout = result.stdout;
    const sarifName = parseOutputs(readFileSync(outputPath, "utf8"))["sarif-file"];
    let sarif: ActionRun["sarif"];
    try {
      if (sarifName) sarif = JSON.parse(readFileSync(path.join(options.workspace, sarifName), "utf8"));
    } catch {
      sarif = undefined;
    }
    return {
      status: result.status,
      stdout,
      stderr: result.stderr,
      annotations: stdout.split("\n").filter((line) => /^::(error|warning|notice)[ :]/.test(line)),
      outputs: parseOutputs(readFileSync(outputPath, "utf8")),
      summary: readFileSync(summaryPath, "utf8"),
      sarif,
    };
  } finally {
    cleanUp();
  }
}

/** Asynchronous, so that the tests of a file can run side by side. */
function runNode(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/** Reads the `name<<delimiter` … `delimiter` blocks of a `GITHUB_OUTPUT` file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[index]);
    if (!match) continue;
    const end = lines.indexOf(match[2], index + 1);
    if (end < 0) throw new Error(`output ${match[1]} is not closed by its delimiter`);
    outputs[match[1]] = lines.slice(index + 1, end).join("\n");
    index = end;
  }
  return outputs;
}
