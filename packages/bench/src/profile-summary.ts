// `tsx packages/bench/src/profile-summary.ts FILE.cpuprofile [--top 30]`
//
// Reads a V8 CPU profile (`node --cpu-prof`, or `pnpm bench --cpu-prof DIR`)
// and prints where the time went: self time by function and by source file,
// and total (inclusive) time by function.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "30" } } });
const top = Number(values.top);
for (const file of positionals) summarise(file, JSON.parse(readFileSync(file, "utf8")) as CpuProfile);

function summarise(file: string, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id)!;
    add(selfByFunction, label(node), micros);
    add(selfByFile, shortUrl(node.callFrame.url) || `(${node.callFrame.functionName || "native"})`, micros);
    // Inclusive time: every distinct function on the stack, once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      add(totalByFunction, name, micros);
    }
  }
  const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);
  process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
  print("self time by function", selfByFunction, total);
  print("self time by file", selfByFile, total);
  print("total time by function", totalByFunction, total);
}

function print(title: string, table: Map<string, number>, total: number): void {
  process.stdout.write(`\n${title}\n`);
  for (const [name, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
}

function shortUrl(url: string): string {
  const packages = url.indexOf("/packages/");
  if (packages !== -1) return url.slice(packages + "/packages/".length);
  const modules = url.lastIndexOf("/node_modules/");
  return modules !== -1 ? url.slice(modules + "/node_modules/".length) : url;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
