import type { HclExpression, HclTemplatePart } from "../../load/hcl/ast.js";
import { emptyObject, isObject, isUnknown, Unknown, type Value } from "../../model/value.js";

/**
 * The value of an expression that needs no evaluation context: literals,
 * tuples and objects of them, templates of known parts, heredocs, `-`/`!` on
 * literals and `jsonencode` (its JSON text when the value is fully known,
 * else the partly known value itself). Anything that depends on
 * variables, resources or other functions is Unknown; a tuple or object keeps
 * its known items around unknown ones.
 */
export function evaluateStatic(expression: HclExpression): Value {
  switch (expression.kind) {
    case "literal":
      return typeof expression.value === "number" && !Number.isFinite(expression.value) ? Unknown : expression.value;
    case "template":
      return evaluateTemplate(expression.parts);
    case "tuple":
      return expression.items.map(evaluateStatic);
    case "object": {
      const object = emptyObject();
      for (const item of expression.items) {
        const key = objectKey(evaluateStatic(item.key));
        // An unknown key could be any key: claiming the others are all there is would mislead rules.
        if (key === undefined) return Unknown;
        object[key] = evaluateStatic(item.value);
      }
      return object;
    }
    case "unary": {
      const operand = evaluateStatic(expression.operand);
      if (expression.operator === "-" && typeof operand === "number") return -operand;
      if (expression.operator === "!" && typeof operand === "boolean") return !operand;
      return Unknown;
    }
    case "parenthesis":
      return evaluateStatic(expression.expression);
    case "call":
      if (expression.name === "jsonencode" && expression.args.length === 1 && !expression.expandFinal) {
        const argument = evaluateStatic(expression.args[0]);
        // A document with unknown parts (an ARN from a reference) stays decoded, so
        // policy rules still read its known statements; string rules see no string.
        return isFullyKnown(argument) ? encodeJson(argument) : argument;
      }
      return Unknown;
    default:
      return Unknown;
  }
}

/** Object keys are strings; HCL converts numbers and booleans, and rejects null. */
function objectKey(value: Value): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * A template is its joined text; a template that is exactly one
 * interpolation (`"${x}"`) is the value of `x` itself, as in HCL.
 */
function evaluateTemplate(parts: readonly HclTemplatePart[]): Value {
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind !== "templateIf" && parts[0].kind !== "templateFor") {
    return evaluateStatic(parts[0]);
  }
  let text = "";
  for (const part of parts) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    if (part.kind === "templateIf" || part.kind === "templateFor") return Unknown;
    const value = evaluateStatic(part);
    if (typeof value === "string") text += value;
    else if (typeof value === "number") text += formatNumber(value);
    else if (typeof value === "boolean") text += String(value);
    else return Unknown; // unknown, null (an error in Terraform), or a collection
  }
  return text;
}

function isFullyKnown(value: Value): boolean {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isFullyKnown);
  if (isObject(value)) return Object.values(value).every(isFullyKnown);
  return true;
}

/**
 * JSON text exactly as Terraform's `jsonencode` writes it (Go's encoder):
 * no whitespace, object keys sorted, `<`, `>`, `&`, U+2028 and U+2029
 * escaped, numbers in plain decimal notation.
 */
export function encodeJson(value: Value): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return encodeJsonString(value);
  if (Array.isArray(value)) return `[${value.map(encodeJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort(compareStrings);
    return `{${keys.map((key) => `${encodeJsonString(key)}:${encodeJson(value[key])}`).join(",")}}`;
  }
  throw new Error("cannot encode an unknown value");
}

/** Go sorts strings by UTF-8 bytes, which is code point order (UTF-16 order differs above U+FFFF); Terraform iterates maps in that order. */
export function compareStrings(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.codePointAt(index) ?? 0;
    const right = b.codePointAt(index) ?? 0;
    if (left !== right) return left - right;
    if (left > 0xffff) index++;
  }
  return a.length - b.length;
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** Every character the escaping below may touch, surrogates of pairs included: most strings hold none. */
const MAY_NEED_ESCAPE = /[\u0000-\u001f"\\<>&\u2028\u2029\ud800-\udfff]/;

function encodeJsonString(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return `"${text}"`;
  // Lone surrogates are invalid UTF-8 by the time Go sees them: it writes U+FFFD.
  return `"${text.replace(/[\u0000-\u001f"\\<>&\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (char) => {
    const escape = GO_ESCAPES[char];
    if (escape) return escape;
    if (char.charCodeAt(0) >= 0xd800) return "\ufffd";
    return `\\u00${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
  })}"`;
}

/** Terraform prints numbers in plain decimal notation, never with an exponent: 1e21 is "1000000000000000000000". */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return "-0";
  const shortest = String(value);
  const exponentAt = shortest.indexOf("e");
  if (exponentAt === -1) return shortest;
  const negative = shortest.startsWith("-");
  const mantissa = shortest.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(shortest.slice(exponentAt + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const pointAt = (point === -1 ? mantissa.length : point) + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + "0".repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}
