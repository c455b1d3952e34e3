#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import "./chunk-UXDXSETC.mjs";
import {
  compareFindings,
  isSuppressed,
  require_dist
} from "./chunk-ZMHE2JLS.mjs";
import {
  loadCustomRules,
  loadPositionedDocuments,
  readOwnFile,
  require_ajv,
  require_dist as require_dist2,
  schemaDiagnostics
} from "./chunk-X3S3D3K3.mjs";
import "./chunk-IWKSKUXL.mjs";
import "./chunk-6VO5NUTP.mjs";
import "./chunk-XVC44WZQ.mjs";
import "./chunk-5PNFQAMN.mjs";
import "./chunk-JNLKQLQK.mjs";
import {
  __toESM
} from "./chunk-XLRDP7NM.mjs";

// packages/engine/src/suppress/baseline.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";

// packages/engine/src/suppress/baseline-schema.json
var baseline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/suppress/baseline-schema.json",
  title: "Tollgate baseline",
  description: "Findings accepted when the baseline was made, written by `tollgate baseline create`. Entries are matched by fingerprint, never by line.",
  type: "object",
  additionalProperties: false,
  required: ["version", "findings"],
  properties: {
    version: { const: 1 },
    created: { type: "string" },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "resource", "fingerprint"],
        properties: {
          rule: { type: "string", minLength: 1 },
          resource: { type: "string", minLength: 1 },
          attribute: { type: "string" },
          file: { description: "Where the finding was, for the reader; not used for matching.", type: "string" },
          fingerprint: { type: "string", pattern: "^[0-9a-f]{32}$", description: "a 32-digit hexadecimal fingerprint" }
        }
      }
    }
  }
};

// packages/engine/src/suppress/baseline.ts
var Ajv = import_ajv.default.default;
function baselineEntries(findings, root) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (isSuppressed(finding) || seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    entries.push({
      rule: finding.ruleId,
      resource: finding.resource,
      attribute: finding.attribute,
      file: root && path.isAbsolute(finding.location.file) ? path.relative(root, finding.location.file).split(path.sep).join("/") : finding.location.file,
      fingerprint: finding.fingerprint
    });
  }
  return entries;
}
function formatBaseline(entries, format, created = /* @__PURE__ */ new Date()) {
  const document = { version: 1, created: created.toISOString().slice(0, 10), findings: entries };
  if (format === "json") return `${JSON.stringify(document, null, 2)}
`;
  const header = [
    "# Tollgate baseline: findings accepted when this file was made.",
    "# `tollgate scan --baseline <this file>` reports only findings not listed here.",
    "# Entries match by fingerprint (rule, resource, attribute and the flagged line's",
    "# text), not by line number. Delete entries as their findings are fixed; the scan",
    "# lists the entries that no longer occur."
  ];
  return `${header.join("\n")}
${(0, import_yaml.stringify)(document, { lineWidth: 0 })}`;
}
var validator;
async function loadBaseline(file) {
  let text;
  try {
    text = await readOwnFile(file);
  } catch (error) {
    const cause = error.code === "ENOENT" ? "no such file" : error.message;
    return { diagnostics: [{ level: "error", code: "baseline-unreadable", message: `cannot read the baseline: ${cause}`, file }] };
  }
  return parseBaseline(text, file);
}
function parseBaseline(text, file) {
  const loaded = loadPositionedDocuments(file, text);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) return { diagnostics: errors.map((diagnostic) => ({ ...diagnostic, code: "baseline-syntax" })) };
  const document = loaded.documents[0];
  if (!document || loaded.documents.length > 1) {
    return { diagnostics: [{ level: "error", code: "baseline-invalid", message: "a baseline file holds exactly one YAML or JSON document", file }] };
  }
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(baseline_schema_default);
  if (!validator(document.data)) return { diagnostics: schemaDiagnostics(document, validator.errors ?? [], "baseline-invalid", "baseline") };
  const entries = document.data.findings;
  return { baseline: { file, entries }, diagnostics: [] };
}

// packages/engine/src/config/config.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
import path2 from "node:path";

// packages/engine/src/config/config-schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/config/config-schema.json",
  title: "Tollgate configuration (tollgate.yaml)",
  description: "Found in the scanned directory or one of its parents, or given with `--config`. Paths and globs are relative to the directory of the configuration file.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { description: "Version of this file's format.", const: 1 },
    include: {
      description: "When present, only files matching one of these globs (gitignore syntax) are scanned.",
      type: "array",
      items: { $ref: "#/definitions/glob" }
    },
    exclude: {
      description: "Files matching one of these globs (gitignore syntax) are not scanned.",
      type: "array",
      items: { $ref: "#/definitions/glob" }
    },
    "fail-on": {
      description: "Exit with code 1 when an unsuppressed finding is at or above this severity; `--fail-on` wins.",
      enum: ["critical", "high", "medium", "low", "none"]
    },
    rules: {
      type: "object",
      additionalProperties: false,
      properties: {
        disable: {
          description: "Rules to turn off: ids or selectors (`*`, `category:<name>`, `platform:<name>`, `tag:<name>`).",
          type: "array",
          items: { $ref: "#/definitions/selector" }
        },
        enable: {
          description: "Rules to turn back on after `disable`, by id or selector.",
          type: "array",
          items: { $ref: "#/definitions/selector" }
        },
        severity: {
          description: "Severity overrides by id or selector; ids win over selectors.",
          type: "object",
          propertyNames: { $ref: "#/definitions/selector" },
          additionalProperties: { enum: ["critical", "high", "medium", "low"] }
        },
        options: {
          description: "Options for each rule, by rule id (e.g. `gha-action-not-pinned: { trustedOwners: [actions] }`).",
          type: "object",
          propertyNames: { $ref: "#/definitions/ruleId" },
          additionalProperties: { type: "object" }
        }
      }
    },
    ignore: {
      description: "Findings not to report in some files, each with the reason and, optionally, the last day it applies.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paths", "reason"],
        properties: {
          paths: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" } },
          rules: {
            description: "Rule ids; every rule when absent.",
            type: "array",
            minItems: 1,
            items: { $ref: "#/definitions/ruleId" }
          },
          reason: { type: "string", pattern: "\\S", description: "a non-empty reason" },
          until: { description: "Last day the entry applies; after it, its findings are reported again.", type: "string", format: "date" }
        }
      }
    },
    "custom-rules": {
      description: "Files or directories of declarative custom rules (YAML).",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    baseline: {
      description: "A baseline file, as written by `tollgate baseline create`; `--baseline` wins.",
      type: "string",
      minLength: 1
    }
  },
  definitions: {
    glob: { type: "string", minLength: 1 },
    ruleId: {
      type: "string",
      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
      description: "a rule id (lower-case words joined by hyphens)"
    },
    selector: {
      type: "string",
      pattern: "^(?:\\*|[a-z0-9]+(?:-[a-z0-9]+)*|category:(?:iam|encryption|networking|supply-chain|logging)|platform:(?:terraform|kubernetes|github-actions)|tag:[A-Za-z0-9._-]+)$",
      description: 'a rule id, "*", "category:<iam|encryption|networking|supply-chain|logging>", "platform:<terraform|kubernetes|github-actions>" or "tag:<tag>"'
    }
  }
};

// packages/engine/src/config/config.ts
var Ajv2 = import_ajv2.default.default;
var addFormats = import_ajv_formats.default.default;
var validator2;
function validate(data) {
  if (!validator2) {
    const ajv = new Ajv2({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv, ["date"]);
    validator2 = ajv.compile(config_schema_default);
  }
  return validator2(data) ? [] : validator2.errors ?? [];
}
async function loadConfigFile(file) {
  const absolute = path2.resolve(file);
  let text;
  try {
    text = await readOwnFile(absolute);
  } catch (error) {
    const cause = error.code === "ENOENT" ? "no such file" : error.message;
    return { diagnostics: [{ level: "error", code: "config-unreadable", message: `cannot read the configuration: ${cause}`, file: absolute }] };
  }
  return parseConfig(text, absolute);
}
function parseConfig(text, file) {
  const loaded = loadPositionedDocuments(file, text);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) return { diagnostics: errors.map((diagnostic) => ({ ...diagnostic, code: "config-syntax" })) };
  if (loaded.documents.length > 1) {
    return { diagnostics: [{ level: "error", code: "config-invalid", message: "a configuration file holds one YAML document", file, range: loaded.documents[1].locate([]) }] };
  }
  const document = loaded.documents[0];
  const directory = path2.dirname(file);
  if (!document) return { config: emptyConfig(file, directory), diagnostics: [] };
  const violations = validate(document.data);
  if (violations.length > 0) return { diagnostics: schemaDiagnostics(document, violations, "config-invalid", "configuration") };
  const escapes = pathsOutside(document, directory);
  if (escapes.length > 0) return { diagnostics: escapes };
  return { config: fromDocument(document, file, directory), diagnostics: [] };
}
function pathsOutside(document, directory) {
  const data = document.data;
  const named = [
    ...(data["custom-rules"] ?? []).map((entry, index) => ({ entry, at: ["custom-rules", index] })),
    ...data.baseline ? [{ entry: data.baseline, at: ["baseline"] }] : []
  ];
  return named.filter(({ entry }) => {
    const relative = path2.relative(directory, path2.resolve(directory, entry));
    return relative.startsWith("..") || path2.isAbsolute(relative);
  }).map(({ entry, at }) => ({
    level: "error",
    code: "config-invalid",
    message: `configuration ${at[0]}: "${entry}" is outside the configuration's directory`,
    file: document.file,
    range: document.locate(at)
  }));
}
function emptyConfig(file, directory) {
  return { file, directory, exclude: [], rules: { disable: [], enable: [], severity: [], options: [] }, ignores: [], customRules: [] };
}
function fromDocument(document, file, directory) {
  const data = document.data;
  const selectors = (key) => (data.rules?.[key] ?? []).map((text, index) => ({ text, location: document.locate(["rules", key, index]) }));
  return {
    file,
    directory,
    ...data.include ? { include: data.include } : {},
    exclude: data.exclude ?? [],
    ...data["fail-on"] ? { failOn: data["fail-on"] } : {},
    rules: {
      disable: selectors("disable"),
      enable: selectors("enable"),
      severity: Object.entries(data.rules?.severity ?? {}).map(([text, severity]) => ({ text, severity, location: document.locate(["rules", "severity"], text) })),
      options: Object.entries(data.rules?.options ?? {}).map(([ruleId, options]) => ({ ruleId, options, location: document.locate(["rules", "options"], ruleId) }))
    },
    ignores: (data.ignore ?? []).map((entry, index) => ({
      paths: entry.paths,
      ...entry.rules ? { rules: entry.rules } : {},
      reason: entry.reason.trim(),
      ...entry.until ? { until: entry.until } : {},
      location: document.locate(["ignore", index])
    })),
    customRules: (data["custom-rules"] ?? []).map((entry) => path2.resolve(directory, entry)),
    ...data.baseline ? { baseline: path2.resolve(directory, data.baseline) } : {}
  };
}
export {
  baselineEntries,
  formatBaseline,
  loadBaseline,
  loadConfigFile,
  loadCustomRules
};
