import { isUnknown, Unknown, type Value } from "../../../model/value.js";
import { fail, isFullyKnown } from "../values.js";
import { collectionFunctions } from "./collections.js";
import { conversionFunctions } from "./conversions.js";
import { encodingFunctions } from "./encoding.js";
import { fileFunctions, unknowableFunctions } from "./files.js";
import { fn, type FunctionContext, type TerraformFunction } from "./function.js";
import { networkFunctions } from "./network.js";
import { numberFunctions } from "./numbers.js";
import { stringFunctions } from "./strings.js";

export type { FunctionContext } from "./function.js";

const identity = fn([1, 1], ([value]) => value, true);

/** Every function the evaluator knows, by name; `try` and `can` are special forms of the expression evaluator. */
const FUNCTIONS: ReadonlyMap<string, TerraformFunction> = new Map([
  ...stringFunctions,
  ...collectionFunctions,
  ...numberFunctions,
  ...encodingFunctions,
  ...networkFunctions,
  ...conversionFunctions,
  ...fileFunctions,
  ...unknowableFunctions,
  ["sensitive", identity],
  ["nonsensitive", identity],
]);

/**
 * Calls a Terraform function. Unknown arguments make the result Unknown,
 * except for functions that look inside their arguments themselves; an
 * unknown function (a provider function, a newer one) is Unknown too.
 */
export function callFunction(name: string, args: Value[], context: FunctionContext): Value {
  const found = FUNCTIONS.get(name);
  if (!found) return Unknown;
  const [min, max] = found.arity;
  if (args.length < min || (max !== undefined && args.length > max)) fail(`${name}: wrong number of arguments`);
  // A wholly unknown argument makes every function's result unknown; unknown parts inside
  // arguments only matter to functions that do not look inside them.
  if (args.some((arg) => isUnknown(arg))) return Unknown;
  if (!found.partial && !args.every(isFullyKnown)) return Unknown;
  return found.call(args, context);
}

export function isKnownFunction(name: string): boolean {
  return FUNCTIONS.has(name);
}
