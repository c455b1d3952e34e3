import path from "node:path";
import ignore, { type Ignore } from "ignore";
import type { ConfigIgnore } from "../config/config.js";
import type { Finding, FindingSuppression } from "../evaluate/finding.js";
import type { RuleMeta } from "../evaluate/rule.js";
import type { ResourceGraph } from "../graph/graph.js";
import type { SourceFile } from "../load/document.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Platform, Resource } from "../model/resource.js";
import { fingerprintFinding } from "../report/fingerprint.js";
import type { Baseline, BaselineOutcome } from "./baseline.js";
import { isExpired } from "./directive.js";
import { collectInlineSuppressions, commentCovers, type InlineSuppression } from "./inline.js";
import { STALE_SUPPRESSION_RULE, STALE_SUPPRESSION_RULE_ID } from "./stale-suppression.js";

export interface SuppressionOptions {
  /** `tollgate:ignore` comments and `tollgate.dev/ignore` annotations; on unless set to false (auditors turn them off). */
  inline?: boolean;
  /** The configuration's `ignore` entries, with the directory their globs are relative to. */
  config?: { directory: string; ignores: readonly ConfigIgnore[] };
  baseline?: Baseline;
  /** Today, for expiry dates; the current time by default. */
  now?: Date;
}

export interface SuppressionInput {
  findings: readonly Finding[];
  files: readonly SourceFile[];
  graph: ResourceGraph;
  /** The enabled rules: a suppression naming one of them that suppresses nothing is stale. */
  rules: readonly RuleMeta[];
  /** Absolute scan root; finding paths are relative to it. */
  root: string;
}

export interface SuppressionOutcome {
  /** Every finding, suppressed ones marked, plus stale-suppression findings. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** The rule descriptions to add to the result (the stale-suppression rule, when inline suppressions are on). */
  rules: RuleMeta[];
  baseline?: BaselineOutcome;
}

/**
 * The last part of evaluation: marks findings that inline comments and
 * annotations, the configuration or a baseline suppress. Suppressed findings
 * stay in the result (reports show them as such), but never fail a scan.
 */
export function applySuppressions(input: SuppressionInput, options: SuppressionOptions = {}): SuppressionOutcome {
  const now = options.now ?? new Date();
  const diagnostics: Diagnostic[] = [];
  const findings = input.findings.map((finding) => ({ ...finding }));
  const rules: RuleMeta[] = [];

  if (options.inline !== false) {
    const inline = collectInlineSuppressions(input.files, input.graph, now);
    diagnostics.push(...inline.diagnostics);
    findings.push(...applyInline(findings, inline.suppressions, input));
    rules.push(STALE_SUPPRESSION_RULE);
  }
  if (options.config && options.config.ignores.length > 0) diagnostics.push(...applyConfigIgnores(findings, options.config, input.root, now));
  const baseline = options.baseline ? applyBaseline(findings, options.baseline) : undefined;
  return { findings, diagnostics, rules, ...(baseline ? { baseline } : {}) };
}

function suppress(finding: Finding, suppression: FindingSuppression): void {
  (finding.suppressions ??= []).push(suppression);
}

/** Marks what each suppression covers and returns a stale-suppression finding for each rule id that covered nothing. */
function applyInline(findings: Finding[], suppressions: readonly InlineSuppression[], input: SuppressionInput): Finding[] {
  const used = new Set<string>();
  // By rule id, so each finding meets only the suppressions that could cover it.
  const byRule = new Map<string, Array<[number, InlineSuppression]>>();
  suppressions.forEach((suppression, index) => {
    for (const ruleId of suppression.directive.ruleIds) {
      const list = byRule.get(ruleId);
      if (list) list.push([index, suppression]);
      else byRule.set(ruleId, [[index, suppression]]);
    }
  });
  for (const finding of findings) {
    const candidates = byRule.get(finding.ruleId);
    if (!candidates) continue;
    const resource = input.graph.get(finding.resource);
    for (const [index, suppression] of candidates) {
      const covers =
        suppression.source === "annotation"
          ? suppression.resource === finding.resource
          : commentCovers(suppression.location.file, suppression.targetLine!, finding.location.file, finding.location.start, resource);
      if (!covers) continue;
      used.add(`${index}\u001f${finding.ruleId}`);
      suppress(finding, {
        kind: "inSource",
        source: suppression.source,
        justification: suppression.directive.reason,
        ...(suppression.directive.until ? { until: suppression.directive.until } : {}),
        location: suppression.location,
      });
    }
  }

  const enabled = new Map(input.rules.map((rule) => [rule.id, rule]));
  const kinds = new Map(input.files.map((file) => [file.path, file.kind]));
  const stale: Finding[] = [];
  for (const [index, suppression] of suppressions.entries()) {
    for (const ruleId of suppression.directive.ruleIds) {
      const rule = enabled.get(ruleId);
      // A rule the configuration turned off cannot tell whether the suppression is still needed.
      if (!rule || used.has(`${index}\u001f${ruleId}`)) continue;
      const resource = suppression.resource ? input.graph.get(suppression.resource) : enclosingResource(input.graph, suppression);
      const platform: Platform = resource?.platform ?? platformOfKind(kinds.get(suppression.location.file));
      const resourceId = resource?.id ?? `${platform}:${suppression.location.file}`;
      const where = suppression.source === "annotation" ? "tollgate.dev/ignore annotation" : "tollgate:ignore comment";
      stale.push({
        ruleId: STALE_SUPPRESSION_RULE_ID,
        severity: STALE_SUPPRESSION_RULE.severity,
        category: rule.category,
        platform,
        message: `${where} for ${ruleId} suppresses nothing here; remove it, or it will hide a future ${ruleId} finding without review`,
        resource: resourceId,
        resourceName: resource?.name ?? suppression.location.file,
        resourceType: resource?.type ?? "file",
        location: suppression.location,
        attribute: "",
        related: [],
        fingerprint: fingerprintFinding({ ruleId: STALE_SUPPRESSION_RULE_ID, resource: resourceId, attribute: ruleId, lineText: suppression.lineText }),
      });
    }
  }
  return stale;
}

/** The smallest resource of the comment's file whose range holds the line the comment covers. */
function enclosingResource(graph: ResourceGraph, suppression: InlineSuppression): Resource | undefined {
  const line = suppression.targetLine ?? suppression.location.start.line;
  let best: Resource | undefined;
  for (const resource of graph.resources()) {
    const { file, range } = resource.source;
    if (file !== suppression.location.file || line < range.start.line || line > range.end.line) continue;
    if (!best || range.end.line - range.start.line < best.source.range.end.line - best.source.range.start.line) best = resource;
  }
  return best;
}

function platformOfKind(kind: SourceFile["kind"] | undefined): Platform {
  if (kind === "kubernetes") return "kubernetes";
  if (kind === "workflow" || kind === "action-metadata") return "github-actions";
  return "terraform";
}

function applyConfigIgnores(findings: Finding[], config: NonNullable<SuppressionOptions["config"]>, root: string, now: Date): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const active: Array<{ entry: ConfigIgnore; matcher: Ignore }> = [];
  for (const entry of config.ignores) {
    if (isExpired(entry.until, now)) {
      diagnostics.push({
        level: "warning",
        code: "suppression-expired",
        message: `configuration ignore entry expired on ${entry.until}; its findings are reported again`,
        file: entry.location.file,
        range: entry.location,
      });
      continue;
    }
    active.push({ entry, matcher: ignore().add(entry.paths) });
  }
  if (active.length === 0) return diagnostics;
  for (const finding of findings) {
    if (finding.location.file === "-") continue;
    const relative = path.relative(config.directory, path.resolve(root, finding.location.file)).split(path.sep).join("/");
    // `ignore` refuses paths outside its base; such files are not the configuration's to ignore.
    if (relative === "" || relative.startsWith("../") || relative === ".." || path.isAbsolute(relative)) continue;
    for (const { entry, matcher } of active) {
      if (entry.rules && !entry.rules.includes(finding.ruleId)) continue;
      if (!matcher.ignores(relative)) continue;
      suppress(finding, {
        kind: "external",
        source: "config",
        justification: entry.reason,
        ...(entry.until ? { until: entry.until } : {}),
        location: entry.location,
      });
    }
  }
  return diagnostics;
}

function applyBaseline(findings: Finding[], baseline: Baseline): BaselineOutcome {
  const byFingerprint = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry]));
  const matched = new Set<string>();
  let hidden = 0;
  for (const finding of findings) {
    const entry = byFingerprint.get(finding.fingerprint);
    if (!entry) continue;
    matched.add(entry.fingerprint);
    hidden++;
    suppress(finding, { kind: "external", source: "baseline", justification: `accepted in the baseline ${path.basename(baseline.file)}` });
  }
  return {
    file: baseline.file,
    entries: baseline.entries.length,
    matched: hidden,
    unmatched: baseline.entries.filter((entry) => !matched.has(entry.fingerprint)),
  };
}
