import { RE2JS } from "re2js";

/**
 * Regular expressions written by someone the scan does not trust (a custom
 * rule's JSON Schema `pattern`, checked out with the pull request it came
 * in) against text that someone chose too: RE2 matches in time linear in the
 * text whatever the pattern, where a backtracking engine takes exponential
 * time on `^(a+)+$`. JavaScript syntax is translated to RE2's; what RE2
 * cannot do in linear time (backreferences, lookaround) fails to compile.
 */
export function compileLinearRegExp(pattern: string, flags = ""): { test(text: string): boolean; toString(): string } {
  let options = 0;
  if (flags.includes("i")) options |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes("m")) options |= RE2JS.MULTILINE;
  if (flags.includes("s")) options |= RE2JS.DOTALL;
  const regex = RE2JS.compile(RE2JS.translateRegExp(pattern), options);
  // Ajv caches compiled patterns by their text: `toString` must tell patterns apart.
  return { test: (text) => regex.test(text), toString: () => `/${pattern}/${flags}` };
}

/**
 * The same, in the shape of Ajv's `code.regExp` option
 * (`new Ajv({ code: { regExp: linearRegExpEngine } })`), so that `pattern`
 * and `patternProperties` in user schemas cannot hang a scan.
 */
export const linearRegExpEngine = Object.assign((pattern: string, flags: string) => compileLinearRegExp(pattern, flags), {
  code: 'require("re2js").RE2JS',
});
