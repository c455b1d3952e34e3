import type { HclExpression, HclTemplatePart, HclTraversal } from "../../load/hcl/ast.js";

/** Roots that name something other than a declared object of the module. */
const CONTEXT_ROOTS: ReadonlySet<string> = new Set(["self", "each", "count", "path", "terraform"]);

/**
 * The address of the module object a reference points at: `aws_s3_bucket.b`
 * for `aws_s3_bucket.b.id`, `data.aws_iam_policy_document.p`, `module.net`,
 * `var.region`, `local.tags`; undefined for `each.key`, `path.module`, …
 * and for references too short to name anything.
 */
export function referencedAddress(traversal: HclTraversal): string | undefined {
  const { root, steps } = traversal;
  if (CONTEXT_ROOTS.has(root)) return undefined;
  const first = steps[0]?.type === "attr" ? steps[0].name : undefined;
  if (first === undefined) return undefined;
  switch (root) {
    case "var":
      return `var.${first}`;
    case "local":
      return `local.${first}`;
    case "module":
      return `module.${first}`;
    case "data": {
      const second = steps[1]?.type === "attr" ? steps[1].name : undefined;
      return second === undefined ? undefined : `data.${first}.${second}`;
    }
    default:
      return `${root}.${first}`;
  }
}

/** Names that are not references where they are bound: `for` variables, iterators, `each`… */
export interface BoundNames {
  has(name: string): boolean;
}

const NOTHING_BOUND: BoundNames = new Set<string>();

type Visit = (address: string, traversal: HclTraversal) => void;

/**
 * Calls `visit` for every reference in `expression` to an object of the
 * module. Names bound by `for` expressions and template `%{for}` directives
 * (and any in `bound`, such as a dynamic block's iterator) are not references.
 */
export function forEachReference(expression: HclExpression, visit: Visit, bound: BoundNames = NOTHING_BOUND): void {
  walk(expression, bound, visit);
}

function walk(current: HclExpression, scope: BoundNames, visit: Visit): void {
  switch (current.kind) {
    case "literal":
      return;
    case "traversal": {
      if (!scope.has(current.root)) {
        const address = referencedAddress(current);
        if (address) visit(address, current);
      }
      for (const step of current.steps) if (step.type === "index") walk(step.key, scope, visit);
      return;
    }
    case "template":
      walkParts(current.parts, scope, visit);
      return;
    case "tuple":
      for (const item of current.items) walk(item, scope, visit);
      return;
    case "object":
      for (const item of current.items) {
        walk(item.key, scope, visit);
        walk(item.value, scope, visit);
      }
      return;
    case "call":
      for (const arg of current.args) walk(arg, scope, visit);
      return;
    case "conditional":
      walk(current.condition, scope, visit);
      walk(current.trueResult, scope, visit);
      walk(current.falseResult, scope, visit);
      return;
    case "unary":
      walk(current.operand, scope, visit);
      return;
    case "binary":
      walk(current.left, scope, visit);
      walk(current.right, scope, visit);
      return;
    case "for": {
      walk(current.collection, scope, visit);
      const inner = withNames(scope, current.keyVar, current.valueVar);
      if (current.keyExpr) walk(current.keyExpr, inner, visit);
      walk(current.valueExpr, inner, visit);
      if (current.condition) walk(current.condition, inner, visit);
      return;
    }
    case "splat":
      walk(current.source, scope, visit);
      for (const step of current.each) if (step.type === "index") walk(step.key, scope, visit);
      return;
    case "index":
      walk(current.source, scope, visit);
      walk(current.key, scope, visit);
      return;
    case "getAttr":
      walk(current.source, scope, visit);
      return;
    case "parenthesis":
      walk(current.expression, scope, visit);
      return;
  }
}

function walkParts(parts: readonly HclTemplatePart[], scope: BoundNames, visit: Visit): void {
  for (const part of parts) {
    if (typeof part === "string") continue;
    if (part.kind === "templateIf") {
      walk(part.condition, scope, visit);
      walkParts(part.then, scope, visit);
      walkParts(part.else, scope, visit);
    } else if (part.kind === "templateFor") {
      walk(part.collection, scope, visit);
      walkParts(part.body, withNames(scope, part.keyVar, part.valueVar), visit);
    } else {
      walk(part, scope, visit);
    }
  }
}

/** `scope` and `names` besides. */
export function withNames(scope: BoundNames, ...names: ReadonlyArray<string | undefined>): BoundNames {
  return { has: (name) => (name !== "" && names.includes(name)) || scope.has(name) };
}
