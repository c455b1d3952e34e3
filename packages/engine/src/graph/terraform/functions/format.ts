import { isUnknown, Unknown, type Value } from "../../../model/value.js";
import { encodeJson, formatNumber } from "../literal.js";
import { asNumber, asString, fail, isFullyKnown } from "../values.js";

const VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+|\*)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z%])/gy;

/**
 * `format` with Terraform's verbs (Go's fmt, restricted to what cty values
 * can be): `%v %#v %t %d %b %o %x %X %e %E %f %g %G %s %q %%`, flags,
 * width, precision and explicit argument indexes. A null argument makes the
 * result unknown, as Terraform does.
 */
export function formatString(spec: string, args: readonly Value[]): Value {
  let out = "";
  let next = 0;
  let position = 0;
  while (position < spec.length) {
    const percent = spec.indexOf("%", position);
    if (percent === -1) {
      out += spec.slice(position);
      break;
    }
    out += spec.slice(position, percent);
    VERB.lastIndex = percent;
    const match = VERB.exec(spec);
    if (!match) fail(`invalid format verb at ${percent}`);
    position = VERB.lastIndex;
    const [, flags = "", index1, widthText, precisionText, index2, verb] = match;
    if (verb === "%") {
      out += "%";
      continue;
    }
    const index = index1 ?? index2;
    if (index !== undefined) next = Number(index) - 1;
    if (next >= args.length || next < 0) fail(`not enough arguments for "%${verb}"`);
    const arg = args[next++];
    if (arg === null) return Unknown;
    if (!isFullyKnown(arg)) return Unknown;
    const width = widthText === undefined || widthText === "*" ? undefined : Number(widthText);
    const precision = precisionText === undefined ? undefined : precisionText === "" ? 0 : Number(precisionText);
    out += pad(render(verb, flags, precision, arg), width, flags);
  }
  return out;
}

function render(verb: string, flags: string, precision: number | undefined, arg: Value): string {
  switch (verb) {
    case "v":
      if (flags.includes("#")) return encodeJson(arg);
      if (typeof arg === "string") return arg;
      if (typeof arg === "number") return formatNumber(arg);
      if (typeof arg === "boolean") return String(arg);
      return encodeJson(arg);
    case "t":
      if (typeof arg !== "boolean") fail(`unsupported value for "%t": bool required`);
      return String(arg);
    case "s":
      if (typeof arg !== "string" && typeof arg !== "number" && typeof arg !== "boolean") fail(`unsupported value for "%s": string required`);
      return precision === undefined ? asString(arg) : [...asString(arg)].slice(0, precision).join("");
    case "q":
      if (typeof arg !== "string" && typeof arg !== "number" && typeof arg !== "boolean") fail(`unsupported value for "%q": string required`);
      return JSON.stringify(asString(arg));
    case "d":
    case "b":
    case "o":
    case "x":
    case "X": {
      const number = integerArg(arg, verb);
      const radix = verb === "d" ? 10 : verb === "b" ? 2 : verb === "o" ? 8 : 16;
      let text = Math.abs(number).toString(radix);
      if (verb === "X") text = text.toUpperCase();
      const sign = number < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return sign + text;
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const number = numberArg(arg, verb);
      let text: string;
      if (verb === "f" || verb === "F") text = Math.abs(number).toFixed(precision ?? 6);
      else if (verb === "e" || verb === "E") text = goExponent(Math.abs(number).toExponential(precision ?? 6));
      else text = shortestG(Math.abs(number), precision);
      if (verb === "E" || verb === "G") text = text.toUpperCase();
      const sign = number < 0 || Object.is(number, -0) ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      return sign + text;
    }
    default:
      return fail(`unsupported format verb "%${verb}"`);
  }
}

function integerArg(arg: Value, verb: string): number {
  if (typeof arg !== "number" && typeof arg !== "string") fail(`unsupported value for "%${verb}": a number is required`);
  const number = asNumber(arg);
  if (!Number.isInteger(number)) fail(`unsupported value for "%${verb}": an integer is required`);
  return number;
}

function numberArg(arg: Value, verb: string): number {
  if (typeof arg !== "number" && typeof arg !== "string") fail(`unsupported value for "%${verb}": a number is required`);
  return asNumber(arg);
}

/** Go writes at least two exponent digits: `1.5e+03`. */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}

/** `%g`: the shortest representation, exponent form for large and small exponents, as Go does. */
function shortestG(number: number, precision: number | undefined): string {
  if (number === 0) return "0";
  const exponent = Math.floor(Math.log10(number));
  const limit = precision ?? 21;
  if (exponent < -4 || exponent >= limit) {
    const text = precision === undefined ? number.toExponential() : number.toExponential(Math.max(precision - 1, 0));
    return goExponent(text.replace(/\.?0+e/, "e"));
  }
  if (precision === undefined) return formatNumber(number);
  return String(Number(number.toPrecision(Math.max(precision, 1))));
}

function pad(text: string, width: number | undefined, flags: string): string {
  const length = [...text].length;
  if (width === undefined || length >= width) return text;
  if (flags.includes("-")) return text + " ".repeat(width - length);
  if (flags.includes("0") && /^[+\- ]?[\d.]/.test(text)) {
    const sign = /^[+\- ]/.test(text) ? text[0] : "";
    return sign + "0".repeat(width - length) + text.slice(sign.length);
  }
  return " ".repeat(width - length) + text;
}

export function isNullOrUnknown(value: Value): boolean {
  return value === null || isUnknown(value);
}
