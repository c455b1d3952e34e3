import { performance } from "node:perf_hooks";
import { discover } from "./discover/discover.js";
import { classify } from "./discover/classify.js";
import { loadRulesFor, type RuleEntry } from "./evaluate/deferred-rule.js";
import { evaluate } from "./evaluate/evaluate.js";
import { buildGraph } from "./graph/build.js";
import type { ResourceGraph } from "./graph/graph.js";
import type { SourceFile } from "./load/document.js";
import { loadSources } from "./load/load.js";
import type { Diagnostic } from "./model/diagnostic.js";
import type { ScanResult, Stage } from "./model/scan-result.js";
import { TOLLGATE_URI, TOLLGATE_VERSION } from "./version.js";
import type { TollgateConfig } from "./config/config.js";
import { configureRules, filterConfiguredFiles } from "./config/apply-config.js";
import { applySuppressions, type SuppressionOptions } from "./suppress/apply.js";
import type { VariableOption } from "./graph/terraform/inputs.js";
import { prepareTerraform } from "./graph/terraform/prepare.js";
import type { WorkCounters } from "./model/work.js";
import { Deadline, resolveLimits, type ScanLimits } from "./limits.js";

export interface ScanOptions {
  /** Files and directories, relative to `cwd`; `-` is standard input. */
  paths: readonly string[];
  cwd?: string;
  root?: string;
  stdin?: string;
  exclude?: readonly string[];
  /** Loaded rules, or deferred ones (`DeferredRule`) whose code is imported only when their resource types are present. */
  rules: readonly RuleEntry[];
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** A validated `tollgate.yaml` (`loadConfigFile`): custom rules, rule selection and options, excludes, ignores. */
  config?: TollgateConfig;
  /** Inline suppressions on or off, a baseline, today's date for expiry. */
  suppressions?: Omit<SuppressionOptions, "config">;
  /** Terraform `-var name=value` and `-var-file FILE` values, in command-line order (later wins); files relative to `cwd`. */
  variables?: readonly VariableOption[];
  /** The environment's `TF_VAR_<name>` variables, given by the caller: the engine never reads the process environment. */
  environment?: Readonly<Record<string, string>>;
  /** Called as the scan advances: after each file is loaded, and when a later stage starts. Keep it cheap. */
  onProgress?: (progress: ScanProgress) => void;
  /** Bounds on file size, nesting, YAML aliases and documents, and time; `DEFAULT_LIMITS` for those not given. */
  limits?: Partial<ScanLimits>;
  /** Worker threads that load files (with a worker script set, `setLoadWorkerScript`): 0 for none; by default one fewer than the cores once there are many files and at least 4 cores. */
  loadThreads?: number;
}

/** What a scan may spend: resolved limits, the deadline that started with it, and the threads it may load on. */
interface Guard {
  limits: ScanLimits;
  deadline: Deadline;
  loadThreads?: number;
}

function guardFor(limits: Partial<ScanLimits> | undefined, loadThreads?: number): Guard {
  const resolved = resolveLimits(limits);
  return { limits: resolved, deadline: new Deadline(resolved.timeoutSeconds), loadThreads };
}

/** Where a scan is: the stage it is in, and how many of the discovered files are loaded. */
export interface ScanProgress {
  stage: Stage;
  filesLoaded: number;
  files: number;
}

/** How Terraform evaluation reaches beyond the scanned files: variables, and the disk under the scan root. */
interface TerraformScanOptions {
  variables?: readonly VariableOption[];
  environment?: Readonly<Record<string, string>>;
  cwd?: string;
  /** Read files under the scan root from disk (`file()`, installed modules); in-memory scans read only their sources. */
  disk?: boolean;
}

export interface ScanOutcome extends ScanResult {
  /** The resource graph, for callers that ask further questions (tests, drift). */
  graph: ResourceGraph;
  /** Work done, in unit operations: the same on every machine, for tests that check how work grows with input. */
  stats: WorkCounters;
}

/** The engine's entry point: paths in, findings and diagnostics out. */
export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const started = performance.now();
  const guard = guardFor(options.limits, options.loadThreads);
  const discovered = await discover({
    paths: options.paths,
    cwd: options.cwd ?? process.cwd(),
    root: options.root,
    stdin: options.stdin,
    exclude: options.exclude,
    maxFileBytes: guard.limits.maxFileBytes,
    deadline: guard.deadline,
  });
  const configured = await configureRules(options.rules, options.config);
  const files = filterConfiguredFiles(discovered.files, discovered.root, options.config);
  const ruleOptions = { ...configured.ruleOptions, ...options.ruleOptions };
  const suppressions: SuppressionOptions = {
    ...options.suppressions,
    ...(options.config ? { config: { directory: options.config.directory, ignores: options.config.ignores } } : {}),
  };
  const discoverTime = performance.now() - started;
  const terraform = { variables: options.variables, environment: options.environment, cwd: options.cwd ?? process.cwd(), disk: true };
  const outcome = await analyse(files, discovered.root, configured.rules, ruleOptions, [...discovered.diagnostics, ...configured.diagnostics], suppressions, terraform, options.onProgress, guard);
  outcome.timings.discover = discoverTime;
  return outcome;
}

/**
 * Scans files already in memory (the rule tester, staged content, stdin):
 * names decide the kind where content does not.
 */
export async function scanSources(
  sources: ReadonlyArray<{ path: string; text: string }>,
  options: {
    rules: readonly RuleEntry[];
    root?: string;
    ruleOptions?: ScanOptions["ruleOptions"];
    suppressions?: ScanOptions["suppressions"];
    variables?: ScanOptions["variables"];
    environment?: ScanOptions["environment"];
    /** Applied as `scan` applies it, so an in-memory scan of another commit finds what a scan of its checkout would. */
    config?: ScanOptions["config"];
    limits?: ScanOptions["limits"];
  },
): Promise<ScanOutcome> {
  const guard = guardFor(options.limits);
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    if (source.text.length > guard.limits.maxFileBytes) {
      diagnostics.push({ level: "error", code: "file-too-large", message: `more than the limit of ${guard.limits.maxFileBytes} bytes; not scanned`, file: source.path });
      continue;
    }
    const kind = classify(source.path, source.text);
    if (kind) files.push({ path: source.path, text: source.text, kind });
    else diagnostics.push({ level: "warning", code: "unrecognised-file", message: "not a Terraform, Kubernetes or GitHub Actions file; skipped", file: source.path });
  }
  const terraform = { variables: options.variables, environment: options.environment, cwd: options.root ?? process.cwd() };
  const root = options.root ?? process.cwd();
  const configured = await configureRules(options.rules, options.config);
  const suppressions: SuppressionOptions = {
    ...options.suppressions,
    ...(options.config ? { config: { directory: options.config.directory, ignores: options.config.ignores } } : {}),
  };
  const ruleOptions = { ...configured.ruleOptions, ...options.ruleOptions };
  return analyse(filterConfiguredFiles(files, root, options.config), root, configured.rules, ruleOptions, [...diagnostics, ...configured.diagnostics], suppressions, terraform, undefined, guard);
}

async function analyse(
  files: SourceFile[],
  root: string,
  rules: readonly RuleEntry[],
  ruleOptions: ScanOptions["ruleOptions"],
  diagnostics: Diagnostic[],
  suppressionOptions: SuppressionOptions = {},
  terraformOptions: TerraformScanOptions = {},
  onProgress?: (progress: ScanProgress) => void,
  guard: Guard = guardFor(undefined),
): Promise<ScanOutcome> {
  const { limits, deadline, loadThreads } = guard;
  const timings: Record<Stage, number> = { discover: 0, load: 0, graph: 0, evaluate: 0 };
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const sourceText = (file: string) => texts.get(file) ?? "";

  let mark = performance.now();
  const loaded = await loadSources(files, onProgress ? (filesLoaded) => onProgress({ stage: "load", filesLoaded, files: files.length }) : undefined, { limits, deadline, threads: loadThreads });
  // Out of time: no Terraform inputs to prepare, the graph stage reports what it skipped.
  const terraform = await prepareTerraform(deadline.expired ? [] : loaded.hcl, {
    variables: terraformOptions.variables,
    environment: terraformOptions.environment,
    cwd: terraformOptions.cwd ?? root,
    root: terraformOptions.disk ? root : undefined,
    texts,
  });
  for (const [file, text] of terraform.texts) texts.set(file, text);
  loaded.diagnostics.push(...terraform.diagnostics);
  timings.load = performance.now() - mark;

  onProgress?.({ stage: "graph", filesLoaded: files.length, files: files.length });
  mark = performance.now();
  const budget = { maxSteps: limits.maxEvaluationSteps, maxExpansion: limits.maxExpansion };
  const graph = buildGraph(loaded, sourceText, { ...terraform.inputs, budget }, deadline);
  timings.graph = performance.now() - mark;

  onProgress?.({ stage: "evaluate", filesLoaded: files.length, files: files.length });
  mark = performance.now();
  const runnable = await loadRulesFor(rules, new Set(graph.types()));
  const evaluated = evaluate(graph, runnable.rules, { sourceText, ruleOptions, deadline });
  const suppressed = applySuppressions({ findings: evaluated.findings, files, graph, rules: rules.map((rule) => rule.meta), root }, suppressionOptions);
  timings.evaluate = performance.now() - mark;

  const resourcesPerFile = new Map<string, number>();
  for (const resource of graph.resources()) resourcesPerFile.set(resource.source.file, (resourcesPerFile.get(resource.source.file) ?? 0) + 1);

  return {
    tool: { name: "tollgate", version: TOLLGATE_VERSION, informationUri: TOLLGATE_URI },
    root,
    files: files.map((file) => ({ path: file.path, kind: file.kind, resources: resourcesPerFile.get(file.path) ?? 0 })),
    resourceCount: graph.size,
    findings: suppressed.findings,
    diagnostics: [...diagnostics, ...loaded.diagnostics, ...graph.diagnostics, ...runnable.diagnostics, ...evaluated.diagnostics, ...suppressed.diagnostics],
    rules: [...rules.map((rule) => rule.meta), ...suppressed.rules],
    ...(suppressed.baseline ? { baseline: suppressed.baseline } : {}),
    timings,
    graph,
    stats: { ...graph.work, filesLoaded: files.length, documentsLoaded: loaded.hcl.length + loaded.trees.length },
  };
}
