import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HCL_WASM_FILES, setHclWasmDirectory } from "@tollgate/engine";
import { allRules } from "@tollgate/rules";
import { runAction } from "./run.js";
import { command, processIo } from "./workflow-commands.js";

// The bundle in dist/ ships the HCL parser's WebAssembly beside itself.
const here = path.dirname(fileURLToPath(import.meta.url));
if (HCL_WASM_FILES.every((file) => existsSync(path.join(here, file)))) setHclWasmDirectory(here);

try {
  process.exitCode = await runAction(processIo, allRules);
} catch (error) {
  // A crash must fail the step visibly, not pass it.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  processIo.log(command("error", { title: "Tollgate: internal error" }, detail));
  process.exitCode = 1;
}
