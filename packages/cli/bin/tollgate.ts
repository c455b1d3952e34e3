#!/usr/bin/env node
// A crash must not look like "findings found" (exit 1): anything unexpected exits 2.
try {
  const { main } = await import("../src/main.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`tollgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
