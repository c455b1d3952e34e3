import { readFileSync } from "node:fs";
import os from "node:os";
import type { Measurement } from "./measure.js";

export interface SizeResult {
  /** Requested resources. */
  size: number;
  files: number;
  bytes: number;
  /** Runs of each measurement; the fastest is kept. */
  runs: number;
  floor: Measurement;
  scan: Measurement;
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  platform: string;
}

/** Goals from the performance issue: wall time and memory per size, and the distance to the parse floor. */
export const GOALS = {
  wallMs: new Map([
    [10_000, 2_000],
    [100_000, 20_000],
  ]),
  maxRssBytes: new Map([[100_000, 1.5 * 2 ** 30]]),
  floorRatio: 2,
};

export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (model) cpu = model[1]!.trim();
  } catch {
    // Not Linux: the model from `os.cpus()` will do.
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const RESULTS_START = "<!-- bench:results:start -->";
export const RESULTS_END = "<!-- bench:results:end -->";

/** The generated section: the machine, then one row per size. */
export function renderResults(results: readonly SizeResult[], machine: Machine, settings: { seed: number; load: readonly number[] }): string {
  const lines = [
    `Measured on ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, Node ${machine.node}, ${machine.platform}; ` +
      `seed ${settings.seed}; each measurement in a fresh process, the fastest of the runs shown; ` +
      `load average ${settings.load.map((value) => value.toFixed(1)).join(", ")} when the run ended.`,
    "",
    "| resources | files | MB | runs | wall | CPU | resources/s | discover | load | graph | evaluate | report | peak RSS | parse floor | × floor | findings |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    const { scan, floor } = result;
    const t = scan.timings;
    lines.push(
      `| ${scan.resources.toLocaleString("en-US")} | ${result.files.toLocaleString("en-US")} | ${(result.bytes / 1e6).toFixed(1)} | ${result.runs} | ${seconds(scan.total)} | ${seconds(scan.cpu)} | ` +
        `${Math.round(scan.resources / (scan.total / 1000)).toLocaleString("en-US")} | ${seconds(t.discover)} | ${seconds(t.load)} | ${seconds(t.graph)} | ` +
        `${seconds(t.evaluate)} | ${seconds(t.report)} | ${mebibytes(scan.maxRss)} | ${seconds(floor.total)} | ${(scan.total / floor.total).toFixed(2)} | ${scan.findings.toLocaleString("en-US")} |`,
    );
  }
  const verdicts = results.flatMap((result) => goalVerdicts(result));
  if (verdicts.length > 0) lines.push("", ...verdicts.map((verdict) => `- ${verdict}`));
  return lines.join("\n");
}

/** Each goal that applies to this size, met or missed and by how much. */
export function goalVerdicts(result: SizeResult): string[] {
  const verdicts: string[] = [];
  const label = `${result.size.toLocaleString("en-US")} resources`;
  const wallGoal = GOALS.wallMs.get(result.size);
  if (wallGoal !== undefined) verdicts.push(verdict(`${label}: wall time`, result.scan.total, wallGoal, seconds));
  const rssGoal = GOALS.maxRssBytes.get(result.size);
  if (rssGoal !== undefined) verdicts.push(verdict(`${label}: peak RSS`, result.scan.maxRss, rssGoal, mebibytes));
  const ratio = result.scan.total / result.floor.total;
  verdicts.push(verdict(`${label}: time over the parse floor`, ratio, GOALS.floorRatio, (value) => `${value.toFixed(2)}×`));
  return verdicts;
}

function verdict(what: string, value: number, goal: number, format: (value: number) => string): string {
  return value <= goal
    ? `${what} ${format(value)}, goal ${format(goal)}: met`
    : `${what} ${format(value)}, goal ${format(goal)}: **missed by ${format(value - goal)}** (${Math.round((value / goal - 1) * 100)}% over)`;
}

function seconds(milliseconds: number): string {
  return milliseconds < 10 ? `${milliseconds.toFixed(1)} ms` : milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(2)} s`;
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

/** Puts `results` between the markers of an existing page, or makes a page around them. */
export function replaceResults(existing: string | undefined, results: string): string {
  const section = `${RESULTS_START}\n${results}\n${RESULTS_END}`;
  if (existing) {
    const start = existing.indexOf(RESULTS_START);
    const end = existing.indexOf(RESULTS_END);
    if (start !== -1 && end > start) return `${existing.slice(0, start)}${section}${existing.slice(end + RESULTS_END.length)}`;
  }
  return `# Performance\n\nGenerated by \`pnpm bench\`.\n\n${section}\n`;
}
