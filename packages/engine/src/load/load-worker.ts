// The script each load worker thread runs (built beside a bundle as
// `load-worker.mjs`): it loads its share of the files exactly as the main
// thread would, and the pool hands the result back by structured clone.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HCL_WASM_FILES, setHclWasmDirectory } from "./hcl/parser.js";
import { loadBatch } from "./load-batch.js";
import type { LoadTask } from "./worker-pool.js";

// A worker is always built (threads cannot run the TypeScript sources), and the build puts the HCL parser's WebAssembly beside it.
const here = path.dirname(fileURLToPath(import.meta.url));
if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);

export default async function loadInWorker(task: LoadTask) {
  const { deadlineAt } = task;
  return loadBatch(task.files, { limits: task.limits, expired: deadlineAt === undefined ? undefined : () => Date.now() >= deadlineAt });
}
