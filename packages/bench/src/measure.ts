// One measurement in a fresh process, so that peak RSS and JIT warm-up belong
// to this run alone. Prints one JSON line: a `Measurement`.
import { performance } from "node:perf_hooks";
import { discover, formatResult, loadSources, scan, setLoadWorkerScript } from "@tollgate/engine";
import { allRules } from "@tollgate/rules";

export type MeasureMode = "floor" | "scan";

export interface Measurement {
  mode: MeasureMode;
  files: number;
  bytes: number;
  resources: number;
  findings: number;
  /** Milliseconds per stage; `graph`, `evaluate` and `report` are 0 for the floor. */
  timings: { discover: number; load: number; graph: number; evaluate: number; report: number };
  total: number;
  /** User and system CPU time of the process over the same span, in milliseconds: steadier than wall time on a busy machine. */
  cpu: number;
  /** Peak resident set size, in bytes. */
  maxRss: number;
  /** Errors reported while reading, which would make the figures meaningless. */
  inputErrors: number;
}

async function measure(mode: MeasureMode, directory: string, threads: number | undefined): Promise<Measurement> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const cpuSince = () => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / 1000;
  };
  if (mode === "floor") {
    // What any scanner must pay: find the files, read them, parse them with the same parsers.
    const discovered = await discover({ paths: ["."], cwd: directory });
    const discoverTime = performance.now() - started;
    const mark = performance.now();
    const loaded = await loadSources(discovered.files, undefined, { threads });
    const loadTime = performance.now() - mark;
    return {
      mode,
      files: discovered.files.length,
      bytes: discovered.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
      resources: 0,
      findings: 0,
      timings: { discover: discoverTime, load: loadTime, graph: 0, evaluate: 0, report: 0 },
      total: performance.now() - started,
      cpu: cpuSince(),
      maxRss: process.resourceUsage().maxRSS * 1024,
      inputErrors: loaded.diagnostics.filter((diagnostic) => diagnostic.level === "error").length,
    };
  }
  const result = await scan({ paths: ["."], cwd: directory, rules: allRules, loadThreads: threads });
  const mark = performance.now();
  formatResult(result, "sarif");
  const reportTime = performance.now() - mark;
  return {
    mode,
    files: result.files.length,
    bytes: 0,
    resources: result.resourceCount,
    findings: result.findings.length,
    timings: { ...result.timings, report: reportTime },
    total: performance.now() - started,
    cpu: cpuSince(),
    maxRss: process.resourceUsage().maxRSS * 1024,
    inputErrors: result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length,
  };
}

const [mode, directory, workerScript, threads] = process.argv.slice(2);
if ((mode !== "floor" && mode !== "scan") || !directory) {
  process.stderr.write("usage: measure.ts <floor|scan> <directory> [load-worker.mjs [threads]]\n");
  process.exit(2);
}
setLoadWorkerScript(workerScript);
const measurement = await measure(mode, directory, threads === undefined ? undefined : Number(threads));
process.stdout.write(`${JSON.stringify(measurement)}\n`);
