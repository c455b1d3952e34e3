import type { Range } from "../../model/source.js";

/**
 * A typed HCL syntax tree with a range on every node. It follows the HCL
 * native syntax specification (and HashiCorp's Go implementation where the
 * specification is silent), so a Terraform evaluator can run on it.
 */

export interface HclDocument {
  file: string;
  kind: "terraform" | "tfvars";
  /** `native` for `.tf`/`.tfvars`, `json` for `.tf.json`/`.tfvars.json`. */
  syntax: "native" | "json";
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
  /** The file for a top-level body, the text between the braces for a block body. */
  range: Range;
}

export interface HclBlock {
  type: string;
  typeRange: Range;
  labels: string[];
  labelRanges: Range[];
  body: HclBody;
  /** From the type to the closing brace. */
  range: Range;
  /** From the type to the opening brace: where "missing setting" findings point. */
  headerRange: Range;
}

export interface HclAttribute {
  name: string;
  nameRange: Range;
  expression: HclExpression;
  /** From the name to the end of the expression. */
  range: Range;
}

export type HclExpression =
  | HclLiteral
  | HclTemplate
  | HclTuple
  | HclObject
  | HclTraversal
  | HclCall
  | HclConditional
  | HclUnary
  | HclBinary
  | HclFor
  | HclSplat
  | HclIndex
  | HclGetAttr
  | HclParenthesis;

/** Numbers, booleans, null, and quoted strings without interpolation (escapes already decoded). */
export interface HclLiteral {
  kind: "literal";
  value: string | number | boolean | null;
  range: Range;
}

/**
 * A quoted string with interpolations or directives, or any heredoc. Literal
 * parts are decoded text with strip markers (`~`) and `<<-` indentation
 * already applied. A template whose only part is one interpolation yields the
 * interpolated value itself, not its string form (HCL's "template wrap").
 */
export interface HclTemplate {
  kind: "template";
  parts: HclTemplatePart[];
  heredoc?: { marker: string; stripIndent: boolean };
  range: Range;
}

export type HclTemplatePart = string | HclExpression | HclTemplateIf | HclTemplateFor;

/** `%{ if cond }…%{ else }…%{ endif }` */
export interface HclTemplateIf {
  kind: "templateIf";
  condition: HclExpression;
  then: HclTemplatePart[];
  else: HclTemplatePart[];
  range: Range;
}

/** `%{ for key, value in collection }…%{ endfor }` */
export interface HclTemplateFor {
  kind: "templateFor";
  keyVar?: string;
  valueVar: string;
  collection: HclExpression;
  body: HclTemplatePart[];
  range: Range;
}

export interface HclTuple {
  kind: "tuple";
  items: HclExpression[];
  range: Range;
}

export interface HclObject {
  kind: "object";
  items: HclObjectItem[];
  range: Range;
}

/**
 * A naked identifier key (`{ Name = … }`) is the literal string "Name", as in
 * HCL; a parenthesised or dotted key is an expression evaluated for its value.
 */
export interface HclObjectItem {
  key: HclExpression;
  value: HclExpression;
  range: Range;
}

/**
 * A reference: a root variable followed by attribute and index steps, e.g.
 * `aws_s3_bucket.b.id`, `var.x`, `local.a[0].b`, `aws_subnet.s[count.index]`.
 * Splats are never steps: `aws_instance.web[*].id` is a splat whose source is
 * the traversal `aws_instance.web`.
 */
export interface HclTraversal {
  kind: "traversal";
  root: string;
  rootRange: Range;
  steps: HclTraversalStep[];
  range: Range;
}

export type HclTraversalStep = HclAttrStep | HclIndexStep;

export interface HclAttrStep {
  type: "attr";
  name: string;
  range: Range;
}

/** `[key]`; the legacy `.0` form is an index step with a literal key. */
export interface HclIndexStep {
  type: "index";
  key: HclExpression;
  range: Range;
}

export interface HclCall {
  kind: "call";
  /** May be provider-namespaced: `provider::aws::arn_parse`. */
  name: string;
  nameRange: Range;
  args: HclExpression[];
  /** `f(a, list...)`: the last argument is a list expanded into arguments. */
  expandFinal: boolean;
  range: Range;
}

export interface HclConditional {
  kind: "conditional";
  condition: HclExpression;
  trueResult: HclExpression;
  falseResult: HclExpression;
  range: Range;
}

export interface HclUnary {
  kind: "unary";
  operator: "-" | "!";
  operand: HclExpression;
  range: Range;
}

export type HclBinaryOperator = "*" | "/" | "%" | "+" | "-" | ">" | ">=" | "<" | "<=" | "==" | "!=" | "&&" | "||";

export interface HclBinary {
  kind: "binary";
  operator: HclBinaryOperator;
  left: HclExpression;
  right: HclExpression;
  range: Range;
}

/**
 * `[for v in coll : expr if cond]` (result "tuple") or
 * `{for k, v in coll : keyExpr => valueExpr... if cond}` (result "object";
 * `grouping` is the `...` that collects values of equal keys into lists).
 */
export interface HclFor {
  kind: "for";
  result: "tuple" | "object";
  keyVar?: string;
  valueVar: string;
  collection: HclExpression;
  keyExpr?: HclExpression;
  valueExpr: HclExpression;
  condition?: HclExpression;
  grouping: boolean;
  range: Range;
}

/**
 * `source[*].a[0]` ("full") or `source.*.a` ("attr"): `each` is applied to
 * every element of `source` (a non-list source is treated as a one-element
 * list, null as an empty one).
 */
export interface HclSplat {
  kind: "splat";
  source: HclExpression;
  style: "full" | "attr";
  each: HclTraversalStep[];
  range: Range;
}

/** `[key]` applied to something that is not a plain reference: `f(x)[0]`, `(a)[k]`. */
export interface HclIndex {
  kind: "index";
  source: HclExpression;
  key: HclExpression;
  range: Range;
}

/** `.name` applied to something that is not a plain reference: `f(x).id`, `{a = 1}.a`. */
export interface HclGetAttr {
  kind: "getAttr";
  source: HclExpression;
  name: string;
  nameRange: Range;
  range: Range;
}

/** Kept because HCL gives parentheses meaning: `{ (k) = v }` evaluates `k`. */
export interface HclParenthesis {
  kind: "parenthesis";
  expression: HclExpression;
  range: Range;
}

/** Calls `visit` on `expression` and every expression nested in it, parents first. */
export function walkExpression(expression: HclExpression, visit: (expression: HclExpression) => void): void {
  visit(expression);
  switch (expression.kind) {
    case "literal":
      return;
    case "template":
      walkTemplateParts(expression.parts, visit);
      return;
    case "tuple":
      for (const item of expression.items) walkExpression(item, visit);
      return;
    case "object":
      for (const item of expression.items) {
        walkExpression(item.key, visit);
        walkExpression(item.value, visit);
      }
      return;
    case "traversal":
      walkSteps(expression.steps, visit);
      return;
    case "call":
      for (const arg of expression.args) walkExpression(arg, visit);
      return;
    case "conditional":
      walkExpression(expression.condition, visit);
      walkExpression(expression.trueResult, visit);
      walkExpression(expression.falseResult, visit);
      return;
    case "unary":
      walkExpression(expression.operand, visit);
      return;
    case "binary":
      walkExpression(expression.left, visit);
      walkExpression(expression.right, visit);
      return;
    case "for":
      walkExpression(expression.collection, visit);
      if (expression.keyExpr) walkExpression(expression.keyExpr, visit);
      walkExpression(expression.valueExpr, visit);
      if (expression.condition) walkExpression(expression.condition, visit);
      return;
    case "splat":
      walkExpression(expression.source, visit);
      walkSteps(expression.each, visit);
      return;
    case "index":
      walkExpression(expression.source, visit);
      walkExpression(expression.key, visit);
      return;
    case "getAttr":
      walkExpression(expression.source, visit);
      return;
    case "parenthesis":
      walkExpression(expression.expression, visit);
      return;
  }
}

function walkSteps(steps: readonly HclTraversalStep[], visit: (expression: HclExpression) => void): void {
  for (const step of steps) if (step.type === "index") walkExpression(step.key, visit);
}

function walkTemplateParts(parts: readonly HclTemplatePart[], visit: (expression: HclExpression) => void): void {
  for (const part of parts) {
    if (typeof part === "string") continue;
    if (part.kind === "templateIf") {
      walkExpression(part.condition, visit);
      walkTemplateParts(part.then, visit);
      walkTemplateParts(part.else, visit);
    } else if (part.kind === "templateFor") {
      walkExpression(part.collection, visit);
      walkTemplateParts(part.body, visit);
    } else {
      walkExpression(part, visit);
    }
  }
}
