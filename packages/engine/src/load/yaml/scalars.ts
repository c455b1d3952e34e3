import type { Scalar } from "../../model/value.js";

/**
 * The YAML 1.2 core schema: what an untagged plain scalar means, and what
 * the explicit `!!null`, `!!bool`, `!!int`, `!!float` and `!!str` tags make
 * of a scalar's text. `on`, `yes` and `no` stay strings (GitHub Actions'
 * `on:` key depends on it).
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const CORE_TAG_PREFIX = "tag:yaml.org,2002:";

/** The value of an untagged plain scalar. */
export function resolvePlain(text: string): Scalar {
  if (text.length === 0) return null;
  const first = text.charCodeAt(0);
  // Only these first characters can start a non-string; most scalars stop here.
  if (first === 0x7e || first === 0x6e || first === 0x4e) return NULL.test(text) ? null : text; // ~ n N
  if (first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46) return BOOL.test(text) ? first === 0x74 || first === 0x54 : text; // t T f F
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) return number(text) ?? text; // digits + - .
  return text;
}

/**
 * The value of a scalar with an explicit tag, as written (`!!int`,
 * `!<tag:yaml.org,2002:int>`). A core tag whose pattern the text does not
 * match, and any other tag, leave the text a string.
 */
export function resolveTagged(tag: string, text: string): Scalar {
  switch (coreTagName(tag)) {
    case "null":
      return NULL.test(text) ? null : text;
    case "bool":
      return BOOL.test(text) ? text[0] === "t" || text[0] === "T" : text;
    case "int":
      if (INT_OCTAL.test(text)) return parseInt(text.slice(2), 8);
      if (INT.test(text)) return parseInt(text, 10);
      if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
      return text;
    case "float":
      if (FLOAT_SPECIAL.test(text)) return special(text);
      if (FLOAT_EXPONENT.test(text) || FLOAT.test(text)) return parseFloat(text);
      return text;
    default:
      return text;
  }
}

function number(text: string): number | undefined {
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT.test(text) || FLOAT_EXPONENT.test(text)) return parseFloat(text);
  if (FLOAT_SPECIAL.test(text)) return special(text);
  return undefined;
}

function special(text: string): number {
  if (text.slice(-3).toLowerCase() === "nan") return NaN;
  return text[0] === "-" ? -Infinity : Infinity;
}

/** `int` for `!!int` and `!<tag:yaml.org,2002:int>`; undefined for any other tag. */
function coreTagName(tag: string): string | undefined {
  if (tag.startsWith("!!")) return tag.slice(2);
  if (tag.startsWith(`!<${CORE_TAG_PREFIX}`) && tag.endsWith(">")) return tag.slice(CORE_TAG_PREFIX.length + 2, -1);
  return undefined;
}
