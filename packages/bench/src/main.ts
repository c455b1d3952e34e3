// `pnpm bench [-- --sizes 1000,10000] [--runs N] [--seed N] [--output FILE] [--no-write] [--keep] [--cpu-prof DIR]`
// `pnpm bench -- --staged [--runs N]`: the pre-commit hook's cold start instead (see staged.ts).
//
// Generates a seeded corpus per size in a temporary directory, measures the
// parse floor and the full scan each in a fresh process, prints the figures
// and writes them into the results section of docs/performance.md.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundle, LOAD_WORKER } from "../../../scripts/bundle.js";
import { DEFAULT_SEED, generateCorpus, writeCorpus } from "./corpus.js";
import type { Measurement, MeasureMode } from "./measure.js";
import { describeMachine, renderResults, replaceResults, type SizeResult } from "./results.js";
import { measureColdStart, percentile, renderColdStart, replaceColdStart } from "./staged.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, "../../..");

const { values } = parseArgs({
  // `pnpm bench -- --sizes …` passes the `--` along.
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--")),
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    // Default: best of 3 up to 10,000 resources, one run above (a run of 100,000 takes a minute).
    runs: { type: "string" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    output: { type: "string", default: path.join(repositoryRoot, "docs/performance.md") },
    "no-write": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    staged: { type: "boolean", default: false },
    // Worker threads for loading, as `tollgate scan --threads`; by default what the CLI chooses.
    threads: { type: "string" },
  },
});

if (values.staged) {
  const runs = values.runs === undefined ? 10 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs: a positive integer, not ${values.runs}`);
  const result = await measureColdStart(path.join(repositoryRoot, "packages/cli/dist/tollgate.mjs"), runs);
  const machine = describeMachine();
  const section = renderColdStart(result, `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`, os.loadavg());
  log(`staged cold start: wall median ${Math.round(percentile(result.wall, 0.5))} ms, p90 ${Math.round(percentile(result.wall, 0.9))} ms; CPU median ${Math.round(percentile(result.cpu, 0.5))} ms; exit code ${result.exitCode}`);
  process.stdout.write(`\n${section}\n`);
  if (!values["no-write"]) {
    await writeFile(values.output, replaceColdStart((await readFile(values.output, "utf8").catch(() => undefined)) ?? "", section));
    log(`wrote ${path.relative(process.cwd(), values.output) || values.output}`);
  }
  process.exit(0);
}

const sizes = values.sizes.split(",").map((size) => Number(size.trim().replace(/_/g, "")));
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) usage(`--sizes: positive integers separated by commas, not ${values.sizes}`);
const runsOption = values.runs === undefined ? undefined : Number(values.runs);
if (runsOption !== undefined && (!Number.isInteger(runsOption) || runsOption < 1)) usage(`--runs: a positive integer, not ${values.runs}`);
const runsFor = (size: number) => runsOption ?? (size <= 10_000 ? 3 : 1);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) usage(`--seed: an integer, not ${values.seed}`);

const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && (!Number.isInteger(threads) || threads < 0)) usage(`--threads: a whole number, not ${values.threads}`);
// The load worker runs built, as the CLI ships it: worker threads cannot run the TypeScript sources.
const workerDirectory = await mkdtemp(path.join(os.tmpdir(), "tollgate-bench-worker-"));
await bundle({ entry: LOAD_WORKER.entry, outputDirectory: workerDirectory, outputName: LOAD_WORKER.name, description: "Tollgate's load worker, built for the benchmark." });
const workerScript = path.join(workerDirectory, LOAD_WORKER.name);

const results: SizeResult[] = [];
for (const size of sizes) {
  const started = Date.now();
  const corpus = generateCorpus(size, seed);
  const directory = await mkdtemp(path.join(os.tmpdir(), `tollgate-bench-${size}-`));
  try {
    await writeCorpus(corpus, directory);
    log(`${size}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${directory} (${Date.now() - started} ms to generate)`);
    const floor = await best(runsFor(size), () => runMeasure("floor", directory, size));
    const full = await best(runsFor(size), () => runMeasure("scan", directory, size));
    if (floor.inputErrors > 0 || full.inputErrors > 0) log(`warning: ${Math.max(floor.inputErrors, full.inputErrors)} input errors in the generated corpus`);
    const result: SizeResult = { size, files: corpus.files.length, bytes: corpus.bytes, runs: runsFor(size), floor, scan: full };
    results.push(result);
    log(
      `${size}: ${full.resources} resources, scan ${ms(full.total)} (CPU ${ms(full.cpu)}; discover ${ms(full.timings.discover)}, load ${ms(full.timings.load)}, graph ${ms(full.timings.graph)}, evaluate ${ms(full.timings.evaluate)}, report ${ms(full.timings.report)}), ` +
        `floor ${ms(floor.total)}, ratio ${(full.total / floor.total).toFixed(2)}, peak RSS ${(full.maxRss / 2 ** 20).toFixed(0)} MiB, ${full.findings} findings`,
    );
  } finally {
    if (values.keep) log(`kept ${directory}`);
    else await rm(directory, { recursive: true, force: true });
  }
}
await rm(workerDirectory, { recursive: true, force: true });

const machine = describeMachine();
const table = renderResults(results, machine, { seed, load: os.loadavg() });
process.stdout.write(`\n${table}\n`);
if (!values["no-write"]) {
  const existing = await readFile(values.output, "utf8").catch(() => undefined);
  await writeFile(values.output, replaceResults(existing, table));
  log(`wrote ${path.relative(process.cwd(), values.output) || values.output}`);
}

/** The fastest of `count` runs: the least disturbed by the rest of the machine. */
async function best(count: number, run: () => Promise<Measurement>): Promise<Measurement> {
  let fastest: Measurement | undefined;
  for (let index = 0; index < count; index++) {
    const measurement = await run();
    if (!fastest || measurement.total < fastest.total) fastest = measurement;
  }
  return fastest!;
}

function runMeasure(mode: MeasureMode, directory: string, size: number): Promise<Measurement> {
  const tsx = import.meta.resolve("tsx");
  const profile = values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(values["cpu-prof"]), "--cpu-prof-name", `${mode}-${size}.cpuprofile`] : [];
  const script = path.join(here, "measure.ts");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--max-old-space-size=4096", ...profile, "--import", tsx, script, mode, directory, workerScript, ...(threads === undefined ? [] : [String(threads)])],
      { cwd: repositoryRoot, maxBuffer: 16 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${mode} ${size} failed: ${error.message}\n${stderr}`));
          return;
        }
        resolve(JSON.parse(stdout.trim().split("\n").pop()!) as Measurement);
      },
    );
  });
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
