import { Command, CommanderError } from "commander";
import { TOLLGATE_VERSION } from "@tollgate/engine";
import { ExitCode, type RunState } from "./exit-code.js";
import { registerBaselineCommand } from "./commands/baseline.js";
import { registerInitCommand } from "./commands/init.js";
import { registerRulesCommand } from "./commands/rules.js";
import { registerScanCommand } from "./commands/scan.js";

type Register = (program: Command, state: RunState) => void;

/**
 * The commands. Their modules are small: what they need beyond a scan (the
 * configuration's validators, custom rules, the code of rules) they import
 * when they run. The drift audit is a module of its own, read only by
 * `tollgate drift`. In the bundle, code loaded later sits in chunks of its
 * own; the fewer ways the commands share code, the fewer files a scan reads.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  scan: async () => registerScanCommand,
  rules: async () => registerRulesCommand,
  baseline: async () => registerBaselineCommand,
  init: async () => registerInitCommand,
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
