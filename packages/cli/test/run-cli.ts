import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const binary = path.join(repositoryRoot, "packages/cli/bin/tollgate.ts");

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, from the repository root (or `cwd`), as `pnpm tollgate` does. */
export function runCli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliRun {
  // Resolved here, so that the child finds tsx from any working directory.
  const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), binary, ...args], {
    cwd: options.cwd ?? repositoryRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
