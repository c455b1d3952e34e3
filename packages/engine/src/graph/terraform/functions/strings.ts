import { RE2JS } from "re2js";
import { isUnknown, Unknown, type Value } from "../../../model/value.js";
import { asInteger, asList, asString, fail, isFullyKnown, objectOf } from "../values.js";
import { formatString } from "./format.js";
import { fn, type TerraformFunction } from "./function.js";

/** Patterns compiled once per scan; RE2 matches in linear time, so no pattern or input can hang the scan. */
const compiled = new Map<string, RE2JS>();
const MAX_PATTERN_LENGTH = 4096;

function compile(pattern: string): RE2JS {
  let regex = compiled.get(pattern);
  if (regex) return regex;
  if (pattern.length > MAX_PATTERN_LENGTH) fail("regular expression too long");
  try {
    regex = RE2JS.compile(pattern);
  } catch (error) {
    return fail(`invalid regexp pattern: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, regex);
  return regex;
}

/** Characters as Terraform counts them (grapheme clusters; code points are close enough for configuration text). */
function characters(text: string): string[] {
  return [...text];
}

/** `regex`: one match as a string, a list of groups, or an object of named groups. */
function regexResult(pattern: string, text: string): Value | undefined {
  const regex = compile(pattern);
  const matcher = regex.matcher(text);
  if (!matcher.find()) return undefined;
  return matchValue(regex, matcher);
}

function matchValue(regex: RE2JS, matcher: ReturnType<RE2JS["matcher"]>): Value {
  const groups = regex.groupCount();
  if (groups === 0) return matcher.group(0) ?? "";
  const named = regex.namedGroups() as Record<string, number>;
  const names = Object.keys(named);
  if (names.length > 0) {
    if (names.length !== groups) fail("regex: cannot mix named and unnamed capture groups");
    return objectOf(names.map((name) => [name, matcher.group(named[name]) ?? null]));
  }
  const list: Value[] = [];
  for (let group = 1; group <= groups; group++) list.push(matcher.group(group) ?? null);
  return list;
}

/** Go's `$1`, `${1}`, `${name}` and `$$` in a regex replacement. */
function expandReplacement(template: string, regex: RE2JS, matcher: ReturnType<RE2JS["matcher"]>): string {
  const named = regex.namedGroups() as Record<string, number>;
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, escape: string, braced?: string, bare?: string) => {
    if (escape === "$") return "$";
    const name = braced ?? bare ?? "";
    const index = /^\d+$/.test(name) ? Number(name) : named[name];
    if (index === undefined || index > regex.groupCount()) return "";
    return matcher.group(index) ?? "";
  });
}

function replaceString(text: string, search: string, replacement: string): string {
  if (search.length > 2 && search.startsWith("/") && search.endsWith("/")) {
    const regex = compile(search.slice(1, -1));
    const matcher = regex.matcher(text);
    let out = "";
    let last = 0;
    let guard = 0;
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      out += text.slice(last, start) + expandReplacement(replacement, regex, matcher);
      last = end;
      if (++guard > text.length + 1) break;
    }
    return out + text.slice(last);
  }
  if (search === "") return text;
  return text.split(search).join(replacement);
}

/** Go changes case one code point at a time: `ß` has no single upper-case code point and stays. */
function mapRunes(text: string, change: (char: string) => string): string {
  let out = "";
  for (const char of text) {
    const changed = change(char);
    out += [...changed].length === 1 ? changed : char;
  }
  return out;
}

/** Go's strings.Title: a letter after a separator (not a letter, digit or underscore) becomes upper case. */
function title(text: string): string {
  let out = "";
  let previous = " ";
  for (const char of text) {
    const separator = !/[\p{L}\p{N}_]/u.test(previous);
    out += separator ? char.toUpperCase() : char;
    previous = char;
  }
  return out;
}

function trimSet(text: string, cutset: string, start: boolean, end: boolean): string {
  const set = new Set(characters(cutset));
  const chars = characters(text);
  let from = 0;
  let to = chars.length;
  if (start) while (from < to && set.has(chars[from])) from++;
  if (end) while (to > from && set.has(chars[to - 1])) to--;
  return chars.slice(from, to).join("");
}

function substr(text: string, offset: number, length: number): string {
  const chars = characters(text);
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0) start = 0;
  if (start > chars.length) fail("offset out of range");
  let end = length < 0 ? chars.length : start + length;
  if (length < -1) end = chars.length + length + 1;
  return chars.slice(start, Math.min(end, chars.length)).join("");
}

function str(name: string, operation: (text: string) => string): TerraformFunction {
  return fn([1, 1], ([value]) => operation(asString(value, name)));
}

export const stringFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  ["format", fn([1], ([spec, ...args]) => formatString(asString(spec, "format"), args), true)],
  [
    "formatlist",
    fn(
      [1],
      ([spec, ...args]) => {
        if (isUnknown(spec)) return Unknown;
        let length: number | undefined;
        for (const arg of args) {
          if (isUnknown(arg)) return Unknown;
          if (!Array.isArray(arg)) continue;
          if (length !== undefined && arg.length !== length) fail("formatlist: all lists must have the same length");
          length = arg.length;
        }
        if (length === undefined) fail("formatlist: at least one argument must be a list");
        const out: Value[] = [];
        for (let index = 0; index < (length ?? 0); index++) {
          out.push(formatString(asString(spec), args.map((arg) => (Array.isArray(arg) ? arg[index] : arg))));
        }
        return out;
      },
      true,
    ),
  ],
  ["join", fn([2], ([separator, ...lists]) => lists.flatMap((list) => asList(list)).map((item) => asString(item, "join element")).join(asString(separator)))],
  ["split", fn([2, 2], ([separator, text]) => asString(text).split(asString(separator)))],
  ["lower", str("lower", (text) => mapRunes(text, (char) => char.toLowerCase()))],
  ["upper", str("upper", (text) => mapRunes(text, (char) => char.toUpperCase()))],
  ["title", str("title", title)],
  ["strrev", str("strrev", (text) => characters(text).reverse().join(""))],
  ["chomp", str("chomp", (text) => text.slice(0, endWithout(text, (char) => char === "\n" || char === "\r")))],
  ["trimspace", str("trimspace", (text) => trimWhere(text, isUnicodeSpace))],
  ["trim", fn([2, 2], ([text, cutset]) => trimSet(asString(text), asString(cutset), true, true))],
  [
    "trimprefix",
    fn([2, 2], ([text, prefix]) => {
      const value = asString(text);
      const cut = asString(prefix);
      return value.startsWith(cut) ? value.slice(cut.length) : value;
    }),
  ],
  [
    "trimsuffix",
    fn([2, 2], ([text, suffix]) => {
      const value = asString(text);
      const cut = asString(suffix);
      return cut && value.endsWith(cut) ? value.slice(0, value.length - cut.length) : value;
    }),
  ],
  ["replace", fn([3, 3], ([text, search, replacement]) => replaceString(asString(text), asString(search), asString(replacement)))],
  ["substr", fn([3, 3], ([text, offset, length]) => substr(asString(text), asInteger(offset), asInteger(length)))],
  [
    "indent",
    fn([2, 2], ([spaces, text]) => {
      const prefix = " ".repeat(Math.max(0, Math.min(asInteger(spaces), 1000)));
      return asString(text).replace(/\n/g, `\n${prefix}`);
    }),
  ],
  ["startswith", fn([2, 2], ([text, prefix]) => asString(text).startsWith(asString(prefix)))],
  ["endswith", fn([2, 2], ([text, suffix]) => asString(text).endsWith(asString(suffix)))],
  ["strcontains", fn([2, 2], ([text, part]) => asString(text).includes(asString(part)))],
  [
    "regex",
    fn([2, 2], ([pattern, text]) => {
      const result = regexResult(asString(pattern), asString(text));
      if (result === undefined) fail("pattern did not match any part of the given string");
      return result;
    }),
  ],
  [
    "regexall",
    fn([2, 2], ([pattern, text]) => {
      const regex = compile(asString(pattern));
      const value = asString(text);
      const matcher = regex.matcher(value);
      const out: Value[] = [];
      while (matcher.find()) {
        out.push(matchValue(regex, matcher));
        if (out.length > value.length + 1) break;
      }
      return out;
    }),
  ],
]);

export function allKnown(args: readonly Value[]): boolean {
  return args.every(isFullyKnown);
}

// Trimming walks from the ends: an anchored `+$` regular expression retries at
// every start position and turns a long run of newlines into quadratic work.
function endWithout(text: string, drop: (char: string) => boolean): number {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end;
}

function trimWhere(text: string, drop: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start]!)) start++;
  return text.slice(start, Math.max(start, endWithout(text, drop)));
}

function isUnicodeSpace(char: string): boolean {
  return /[\s\u0085\u00a0]/u.test(char);
}
