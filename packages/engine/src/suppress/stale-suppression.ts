import type { RuleMeta } from "../evaluate/rule.js";

export const STALE_SUPPRESSION_RULE_ID = "tollgate-stale-suppression";

/**
 * Metadata for the finding the engine itself reports on an inline suppression
 * that suppresses nothing, so reporters describe it as they describe a rule.
 * It has no check: `applySuppressions` reports it.
 */
export const STALE_SUPPRESSION_RULE: RuleMeta = {
  id: STALE_SUPPRESSION_RULE_ID,
  title: "Inline suppression that suppresses nothing",
  severity: "low",
  // Each finding carries the category of the rule its suppression names; the
  // rule itself has to name one, and a stale suppression is a hole in the
  // review of the configuration's supply chain.
  category: "supply-chain",
  platforms: ["terraform", "kubernetes", "github-actions"],
  resourceTypes: [],
  description:
    "A `tollgate:ignore` comment or `tollgate.dev/ignore` annotation names a rule that reports nothing where the suppression applies: the problem was fixed, the code moved, or the rule id is misspelt. Left in place, the suppression would silently hide the next finding of that rule at that place, without review.",
  remediation: "Delete the suppression, or the rule id that no longer applies from its list. If it was meant for a nearby line, move it onto the flagged line or directly above the block it covers.",
  precision: "very-high",
  tags: ["suppression", "hygiene"],
};
