import { promises as fs } from "node:fs";
import path from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import fg from "fast-glob";
import type { Rule } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { loadPositionedDocuments, schemaDiagnostics } from "../config/yaml-document.js";
import { readOwnFile } from "../config/read-own-file.js";
import { linearRegExpEngine } from "../model/linear-regexp.js";
import { compileCustomRule, type CustomRuleData } from "./compile.js";
import customRuleSchema from "./custom-rule-schema.json" with { type: "json" };

// Both packages are CommonJS with the class or plugin on `default` as well.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

export interface CustomRuleLoad {
  rules: Rule[];
  /** Errors name the file, line and column; a broken rule is left out, the others load. */
  diagnostics: Diagnostic[];
}

const RULE_FILE_GLOB = "**/*.{yaml,yml,json}";

let formatValidator: ReturnType<InstanceType<typeof Ajv>["compile"]> | undefined;

function validateFormat(data: unknown) {
  if (!formatValidator) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    formatValidator = ajv.compile(customRuleSchema);
  }
  return formatValidator(data) ? [] : (formatValidator.errors ?? []);
}

/**
 * Reads custom rules from files and directories (every YAML or JSON file
 * below a directory). Rules are data: nothing here runs code from the files.
 * `reservedIds` are the built-in rules' ids, which a custom rule may not take.
 */
export async function loadCustomRules(paths: readonly string[], reservedIds: ReadonlySet<string> = new Set()): Promise<CustomRuleLoad> {
  const rules: Rule[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const entry of paths) {
    const absolute = path.resolve(entry);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) diagnostics.push({ level: "error", code: "custom-rule-unreadable", message: "custom rules: no such file or directory", file: absolute });
    else if (stat.isDirectory()) files.push(...(await fg(RULE_FILE_GLOB, { cwd: absolute, absolute: true, onlyFiles: true, followSymbolicLinks: false })).sort());
    else files.push(absolute);
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readOwnFile(file);
    } catch (error) {
      diagnostics.push({ level: "error", code: "custom-rule-unreadable", message: `cannot read custom rules: ${(error as Error).message}`, file });
      continue;
    }
    const parsed = parseCustomRules(text, file, reservedIds);
    diagnostics.push(...parsed.diagnostics);
    for (const rule of parsed.rules) {
      const earlier = seen.get(rule.meta.id);
      if (earlier) {
        diagnostics.push({ level: "error", code: "custom-rule-invalid", message: `custom rule id "${rule.meta.id}" is already defined in ${earlier}`, file });
        continue;
      }
      seen.set(rule.meta.id, file);
      rules.push(rule);
    }
  }
  return { rules, diagnostics };
}

/** The rules of one file, one per YAML document. */
export function parseCustomRules(text: string, file: string, reservedIds: ReadonlySet<string> = new Set()): CustomRuleLoad {
  const loaded = loadPositionedDocuments(file, text);
  const diagnostics: Diagnostic[] = loaded.diagnostics.map((diagnostic) =>
    diagnostic.level === "error" ? { ...diagnostic, code: "custom-rule-syntax", message: `custom rule: ${diagnostic.message}` } : diagnostic,
  );
  const rules: Rule[] = [];
  for (const document of loaded.documents) {
    const violations = validateFormat(document.data);
    if (violations.length > 0) {
      diagnostics.push(...schemaDiagnostics(document, violations, "custom-rule-invalid", "custom rule"));
      continue;
    }
    const data = document.data as unknown as CustomRuleData;
    if (reservedIds.has(data.id)) {
      diagnostics.push({ level: "error", code: "custom-rule-invalid", message: `custom rule id "${data.id}" is the id of a built-in rule`, file, range: document.locate(["id"]) });
      continue;
    }
    const compiled = compileCustomRule(data, document, { createAjv: () => withFormats(new Ajv({ allErrors: true, strict: true, code: { regExp: linearRegExpEngine } })) });
    diagnostics.push(...compiled.diagnostics);
    if (compiled.rule) rules.push(compiled.rule);
  }
  return { rules, diagnostics };
}

function withFormats(ajv: InstanceType<typeof Ajv>): InstanceType<typeof Ajv> {
  addFormats(ajv);
  return ajv;
}
