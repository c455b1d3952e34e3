import { promises as fs } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { CONFIG_FILE_NAMES, STARTER_CONFIG } from "@tollgate/engine";
import { ExitCode, type RunState } from "../exit-code.js";

export function registerInitCommand(program: Command, state: RunState): void {
  program
    .command("init")
    .description("write a commented starter tollgate.yaml (never overwrites one)")
    .argument("[directory]", "where to write it", ".")
    .action(async (directory: string) => {
      const target = path.resolve(process.cwd(), directory);
      for (const name of CONFIG_FILE_NAMES) {
        const existing = path.join(target, name);
        if (await fs.stat(existing).then(() => true, () => false)) {
          process.stderr.write(`tollgate: ${path.join(directory, name)} already exists; not overwritten\n`);
          state.exitCode = ExitCode.InputError;
          return;
        }
      }
      const file = path.join(target, CONFIG_FILE_NAMES[0]);
      try {
        // `wx` fails if the file appeared meanwhile: still never overwritten.
        await fs.writeFile(file, STARTER_CONFIG, { flag: "wx" });
      } catch (error) {
        process.stderr.write(`tollgate: cannot write ${path.join(directory, CONFIG_FILE_NAMES[0])}: ${(error as Error).message}\n`);
        state.exitCode = ExitCode.InputError;
        return;
      }
      process.stdout.write(`Wrote ${path.join(directory, CONFIG_FILE_NAMES[0])}\n`);
    });
}
