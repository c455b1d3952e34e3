#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  setLoadWorkerScript
} from "./chunks/chunk-S35MFI3Y.mjs";
import {
  HCL_WASM_FILES,
  setHclWasmDirectory
} from "./chunks/chunk-3BHY4RL6.mjs";
import "./chunks/chunk-6VO5NUTP.mjs";
import "./chunks/chunk-JNLKQLQK.mjs";
import "./chunks/chunk-XLRDP7NM.mjs";

// packages/cli/src/bundled.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
try {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);
  const loadWorker = path.join(here, "load-worker.mjs");
  if (existsSync(loadWorker)) setLoadWorkerScript(loadWorker);
  const { main } = await import("./chunks/main-A24DLUGQ.mjs");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`tollgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
  process.exitCode = 2;
}
