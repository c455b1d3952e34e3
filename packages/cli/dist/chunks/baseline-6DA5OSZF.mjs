#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  printErrors,
  resolveConfiguration
} from "./chunk-WXNE4YTQ.mjs";
import {
  writeOutputAtomically
} from "./chunk-F7C726KV.mjs";
import {
  allRules
} from "./chunk-WLPGM4GK.mjs";
import {
  ExitCode
} from "./chunk-Y2S7FEUU.mjs";
import {
  baselineEntries,
  formatBaseline,
  hasInputErrors,
  scan
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/commands/baseline.ts
import path from "node:path";
function registerBaselineCommand(program, state) {
  const baseline = program.command("baseline").description("accept today's findings, so that scans report only new ones");
  baseline.command("create").description("scan and write every unsuppressed finding's fingerprint to a baseline file (YAML, or JSON for .json)").argument("[paths...]", "files or directories to scan", ["."]).requiredOption("-o, --output <file>", "the baseline file to write").option("--config <file>", "configuration file (default: tollgate.yaml in the scanned directory or a parent)").option("--root <dir>", "directory that paths are relative to (default: the current directory)").option("--exclude <glob...>", "skip files matching these globs (relative to the root)").option("--no-inline-ignores", "ignore tollgate:ignore comments and annotations (baseline those findings too)").action(async (paths, flags) => {
    const cwd = process.cwd();
    const configuration = await resolveConfiguration({ config: flags.config, paths, root: flags.root, cwd });
    if (!configuration.ok) {
      state.exitCode = ExitCode.InputError;
      return;
    }
    const result = await scan({ paths, cwd, root: flags.root, exclude: flags.exclude, rules: allRules, config: configuration.config, suppressions: { inline: flags.inlineIgnores } });
    const entries = baselineEntries(result.findings);
    const format = path.extname(flags.output).toLowerCase() === ".json" ? "json" : "yaml";
    await writeOutputAtomically(flags.output, formatBaseline(entries, format));
    process.stdout.write(`Wrote ${entries.length} ${entries.length === 1 ? "entry" : "entries"} to ${flags.output}
`);
    if (hasInputErrors(result)) {
      printErrors(result.diagnostics.filter((diagnostic) => diagnostic.level === "error").map((d) => ({ ...d, ...d.file ? { file: path.resolve(result.root, d.file) } : {}, ...d.range ? { range: { ...d.range, file: path.resolve(result.root, d.range.file) } } : {} })), cwd);
      state.exitCode = ExitCode.InputError;
    }
  });
}
export {
  registerBaselineCommand
};
