import type { Value } from "../../../model/value.js";
import { asInteger, asList, asNumber, asString, fail } from "../values.js";
import { fn, type TerraformFunction } from "./function.js";

function numbers(args: Value[]): number[] {
  // `min(list...)` arrives expanded; `min([1, 2])` is an error in Terraform, as here.
  return args.map((arg) => asNumber(arg));
}

function parseInteger(text: string, base: number): number {
  if (!Number.isInteger(base) || base < 2 || base > 62) fail("base must be a whole number between 2 and 62");
  const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let body = text;
  let sign = 1;
  if (body.startsWith("-")) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) body = body.slice(1);
  if (body === "") fail(`cannot parse "${text}" as a base ${base} integer`);
  let value = 0;
  for (const char of body) {
    let digit = digits.indexOf(char);
    if (base <= 36 && digit >= 36) digit -= 26;
    if (digit < 0 || digit >= base) fail(`cannot parse "${text}" as a base ${base} integer`);
    value = value * base + digit;
  }
  return sign * value;
}

export const numberFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  [
    "min",
    fn([1], (args) => Math.min(...numbers(args))),
  ],
  [
    "max",
    fn([1], (args) => Math.max(...numbers(args))),
  ],
  ["abs", fn([1, 1], ([value]) => Math.abs(asNumber(value)) + 0)],
  ["ceil", fn([1, 1], ([value]) => Math.ceil(asNumber(value)) + 0)],
  ["floor", fn([1, 1], ([value]) => Math.floor(asNumber(value)) + 0)],
  [
    "log",
    fn([2, 2], ([value, base]) => {
      const result = Math.log(asNumber(value)) / Math.log(asNumber(base));
      // Exact powers come out exact, as with Terraform's big floats: log(8, 2) is 3, not 2.9999999999999996.
      const rounded = Math.round(result);
      return Math.abs(result - rounded) < 1e-12 ? rounded : result;
    }),
  ],
  ["pow", fn([2, 2], ([value, power]) => Math.pow(asNumber(value), asNumber(power)))],
  ["signum", fn([1, 1], ([value]) => Math.sign(asNumber(value)) + 0)],
  ["parseint", fn([2, 2], ([text, base]) => parseInteger(asString(text), asInteger(base)))],
]);

export function sumOf(list: Value): number {
  return asList(list).reduce<number>((total, item) => total + asNumber(item), 0);
}
