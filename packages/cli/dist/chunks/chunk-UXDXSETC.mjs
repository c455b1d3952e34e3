#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);

// packages/engine/src/config/find-config.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = ["tollgate.yaml", "tollgate.yml"];
async function findConfigFile(start) {
  let directory = path.resolve(start);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = path.dirname(directory);
    if (parent === directory || await exists(path.join(directory, ".git"))) return void 0;
    directory = parent;
  }
}
async function isFile(file) {
  return fs.stat(file).then((stat) => stat.isFile(), () => false);
}
async function exists(file) {
  return fs.stat(file).then(() => true, () => false);
}

export {
  CONFIG_FILE_NAMES,
  findConfigFile
};
