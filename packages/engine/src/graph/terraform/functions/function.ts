import type { Value } from "../../../model/value.js";
import type { Budget } from "../budget.js";

/** What functions that touch the world (`file`, `templatefile`) may use: the scanned tree, never more. */
export interface FunctionContext {
  budget: Budget;
  /**
   * The text of a file, by a path as the configuration wrote it (relative to
   * the working directory, i.e. the root module, or built from `path.module`);
   * undefined when it does not exist or lies outside the scanned tree.
   */
  readFile(path: string): string | undefined;
  /** Renders a template file's text with `vars`; Unknown when it cannot be parsed. */
  renderTemplate(text: string, vars: Value): Value;
}

export interface TerraformFunction {
  /** Called with the arguments as evaluated; it may throw `EvaluationError`. */
  call(args: Value[], context: FunctionContext): Value;
  /**
   * The function reads unknown parts itself (`length`, `concat`…). Others are
   * Unknown as soon as any argument holds an unknown part.
   */
  partial?: boolean;
  /** Allowed argument counts: [min, max]; max undefined for variadic. */
  arity: readonly [number, number?];
}

export type FunctionTable = ReadonlyMap<string, TerraformFunction>;

export function fn(arity: readonly [number, number?], call: TerraformFunction["call"], partial = false): TerraformFunction {
  return { arity, call, partial };
}
