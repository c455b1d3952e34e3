#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  HCL_WASM_FILES,
  hclWasmDirectory,
  loadBatch,
  setHclWasmDirectory
} from "./chunks/chunk-MIIJUXRE.mjs";
import "./chunks/chunk-FVJABXDV.mjs";
import "./chunks/chunk-ZKI6WGH6.mjs";
import "./chunks/chunk-XLRDP7NM.mjs";

// packages/engine/src/load/load-worker.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var here = path.dirname(fileURLToPath(import.meta.url));
if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);
async function loadInWorker(task) {
  if (task.wasmDirectory !== void 0 && task.wasmDirectory !== hclWasmDirectory()) setHclWasmDirectory(task.wasmDirectory);
  const { deadlineAt } = task;
  return loadBatch(task.files, { limits: task.limits, expired: deadlineAt === void 0 ? void 0 : () => Date.now() >= deadlineAt });
}
export {
  loadInWorker as default
};
