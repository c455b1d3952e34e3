#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  writeOutputAtomically
} from "./chunk-F7C726KV.mjs";
import {
  allRules
} from "./chunk-WLPGM4GK.mjs";
import {
  InvalidArgumentError,
  Option
} from "./chunk-K5SVWPQM.mjs";
import {
  ExitCode
} from "./chunk-Y2S7FEUU.mjs";
import {
  DEFAULT_DRIFT_SEVERITY,
  DRIFT_REPORT_FORMATS,
  SEVERITIES,
  appendRun,
  atOrAbove,
  describeDiagnostic,
  drift,
  emptyHistory,
  formatDriftResult,
  formatHistory,
  historyRun,
  parseHistory
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/commands/drift.ts
import { promises as fs, readFileSync } from "node:fs";
function registerDriftCommand(program, state) {
  program.command("drift").description("compare what runs with what the code says, and run the rules on both sides").option("--plan <file...>", "refresh-only plan JSON (terraform plan -refresh-only -out p && terraform show -json p); - reads standard input").option("--desired <path...>", "the code: Terraform (HCL or a plan) to compare with --state, Kubernetes manifests to compare with --live").option("--state <file...>", "Terraform state JSON (terraform show -json), compared with the Terraform code in --desired").option("--live <path...>", "Kubernetes live export (kubectl get … -o yaml), compared with the manifests in --desired").addOption(new Option("-f, --format <format>", "output format").choices(DRIFT_REPORT_FORMATS).default("markdown")).option("-o, --output <file>", "write the report to a file instead of standard output (written atomically)").option("--history <file>", "JSON history of previous runs: this run is appended (atomically) and the HTML chart reads it").addOption(
    new Option("--fail-on <severity>", "exit 1 when a new violation or a drift item is at or above this severity").choices([...SEVERITIES, "none"]).default("low")
  ).addOption(new Option("--drift-severity <severity>", "the severity every drift item counts as").choices(SEVERITIES).default(DEFAULT_DRIFT_SEVERITY)).option("--root <dir>", "directory that reported paths are relative to (default: the current directory)").option("--exclude <glob...>", "skip files matching these globs (relative to the root)").option("--sarif-category <name>", "SARIF automation category (default: tollgate-drift)", parseCategory).action(async (flags) => {
    const inputs = [flags.plan, flags.desired, flags.state, flags.live].flat().filter((input) => input !== void 0);
    if (inputs.filter((input) => input === "-").length > 1) throw new InvalidArgumentError("only one input can be standard input (-)");
    if (!flags.plan?.length && !flags.state?.length && !flags.live?.length) {
      process.stderr.write("tollgate drift: give --plan, --state with --desired, or --live with --desired\n");
      state.exitCode = ExitCode.InputError;
      return;
    }
    if ((flags.state?.length || flags.live?.length) && !flags.desired?.length) {
      process.stderr.write("tollgate drift: --state and --live need --desired (the code to compare with)\n");
      state.exitCode = ExitCode.InputError;
      return;
    }
    const previous = flags.history ? await readHistory(flags.history) : { history: emptyHistory() };
    if ("error" in previous) {
      process.stderr.write(`tollgate drift: ${flags.history}: ${previous.error}; fix or remove it, it was not changed
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    const stdin = inputs.includes("-") ? readFileSync(0, "utf8") : void 0;
    const result = await drift({
      refreshPlan: flags.plan,
      desired: flags.desired,
      state: flags.state,
      live: flags.live,
      cwd: process.cwd(),
      root: flags.root,
      stdin,
      exclude: flags.exclude,
      rules: allRules,
      driftSeverity: flags.driftSeverity
    });
    const failed = hasInputErrors(result);
    const history = appendRun(previous.history, historyRun(result));
    const report = formatDriftResult(result, flags.format, { category: flags.sarifCategory, history: history.runs });
    if (flags.output) await writeOutputAtomically(flags.output, report);
    else process.stdout.write(report);
    if (flags.history && !failed) await writeOutputAtomically(flags.history, formatHistory(history));
    for (const diagnostic of result.diagnostics.filter((d) => d.level === "error")) process.stderr.write(`error: ${describeDiagnostic(diagnostic)}
`);
    state.exitCode = exitCodeFor(result, flags.failOn);
  });
}
async function readHistory(file) {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { history: emptyHistory() };
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return parseHistory(text);
}
function hasInputErrors(result) {
  return result.diagnostics.some((diagnostic) => diagnostic.level === "error");
}
function exitCodeFor(result, failOn) {
  if (hasInputErrors(result)) return ExitCode.InputError;
  if (failOn === "none") return ExitCode.Clean;
  const severities = [...result.newViolations.map((violation) => violation.finding.severity), ...result.items.map((item) => item.severity)];
  return severities.some((severity) => atOrAbove(severity, failOn)) ? ExitCode.Findings : ExitCode.Clean;
}
function parseCategory(value) {
  if (!/^[\w./-]+$/.test(value)) throw new InvalidArgumentError("letters, digits, '.', '/', '_' and '-' only");
  return value;
}
export {
  registerDriftCommand
};
