import { Command, CommanderError } from "commander";
import { TOLLGATE_VERSION } from "@tollgate/engine";
import { registerDriftCommand } from "./commands/drift.js";
import { registerBaselineCommand } from "./commands/baseline.js";
import { registerInitCommand } from "./commands/init.js";
import { registerRulesCommand } from "./commands/rules.js";
import { registerScanCommand } from "./commands/scan.js";
import { ExitCode, type RunState } from "./exit-code.js";

/** Builds the `tollgate` program; commands record their exit code in `state`. */
export function createProgram(state: RunState): Command {
  const program = new Command("tollgate")
    .description("Policy-as-code for Terraform, Kubernetes and GitHub Actions")
    .version(TOLLGATE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerScanCommand(program, state);
  registerRulesCommand(program, state);
  registerBaselineCommand(program, state);
  registerInitCommand(program, state);
  registerDriftCommand(program, state);
  return program;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const state: RunState = { exitCode: ExitCode.Clean };
  try {
    await createProgram(state).parseAsync([...argv], { from: "user" });
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
