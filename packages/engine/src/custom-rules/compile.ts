import type { ValidateFunction } from "ajv";
import type { InvalidRuleExample, Precision, Rule, RuleExample, RuleMeta } from "../evaluate/rule.js";
import type { PositionedDocument } from "../config/yaml-document.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Platform } from "../model/resource.js";
import { formatPath } from "../model/source.js";
import { isUnknown, type Value } from "../model/value.js";
import { selectorProblem, selectValues } from "./selector.js";

/** A custom rule as written, after its format was validated. */
export interface CustomRuleData {
  id: string;
  title: string;
  severity: RuleMeta["severity"];
  category: RuleMeta["category"];
  platforms: Platform[];
  resourceTypes: string[];
  description: string;
  remediation: string;
  precision?: Precision;
  tags?: string[];
  cwe?: string[];
  frameworks?: Record<string, string[]>;
  references?: string[];
  select: string;
  required?: boolean;
  assert?: object | boolean;
  message?: string;
  missingMessage?: string;
  examples?: { valid?: RuleExample[]; invalid?: InvalidRuleExample[] };
}

/**
 * Turns a validated custom rule into a `Rule`: the selector and the schema
 * are checked here, so a rule that loads can only fail on data, never on
 * its own definition.
 */
export function compileCustomRule(
  data: CustomRuleData,
  document: PositionedDocument,
  options: { createAjv: () => { compile(schema: object | boolean): ValidateFunction } },
): { rule?: Rule; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (at: string, message: string): void => {
    diagnostics.push({ level: "error", code: "custom-rule-invalid", message: `custom rule ${data.id}: ${message}`, file: document.file, range: document.locate([at]) });
  };

  const invalidSelector = selectorProblem(data.select);
  if (invalidSelector) problem("select", `invalid selector "${data.select}": ${invalidSelector}`);
  if (data.assert === undefined && data.required !== true) problem("select", "a rule needs an `assert` schema, `required: true`, or both");

  let validate: ValidateFunction | undefined;
  if (data.assert !== undefined) {
    try {
      validate = options.createAjv().compile(data.assert);
    } catch (error) {
      problem("assert", `invalid JSON Schema in assert: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (diagnostics.length > 0) return { diagnostics };

  const meta: RuleMeta = {
    id: data.id,
    title: data.title,
    severity: data.severity,
    category: data.category,
    platforms: data.platforms,
    resourceTypes: data.resourceTypes,
    description: data.description,
    remediation: data.remediation,
    precision: data.precision ?? "medium",
    tags: ["custom", ...(data.tags ?? [])],
    ...(data.cwe ? { cwe: data.cwe } : {}),
    ...(data.frameworks ? { frameworks: data.frameworks } : {}),
    ...(data.references ? { references: data.references } : {}),
  };

  const rule: Rule = {
    meta,
    check(resource, { report }) {
      const selected = selectValues(data.select, resource.attributes);
      if (selected.length === 0) {
        // A value hidden behind an unknown (a variable without a value, a
        // computed attribute) may well be there: never report on what cannot be known.
        if (data.required && !containsUnknown(resource.attributes)) {
          const template = data.missingMessage ?? `{{resource}}: nothing at {{path}} (${data.title})`;
          report({ message: fill(template, { resource: resource.name, path: data.select, value: "", error: "is missing" }) });
        }
        return;
      }
      if (!validate) return;
      for (const { path, value } of selected) {
        if (containsUnknown(value)) continue;
        if (validate(value)) continue;
        const first = validate.errors?.[0];
        const where = formatPath(path) || "the resource";
        const error = `${first?.instancePath ? `${first.instancePath.slice(1).replace(/\//g, ".")} ` : ""}${first?.message ?? "does not satisfy the rule's schema"}`;
        report({
          at: path,
          message: fill(data.message ?? `${resource.name}: ${where} ${error} (${data.title})`, { resource: resource.name, path: where, value: preview(value), error }),
        });
      }
    },
    examples: {
      valid: data.examples?.valid ?? [],
      invalid: data.examples?.invalid ?? [],
    },
  };
  return { rule, diagnostics };
}

function fill(template: string, values: Record<"resource" | "path" | "value" | "error", string>): string {
  return template.replace(/\{\{\s*(resource|path|value|error)\s*\}\}/g, (_, name: keyof typeof values) => values[name]);
}

function preview(value: Value): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function containsUnknown(value: Value | undefined): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
  return false;
}
