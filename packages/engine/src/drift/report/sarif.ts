import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { RuleMeta, Severity } from "../../evaluate/rule.js";
import type { Range, SourceRange } from "../../model/source.js";
import { diagnosticFile } from "../../report/order.js";
import { relativeFile, withoutRoot } from "../../report/paths.js";
import { pascalCase, ruleHelpUri, SARIF_SCHEMA_URI } from "../../report/sarif.js";
import { problemSeverity, sarifLevel, securitySeverity } from "../../report/severity.js";
import type { DriftItem, DriftResult } from "../model.js";

/**
 * The drift audit as SARIF 2.1.0, in its own code-scanning category so that
 * nightly results never close or reopen the pull-request scan's alerts: one
 * `drift` result per drift item, and each new violation under its rule's id.
 */

/** GitHub's category for drift results; the scan's default is `tollgate`. */
export const DRIFT_SARIF_CATEGORY = "tollgate-drift";

/** The rule id every drift item is reported under. */
export const DRIFT_RULE_ID = "drift";

const SOURCE_ROOT = "%SRCROOT%";

export interface DriftSarifOptions {
  /** Overrides the category (`tollgate-drift`), e.g. one per cluster. */
  category?: string;
}

export function toDriftSarif(result: DriftResult, options: DriftSarifOptions = {}): Sarif.Log {
  const usedRules = new Map<string, RuleMeta>();
  const metaById = new Map(result.rules.map((meta) => [meta.id, meta]));
  for (const { finding } of result.newViolations) {
    const meta = metaById.get(finding.ruleId);
    if (meta && !usedRules.has(meta.id)) usedRules.set(meta.id, meta);
  }
  const rules: Sarif.ReportingDescriptor[] = [
    driftDescriptor(result.driftSeverity),
    ...[...usedRules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(ruleDescriptor),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const locate = (range: SourceRange): Sarif.PhysicalLocation => physicalLocation(relativeFile(range.file, result.root), range);

  const violations = result.newViolations.map(({ finding, resource, relatedDrift }): Sarif.Result => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: sarifLevel(finding.severity),
    message: { text: `New live violation: ${withoutRoot(finding.message, result.root)} (the code passes this rule).` },
    locations: [
      {
        physicalLocation: locate(finding.location),
        logicalLocations: [{ name: resource, fullyQualifiedName: finding.resource, kind: "resource" }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1` },
    properties: {
      drift: true,
      resource,
      resourceType: finding.resourceType,
      ...(finding.attribute ? { attribute: finding.attribute } : {}),
      platform: finding.platform,
      category: finding.category,
      severity: finding.severity,
      relatedDrift,
    },
  }));

  const items = result.items.map((item): Sarif.Result => {
    const primary = item.desiredLocation ?? item.actualLocation;
    const sarifResult: Sarif.Result = {
      ruleId: DRIFT_RULE_ID,
      ruleIndex: 0,
      level: sarifLevel(item.severity),
      message: { text: item.message },
      ...(primary
        ? {
            locations: [
              {
                physicalLocation: locate(primary),
                logicalLocations: [{ name: item.resource, kind: "resource" }],
              },
            ],
          }
        : {}),
      partialFingerprints: { primaryLocationLineHash: `${driftFingerprint(item)}:1` },
      properties: {
        platform: item.platform,
        kind: item.kind,
        resource: item.resource,
        resourceType: item.resourceType,
        ...(item.path ? { attribute: item.path } : {}),
        severity: item.severity,
        ...(item.sensitive ? { sensitive: true } : {}),
      },
    };
    if (item.desiredLocation && item.actualLocation) {
      sarifResult.relatedLocations = [{ id: 1, physicalLocation: locate(item.actualLocation), message: { text: "the live value" } }];
    }
    return sarifResult;
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: result.tool.informationUri,
            rules,
          },
        },
        automationDetails: { id: `${(options.category ?? DRIFT_SARIF_CATEGORY).replace(/^\/+|\/+$/g, "")}/` },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { uri: rootUri(result.root), description: { text: "The root of the audited tree." } },
        },
        invocations: [
          {
            executionSuccessful: !result.diagnostics.some((diagnostic) => diagnostic.level === "error"),
            toolExecutionNotifications: result.diagnostics.map((diagnostic): Sarif.Notification => {
              const file = diagnosticFile(diagnostic);
              return {
                level: diagnostic.level,
                message: { text: withoutRoot(diagnostic.message, result.root) },
                descriptor: { id: diagnostic.code },
                ...(file === undefined
                  ? {}
                  : { locations: [{ physicalLocation: physicalLocation(relativeFile(file, result.root), diagnostic.range) }] }),
              };
            }),
          },
        ],
        results: [...violations, ...items],
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

export function formatDriftSarif(result: DriftResult, options: DriftSarifOptions = {}): string {
  return `${JSON.stringify(toDriftSarif(result, options), null, 2)}\n`;
}

/** Identity of a drift item from night to night: what drifted, not to which value. */
function driftFingerprint(item: DriftItem): string {
  return createHash("sha256")
    .update([DRIFT_RULE_ID, item.platform, item.resource, item.kind, item.path].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

function driftDescriptor(severity: Severity): Sarif.ReportingDescriptor {
  const description =
    "An attribute of a live object differs from what the code (Terraform, Kubernetes manifests) or the last applied state says, or an object exists on one side only. Changes made outside the code are unreviewed, and the next apply may silently undo or depend on them.";
  const remediation =
    "Find out who changed the live object and why. Either bring the change into the code through a reviewed pull request, or re-apply the code to remove it.";
  return {
    id: DRIFT_RULE_ID,
    name: "Drift",
    shortDescription: { text: "Live configuration differs from the code" },
    fullDescription: { text: description },
    defaultConfiguration: { level: sarifLevel(severity) },
    help: { text: `${description}\n\nRemediation: ${remediation}`, markdown: `## Drift\n\n${description}\n\n### Remediation\n\n${remediation}` },
    properties: {
      tags: ["security", "drift"],
      precision: "high",
      "security-severity": securitySeverity(severity),
      "problem.severity": problemSeverity(severity),
    },
  };
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  const description = rule.description.trim() || rule.title;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: description.slice(0, 1024) },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    helpUri: ruleHelpUri(rule.id),
    help: {
      text: `${description}\n\nRemediation: ${rule.remediation}`,
      markdown: `## ${rule.title}\n\n${description}\n\n### Remediation\n\n${rule.remediation}`,
    },
    properties: {
      tags: [...new Set(["security", "drift", rule.category, ...rule.platforms])],
      precision: rule.precision,
      "security-severity": securitySeverity(rule.severity),
      "problem.severity": problemSeverity(rule.severity),
    },
  };
}

function physicalLocation(relativePath: string, range: Range | undefined): Sarif.PhysicalLocation {
  const uri = relativePath.split("/").map(encodeURIComponent).join("/");
  const region = range && range.start.line >= 1 ? toRegion(range) : undefined;
  return { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, ...(region ? { region } : {}) };
}

function toRegion(range: Range): Sarif.Region {
  const { start, end } = range;
  const region: Sarif.Region = { startLine: start.line };
  if (start.column >= 1) region.startColumn = start.column;
  if (end.line >= start.line) {
    region.endLine = end.line;
    if (end.column >= 1 && (end.line > start.line || end.column >= (region.startColumn ?? 1))) region.endColumn = end.column;
  }
  return region;
}

function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
