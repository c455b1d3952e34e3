// The script each load worker thread runs (built beside a bundle as
// `load-worker.mjs`): it loads its share of the files exactly as the main
// thread would, and the pool hands the result back by structured clone.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HCL_WASM_FILES, hclWasmDirectory, setHclWasmDirectory } from "./hcl/parser.js";
import { loadBatch } from "./load-batch.js";
import type { LoadTask } from "./worker-pool.js";

// A built worker sits beside the HCL parser's WebAssembly, as the bundle that started it does.
const here = path.dirname(fileURLToPath(import.meta.url));
if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);

export default async function loadInWorker(task: LoadTask) {
  if (task.wasmDirectory !== undefined && task.wasmDirectory !== hclWasmDirectory()) setHclWasmDirectory(task.wasmDirectory);
  const { deadlineAt } = task;
  return loadBatch(task.files, { limits: task.limits, expired: deadlineAt === undefined ? undefined : () => Date.now() >= deadlineAt });
}
