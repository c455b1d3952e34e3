import path from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import type { Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceRange } from "../model/source.js";
import configSchema from "./config-schema.json" with { type: "json" };
import { readOwnFile } from "./read-own-file.js";
import { loadPositionedDocuments, schemaDiagnostics, type PositionedDocument } from "./yaml-document.js";

// Both packages are CommonJS with the class or plugin on `default` as well.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

// Finding the file needs none of the validation below: a scan without one never reads it.
export { CONFIG_FILE_NAMES, findConfigFile } from "./find-config.js";

/** A rule id or `*`, `category:<c>`, `platform:<p>`, `tag:<t>`, with where it is written. */
export interface RuleSelector {
  text: string;
  location: SourceRange;
}

export interface ConfigIgnore {
  paths: string[];
  /** Every rule when undefined. */
  rules?: string[];
  reason: string;
  until?: string;
  location: SourceRange;
}

/** A validated `tollgate.yaml`; paths are absolute, globs relative to `directory`. */
export interface TollgateConfig {
  file: string;
  directory: string;
  include?: string[];
  exclude: string[];
  failOn?: Severity | "none";
  rules: {
    disable: RuleSelector[];
    enable: RuleSelector[];
    severity: Array<RuleSelector & { severity: Severity }>;
    options: Array<{ ruleId: string; options: Record<string, unknown>; location: SourceRange }>;
  };
  ignores: ConfigIgnore[];
  customRules: string[];
  baseline?: string;
}

export interface ConfigLoad {
  /** Undefined when the file has errors: a scan must not run on a configuration it misread. */
  config?: TollgateConfig;
  diagnostics: Diagnostic[];
}

let validator: ReturnType<InstanceType<typeof Ajv>["compile"]> | undefined;

function validate(data: unknown) {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv, ["date"]);
    validator = ajv.compile(configSchema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Reads and validates a configuration file; every problem names its line and column. */
export async function loadConfigFile(file: string): Promise<ConfigLoad> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readOwnFile(absolute);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { diagnostics: [{ level: "error", code: "config-unreadable", message: `cannot read the configuration: ${cause}`, file: absolute }] };
  }
  return parseConfig(text, absolute);
}

/** Validates configuration text; `file` is its absolute path (globs are relative to its directory). */
export function parseConfig(text: string, file: string): ConfigLoad {
  const loaded = loadPositionedDocuments(file, text);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) return { diagnostics: errors.map((diagnostic) => ({ ...diagnostic, code: "config-syntax" })) };
  if (loaded.documents.length > 1) {
    return { diagnostics: [{ level: "error", code: "config-invalid", message: "a configuration file holds one YAML document", file, range: loaded.documents[1]!.locate([]) }] };
  }
  const document = loaded.documents[0];
  const directory = path.dirname(file);
  if (!document) return { config: emptyConfig(file, directory), diagnostics: [] };
  const violations = validate(document.data);
  if (violations.length > 0) return { diagnostics: schemaDiagnostics(document, violations, "config-invalid", "configuration") };
  const escapes = pathsOutside(document, directory);
  if (escapes.length > 0) return { diagnostics: escapes };
  return { config: fromDocument(document, file, directory), diagnostics: [] };
}

/**
 * A configuration may come with an untrusted pull request: the files it names
 * (custom rules, the baseline) must lie in its own directory tree, never
 * `/`, `../..` or a device.
 */
function pathsOutside(document: PositionedDocument, directory: string): Diagnostic[] {
  const data = document.data as ConfigData;
  const named: Array<{ entry: string; at: readonly (string | number)[] }> = [
    ...(data["custom-rules"] ?? []).map((entry, index) => ({ entry, at: ["custom-rules", index] as const })),
    ...(data.baseline ? [{ entry: data.baseline, at: ["baseline"] as const }] : []),
  ];
  return named
    .filter(({ entry }) => {
      const relative = path.relative(directory, path.resolve(directory, entry));
      return relative.startsWith("..") || path.isAbsolute(relative);
    })
    .map(({ entry, at }) => ({
      level: "error" as const,
      code: "config-invalid",
      message: `configuration ${at[0]}: "${entry}" is outside the configuration's directory`,
      file: document.file,
      range: document.locate(at),
    }));
}

function emptyConfig(file: string, directory: string): TollgateConfig {
  return { file, directory, exclude: [], rules: { disable: [], enable: [], severity: [], options: [] }, ignores: [], customRules: [] };
}

interface ConfigData {
  include?: string[];
  exclude?: string[];
  "fail-on"?: Severity | "none";
  rules?: { disable?: string[]; enable?: string[]; severity?: Record<string, Severity>; options?: Record<string, Record<string, unknown>> };
  ignore?: Array<{ paths: string[]; rules?: string[]; reason: string; until?: string }>;
  "custom-rules"?: string[];
  baseline?: string;
}

function fromDocument(document: PositionedDocument, file: string, directory: string): TollgateConfig {
  const data = document.data as ConfigData;
  const selectors = (key: "disable" | "enable"): RuleSelector[] =>
    (data.rules?.[key] ?? []).map((text, index) => ({ text, location: document.locate(["rules", key, index]) }));
  return {
    file,
    directory,
    ...(data.include ? { include: data.include } : {}),
    exclude: data.exclude ?? [],
    ...(data["fail-on"] ? { failOn: data["fail-on"] } : {}),
    rules: {
      disable: selectors("disable"),
      enable: selectors("enable"),
      severity: Object.entries(data.rules?.severity ?? {}).map(([text, severity]) => ({ text, severity, location: document.locate(["rules", "severity"], text) })),
      options: Object.entries(data.rules?.options ?? {}).map(([ruleId, options]) => ({ ruleId, options, location: document.locate(["rules", "options"], ruleId) })),
    },
    ignores: (data.ignore ?? []).map((entry, index) => ({
      paths: entry.paths,
      ...(entry.rules ? { rules: entry.rules } : {}),
      reason: entry.reason.trim(),
      ...(entry.until ? { until: entry.until } : {}),
      location: document.locate(["ignore", index]),
    })),
    customRules: (data["custom-rules"] ?? []).map((entry) => path.resolve(directory, entry)),
    ...(data.baseline ? { baseline: path.resolve(directory, data.baseline) } : {}),
  };
}
