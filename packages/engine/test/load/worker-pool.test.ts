import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bundle, LOAD_WORKER, repositoryRoot } from "../../../../scripts/bundle.js";
import { allRules } from "../../../rules/src/index.js";
import { discover } from "../../src/discover/discover.js";
import type { SourceFile } from "../../src/load/document.js";
import { loadSources } from "../../src/load/load.js";
import { loadOnWorkers, loadThreads, MIN_FILES_FOR_WORKERS, setLoadWorkerScript } from "../../src/load/worker-pool.js";
import { DEFAULT_LIMITS, Deadline } from "../../src/limits.js";
import { scan } from "../../src/scan.js";

// Worker threads cannot run TypeScript sources, so the worker is built first, as a bundle ships it.
const built = mkdtempSync(path.join(tmpdir(), "tollgate-load-worker-"));
const workerScript = path.join(built, LOAD_WORKER.name);
beforeAll(async () => {
  await bundle({ entry: LOAD_WORKER.entry, outputDirectory: built, outputName: LOAD_WORKER.name, description: "load worker for tests" });
}, 60_000);
afterAll(() => rmSync(built, { recursive: true, force: true }));
afterEach(() => setLoadWorkerScript(undefined));

/** The repository's fixtures, and files that make each loader report a problem. */
async function sources(): Promise<SourceFile[]> {
  const found = await discover({ paths: ["fixtures", "packages/engine/test/fixtures/terraform", "packages/engine/test/fixtures/plans"], cwd: repositoryRoot });
  return [
    ...found.files,
    { path: "broken/main.tf", kind: "terraform", text: 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n' },
    { path: "broken/deploy.yaml", kind: "kubernetes", text: "apiVersion: v1\nkind: Pod\n---\nkind: [unclosed\n---\napiVersion: v1\nkind: ConfigMap\n" },
    { path: "odd/proto.yaml", kind: "kubernetes", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, __proto__: {polluted: true}}\ndata: &d {a: b}\nmore: *d\n" },
    { path: "odd/plan.json", kind: "plan", text: '{"format_version": "1.2", "__proto__": {"x": 1}, "planned_values": {' },
    { path: "hostile/deep.yaml", kind: "kubernetes", text: `${"[".repeat(10_000)}${"]".repeat(10_000)}\n` },
    { path: "hostile/deep.tf", kind: "terraform", text: `locals {\n  x = ${"(".repeat(5_000)}1${")".repeat(5_000)}\n}\n` },
    { path: "hostile/laughs.yaml", kind: "kubernetes", text: ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefghi".split("").map((name, i) => `${name}: &${name} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(", ")}]`)].join("\n") + "\n" },
  ];
}

describe("loading on worker threads", () => {
  it("gives exactly what loading on one thread gives, in the same order, whatever the task size", async () => {
    const files = await sources();
    const alone = await loadSources(files, undefined, { threads: 0 });
    setLoadWorkerScript(workerScript);
    for (const taskBytes of [1, 4096, 1 << 20]) {
      const progress: number[] = [];
      const { loaded, notLoaded } = await loadOnWorkers(files, 2, { limits: DEFAULT_LIMITS, deadlineAt: undefined, taskBytes, onFileLoaded: (done) => progress.push(done) });
      expect(notLoaded).toBe(0);
      expect(loaded).toStrictEqual(alone);
      expect(progress.at(-1)).toBe(files.length);
    }
    expect(alone.diagnostics.map((diagnostic) => diagnostic.file)).toEqual(expect.arrayContaining(["broken/main.tf", "broken/deploy.yaml", "odd/plan.json", "hostile/deep.yaml", "hostile/deep.tf", "hostile/laughs.yaml"]));
  });

  it("finds the same in a whole scan", async () => {
    const options = { paths: ["fixtures"], cwd: repositoryRoot, rules: allRules };
    const alone = await scan({ ...options, loadThreads: 0 });
    setLoadWorkerScript(workerScript);
    const spread = await scan({ ...options, loadThreads: 1 });
    expect(spread.findings).toEqual(alone.findings);
    expect(spread.diagnostics).toEqual(alone.diagnostics);
    expect(spread.findings.length).toBeGreaterThan(10);
  });

  it("loads a task on the main thread when its worker fails", async () => {
    const files = await sources();
    const alone = await loadSources(files, undefined, { threads: 0 });
    setLoadWorkerScript(path.join(built, "missing-worker.mjs"));
    const { loaded } = await loadOnWorkers(files, 1, { limits: DEFAULT_LIMITS, deadlineAt: undefined, taskBytes: 4096 });
    const warning = loaded.diagnostics.pop();
    expect(warning).toEqual(expect.objectContaining({ level: "warning", code: "load-worker-failed", message: expect.stringContaining("its files were loaded on the main thread") }));
    expect(loaded).toStrictEqual(alone);
  });

  it("stops at the deadline with one error that counts the files not loaded", async () => {
    const files = await sources();
    setLoadWorkerScript(workerScript);
    // A clock that jumps 2 s per reading: the one-second budget is spent by the time loading starts.
    let now = 0;
    const expired = new Deadline(1, () => (now += 2000));
    const loaded = await loadSources(files, undefined, { threads: 1, deadline: expired });
    expect(loaded.hcl).toEqual([]);
    expect(loaded.trees).toEqual([]);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: "scan-timeout", message: expect.stringContaining(`${files.length} files were not loaded`) })]);
  });

  it("says so when threads are asked for without a worker script", async () => {
    const loaded = await loadSources([{ path: "k.yaml", kind: "kubernetes", text: "apiVersion: v1\nkind: ConfigMap\n" }], undefined, { threads: 2 });
    expect(loaded.trees).toHaveLength(1);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "no-load-worker" })]);
  });

  it("uses workers only with a worker script, and by default only for many files on 4 cores or more", () => {
    const many = Array.from({ length: MIN_FILES_FOR_WORKERS }, (_, i): SourceFile => ({ path: `k/${i}.yaml`, kind: "kubernetes", text: "" }));
    expect(loadThreads(many, undefined, 8)).toBe(0);
    expect(loadThreads(many, 3, 8)).toBe(0);
    setLoadWorkerScript(workerScript);
    expect(loadThreads(many.slice(1), undefined, 8)).toBe(0);
    expect(loadThreads(many, 0, 8)).toBe(0);
    expect(loadThreads(many, 3, 2)).toBe(3);
    expect(loadThreads(many, undefined, 2)).toBe(0);
    expect(loadThreads(many, undefined, 4)).toBe(3);
    expect(loadThreads(many, undefined, 16)).toBe(4);
  });
});
