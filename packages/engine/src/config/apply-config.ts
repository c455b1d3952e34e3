import path from "node:path";
import ignore from "ignore";
import type { RuleEntry } from "../evaluate/deferred-rule.js";
import type { SourceFile } from "../load/document.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { TollgateConfig } from "./config.js";
import { selectRules } from "./select-rules.js";

export interface ConfiguredRules {
  /** Built-in rules may still be deferred: selection needs only their metadata. */
  rules: RuleEntry[];
  ruleOptions: Record<string, Readonly<Record<string, unknown>>>;
  diagnostics: Diagnostic[];
}

/** The configuration's custom rules added to `builtIn`, then its selection, severities and options applied. */
export async function configureRules(builtIn: readonly RuleEntry[], config: TollgateConfig | undefined): Promise<ConfiguredRules> {
  if (!config) return { rules: [...builtIn], ruleOptions: {}, diagnostics: [] };
  // Custom rules bring a schema validator and a JSONPath engine: imported only when a configuration has some.
  const custom =
    config.customRules.length > 0
      ? await (await import("../custom-rules/load-custom-rules.js")).loadCustomRules(config.customRules, new Set(builtIn.map((rule) => rule.meta.id)))
      : { rules: [], diagnostics: [] };
  const selection = selectRules<RuleEntry>([...builtIn, ...custom.rules], config);
  return { rules: selection.rules, ruleOptions: selection.ruleOptions, diagnostics: [...custom.diagnostics, ...selection.diagnostics] };
}

/**
 * Applies the configuration's `include` and `exclude` globs (gitignore
 * syntax, relative to the configuration's directory) to discovered files.
 * Standard input and files outside that directory are kept.
 */
export function filterConfiguredFiles(files: readonly SourceFile[], root: string, config: TollgateConfig | undefined): SourceFile[] {
  if (!config || (config.exclude.length === 0 && config.include === undefined)) return [...files];
  const excluded = ignore().add(config.exclude);
  const included = config.include ? ignore().add(config.include) : undefined;
  return files.filter((file) => {
    if (file.path === "-") return true;
    const relative = path.relative(config.directory, path.resolve(root, file.path)).split(path.sep).join("/");
    if (relative === "" || relative === ".." || relative.startsWith("../") || path.isAbsolute(relative)) return true;
    if (excluded.ignores(relative)) return false;
    return included ? included.ignores(relative) : true;
  });
}
