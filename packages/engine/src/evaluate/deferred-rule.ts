import type { Diagnostic } from "../model/diagnostic.js";
import type { Rule, RuleMeta } from "./rule.js";

/**
 * A rule known by its metadata alone: enough to select it, configure it and
 * describe it in a report. Its code is imported only when a scan has
 * resources of the types it visits, so that a small scan does not pay for
 * reading every rule.
 */
export interface DeferredRule {
  readonly meta: RuleMeta;
  load(): Promise<Rule>;
}

/** A rule as a scan takes it: loaded, or deferred until its types are present. */
export type RuleEntry = Rule | DeferredRule;

export function isDeferredRule(rule: RuleEntry): rule is DeferredRule {
  return !("check" in rule);
}

/**
 * The rules to run on a graph holding resources of `types`: loaded rules as
 * they are, deferred ones loaded when one of their types is present, others
 * left out (they would visit nothing). A loaded rule keeps the metadata it
 * was selected with, so configured severities apply. A rule whose code
 * cannot be read (a damaged install) is left out with an error; the others run.
 */
export async function loadRulesFor(rules: readonly RuleEntry[], types: ReadonlySet<string>): Promise<{ rules: Rule[]; diagnostics: Diagnostic[] }> {
  const wanted = rules.filter((rule) => !isDeferredRule(rule) || rule.meta.resourceTypes.some((type) => types.has(type)));
  const settled = await Promise.allSettled(wanted.map(async (rule) => (isDeferredRule(rule) ? { ...(await rule.load()), meta: rule.meta } : rule)));
  const loaded: Rule[] = [];
  const diagnostics: Diagnostic[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === "fulfilled") loaded.push(outcome.value);
    else {
      const cause = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      diagnostics.push({ level: "error", code: "rule-load-failed", message: `rule ${wanted[index]!.meta.id} could not be loaded and was not run: ${cause}` });
    }
  });
  return { rules: loaded, diagnostics };
}
