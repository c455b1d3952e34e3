import type { ResourceGraph } from "../graph/graph.js";
import type { Deadline } from "../limits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Platform, Resource } from "../model/resource.js";
import { formatPath, type AttributePath, type SourceRange } from "../model/source.js";
import { fingerprintOfNormalisedLine, normaliseLineText } from "../report/fingerprint.js";
import type { Finding, FindingLocation } from "./finding.js";
import type { ReportDescriptor, Rule, RuleContext } from "./rule.js";

export interface EvaluateOptions {
  /** The text of a scanned file, for fingerprints; undefined when unknown. */
  sourceText(file: string): string | undefined;
  /** Per-rule options from the configuration. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Past it, the resources not yet checked are left out with an error; the findings so far stay. */
  deadline?: Deadline;
}

/**
 * Runs each rule on the resources of the types it declares: rules are indexed
 * by type, so the cost is resources × rules-for-that-type, never all × all.
 * A rule that throws becomes a diagnostic; the other rules still report.
 */
export function evaluate(graph: ResourceGraph, rules: readonly Rule[], options: EvaluateOptions): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCache(options.sourceText);
  const rulesByType = indexRulesByType(rules);
  // One problem is reported once, however many resources lead a rule to it
  // (a YAML alias repeats a job; a rule may say the same thing twice).
  const reported = new Set<string>();

  const deadline = options.deadline;
  // Each rule's options, looked up once rather than per resource.
  const optionsOf = new Map<Rule, Readonly<Record<string, unknown>>>();
  for (const rule of rules) optionsOf.set(rule, options.ruleOptions?.[rule.meta.id] ?? {});
  let checked = 0;
  types: for (const type of graph.types()) {
    const typeRules = rulesByType.get(type);
    if (!typeRules) continue;
    // The type's rules for each platform, filtered once: a type almost always belongs to one platform.
    const rulesByPlatform = new Map<Platform, Rule[]>();
    for (const resource of graph.ofType(type)) {
      if (deadline?.expired) {
        const left = graph.size - checked;
        diagnostics.push(...deadline.exceeded(`rules were not run on up to ${left} of ${graph.size} resources`));
        break types;
      }
      checked++;
      // A data source reads something declared elsewhere; rules judge declarations.
      if (resource.mode === "data") continue;
      let platformRules = rulesByPlatform.get(resource.platform);
      if (!platformRules) rulesByPlatform.set(resource.platform, (platformRules = typeRules.filter((rule) => rule.meta.platforms.includes(resource.platform))));
      for (const rule of platformRules) {
        graph.work.ruleInvocations++;
        const context: RuleContext = {
          graph,
          options: optionsOf.get(rule)!,
          report(descriptor) {
            graph.work.reports++;
            const finding = toFinding(rule, resource, descriptor, graph, lines);
            const { file, start } = finding.location;
            const key = `${rule.meta.id}\u001f${file}\u001f${start.line}\u001f${start.column}\u001f${finding.message}`;
            if (reported.has(key)) return;
            reported.add(key);
            findings.push(finding);
          },
        };
        try {
          rule.check(resource, context);
        } catch (error) {
          diagnostics.push({
            level: "error",
            code: "rule-error",
            message: `rule ${rule.meta.id} failed on ${resource.name} (${resource.source.file}): ${error instanceof Error ? error.message : String(error)}`,
            file: resource.source.file,
            range: resource.source.at(resource.source.header),
          });
        }
      }
    }
  }
  return { findings, diagnostics };
}

function indexRulesByType(rules: readonly Rule[]): Map<string, Rule[]> {
  const index = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const type of rule.meta.resourceTypes) {
      const list = index.get(type);
      if (list) list.push(rule);
      else index.set(type, [rule]);
    }
  }
  return index;
}

function toFinding(rule: Rule, resource: Resource, descriptor: ReportDescriptor, graph: ResourceGraph, lines: LineCache): Finding {
  const at = descriptor.at ?? [];
  const range = descriptor.range ?? resource.source.locate(at).range;
  const location: SourceRange = resource.source.at(range);
  const attribute = formatPath(at);
  const related: FindingLocation[] = (descriptor.related ?? []).flatMap((item) => {
    const target = item.resource ? graph.get(item.resource) : resource;
    if (!target) return [];
    return [{ location: target.source.at(target.source.locate(item.at ?? []).range), message: item.message }];
  });
  // A resource inside a module: every finding shows the module calls that created it.
  for (const call of resource.callChain ?? []) related.push({ location: call.location, message: `in module "${call.name}" called here` });
  return {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    category: rule.meta.category,
    platform: resource.platform,
    message: descriptor.message,
    resource: resource.id,
    resourceName: resource.name,
    resourceType: resource.type,
    location,
    attribute,
    related,
    fingerprint: fingerprintOfNormalisedLine(rule.meta.id, resource.id, attribute, lines.normalisedLine(location.file, location.start.line)),
  };
}

/** Splits each file into lines once, on first use, and normalises each line for fingerprints once. */
class LineCache {
  readonly #lines = new Map<string, string[]>();
  readonly #normalised = new Map<string, Map<number, string>>();
  constructor(private readonly sourceText: (file: string) => string | undefined) {}

  normalisedLine(file: string, line: number): string {
    let byLine = this.#normalised.get(file);
    if (!byLine) this.#normalised.set(file, (byLine = new Map()));
    let normalised = byLine.get(line);
    if (normalised === undefined) byLine.set(line, (normalised = normaliseLineText(this.#line(file, line))));
    return normalised;
  }

  /** Split on the line feed alone, much cheaper than a pattern: normalising drops the `\r` of a `\r\n`. */
  #line(file: string, line: number): string {
    let lines = this.#lines.get(file);
    if (!lines) this.#lines.set(file, (lines = (this.sourceText(file) ?? "").split("\n")));
    return lines[line - 1] ?? "";
  }
}

export type { AttributePath };
