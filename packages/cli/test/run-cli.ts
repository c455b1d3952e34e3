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

/** Runs the real CLI in a child process, from the repository root, as `pnpm tollgate` does. */
export function runCli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", binary, ...args], {
    cwd: repositoryRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...options.env },
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
