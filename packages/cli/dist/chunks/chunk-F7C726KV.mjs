#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);

// packages/cli/src/write-output.ts
import { promises as fs } from "node:fs";
import path from "node:path";
async function writeOutputAtomically(file, text) {
  const directory = path.dirname(path.resolve(file));
  await fs.mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export {
  writeOutputAtomically
};
