import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import { atOrAbove, describeDiagnostic, formatResult, hasInputErrors, isSuppressed, scan, scanChanges, shouldColor, SEVERITIES, type ChangeSet, type ScanOutcome, type Severity } from "@tollgate/engine";
import { ruleCatalog } from "@tollgate/rules/catalog";
import { ExitCode, type RunState } from "../exit-code.js";
import { writeOutputAtomically } from "../write-output.js";
import { limitsFromFlags, maxDepthOption, maxDocumentsOption, maxFileSizeOption, maxYamlAliasesOption, threadsOption, timeoutOption, type LimitFlags } from "../limit-options.js";
import { terraformEnvironment, variableOptions, varFileOption, varOption } from "../terraform-variables.js";
import { deferWasmOptimisation } from "../wasm-tiering.js";
import { resolveBaseline, resolveConfiguration } from "../configuration.js";

const FORMATS = ["text", "compact", "json", "sarif", "markdown"] as const;
type Format = (typeof FORMATS)[number];

interface ScanFlags extends LimitFlags {
  /** Undefined when not given: `compact` for --staged and --changed-since, else `text`. */
  format?: Format;
  output?: string;
  /** Undefined when not given: the configuration's `fail-on`, else `low`. */
  failOn?: Severity | "none";
  quiet?: boolean;
  root?: string;
  exclude?: string[];
  sarifCategory?: string;
  var?: Parameters<typeof variableOptions>[0]["var"];
  varFile?: Parameters<typeof variableOptions>[0]["varFile"];
  config?: string;
  baseline?: string;
  inlineIgnores: boolean;
  showSuppressed?: boolean;
  progress?: boolean;
  staged?: boolean;
  changedSince?: string;
  threads?: number;
}

export function registerScanCommand(program: Command, state: RunState): void {
  program
    .command("scan")
    .description("scan files and directories (or - for standard input) for insecure configuration")
    .argument("[paths...]", "files or directories to scan; - reads standard input", ["."])
    .addOption(new Option("-f, --format <format>", "output format (default: compact with --staged and --changed-since, else text)").choices(FORMATS))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices([...SEVERITIES, "none"]))
    .option("-q, --quiet", "print only findings and errors")
    .option("--root <dir>", "directory that reported paths are relative to (default: the current directory)")
    .option("--exclude <glob...>", "skip files matching these globs (relative to the root)")
    .option("--sarif-category <name>", "SARIF automation category, to tell several uploads apart", parseCategory)
    .addOption(varOption())
    .addOption(varFileOption())
    .option("--config <file>", "configuration file (default: tollgate.yaml in the scanned directory or a parent)")
    .option("--baseline <file>", "report only findings not in this baseline (from `tollgate baseline create`)")
    .option("--no-inline-ignores", "ignore tollgate:ignore comments and tollgate.dev/ignore annotations (for audits)")
    .option("--show-suppressed", "also list suppressed findings in the text report")
    .option("--progress", "show a progress bar on standard error (on a terminal only)")
    .addOption(new Option("--staged", "scan what is staged for the next commit, read from git's index (for pre-commit hooks)").conflicts("changedSince"))
    .option("--changed-since <ref>", "scan the files changed between a commit and the working tree (for CI)")
    .addOption(timeoutOption())
    .addOption(maxFileSizeOption())
    .addOption(maxDepthOption())
    .addOption(maxYamlAliasesOption())
    .addOption(maxDocumentsOption())
    .addOption(threadsOption())
    .action(async (paths: string[], flags: ScanFlags) => {
      const cwd = process.cwd();
      const configuration = await resolveConfiguration({ config: flags.config, paths, root: flags.root, cwd });
      const baseline = configuration.ok ? await resolveBaseline(flags.baseline, configuration.config, cwd) : { ok: false };
      if (!configuration.ok || !baseline.ok) {
        state.exitCode = ExitCode.InputError;
        return;
      }
      const changes: ChangeSet | undefined = flags.staged ? { staged: true } : flags.changedSince !== undefined ? { since: flags.changedSince } : undefined;
      if (changes && (paths.length !== 1 || paths[0] !== ".")) {
        process.stderr.write(`tollgate: --${flags.staged ? "staged" : "changed-since"} scans the changed files of the whole repository; give no paths\n`);
        state.exitCode = ExitCode.InputError;
        return;
      }
      const common = {
        cwd,
        exclude: flags.exclude,
        rules: ruleCatalog,
        variables: variableOptions(flags),
        environment: terraformEnvironment(process.env),
        config: configuration.config,
        suppressions: { inline: flags.inlineIgnores, baseline: baseline.baseline },
        limits: limitsFromFlags(flags),
      };
      let result: ScanOutcome;
      if (changes) {
        // A pre-commit hook or a pull request's changes: a few files, where starting fast is what counts.
        await deferWasmOptimisation();
        const scanned = await scanChanges({ ...common, changes });
        if (!scanned.ok) {
          process.stderr.write(`tollgate: ${scanned.error}\n`);
          state.exitCode = ExitCode.InputError;
          return;
        }
        result = scanned.outcome;
      } else {
        result = await scanPaths(paths, flags, common);
      }
      const format = flags.format ?? (changes ? "compact" : "text");
      const color = flags.output ? false : shouldColor(process.stdout, process.env);
      const report = formatResult(result, format, { color, quiet: flags.quiet, category: flags.sarifCategory, showSuppressed: flags.showSuppressed });
      if (flags.output) await writeOutputAtomically(flags.output, report);
      else process.stdout.write(report);
      // A file written elsewhere still deserves a word on the terminal about input errors.
      if (flags.output && hasInputErrors(result)) {
        for (const diagnostic of result.diagnostics.filter((d) => d.level === "error")) process.stderr.write(`error: ${describeDiagnostic(diagnostic)}\n`);
      }
      state.exitCode = exitCodeFor(result, flags.failOn ?? configuration.config?.failOn ?? "low");
    });
}

/** A scan of paths (`-` for standard input), with the progress bar when asked for. */
async function scanPaths(paths: string[], flags: ScanFlags, common: Omit<Parameters<typeof scan>[0], "paths">): Promise<ScanOutcome> {
  const stdin = paths.includes("-") ? readFileSync(0, "utf8") : undefined;
  // The progress bar's library is read only when the bar is asked for.
  const progress = flags.progress ? (await import("../progress.js")).progressBar() : undefined;
  return scan({ ...common, onProgress: progress?.onProgress, paths, root: flags.root, stdin, loadThreads: flags.threads }).finally(() => progress?.stop());
}

function exitCodeFor(result: Awaited<ReturnType<typeof scan>>, failOn: Severity | "none"): RunState["exitCode"] {
  if (hasInputErrors(result)) return ExitCode.InputError;
  // Suppressed findings are reported, never counted.
  if (failOn !== "none" && result.findings.some((finding) => !isSuppressed(finding) && atOrAbove(finding.severity, failOn))) return ExitCode.Findings;
  return ExitCode.Clean;
}

function parseCategory(value: string): string {
  if (!/^[\w./-]+$/.test(value)) throw new InvalidArgumentError("letters, digits, '.', '/', '_' and '-' only");
  return value;
}
