import type { ErrorObject } from "ajv";
import type { MapNode, SourceFile, TreeNode } from "../load/document.js";
import { treeToValue } from "../load/tree.js";
import { loadYaml } from "../load/yaml.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { formatPath, type Range, type SourceRange } from "../model/source.js";
import type { Value } from "../model/value.js";

/**
 * The documents of a YAML (or JSON) file Tollgate reads for itself, kept with
 * their positions so that every schema violation names its file, line and
 * column. `data` is plain JSON-like data for validation and use.
 */
export interface PositionedDocument {
  file: string;
  root: TreeNode;
  data: Value;
  /** The range of the value at `path`, or of the key `key` inside it; the nearest existing parent otherwise. */
  locate(path: readonly (string | number)[], key?: string): SourceRange;
}

/** Every document of a file; a syntax error is a diagnostic with its place, as for scanned files. */
export function loadPositionedDocuments(file: string, text: string): { documents: PositionedDocument[]; diagnostics: Diagnostic[] } {
  // The loader only copies the kind onto its documents; these are not scanned.
  const source: SourceFile = { path: file, text, kind: "kubernetes" };
  const loaded = loadYaml(source);
  return { documents: loaded.documents.map((document) => positioned(file, document.root)), diagnostics: loaded.diagnostics };
}

export function positioned(file: string, root: TreeNode): PositionedDocument {
  return {
    file,
    root,
    data: treeToValue(root),
    locate(path, key) {
      return { file, ...rangeAt(root, path, key) };
    },
  };
}

function rangeAt(root: TreeNode, path: readonly (string | number)[], key?: string): Range {
  let node = root;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (!next) return node.range;
    node = next;
  }
  if (key !== undefined && node.kind === "map") {
    const entry = node.entries.find((candidate) => candidate.key === key);
    if (entry) return entry.keyRange;
  }
  return node.range;
}

function childOf(node: TreeNode, segment: string | number): TreeNode | undefined {
  if (node.kind === "list") return node.items[Number(segment)];
  if (node.kind === "map") return (node as MapNode).entries.find((entry) => entry.key === String(segment))?.value;
  return undefined;
}

/** `/rules/severity/a~1b` → `["rules", "severity", "a/b"]`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Ajv's errors as diagnostics at the offending key or value. Ajv must run
 * with `verbose: true` (for the schema of each error, whose `description`
 * says what a `pattern` expects) and `allErrors: true`.
 */
export function schemaDiagnostics(document: PositionedDocument, errors: readonly ErrorObject[], code: string, what: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // Ajv reports a bad key twice: the failing subschema (with `propertyName`) and `propertyNames` itself.
    if (error.keyword === "propertyNames") continue;
    const path = typedPath(document.data, pointerSegments(error.instancePath));
    const params = error.params as Record<string, unknown>;
    const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
    let key: string | undefined = error.propertyName;
    let where: Array<string | number> = key === undefined ? path : [...path, key];
    let message: string;
    switch (error.keyword) {
      case "additionalProperties": {
        key = String(params.additionalProperty);
        where = [...path, key];
        const known = Object.keys((parent.properties as object | undefined) ?? {});
        message = `unknown key "${key}"${known.length > 0 ? ` (expected ${known.map((name) => `"${name}"`).join(", ")})` : ""}`;
        break;
      }
      case "required":
        message = `missing required key "${String(params.missingProperty)}"`;
        break;
      case "enum":
        message = `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
        break;
      case "const":
        message = `must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case "type":
        message = `must be ${article(String(params.type))}`;
        break;
      case "pattern": {
        const expected = typeof parent.description === "string" ? parent.description : `a string matching ${String(params.pattern)}`;
        message = error.propertyName === undefined ? `must be ${expected}` : `"${error.propertyName}" is not ${expected}`;
        break;
      }
      case "format":
        message = params.format === "date" ? "must be a date (YYYY-MM-DD)" : `must be a valid ${String(params.format)}`;
        break;
      default:
        message = error.message ?? "is invalid";
    }
    const text = `${what}${where.length > 0 ? ` ${formatPath(where)}` : ""}: ${message}`;
    const range = document.locate(path, key);
    const identity = `${range.start.line}:${range.start.column}:${text}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    diagnostics.push({ level: "error", code, message: text, file: document.file, range });
  }
  return diagnostics.sort((a, b) => a.range!.start.line - b.range!.start.line || a.range!.start.column - b.range!.start.column);
}

/** Pointer segments with list indexes as numbers, so paths render as `findings[0].rule`. */
function typedPath(data: Value, segments: readonly string[]): Array<string | number> {
  const path: Array<string | number> = [];
  let current: unknown = data;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = typeof current === "object" && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function article(type: string): string {
  if (type === "object") return "a mapping";
  if (type === "array") return "a list";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
