#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  loadBatch
} from "./chunk-3BHY4RL6.mjs";

// packages/engine/src/load/worker-pool.ts
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var MIN_FILES_FOR_WORKERS = 200;
var MIN_CORES = 4;
var MAX_THREADS = 4;
var TASK_BYTES = 64 * 1024;
var workerScript;
function setLoadWorkerScript(file) {
  workerScript = file instanceof URL ? fileURLToPath(file) : file;
}
function loadThreads(files, requested, cores = availableParallelism()) {
  if (workerScript === void 0 || requested === 0) return 0;
  if (requested !== void 0) return Math.max(0, Math.floor(requested));
  if (files.length < MIN_FILES_FOR_WORKERS || cores < MIN_CORES) return 0;
  return Math.min(cores - 1, MAX_THREADS);
}
async function loadOnWorkers(files, threads, options) {
  const { default: Tinypool } = await import("./dist-7HEJ6FQ2.mjs");
  const pool = new Tinypool({ filename: workerScript, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  const taskBytes = options.taskBytes ?? TASK_BYTES;
  const tasks = [...splitIntoTasks(files.filter(isTerraform), taskBytes), ...splitIntoTasks(files.filter((file) => !isTerraform(file)), taskBytes)];
  const results = tasks.map(() => void 0);
  const expired = options.deadlineAt === void 0 ? void 0 : () => Date.now() >= options.deadlineAt;
  let front = 0;
  let back = tasks.length - 1;
  let filesLoaded = 0;
  let workerFailure;
  const noteFailure = (error) => {
    workerFailure ??= error instanceof Error ? error.message : String(error);
  };
  pool.on("error", noteFailure);
  const finish = (index, result) => {
    results[index] = result;
    filesLoaded += tasks[index].length - result.notLoaded;
    options.onFileLoaded?.(filesLoaded);
  };
  const loadHere = (index) => loadBatch(tasks[index], { limits: options.limits, expired });
  const workerLane = async () => {
    while (front <= back && !expired?.()) {
      const index = front++;
      const task = { files: tasks[index], limits: options.limits, deadlineAt: options.deadlineAt };
      let result;
      try {
        result = await pool.run(task);
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
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: threads }, workerLane), mainLane()]);
  } finally {
    await pool.destroy();
  }
  const loaded = { hcl: [], trees: [], diagnostics: [] };
  let notLoaded = 0;
  results.forEach((result, index) => {
    if (!result) {
      notLoaded += tasks[index].length;
      return;
    }
    for (const document of result.loaded.hcl) loaded.hcl.push(document);
    for (const document of result.loaded.trees) loaded.trees.push(document);
    for (const diagnostic of result.loaded.diagnostics) loaded.diagnostics.push(diagnostic);
    notLoaded += result.notLoaded;
  });
  const place = new Map(files.map((file, index) => [file.path, index]));
  const placeOf = (diagnostic) => (diagnostic.file === void 0 ? void 0 : place.get(diagnostic.file)) ?? files.length;
  loaded.diagnostics.sort((a, b) => placeOf(a) - placeOf(b));
  if (workerFailure !== void 0) {
    loaded.diagnostics.push({ level: "warning", code: "load-worker-failed", message: `a load worker thread failed (${workerFailure}); its files were loaded on the main thread` });
  }
  return { loaded, notLoaded };
}
function isTerraform(file) {
  return file.kind === "terraform" || file.kind === "tfvars" || file.kind === "terraform-json";
}
function splitIntoTasks(files, taskBytes) {
  const tasks = [];
  let current = [];
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

export {
  MIN_FILES_FOR_WORKERS,
  setLoadWorkerScript,
  loadThreads,
  loadOnWorkers
};
