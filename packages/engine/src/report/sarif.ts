import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { Finding } from "../evaluate/finding.js";
import type { RuleMeta } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { hasInputErrors, type ScanResult } from "../model/scan-result.js";
import type { Range } from "../model/source.js";
import { diagnosticFile, sortDiagnostics, sortFindings } from "./order.js";
import { relativeFile, withoutRoot } from "./paths.js";
import { problemSeverity, sarifLevel, securitySeverity } from "./severity.js";

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every enabled rule
 * described (so an alert's page explains itself and closed alerts can be told
 * apart from disabled rules), repo-relative locations and our own line-move
 * proof fingerprints.
 */

/** Where each rule's documentation page lives: `<base><rule id>.md`. */
export const RULE_DOCS_BASE_URL = "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/";

/** The schema URI GitHub's documentation asks uploads to declare. */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** The analysis category GitHub files results under when the caller names none. */
export const DEFAULT_SARIF_CATEGORY = "tollgate";

const SOURCE_ROOT = "%SRCROOT%";

/** GitHub's upload limits: text beyond these is rejected or cut off. */
const MAX_DESCRIPTION_LENGTH = 1024;
const MAX_NAME_LENGTH = 255;
/** Uploads with more tags per rule are rejected; GitHub shows only the first ten, so order matters. */
const MAX_TAGS = 20;

export interface SarifOptions {
  /**
   * Distinguishes several uploads for one commit (one per platform, one per
   * monorepo folder). `terraform` files results under `tollgate/terraform`.
   */
  category?: string;
}

export function ruleHelpUri(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}

export function toSarif(result: ScanResult, options: SarifOptions = {}): Sarif.Log {
  const rules = uniqueRulesById(result.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = [...result.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Once per file, not per location.
  const uris = new Map<string, string>();
  const uriOf = (file: string): string => {
    let uri = uris.get(file);
    if (uri === undefined) uris.set(file, (uri = fileUri(relativeFile(file, result.root))));
    return uri;
  };
  const artifactUris = files.map((file) => uriOf(file.path));
  const artifactIndex = new Map(artifactUris.map((uri, index) => [uri, index]));
  const locate = (file: string, range?: Range): Sarif.PhysicalLocation => physicalLocation(uriOf(file), artifactIndex, range);

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            ...(isSemanticVersion(result.tool.version) ? { semanticVersion: result.tool.version } : {}),
            informationUri: result.tool.informationUri,
            rules: rules.map(reportingDescriptor),
          },
        },
        automationDetails: { id: automationId(options.category) },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            uri: rootUri(result.root),
            description: { text: "The root of the scanned tree." },
          },
        },
        artifacts: files.map(
          (file, index): Sarif.Artifact => ({
            location: { uri: artifactUris[index], uriBaseId: SOURCE_ROOT },
            roles: ["analysisTarget"],
            properties: { kind: file.kind, resources: file.resources },
          }),
        ),
        invocations: [
          {
            executionSuccessful: !hasInputErrors(result),
            toolExecutionNotifications: sortDiagnostics(result.diagnostics).map((diagnostic) =>
              notification(diagnostic, result.root, locate),
            ),
          },
        ],
        results: sarifResults(result, ruleIndex, locate),
        // Columns count UTF-16 code units, as JavaScript strings (and editors) do.
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

export function formatSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

function sarifResults(
  result: ScanResult,
  ruleIndex: ReadonlyMap<string, number>,
  locate: (file: string, range?: Range) => Sarif.PhysicalLocation,
): Sarif.Result[] {
  // GitHub's line hashes end in `:<n>`, the n-th result with that hash in the
  // file; counting the same way keeps two identical findings distinct.
  const occurrences = new Map<string, number>();
  return sortFindings(result.findings).map((finding) => {
    const primary = locate(finding.location.file, finding.location);
    const occurrenceKey = `${primary.artifactLocation?.uri}\u0000${finding.fingerprint}`;
    const occurrence = (occurrences.get(occurrenceKey) ?? 0) + 1;
    occurrences.set(occurrenceKey, occurrence);
    const index = ruleIndex.get(finding.ruleId);

    // Optional members are added in their place rather than spread: a spread followed by more members takes V8's slow path.
    const sarifResult = { ruleId: finding.ruleId } as Sarif.Result;
    if (index !== undefined) sarifResult.ruleIndex = index;
    sarifResult.level = sarifLevel(finding.severity);
    sarifResult.message = { text: resultMessage(finding, result.root) };
    sarifResult.locations = [
      {
        physicalLocation: primary,
        logicalLocations: [{ name: finding.resourceName, fullyQualifiedName: finding.resource, kind: "resource" }],
      },
    ];
    sarifResult.partialFingerprints = { primaryLocationLineHash: `${finding.fingerprint}:${occurrence}` };
    const properties: Sarif.PropertyBag = { resource: finding.resource, resourceType: finding.resourceType };
    if (finding.attribute) properties.attribute = finding.attribute;
    properties.platform = finding.platform;
    properties.category = finding.category;
    properties.severity = finding.severity;
    sarifResult.properties = properties;
    if (finding.suppressions?.length) {
      sarifResult.suppressions = finding.suppressions.map((suppression) => ({
        kind: suppression.kind,
        status: "accepted",
        justification: withoutRoot(suppression.justification, result.root),
        // Comments and annotations sit in scanned files; a configuration or baseline may lie outside the root.
        ...(suppression.kind === "inSource" && suppression.location
          ? { location: { physicalLocation: locate(suppression.location.file, suppression.location) } }
          : {}),
        properties: { source: suppression.source, ...(suppression.until ? { until: suppression.until } : {}) },
      }));
    }
    if (finding.related.length > 0) {
      sarifResult.relatedLocations = finding.related.map((related, position) => ({
        id: position + 1,
        physicalLocation: locate(related.location.file, related.location),
        message: { text: withoutRoot(related.message, result.root) },
      }));
    }
    return sarifResult;
  });
}

/**
 * GitHub links related locations only from links embedded in the message
 * (`[text](id)`), so each one is appended as such a link. Once a message has
 * links, its literal brackets must be escaped (SARIF §3.11.6).
 */
function resultMessage(finding: Finding, root: string): string {
  const message = withoutRoot(finding.message, root);
  if (finding.related.length === 0) return message;
  const links = finding.related.map(
    (related, position) => `[${escapeMessageText(withoutRoot(related.message, root))}](${position + 1})`,
  );
  return `${escapeMessageText(message)} Related: ${links.join(", ")}.`;
}

function escapeMessageText(text: string): string {
  return text.replace(/[\\[\]]/g, "\\$&");
}

function reportingDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const description = rule.description.trim() || rule.title;
  return {
    id: rule.id,
    name: truncate(pascalCase(rule.id), MAX_NAME_LENGTH),
    shortDescription: { text: truncate(rule.title, MAX_DESCRIPTION_LENGTH) },
    fullDescription: { text: truncate(description, MAX_DESCRIPTION_LENGTH) },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    helpUri: ruleHelpUri(rule.id),
    help: { text: helpText(rule, description), markdown: helpMarkdown(rule, description) },
    properties: {
      tags: ruleTags(rule),
      precision: rule.precision,
      "security-severity": securitySeverity(rule.severity),
      "problem.severity": problemSeverity(rule.severity),
    },
  };
}

/** `aws-s3-encryption-at-rest` → `AwsS3EncryptionAtRest`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}

/** `CWE-311` (or `cwe-311`, `311`) → `external/cwe/cwe-311`, GitHub's CWE tag form; undefined if no number. */
export function cweTag(cwe: string): string | undefined {
  const number = /(\d+)/.exec(cwe)?.[1];
  return number === undefined ? undefined : `external/cwe/cwe-${Number(number)}`;
}

/** Most useful first, because GitHub displays only the first ten. */
function ruleTags(rule: RuleMeta): string[] {
  const cweTags = (rule.cwe ?? []).map(cweTag).filter((tag): tag is string => tag !== undefined);
  const tags = ["security", rule.category, ...cweTags, ...rule.platforms, ...(rule.tags ?? [])];
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

function helpText(rule: RuleMeta, description: string): string {
  const sections = [description, `Remediation: ${rule.remediation}`];
  if (rule.references?.length) sections.push(["References:", ...rule.references.map((ref) => `- ${ref}`)].join("\n"));
  if (rule.cwe?.length) sections.push(`CWE: ${rule.cwe.join(", ")}`);
  const frameworks = frameworkEntries(rule);
  if (frameworks.length > 0) {
    sections.push(["Compliance:", ...frameworks.map(([name, controls]) => `- ${name}: ${controls.join(", ")}`)].join("\n"));
  }
  sections.push(`Documentation: ${ruleHelpUri(rule.id)}`);
  return sections.join("\n\n");
}

function helpMarkdown(rule: RuleMeta, description: string): string {
  const sections = [`## ${rule.title}`, description, `### Remediation\n\n${rule.remediation}`];
  if (rule.references?.length) {
    sections.push(`### References\n\n${rule.references.map((ref) => `- <${ref}>`).join("\n")}`);
  }
  if (rule.cwe?.length) {
    sections.push(`### Weaknesses\n\n${rule.cwe.map(cweMarkdownLink).join("\n")}`);
  }
  const frameworks = frameworkEntries(rule);
  if (frameworks.length > 0) {
    const rows = frameworks.map(([name, controls]) => `| ${tableCell(name)} | ${tableCell(controls.join(", "))} |`);
    sections.push(["### Compliance", "", "| Framework | Controls |", "| --- | --- |", ...rows].join("\n"));
  }
  sections.push(`[Rule documentation](${ruleHelpUri(rule.id)})`);
  return sections.join("\n\n");
}

/** A pipe would end the Markdown table cell early. */
function tableCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function cweMarkdownLink(cwe: string): string {
  const number = /(\d+)/.exec(cwe)?.[1];
  return number === undefined
    ? `- ${cwe}`
    : `- [${cwe}](https://cwe.mitre.org/data/definitions/${Number(number)}.html)`;
}

function frameworkEntries(rule: RuleMeta): Array<[string, readonly string[]]> {
  return Object.entries(rule.frameworks ?? {})
    .filter(([, controls]) => controls.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function notification(
  diagnostic: Diagnostic,
  root: string,
  locate: (file: string, range?: Range) => Sarif.PhysicalLocation,
): Sarif.Notification {
  const file = diagnosticFile(diagnostic);
  return {
    level: diagnostic.level,
    message: { text: withoutRoot(diagnostic.message, root) },
    descriptor: { id: diagnostic.code },
    ...(file === undefined ? {} : { locations: [{ physicalLocation: locate(file, diagnostic.range) }] }),
  };
}

function physicalLocation(
  uri: string,
  artifactIndex: ReadonlyMap<string, number>,
  range: Range | undefined,
): Sarif.PhysicalLocation {
  const index = artifactIndex.get(uri);
  const region = range ? toRegion(range) : undefined;
  const artifactLocation: Sarif.ArtifactLocation = { uri, uriBaseId: SOURCE_ROOT };
  if (index !== undefined) artifactLocation.index = index;
  return region ? { artifactLocation, region } : { artifactLocation };
}

/** Our ranges are 1-based with an exclusive end column, exactly SARIF's convention. */
function toRegion(range: Range): Sarif.Region | undefined {
  const { start, end } = range;
  // A position the loader could not determine is better left out than reported as line 0.
  if (!(start.line >= 1)) return undefined;
  const region: Sarif.Region = { startLine: start.line };
  if (start.column >= 1) region.startColumn = start.column;
  if (end.line >= start.line) {
    region.endLine = end.line;
    if (end.column >= 1 && (end.line > start.line || end.column >= (region.startColumn ?? 1))) {
      region.endColumn = end.column;
    }
  }
  return region;
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(relativePath: string): string {
  // Characters `encodeURIComponent` leaves as they are: most paths need no work.
  if (/^[\w.!~*'()/-]*$/.test(relativePath)) return relativePath;
  return relativePath.split("/").map(encodeURIComponent).join("/");
}

/** SARIF requires a base URI to end with a slash. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/**
 * GitHub reads `automationDetails.id` as `<category>/<run id>`; ending with a
 * slash sets the category alone, so re-uploads replace the previous results.
 */
function automationId(category: string | undefined): string {
  const trimmed = category?.trim().replace(/^\/+|\/+$/g, "");
  if (!trimmed) return `${DEFAULT_SARIF_CATEGORY}/`;
  const prefixed =
    trimmed === DEFAULT_SARIF_CATEGORY || trimmed.startsWith(`${DEFAULT_SARIF_CATEGORY}/`)
      ? trimmed
      : `${DEFAULT_SARIF_CATEGORY}/${trimmed}`;
  return `${prefixed}/`;
}

function uniqueRulesById(rules: readonly RuleMeta[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function isSemanticVersion(version: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}
