import { isObject, type Value } from "../../model/value.js";

/** One condition of a label selector; `matchLabels` entries are `In` with one value. */
export interface LabelRequirement {
  key: string;
  operator: "In" | "NotIn" | "Exists" | "DoesNotExist";
  values: readonly string[];
}

/** All requirements must hold; no requirements selects everything. */
export type LabelSelector = readonly LabelRequirement[];

export type Labels = ReadonlyMap<string, string>;

const OPERATORS: ReadonlySet<string> = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);

/** Label values are strings in the API; a YAML number or boolean is read as written. */
function labelValue(value: Value | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function labelsOf(value: Value | undefined): Labels {
  const labels = new Map<string, string>();
  if (!isObject(value)) return labels;
  for (const [key, raw] of Object.entries(value)) {
    const text = labelValue(raw);
    if (text !== undefined) labels.set(key, text);
  }
  return labels;
}

/**
 * A Service's `spec.selector`: a plain map of labels. A missing or empty one
 * selects nothing (the Service's endpoints are managed by hand).
 */
export function serviceSelector(value: Value | undefined): LabelSelector | undefined {
  const labels = labelsOf(value);
  if (labels.size === 0) return undefined;
  return [...labels].map(([key, label]) => ({ key, operator: "In", values: [label] }));
}

/**
 * A `metav1.LabelSelector` (`matchLabels` and `matchExpressions`). Missing
 * or `{}` selects everything; a malformed expression selects nothing, as the
 * API server would reject it.
 */
export function labelSelector(value: Value | undefined): LabelSelector | undefined {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) return undefined;
  const requirements: LabelRequirement[] = [];
  for (const [key, label] of labelsOf(value.matchLabels)) requirements.push({ key, operator: "In", values: [label] });
  const expressions = value.matchExpressions;
  if (expressions !== undefined && expressions !== null) {
    if (!Array.isArray(expressions)) return undefined;
    for (const expression of expressions) {
      if (!isObject(expression) || typeof expression.key !== "string" || typeof expression.operator !== "string") return undefined;
      if (!OPERATORS.has(expression.operator)) return undefined;
      const values = Array.isArray(expression.values)
        ? expression.values.map(labelValue).filter((item): item is string => item !== undefined)
        : [];
      requirements.push({ key: expression.key, operator: expression.operator as LabelRequirement["operator"], values });
    }
  }
  return requirements;
}

export function matchesSelector(selector: LabelSelector, labels: Labels): boolean {
  return selector.every((requirement) => {
    const label = labels.get(requirement.key);
    switch (requirement.operator) {
      case "In":
        return label !== undefined && requirement.values.includes(label);
      case "NotIn":
        return label === undefined || !requirement.values.includes(label);
      case "Exists":
        return label !== undefined;
      case "DoesNotExist":
        return label === undefined;
    }
  });
}
