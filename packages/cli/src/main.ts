import { Command, CommanderError } from "commander";
import { TOLLGATE_VERSION } from "@tollgate/engine";
import { ExitCode, type RunState } from "./exit-code.js";

type Register = (program: Command, state: RunState) => void;

/**
 * Each command's module, loaded only when needed: a pre-commit hook that
 * runs `tollgate scan` should not pay for reading the drift audit. In the
 * bundle, each becomes a chunk read on first use.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  scan: async () => (await import("./commands/scan.js")).registerScanCommand,
  rules: async () => (await import("./commands/rules.js")).registerRulesCommand,
  baseline: async () => (await import("./commands/baseline.js")).registerBaselineCommand,
  init: async () => (await import("./commands/init.js")).registerInitCommand,
  drift: async () => (await import("./commands/drift.js")).registerDriftCommand,
};

/**
 * Builds the `tollgate` program; commands record their exit code in `state`.
 * With `command`, only that command is registered (enough to run it);
 * without, all are (for help and for unknown commands).
 */
export async function createProgram(state: RunState, command?: string): Promise<Command> {
  const program = new Command("tollgate")
    .description("Policy-as-code for Terraform, Kubernetes and GitHub Actions")
    .version(TOLLGATE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  const names = command !== undefined && Object.hasOwn(COMMANDS, command) ? [command] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, state);
  return program;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const state: RunState = { exitCode: ExitCode.Clean };
  try {
    await (await createProgram(state, argv[0])).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end cleanly; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? ExitCode.Clean : ExitCode.InputError;
    }
    process.stderr.write(`tollgate: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.InputError;
  }
}
