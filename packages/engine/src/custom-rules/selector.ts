import { JSONPath } from "jsonpath-plus";
import type { AttributePath } from "../model/source.js";
import type { Value } from "../model/value.js";

/**
 * The JSONPath subset custom rules may use: names (`.tags`, `['a.b']`),
 * wildcards, recursive descent, indexes, unions (`[0,2]`, `[a,b]`) and slices. Filters and
 * script expressions (`?(…)`, `(…)`) are refused: they would evaluate code,
 * and jsonpath-plus's evaluator has had remote-code-execution flaws.
 */
const SEGMENT = new RegExp(
  [
    String.raw`\.\.(?:[A-Za-z_][\w-]*|\*)?`, // ..name, ..*, .. before a bracket
    String.raw`\.(?:[A-Za-z_][\w-]*|\*)`, // .name, .*
    // [*], [0], [0,2], [1:3], ['a.b'], [a,b]: what jsonpath-plus reads as written (it has no quoted unions).
    String.raw`\[(?:\*|-?\d+(?:,-?\d+)*|-?\d*:-?\d*(?::-?\d*)?|'[^'\\]*'|"[^"\\]*"|[A-Za-z_][\w-]*(?:,[A-Za-z_][\w-]*)*)\]`,
  ].join("|"),
  "y",
);

/** Undefined when `selector` is in the supported subset; otherwise why not. */
export function selectorProblem(selector: string): string | undefined {
  if (!selector.startsWith("$")) return "a selector starts with `$` (the resource's attributes)";
  if (/[?(]/.test(selector.replace(/'[^']*'|"[^"]*"/g, ""))) {
    return "filter and script expressions (`?(…)`, `(…)`) are not supported: selectors never evaluate code";
  }
  let offset = 1;
  while (offset < selector.length) {
    SEGMENT.lastIndex = offset;
    const match = SEGMENT.exec(selector);
    if (!match || match[0].length === 0) return `unexpected "${selector.slice(offset, offset + 12)}" at character ${offset + 1}`;
    offset += match[0].length;
  }
  if (selector.endsWith("..")) return "a recursive descent (`..`) must be followed by a name, `*` or a bracket";
  return undefined;
}

export interface Selected {
  path: AttributePath;
  value: Value;
}

/** The values `selector` picks in `data`, each with its attribute path. Only call with a valid selector. */
export function selectValues(selector: string, data: Value): Selected[] {
  const results = JSONPath({ path: selector, json: data as object, eval: false, resultType: "all", wrap: true }) as Array<{ pointer: string; value: Value }>;
  return results.map((result) => ({ path: typedPointerPath(data, result.pointer), value: result.value }));
}

/** `/list/0/name` → `["list", 0, "name"]`: indexes are numbers where the data holds a list. */
function typedPointerPath(data: Value, pointer: string): AttributePath {
  if (pointer === "") return [];
  const path: Array<string | number> = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
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
