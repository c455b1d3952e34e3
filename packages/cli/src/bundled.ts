// The entry point of the bundled CLI (packages/cli/dist/tollgate.mjs), which
// pre-commit hooks run with plain `node`: the HCL parser's WebAssembly and
// the load worker sit beside the bundle. A crash must not look like "findings found" (exit 1):
// anything unexpected exits 2.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// Imported by name, not with `import()`: a dynamic import keeps every export of the engine in the bundle's first chunk.
import { HCL_WASM_FILES, setHclWasmDirectory, setLoadWorkerScript } from "@tollgate/engine";

try {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);
  const loadWorker = path.join(here, "load-worker.mjs");
  if (existsSync(loadWorker)) setLoadWorkerScript(loadWorker);
  const { main } = await import("./main.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`tollgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
