#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./chunk-K5SVWPQM.mjs";
import {
  ExitCode
} from "./chunk-Y2S7FEUU.mjs";
import {
  TOLLGATE_VERSION
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/main.ts
var COMMANDS = {
  scan: async () => (await import("./scan-5DCUYEGU.mjs")).registerScanCommand,
  rules: async () => (await import("./rules-OAHRYI7W.mjs")).registerRulesCommand,
  baseline: async () => (await import("./baseline-6DA5OSZF.mjs")).registerBaselineCommand,
  init: async () => (await import("./init-7VO2ZG3J.mjs")).registerInitCommand,
  drift: async () => (await import("./drift-KP5EA2PS.mjs")).registerDriftCommand
};
async function createProgram(state, command) {
  const program = new Command("tollgate").description("Policy-as-code for Terraform, Kubernetes and GitHub Actions").version(TOLLGATE_VERSION).showHelpAfterError().exitOverride();
  const names = command !== void 0 && Object.hasOwn(COMMANDS, command) ? [command] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]()))) register(program, state);
  return program;
}
async function main(argv) {
  const state = { exitCode: ExitCode.Clean };
  try {
    await (await createProgram(state, argv[0])).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.Clean : ExitCode.InputError;
    }
    process.stderr.write(`tollgate: ${error instanceof Error ? error.message : String(error)}
`);
    return ExitCode.InputError;
  }
}
export {
  createProgram,
  main
};
