import { promises as fs } from "node:fs";
import path from "node:path";
import { describeDiagnostic, findConfigFile, type Baseline, type Diagnostic, type TollgateConfig } from "@tollgate/engine";

/**
 * The configuration a command runs with: `--config FILE`, or the first
 * `tollgate.yaml` found from the scanned directory upwards. Undefined config
 * with `ok: true` means there is none; `ok: false` means it is broken and the
 * errors were printed (exit code 2: a scan must not run on a misread configuration).
 */
export async function resolveConfiguration(options: { config?: string; paths: readonly string[]; root?: string; cwd: string }): Promise<{ ok: boolean; config?: TollgateConfig }> {
  const file = options.config ? path.resolve(options.cwd, options.config) : await findConfigFile(await searchStart(options));
  if (!file) return { ok: true };
  const { loadConfigFile } = await import("./configuration-files.js");
  const loaded = await loadConfigFile(file);
  if (!loaded.config) {
    printErrors(loaded.diagnostics, options.cwd);
    return { ok: false };
  }
  return { ok: true, config: loaded.config };
}

/** `--baseline FILE` or the configuration's `baseline`; errors printed as for the configuration. */
export async function resolveBaseline(flag: string | undefined, config: TollgateConfig | undefined, cwd: string): Promise<{ ok: boolean; baseline?: Baseline }> {
  const file = flag ? path.resolve(cwd, flag) : config?.baseline;
  if (!file) return { ok: true };
  const { loadBaseline } = await import("./configuration-files.js");
  const loaded = await loadBaseline(file);
  if (!loaded.baseline) {
    printErrors(loaded.diagnostics, cwd);
    return { ok: false };
  }
  // Reports name the baseline as the user did, never by the machine's path.
  return { ok: true, baseline: { ...loaded.baseline, file: displayPath(file, cwd) } };
}

/** `file:line:column: cause` on standard error, paths relative to the working directory. */
export function printErrors(diagnostics: readonly Diagnostic[], cwd: string): void {
  for (const diagnostic of diagnostics) {
    const file = diagnostic.range?.file ?? diagnostic.file;
    const shown = file === undefined ? diagnostic : { ...diagnostic, file: displayPath(file, cwd), ...(diagnostic.range ? { range: { ...diagnostic.range, file: displayPath(file, cwd) } } : {}) };
    process.stderr.write(`${diagnostic.level}: ${describeDiagnostic(shown)}\n`);
  }
}

export function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

/** The scan root when given, else the directory the scanned paths share. */
async function searchStart(options: { paths: readonly string[]; root?: string; cwd: string }): Promise<string> {
  if (options.root) return path.resolve(options.cwd, options.root);
  const directories: string[] = [];
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
