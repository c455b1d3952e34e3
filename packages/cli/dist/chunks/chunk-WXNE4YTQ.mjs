#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  describeDiagnostic,
  findConfigFile,
  loadBaseline,
  loadConfigFile
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/configuration.ts
import { promises as fs } from "node:fs";
import path from "node:path";
async function resolveConfiguration(options) {
  const file = options.config ? path.resolve(options.cwd, options.config) : await findConfigFile(await searchStart(options));
  if (!file) return { ok: true };
  const loaded = await loadConfigFile(file);
  if (!loaded.config) {
    printErrors(loaded.diagnostics, options.cwd);
    return { ok: false };
  }
  return { ok: true, config: loaded.config };
}
async function resolveBaseline(flag, config, cwd) {
  const file = flag ? path.resolve(cwd, flag) : config?.baseline;
  if (!file) return { ok: true };
  const loaded = await loadBaseline(file);
  if (!loaded.baseline) {
    printErrors(loaded.diagnostics, cwd);
    return { ok: false };
  }
  return { ok: true, baseline: { ...loaded.baseline, file: displayPath(file, cwd) } };
}
function printErrors(diagnostics, cwd) {
  for (const diagnostic of diagnostics) {
    const file = diagnostic.range?.file ?? diagnostic.file;
    const shown = file === void 0 ? diagnostic : { ...diagnostic, file: displayPath(file, cwd), ...diagnostic.range ? { range: { ...diagnostic.range, file: displayPath(file, cwd) } } : {} };
    process.stderr.write(`${diagnostic.level}: ${describeDiagnostic(shown)}
`);
  }
}
function displayPath(file, cwd) {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
async function searchStart(options) {
  if (options.root) return path.resolve(options.cwd, options.root);
  const directories = [];
  for (const entry of options.paths) {
    if (entry === "-") continue;
    const absolute = path.resolve(options.cwd, entry);
    const isDirectory = await fs.stat(absolute).then((stat) => stat.isDirectory(), () => false);
    directories.push(isDirectory ? absolute : path.dirname(absolute));
  }
  if (directories.length === 0) return options.cwd;
  return directories.reduce((common, directory) => {
    while (common !== path.dirname(common) && path.relative(common, directory).startsWith("..")) common = path.dirname(common);
    return common;
  });
}

export {
  resolveConfiguration,
  resolveBaseline,
  printErrors
};
