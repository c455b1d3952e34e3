/** V8's default budget (Node 20), times ten. */
const CHANGE_SCAN_TIERING_BUDGET = 18_000_000;

/**
 * The HCL parser is WebAssembly. V8 recompiles its busiest functions with its
 * optimising compiler on background threads, and Node waits for that work
 * when the event loop runs dry: about 100 ms of CPU on a 2-core machine,
 * which a scan of a few changed files never earns back. A larger budget keeps
 * such a scan on the baseline compiler, while a long one still reaches the
 * optimising tier. Call before the first Terraform file is parsed.
 */
export async function deferWasmOptimisation(): Promise<void> {
  // Imported here: loading node:v8 costs a few milliseconds that other commands need not pay.
  const v8 = await import("node:v8");
  v8.setFlagsFromString(`--wasm-tiering-budget=${CHANGE_SCAN_TIERING_BUDGET}`);
}
