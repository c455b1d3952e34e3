#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  HCL_WASM_FILES,
  loadBatch,
  setHclWasmDirectory
} from "./chunks/chunk-3BHY4RL6.mjs";
import "./chunks/chunk-6VO5NUTP.mjs";
import "./chunks/chunk-JNLKQLQK.mjs";
import "./chunks/chunk-XLRDP7NM.mjs";

// packages/engine/src/load/load-worker.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var here = path.dirname(fileURLToPath(import.meta.url));
if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);
async function loadInWorker(task) {
  const { deadlineAt } = task;
  return loadBatch(task.files, { limits: task.limits, expired: deadlineAt === void 0 ? void 0 : () => Date.now() >= deadlineAt });
}
export {
  loadInWorker as default
};
