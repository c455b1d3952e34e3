import { promises as fs } from "node:fs";
import path from "node:path";
import {
  atOrAbove,
  countBySeverity,
  isSuppressed,
  formatMarkdown,
  formatText,
  Git,
  markdownText,
  readCommitSources,
  scan,
  scanSources,
  toSarif,
  type Rule,
  type ScanResult,
  type Severity,
} from "@tollgate/engine";
import { loadConfiguration, type Configuration } from "./configuration.js";
import { annotationCommands } from "./annotations.js";
import { selectNewFindings, type Comparison, type Selection } from "./compare.js";
import { readEvent, type EventContext } from "./event.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { appendSummary, command, logUntrusted, setOutputs, type RunnerIo } from "./workflow-commands.js";

/** Findings listed one by one in the job summary; GitHub caps a step's summary at 1 MiB. */
const SUMMARY_FINDINGS = 200;

/**
 * One run of the Action: read the inputs and the event, scan, choose what to
 * report, and write the SARIF file, annotations, job summary and outputs.
 * Returns the process exit code: 1 when the step should fail.
 */
export async function runAction(io: RunnerIo, rules: readonly Rule[]): Promise<number> {
  const workspace = path.resolve(io.env.GITHUB_WORKSPACE || process.cwd());
  const { inputs, errors: inputErrors } = readInputs(io.env, workspace);
  const event = readEvent(io.env);
  // Annotations the step printed before the findings', which count against GitHub's limits.
  const used = { error: 0, warning: 0, notice: 0 };
  const annotate = (level: keyof typeof used, title: string, message: string) => {
    used[level]++;
    io.log(command(level, { title }, message));
  };
  for (const error of inputErrors) annotate("error", "Tollgate: invalid input", error);
  if (event.problem) annotate("warning", "Tollgate", event.problem);

  const fatal = (message: string) => {
    io.log(command("error", { title: "Tollgate" }, message));
    if (inputs.jobSummary) appendSummary(io, `## Tollgate\n\n**The scan did not run:** ${markdownText(message)}\n`);
    return 1;
  };
  // Read from the workspace: under pull_request_target that is the base branch's, trusted, configuration.
  const configuration = await loadConfiguration(workspace, inputs.config);
  if ("error" in configuration) return fatal(configuration.error);
  if (configuration.file) io.log(`Configuration: ${configuration.file}`);
  const failOn: Severity | "none" = inputs.failOn ?? configuration.config?.failOn ?? "high";

  const git = Git.open(workspace);
  const target = targetOf(event, inputs);
  const head = await scanHead(io, workspace, inputs, event, git, rules, configuration);
  if ("fatal" in head) return fatal(head.fatal);

  let selection: Selection;
  if (inputs.mode === "new" && target) {
    io.log(`Comparing with ${target.base} (${target.description})`);
    selection = await selectNewFindings(head.result, {
      git,
      base: target.base,
      head: target.head,
      headFromObjects: head.fromObjects,
      headBlobs: head.blobs,
      commits: event.pullRequest?.commits,
      paths: inputs.paths,
      rules,
      config: configuration.config,
      root: workspace,
      log: io.log,
    });
  } else {
    const fallback = inputs.mode === "new" ? `new mode needs a base commit, which a ${event.name || "local"} event does not name; reporting every finding` : undefined;
    selection = { findings: head.result.findings, diagnostics: head.result.diagnostics, comparison: { mode: "all", ...(fallback ? { fallback } : {}) } };
  }
  const fallback = "fallback" in selection.comparison ? selection.comparison.fallback : undefined;
  if (fallback) annotate("warning", "Tollgate: comparison fallback", fallback);

  const reported: ScanResult = { ...head.result, findings: selection.findings, diagnostics: selection.diagnostics };
  const sarifFile = path.resolve(workspace, inputs.sarifFile);
  await writeAtomically(sarifFile, sarifText(reported, inputs, selection.comparison));

  logUntrusted(io, "Tollgate report", formatText(reported, { color: false }));
  // Suppressed findings (a comment, the configuration, the baseline) stay in the SARIF file, marked, and count nowhere else.
  const active = reported.findings.filter((finding) => !isSuppressed(finding));
  if (inputs.annotations) for (const line of annotationCommands(active, reported.diagnostics, { summaryAvailable: inputs.jobSummary, used })) io.log(line);

  const counts = countBySeverity(active.map((finding) => finding.severity));
  const failing = failOn === "none" ? [] : active.filter((finding) => atOrAbove(finding.severity, failOn));
  const scanErrors = reported.diagnostics.filter((diagnostic) => diagnostic.level === "error");

  if (inputs.jobSummary) {
    appendSummary(io, formatMarkdown(reported, {
      title: "Tollgate",
      notes: summaryNotes(selection.comparison, failOn, inputErrors, failing.length, scanErrors.length),
      fileLink: fileLinker(io, git, head.commit),
      maxFindings: SUMMARY_FINDINGS,
    }));
  }

  setOutputs(io, {
    critical: String(counts.critical),
    high: String(counts.high),
    medium: String(counts.medium),
    low: String(counts.low),
    total: String(active.length),
    "sarif-file": path.relative(workspace, sarifFile).split(path.sep).join("/"),
    mode: selection.comparison.mode,
  });

  const reasons: string[] = [];
  if (failing.length > 0) reasons.push(`${failing.length} ${failing.length === 1 ? "finding" : "findings"} at or above ${failOn}`);
  if (scanErrors.length > 0) reasons.push(`${scanErrors.length} input ${scanErrors.length === 1 ? "error" : "errors"} (the result is incomplete)`);
  if (inputErrors.length > 0) reasons.push(`${inputErrors.length} invalid Action ${inputErrors.length === 1 ? "input" : "inputs"}`);
  if (reasons.length === 0) return 0;
  // A plain line: an annotation would take the place of a finding's.
  io.log(`Tollgate failed the step: ${reasons.join("; ")}.`);
  return 1;
}

interface Target {
  base: string;
  head: string;
  description: string;
}

/** The commits to compare, from the event: a pull request's base and head, or a push's before and after. */
function targetOf(event: EventContext, inputs: ActionInputs): Target | undefined {
  if (inputs.mode !== "new") return undefined;
  if (event.pullRequest) return { base: event.pullRequest.base.sha, head: event.pullRequest.head.sha, description: "the pull request's base" };
  if (event.push) return { base: event.push.before, head: event.push.after, description: "the commit before the push" };
  return undefined;
}

type HeadScan =
  | { result: ScanResult; fromObjects: boolean; blobs?: Map<string, string>; commit?: string }
  | { fatal: string };

/**
 * The tree to report on. Normally the checked-out working tree; under
 * `pull_request_target` the checkout is the base branch (the workflow author
 * chose not to check out untrusted code), so the pull request's head is read
 * from git objects as data, never checked out.
 */
async function scanHead(
  io: RunnerIo,
  workspace: string,
  inputs: ActionInputs,
  event: EventContext,
  git: Git | undefined,
  rules: readonly Rule[],
  { config, baseline }: Configuration,
): Promise<HeadScan> {
  const suppressions = baseline ? { baseline } : {};
  if (event.name === "pull_request_target") {
    if (!event.pullRequest) return { fatal: "a pull_request_target event without the pull request's head commit: nothing to scan" };
    const head = event.pullRequest.head.sha;
    if (!git) return { fatal: "pull_request_target: the pull request's head is read from git objects, but the workspace is not a git repository (run actions/checkout first)" };
    if (!git.ensureCommit(head, io.log)) return { fatal: `pull_request_target: the head commit ${head} is not in the clone and could not be fetched` };
    const sources = readCommitSources(git, head, inputs.paths);
    if (!sources) return { fatal: `pull_request_target: the files of ${head} could not be read` };
    io.log(`Scanning the pull request's head ${head} from git objects (${sources.sources.length} files)`);
    const result = await scanSources(sources.sources, { rules, root: workspace, config, suppressions });
    return { result, fromObjects: true, blobs: sources.blobs, commit: head };
  }
  io.log(`Scanning ${inputs.paths.join(", ")} in the working tree`);
  const result = await scan({ paths: inputs.paths, cwd: workspace, root: workspace, rules, config, suppressions });
  return { result, fromObjects: false, commit: git?.headCommit() ?? io.env.GITHUB_SHA };
}

function sarifText(result: ScanResult, inputs: ActionInputs, comparison: Comparison): string {
  const log = toSarif(result, { category: inputs.category });
  if (comparison.mode === "new") {
    // SARIF's own word for a result the comparison found to be new.
    for (const run of log.runs) for (const sarifResult of run.results ?? []) sarifResult.baselineState = "new";
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

function summaryNotes(comparison: Comparison, failOn: Severity | "none", inputErrors: readonly string[], failing: number, scanErrors: number): string[] {
  const notes: string[] = [];
  if (comparison.mode === "new" && comparison.method === "base-scan") {
    notes.push(`**Mode: new.** Only findings this change introduces: the findings of the base commit \`${comparison.base.slice(0, 12)}\` are left out (${comparison.existing} already there).`);
  } else if (comparison.mode === "new") {
    notes.push(`**Mode: new (changed lines).** Only findings on lines changed since \`${comparison.from.slice(0, 12)}\`.`);
  } else {
    notes.push(`**Mode: all.** Every finding in the scanned tree.`);
  }
  if ("fallback" in comparison && comparison.fallback) notes.push(`> [!WARNING]\n> Fallback: ${markdownText(comparison.fallback)}.`);
  if (inputErrors.length > 0) notes.push(`**Invalid inputs:**\n\n${inputErrors.map((error) => `- ${markdownText(error)}`).join("\n")}`);
  const verdict = [
    failing > 0 ? `${failing} ${failing === 1 ? "finding" : "findings"} at or above \`${failOn}\`` : undefined,
    scanErrors > 0 ? `${scanErrors} input ${scanErrors === 1 ? "error" : "errors"}` : undefined,
    inputErrors.length > 0 ? "invalid inputs" : undefined,
  ].filter(Boolean);
  notes.push(verdict.length > 0 ? `**Result: failed** (${verdict.join(", ")}).` : `**Result: passed** (fail-on: \`${failOn}\`).`);
  return notes;
}

/** Links to the scanned commit on GitHub, when the runner says where that is. */
function fileLinker(io: RunnerIo, git: Git | undefined, commit: string | undefined): ((file: string, line: number) => string | undefined) | undefined {
  const server = io.env.GITHUB_SERVER_URL;
  const repository = io.env.GITHUB_REPOSITORY;
  if (!server || !repository || !commit || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  return (file, line) => {
    const repoPath = (git ? git.toTop(file) : file).split("/").map(encodeURIComponent).join("/");
    return `${server.replace(/\/+$/, "")}/${repository}/blob/${commit}/${repoPath}#L${line}`;
  };
}

/** Through a temporary file and a rename, so the upload step never reads half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
