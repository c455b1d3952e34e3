// `pnpm bench -- --staged [--runs N] [--no-write]`
//
// The cold start of the pre-commit hook: `tollgate scan --staged` with the
// bundled CLI (packages/cli/dist/tollgate.mjs) in a fresh temporary
// repository holding three staged files (Terraform, Kubernetes, a workflow),
// each run a new `node` process, as git runs a hook. Wall time is what the
// person committing waits; CPU time (user + system of the process and its
// children: node and git) is steadier on a busy machine. A bare `node -e 0`
// is measured the same way, the floor no Node tool starts below.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface ColdStart {
  runs: number;
  /** Milliseconds, sorted. */
  wall: number[];
  cpu: number[];
  /** `node -e 0`, the same number of runs. */
  nodeWall: number[];
  /** Exit code of the scans: 1, the staged files are insecure on purpose. */
  exitCode: number;
}

export const STAGED_FILES: Readonly<Record<string, string>> = {
  "infra/main.tf": `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
  "k8s/pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: true
`,
  ".github/workflows/ci.yml": `on: pull_request
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`,
};

export async function measureColdStart(bundle: string, runs: number): Promise<ColdStart> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`pnpm run build:cli\``);
  const directory = await mkdtemp(path.join(os.tmpdir(), "tollgate-bench-staged-"));
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: directory, stdio: "ignore" });
    git("init", "--quiet");
    git("config", "user.name", "Bench");
    git("config", "user.email", "bench@example.com");
    for (const [file, text] of Object.entries(STAGED_FILES)) {
      await mkdir(path.dirname(path.join(directory, file)), { recursive: true });
      await writeFile(path.join(directory, file), text);
    }
    git("add", "--", ...Object.keys(STAGED_FILES));
    // One run to warm the disk cache, not counted: a hook's files were just written.
    await timed(process.execPath, [bundle, "scan", "--staged"], directory);
    const wall: number[] = [];
    const cpu: number[] = [];
    const nodeWall: number[] = [];
    let exitCode = 0;
    for (let run = 0; run < runs; run++) {
      const scan = await timed(process.execPath, [bundle, "scan", "--staged"], directory);
      wall.push(scan.wall);
      cpu.push(scan.cpu);
      exitCode = scan.exitCode;
      nodeWall.push((await timed(process.execPath, ["-e", "0"], directory)).wall);
    }
    const sort = (values: number[]) => values.sort((a, b) => a - b);
    return { runs, wall: sort(wall), cpu: sort(cpu), nodeWall: sort(nodeWall), exitCode };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Wall time, and CPU time from the kernel's accounting of the child and its own children. */
function timed(command: string, args: string[], cwd: string): Promise<{ wall: number; cpu: number; exitCode: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // `/usr/bin/time` would add its own start; `process.resourceUsage` covers only this process. The shell's `times` reports children.
    const child = spawn("/bin/sh", ["-c", '"$@" >/dev/null 2>&1; code=$?; times; exit $code', "sh", command, ...args], { cwd, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      // `times`: the shell's user and system time, then its children's: `0m0.310000s 0m0.040000s`.
      const lines = output.trim().split("\n");
      const children = lines[lines.length - 1] ?? "";
      const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, match) => sum + Number(match[1]) * 60_000 + Number(match[2]) * 1000, 0);
      resolve({ wall, cpu, exitCode: code ?? -1 });
    });
  });
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export const STAGED_START = "<!-- bench:staged:start -->";
export const STAGED_END = "<!-- bench:staged:end -->";

/** The generated paragraph and table for docs/performance.md. */
export function renderColdStart(result: ColdStart, machine: string, load: readonly number[]): string {
  const row = (name: string, values: readonly number[]) => `| ${name} | ${Math.round(percentile(values, 0.5))} ms | ${Math.round(percentile(values, 0.9))} ms | ${Math.round(values[0]!)} ms |`;
  return [
    `\`tollgate scan --staged\` with the bundled CLI and three staged files (Terraform, Kubernetes, a workflow) in a fresh repository, ${result.runs} runs, each a new process; ` +
      `${machine}; load average ${load.map((value) => value.toFixed(1)).join(", ")} when the run ended.`,
    "",
    "| | median | p90 | fastest |",
    "| --- | ---: | ---: | ---: |",
    row("wall time", result.wall),
    row("CPU time (node and git)", result.cpu),
    row("`node -e 0`, for comparison", result.nodeWall),
  ].join("\n");
}

/** Puts `section` between the staged markers, or appends it under a heading when there are none. */
export function replaceColdStart(existing: string, section: string): string {
  const block = `${STAGED_START}\n${section}\n${STAGED_END}`;
  const start = existing.indexOf(STAGED_START);
  const end = existing.indexOf(STAGED_END);
  if (start !== -1 && end > start) return `${existing.slice(0, start)}${block}${existing.slice(end + STAGED_END.length)}`;
  return `${existing.trimEnd()}\n\n## Pre-commit cold start\n\n${block}\n`;
}
