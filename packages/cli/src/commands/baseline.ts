import path from "node:path";
import { Command } from "commander";
import { hasInputErrors, scan } from "@tollgate/engine";
import { ruleCatalog } from "@tollgate/rules/catalog";
import { ExitCode, type RunState } from "../exit-code.js";
import { printErrors, resolveConfiguration } from "../configuration.js";
import { writeOutputAtomically } from "../write-output.js";

interface BaselineFlags {
  output: string;
  config?: string;
  root?: string;
  exclude?: string[];
  inlineIgnores: boolean;
}

export function registerBaselineCommand(program: Command, state: RunState): void {
  const baseline = program.command("baseline").description("accept today's findings, so that scans report only new ones");
  baseline
    .command("create")
    .description("scan and write every unsuppressed finding's fingerprint to a baseline file (YAML, or JSON for .json)")
    .argument("[paths...]", "files or directories to scan", ["."])
    .requiredOption("-o, --output <file>", "the baseline file to write")
    .option("--config <file>", "configuration file (default: tollgate.yaml in the scanned directory or a parent)")
    .option("--root <dir>", "directory that paths are relative to (default: the current directory)")
    .option("--exclude <glob...>", "skip files matching these globs (relative to the root)")
    .option("--no-inline-ignores", "ignore tollgate:ignore comments and annotations (baseline those findings too)")
    .action(async (paths: string[], flags: BaselineFlags) => {
      const cwd = process.cwd();
      const configuration = await resolveConfiguration({ config: flags.config, paths, root: flags.root, cwd });
      if (!configuration.ok) {
        state.exitCode = ExitCode.InputError;
        return;
      }
      // A baseline records what is there now: the configuration's own baseline is not applied.
      const result = await scan({ paths, cwd, root: flags.root, exclude: flags.exclude, rules: ruleCatalog, config: configuration.config, suppressions: { inline: flags.inlineIgnores } });
      const { baselineEntries, formatBaseline } = await import("../configuration-files.js");
      const entries = baselineEntries(result.findings);
      const format = path.extname(flags.output).toLowerCase() === ".json" ? "json" : "yaml";
      await writeOutputAtomically(flags.output, formatBaseline(entries, format));
      process.stdout.write(`Wrote ${entries.length} ${entries.length === 1 ? "entry" : "entries"} to ${flags.output}\n`);
      if (hasInputErrors(result)) {
        // Findings of the files that could not be read are missing from the baseline.
        printErrors(result.diagnostics.filter((diagnostic) => diagnostic.level === "error").map((d) => ({ ...d, ...(d.file ? { file: path.resolve(result.root, d.file) } : {}), ...(d.range ? { range: { ...d.range, file: path.resolve(result.root, d.range.file) } } : {}) })), cwd);
        state.exitCode = ExitCode.InputError;
      }
    });
}
