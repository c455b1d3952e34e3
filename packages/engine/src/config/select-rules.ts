import type { Rule, RuleMeta, Severity } from "../evaluate/rule.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceRange } from "../model/source.js";
import type { RuleSelector, TollgateConfig } from "./config.js";

/** Anything known by rule metadata: a rule, or a rule whose code is not loaded yet. */
interface Selectable {
  readonly meta: RuleMeta;
}

export interface RuleSelection<R extends Selectable = Rule> {
  /** The enabled rules, with severity overrides applied to their metadata. */
  rules: R[];
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Rule ids the configuration names that no rule has: errors, since a typo would silently do nothing. */
  diagnostics: Diagnostic[];
}

/** True when `selector` (`*`, an id, `category:`, `platform:` or `tag:`) picks the rule. */
export function matchesSelector(meta: RuleMeta, selector: string): boolean {
  if (selector === "*") return true;
  const colon = selector.indexOf(":");
  if (colon === -1) return meta.id === selector;
  const value = selector.slice(colon + 1);
  switch (selector.slice(0, colon)) {
    case "category":
      return meta.category === value;
    case "platform":
      return (meta.platforms as readonly string[]).includes(value);
    case "tag":
      return meta.tags?.includes(value) ?? false;
    default:
      return false;
  }
}

function isIdSelector(selector: string): boolean {
  return selector !== "*" && !selector.includes(":");
}

/**
 * Applies a configuration to the available rules: every rule starts on,
 * `disable` turns off what it selects, then `enable` turns back on what it
 * selects (`disable: ["*"]` with `enable: [category:iam]` runs only IAM
 * rules). Severity overrides by selector apply before those by id.
 */
export function selectRules<R extends Selectable = Rule>(available: readonly R[], config: TollgateConfig | undefined): RuleSelection<R> {
  if (!config) return { rules: [...available], ruleOptions: {}, diagnostics: [] };
  const known = new Set(available.map((rule) => rule.meta.id));
  const diagnostics: Diagnostic[] = [];
  const checkId = (id: string, location: SourceRange, where: string): void => {
    if (!known.has(id)) diagnostics.push({ level: "error", code: "config-unknown-rule", message: `configuration ${where}: no rule has the id "${id}"`, file: location.file, range: location });
  };
  const checkSelector = (selector: RuleSelector, where: string): void => {
    if (isIdSelector(selector.text)) checkId(selector.text, selector.location, where);
  };
  config.rules.disable.forEach((selector) => checkSelector(selector, "rules.disable"));
  config.rules.enable.forEach((selector) => checkSelector(selector, "rules.enable"));
  config.rules.severity.forEach((selector) => checkSelector(selector, "rules.severity"));
  config.rules.options.forEach((entry) => checkId(entry.ruleId, entry.location, "rules.options"));
  for (const ignore of config.ignores) for (const id of ignore.rules ?? []) checkId(id, ignore.location, "ignore");

  const bySpecificity = [...config.rules.severity].sort((a, b) => Number(isIdSelector(a.text)) - Number(isIdSelector(b.text)));
  const rules: R[] = [];
  for (const rule of available) {
    let enabled = !config.rules.disable.some((selector) => matchesSelector(rule.meta, selector.text));
    if (!enabled) enabled = config.rules.enable.some((selector) => matchesSelector(rule.meta, selector.text));
    if (!enabled) continue;
    let severity: Severity = rule.meta.severity;
    for (const override of bySpecificity) if (matchesSelector(rule.meta, override.text)) severity = override.severity;
    rules.push(severity === rule.meta.severity ? rule : { ...rule, meta: { ...rule.meta, severity } });
  }
  const ruleOptions = Object.fromEntries(config.rules.options.map((entry) => [entry.ruleId, entry.options]));
  return { rules, ruleOptions, diagnostics };
}
