import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { ScanLimits } from "../limits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceFile } from "./document.js";
import { loadBatch } from "./load-batch.js";
import type { LoadedSources } from "./load.js";

/** What a load worker is sent: its share of the files and the scan's bounds. */
export interface LoadTask {
  files: SourceFile[];
  limits: ScanLimits;
  /** `Date.now()` past which files are counted as not loaded (clocks of `performance` differ between threads). */
  deadlineAt: number | undefined;
}

/**
 * Below this many files a scan loads on its own thread: starting a worker and
 * copying its results back costs more than the files take to parse.
 */
export const MIN_FILES_FOR_WORKERS = 200;
/**
 * Parsed trees are copied back to the main thread, which then spends about as
 * long taking a file's trees in as a worker spent parsing it: on 2 cores that
 * cancels the gain (docs/performance.md), so workers start by default only
 * with 4 cores or more, and more than 4 would only queue at the main thread.
 */
const MIN_CORES = 4;
const MAX_THREADS = 4;
/** Files per task: small enough that no thread is left with a long last task, large enough that each message carries a lot. */
const TASK_BYTES = 64 * 1024;

let workerScript: string | undefined;

/**
 * The built load worker (`load-worker.mjs` beside a bundle); without one, every
 * file loads on the main thread. Sources run through a TypeScript loader have
 * none: worker threads do not inherit it.
 */
export function setLoadWorkerScript(file: string | URL | undefined): void {
  workerScript = file instanceof URL ? fileURLToPath(file) : file;
}

/** Worker threads for loading `files`: `requested` if given, otherwise one fewer than the cores once there are many files and cores. */
export function loadThreads(files: readonly SourceFile[], requested: number | undefined, cores = availableParallelism()): number {
  if (workerScript === undefined || requested === 0) return 0;
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (files.length < MIN_FILES_FOR_WORKERS || cores < MIN_CORES) return 0;
  return Math.min(cores - 1, MAX_THREADS);
}

/**
 * Loads `files` on `threads` workers and on this thread at once. Terraform
 * files go to the workers first and the rest to this thread first: tree-sitter
 * is most of the cost of a file and its WebAssembly need not start here at
 * all. Each side takes the other's tasks once its own are done. Documents
 * keep their order within each kind and diagnostics are put back in file
 * order, so the result is what a load on one thread gives. A task whose
 * worker fails is loaded here instead, with a warning: a crashed thread loses
 * no file.
 */
export async function loadOnWorkers(
  files: readonly SourceFile[],
  threads: number,
  options: { limits: ScanLimits; deadlineAt: number | undefined; onFileLoaded?: (filesLoaded: number) => void; taskBytes?: number },
): Promise<{ loaded: LoadedSources; notLoaded: number }> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: workerScript, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  const taskBytes = options.taskBytes ?? TASK_BYTES;
  // Workers take tasks from the front, this thread from the back.
  const tasks = [...splitIntoTasks(files.filter(isTerraform), taskBytes), ...splitIntoTasks(files.filter((file) => !isTerraform(file)), taskBytes)];
  const results: Array<{ loaded: LoadedSources; notLoaded: number } | undefined> = tasks.map(() => undefined);
  const expired = options.deadlineAt === undefined ? undefined : () => Date.now() >= options.deadlineAt!;
  let front = 0;
  let back = tasks.length - 1;
  let filesLoaded = 0;
  let workerFailure: string | undefined;
  const noteFailure = (error: unknown) => {
    workerFailure ??= error instanceof Error ? error.message : String(error);
  };
  // A thread that cannot start is reported here, not only through the task it held.
  pool.on("error", noteFailure);
  const finish = (index: number, result: { loaded: LoadedSources; notLoaded: number }) => {
    results[index] = result;
    filesLoaded += tasks[index]!.length - result.notLoaded;
    options.onFileLoaded?.(filesLoaded);
  };
  const loadHere = (index: number) => loadBatch(tasks[index]!, { limits: options.limits, expired });

  const workerLane = async () => {
    while (front <= back && !expired?.()) {
      const index = front++;
      const task: LoadTask = { files: tasks[index]!, limits: options.limits, deadlineAt: options.deadlineAt };
      let result: { loaded: LoadedSources; notLoaded: number };
      try {
        result = (await pool.run(task)) as { loaded: LoadedSources; notLoaded: number };
      } catch (error) {
        noteFailure(error);
        result = await loadHere(index);
      }
      finish(index, result);
    }
  };
  const mainLane = async () => {
    while (front <= back && !expired?.()) {
      const index = back--;
      finish(index, await loadHere(index));
      // Let finished workers' results in and their next tasks out before parsing more here.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: threads }, workerLane), mainLane()]);
  } finally {
    await pool.destroy();
  }

  const loaded: LoadedSources = { hcl: [], trees: [], diagnostics: [] };
  let notLoaded = 0;
  results.forEach((result, index) => {
    if (!result) {
      notLoaded += tasks[index]!.length;
      return;
    }
    // One push per item: a spread of a very large array would overflow the stack.
    for (const document of result.loaded.hcl) loaded.hcl.push(document);
    for (const document of result.loaded.trees) loaded.trees.push(document);
    for (const diagnostic of result.loaded.diagnostics) loaded.diagnostics.push(diagnostic);
    notLoaded += result.notLoaded;
  });
  const place = new Map(files.map((file, index) => [file.path, index]));
  // Loaders name the file of every diagnostic; anything else keeps its place after them.
  const placeOf = (diagnostic: Diagnostic) => (diagnostic.file === undefined ? undefined : place.get(diagnostic.file)) ?? files.length;
  loaded.diagnostics.sort((a, b) => placeOf(a) - placeOf(b));
  if (workerFailure !== undefined) {
    loaded.diagnostics.push({ level: "warning", code: "load-worker-failed", message: `a load worker thread failed (${workerFailure}); its files were loaded on the main thread` });
  }
  return { loaded, notLoaded };
}

/** Files whose loader is the HCL parser's (native syntax) or produces HCL documents. */
function isTerraform(file: SourceFile): boolean {
  return file.kind === "terraform" || file.kind === "tfvars" || file.kind === "terraform-json";
}

function splitIntoTasks(files: readonly SourceFile[], taskBytes: number): SourceFile[][] {
  const tasks: SourceFile[][] = [];
  let current: SourceFile[] = [];
  let bytes = 0;
  for (const file of files) {
    current.push(file);
    bytes += file.text.length;
    if (bytes >= taskBytes) {
      tasks.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) tasks.push(current);
  return tasks;
}
