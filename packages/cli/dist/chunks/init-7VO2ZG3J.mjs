#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  ExitCode
} from "./chunk-Y2S7FEUU.mjs";
import {
  CONFIG_FILE_NAMES,
  STARTER_CONFIG
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/commands/init.ts
import { promises as fs } from "node:fs";
import path from "node:path";
function registerInitCommand(program, state) {
  program.command("init").description("write a commented starter tollgate.yaml (never overwrites one)").argument("[directory]", "where to write it", ".").action(async (directory) => {
    const target = path.resolve(process.cwd(), directory);
    for (const name of CONFIG_FILE_NAMES) {
      const existing = path.join(target, name);
      if (await fs.stat(existing).then(() => true, () => false)) {
        process.stderr.write(`tollgate: ${path.join(directory, name)} already exists; not overwritten
`);
        state.exitCode = ExitCode.InputError;
        return;
      }
    }
    const file = path.join(target, CONFIG_FILE_NAMES[0]);
    try {
      await fs.writeFile(file, STARTER_CONFIG, { flag: "wx" });
    } catch (error) {
      process.stderr.write(`tollgate: cannot write ${path.join(directory, CONFIG_FILE_NAMES[0])}: ${error.message}
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    process.stdout.write(`Wrote ${path.join(directory, CONFIG_FILE_NAMES[0])}
`);
  });
}
export {
  registerInitCommand
};
