#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  HCL_WASM_FILES,
  setHclWasmDirectory
} from "./chunks/chunk-TYSPX4BW.mjs";

// packages/cli/src/bundled.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
try {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);
  const { main } = await import("./chunks/main-ZIXXLRLC.mjs");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`tollgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
  process.exitCode = 2;
}
