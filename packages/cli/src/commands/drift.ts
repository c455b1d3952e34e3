import { promises as fs, readFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import {
  appendRun,
  atOrAbove,
  describeDiagnostic,
  drift,
  DEFAULT_DRIFT_SEVERITY,
  DRIFT_REPORT_FORMATS,
  emptyHistory,
  formatDriftResult,
  formatHistory,
  historyRun,
  parseHistory,
  SEVERITIES,
  type DriftHistory,
  type DriftReportFormat,
  type DriftResult,
  type Severity,
} from "@tollgate/engine";
import { ruleCatalog } from "@tollgate/rules/catalog";
import { ExitCode, type RunState } from "../exit-code.js";
import { writeOutputAtomically } from "../write-output.js";

interface DriftFlags {
  plan?: string[];
  desired?: string[];
  state?: string[];
  live?: string[];
  format: DriftReportFormat;
  output?: string;
  history?: string;
  failOn: Severity | "none";
  driftSeverity: Severity;
  root?: string;
  exclude?: string[];
  sarifCategory?: string;
}

export function registerDriftCommand(program: Command, state: RunState): void {
  program
    .command("drift")
    .description("compare what runs with what the code says, and run the rules on both sides")
    .option("--plan <file...>", "refresh-only plan JSON (terraform plan -refresh-only -out p && terraform show -json p); - reads standard input")
    .option("--desired <path...>", "the code: Terraform (HCL or a plan) to compare with --state, Kubernetes manifests to compare with --live")
    .option("--state <file...>", "Terraform state JSON (terraform show -json), compared with the Terraform code in --desired")
    .option("--live <path...>", "Kubernetes live export (kubectl get … -o yaml), compared with the manifests in --desired")
    .addOption(new Option("-f, --format <format>", "output format").choices(DRIFT_REPORT_FORMATS).default("markdown"))
    .option("-o, --output <file>", "write the report to a file instead of standard output (written atomically)")
    .option("--history <file>", "JSON history of previous runs: this run is appended (atomically) and the HTML chart reads it")
    .addOption(
      new Option("--fail-on <severity>", "exit 1 when a new violation or a drift item is at or above this severity").choices([...SEVERITIES, "none"]).default("low"),
    )
    .addOption(new Option("--drift-severity <severity>", "the severity every drift item counts as").choices(SEVERITIES).default(DEFAULT_DRIFT_SEVERITY))
    .option("--root <dir>", "directory that reported paths are relative to (default: the current directory)")
    .option("--exclude <glob...>", "skip files matching these globs (relative to the root)")
    .option("--sarif-category <name>", "SARIF automation category (default: tollgate-drift)", parseCategory)
    .action(async (flags: DriftFlags) => {
      const inputs = [flags.plan, flags.desired, flags.state, flags.live].flat().filter((input): input is string => input !== undefined);
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
        process.stderr.write(`tollgate drift: ${flags.history}: ${previous.error}; fix or remove it, it was not changed\n`);
        state.exitCode = ExitCode.InputError;
        return;
      }

      const stdin = inputs.includes("-") ? readFileSync(0, "utf8") : undefined;
      const result = await drift({
        refreshPlan: flags.plan,
        desired: flags.desired,
        state: flags.state,
        live: flags.live,
        cwd: process.cwd(),
        root: flags.root,
        stdin,
        exclude: flags.exclude,
        // Both sides hold resources of any type: every rule is loaded.
        rules: await Promise.all(ruleCatalog.map((rule) => rule.load())),
        driftSeverity: flags.driftSeverity,
      });
      const failed = hasInputErrors(result);
      const history = appendRun(previous.history, historyRun(result));
      const report = formatDriftResult(result, flags.format, { category: flags.sarifCategory, history: history.runs });
      if (flags.output) await writeOutputAtomically(flags.output, report);
      else process.stdout.write(report);
      // An incomplete run would draw a false dip in the trend: it is reported, not recorded.
      if (flags.history && !failed) await writeOutputAtomically(flags.history, formatHistory(history));
      for (const diagnostic of result.diagnostics.filter((d) => d.level === "error")) process.stderr.write(`error: ${describeDiagnostic(diagnostic)}\n`);
      state.exitCode = exitCodeFor(result, flags.failOn);
    });
}

async function readHistory(file: string): Promise<{ history: DriftHistory } | { error: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    // The first night has no history yet.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { history: emptyHistory() };
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return parseHistory(text);
}

function hasInputErrors(result: DriftResult): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.level === "error");
}

/** Input errors win (the result is incomplete); then new violations by their rule's severity and drift items by the drift severity. */
function exitCodeFor(result: DriftResult, failOn: Severity | "none"): RunState["exitCode"] {
  if (hasInputErrors(result)) return ExitCode.InputError;
  if (failOn === "none") return ExitCode.Clean;
  const severities = [...result.newViolations.map((violation) => violation.finding.severity), ...result.items.map((item) => item.severity)];
  return severities.some((severity) => atOrAbove(severity, failOn)) ? ExitCode.Findings : ExitCode.Clean;
}

function parseCategory(value: string): string {
  if (!/^[\w./-]+$/.test(value)) throw new InvalidArgumentError("letters, digits, '.', '/', '_' and '-' only");
  return value;
}
