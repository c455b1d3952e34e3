import path from "node:path";
import AjvModule from "ajv";
import { stringify } from "yaml";
import { isSuppressed, type Finding } from "../evaluate/finding.js";
import { loadPositionedDocuments, schemaDiagnostics } from "../config/yaml-document.js";
import { readOwnFile } from "../config/read-own-file.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { compareFindings } from "../report/order.js";
import baselineSchema from "./baseline-schema.json" with { type: "json" };

const Ajv = AjvModule.default;

/** One accepted finding. Matching uses the fingerprint alone; the rest is for the people reviewing the file. */
export interface BaselineEntry {
  rule: string;
  resource: string;
  attribute?: string;
  file?: string;
  fingerprint: string;
}

export interface Baseline {
  /** The file it was read from, as the user named it. */
  file: string;
  entries: BaselineEntry[];
}

/** What a scan with a baseline found out about the baseline itself. */
export interface BaselineOutcome {
  file: string;
  entries: number;
  /** Findings hidden because the baseline lists them. */
  matched: number;
  /** Entries no finding matches any more: fixed or gone, to delete from the file. */
  unmatched: BaselineEntry[];
}

/** The unsuppressed findings of a scan, once each, in report order. */
export function baselineEntries(findings: readonly Finding[], root?: string): BaselineEntry[] {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (isSuppressed(finding) || seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    entries.push({
      rule: finding.ruleId,
      resource: finding.resource,
      attribute: finding.attribute,
      file: root && path.isAbsolute(finding.location.file) ? path.relative(root, finding.location.file).split(path.sep).join("/") : finding.location.file,
      fingerprint: finding.fingerprint,
    });
  }
  return entries;
}

/** YAML (with a header saying what the file is) or JSON, chosen by the caller (by file extension in the CLI). */
export function formatBaseline(entries: readonly BaselineEntry[], format: "yaml" | "json", created: Date = new Date()): string {
  const document = { version: 1, created: created.toISOString().slice(0, 10), findings: entries };
  if (format === "json") return `${JSON.stringify(document, null, 2)}\n`;
  const header = [
    "# Tollgate baseline: findings accepted when this file was made.",
    "# `tollgate scan --baseline <this file>` reports only findings not listed here.",
    "# Entries match by fingerprint (rule, resource, attribute and the flagged line's",
    "# text), not by line number. Delete entries as their findings are fixed; the scan",
    "# lists the entries that no longer occur.",
  ];
  return `${header.join("\n")}\n${stringify(document, { lineWidth: 0 })}`;
}

let validator: ReturnType<InstanceType<typeof Ajv>["compile"]> | undefined;

export async function loadBaseline(file: string): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readOwnFile(file);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { diagnostics: [{ level: "error", code: "baseline-unreadable", message: `cannot read the baseline: ${cause}`, file }] };
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): { baseline?: Baseline; diagnostics: Diagnostic[] } {
  const loaded = loadPositionedDocuments(file, text);
  const errors = loaded.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) return { diagnostics: errors.map((diagnostic) => ({ ...diagnostic, code: "baseline-syntax" })) };
  const document = loaded.documents[0];
  if (!document || loaded.documents.length > 1) {
    return { diagnostics: [{ level: "error", code: "baseline-invalid", message: "a baseline file holds exactly one YAML or JSON document", file }] };
  }
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(baselineSchema);
  if (!validator(document.data)) return { diagnostics: schemaDiagnostics(document, validator.errors ?? [], "baseline-invalid", "baseline") };
  const entries = (document.data as unknown as { findings: BaselineEntry[] }).findings;
  return { baseline: { file, entries }, diagnostics: [] };
}
