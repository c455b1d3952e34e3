import path from "node:path";
import { describeDiagnostic, findConfigFile, loadBaseline, loadConfigFile, type Baseline, type TollgateConfig } from "@tollgate/engine";

export interface Configuration {
  config?: TollgateConfig;
  baseline?: Baseline;
  /** Workspace-relative name of the configuration file used, for the log. */
  file?: string;
}

/**
 * The `config` input, or the first `tollgate.yaml` from the workspace up to
 * the repository's top, as the CLI finds it; then its baseline. Both are data:
 * custom rules are declarative YAML, so nothing in them runs. A broken file
 * is an error, never a silent scan with defaults.
 */
export async function loadConfiguration(workspace: string, configInput: string | undefined): Promise<Configuration | { error: string }> {
  const file = configInput ? path.resolve(workspace, configInput) : await findConfigFile(workspace);
  if (!file) return {};
  const shown = relative(workspace, file);
  const loaded = await loadConfigFile(file);
  if (!loaded.config) return { error: `the configuration ${shown} is invalid: ${loaded.diagnostics.map((d) => describeDiagnostic(relativeDiagnostic(d, workspace))).join("; ")}` };
  if (!loaded.config.baseline) return { config: loaded.config, file: shown };
  const baseline = await loadBaseline(loaded.config.baseline);
  if (!baseline.baseline) return { error: `the baseline ${relative(workspace, loaded.config.baseline)} is invalid: ${baseline.diagnostics.map((d) => describeDiagnostic(relativeDiagnostic(d, workspace))).join("; ")}` };
  return { config: loaded.config, baseline: { ...baseline.baseline, file: relative(workspace, loaded.config.baseline) }, file: shown };
}

function relative(workspace: string, file: string): string {
  const name = path.relative(workspace, file);
  return name.startsWith("..") || path.isAbsolute(name) ? path.basename(file) : name.split(path.sep).join("/");
}

function relativeDiagnostic<T extends { file?: string; range?: { file: string } }>(diagnostic: T, workspace: string): T {
  const file = diagnostic.range?.file ?? diagnostic.file;
  if (!file) return diagnostic;
  const shown = relative(workspace, file);
  return { ...diagnostic, file: shown, ...(diagnostic.range ? { range: { ...diagnostic.range, file: shown } } : {}) };
}
