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

/**
 * Calls `visit` for every reference in `expression` to an object of the
 * module. Names bound by `for` expressions and template `%{for}` directives
 * (and any in `bound`, such as a dynamic block's iterator) are not references.
 */
export function forEachReference(
  expression: HclExpression,
  visit: (address: string, traversal: HclTraversal) => void,
  bound: ReadonlySet<string> = new Set(),
): void {
  const walk = (current: HclExpression, scope: ReadonlySet<string>): void => {
    switch (current.kind) {
      case "literal":
        return;
      case "traversal": {
        if (!scope.has(current.root)) {
          const address = referencedAddress(current);
          if (address) visit(address, current);
        }
        for (const step of current.steps) if (step.type === "index") walk(step.key, scope);
        return;
      }
      case "template":
        walkParts(current.parts, scope);
        return;
      case "tuple":
        for (const item of current.items) walk(item, scope);
        return;
      case "object":
        for (const item of current.items) {
          walk(item.key, scope);
          walk(item.value, scope);
        }
        return;
      case "call":
        for (const arg of current.args) walk(arg, scope);
        return;
      case "conditional":
        walk(current.condition, scope);
        walk(current.trueResult, scope);
        walk(current.falseResult, scope);
        return;
      case "unary":
        walk(current.operand, scope);
        return;
      case "binary":
        walk(current.left, scope);
        walk(current.right, scope);
        return;
      case "for": {
        walk(current.collection, scope);
        const inner = withNames(scope, current.keyVar, current.valueVar);
        if (current.keyExpr) walk(current.keyExpr, inner);
        walk(current.valueExpr, inner);
        if (current.condition) walk(current.condition, inner);
        return;
      }
      case "splat":
        walk(current.source, scope);
        for (const step of current.each) if (step.type === "index") walk(step.key, scope);
        return;
      case "index":
        walk(current.source, scope);
        walk(current.key, scope);
        return;
      case "getAttr":
        walk(current.source, scope);
        return;
      case "parenthesis":
        walk(current.expression, scope);
        return;
    }
  };
  const walkParts = (parts: readonly HclTemplatePart[], scope: ReadonlySet<string>): void => {
    for (const part of parts) {
      if (typeof part === "string") continue;
      if (part.kind === "templateIf") {
        walk(part.condition, scope);
        walkParts(part.then, scope);
        walkParts(part.else, scope);
      } else if (part.kind === "templateFor") {
        walk(part.collection, scope);
        walkParts(part.body, withNames(scope, part.keyVar, part.valueVar));
      } else {
        walk(part, scope);
      }
    }
  };
  walk(expression, bound);
}

export function withNames(scope: ReadonlySet<string>, ...names: ReadonlyArray<string | undefined>): ReadonlySet<string> {
  const out = new Set(scope);
  for (const name of names) if (name) out.add(name);
  return out;
}
