/**
 * The text rules of HCL templates, on a flat list of tokens (literal text and
 * the interpolations/directives between it), in the order HCL applies them:
 * decode escapes, apply strip markers (`~`), then remove the indentation of
 * `<<-` heredocs. Heredoc literals are one token per line, as HCL scans them,
 * which decides how far a strip marker reaches.
 */

export interface LiteralToken {
  kind: "literal";
  text: string;
}

export interface ControlToken<T> {
  kind: "control";
  /** `${~` / `%{~`: trim the whitespace before. */
  stripBefore: boolean;
  /** `~}`: trim the whitespace after. */
  stripAfter: boolean;
  value: T;
}

export type TemplateToken<T> = LiteralToken | ControlToken<T>;

const QUOTED_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

/**
 * Decodes the escapes of a quoted string: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`,
 * and `$${` / `%%{` for a literal `${` / `%{`. An invalid escape is kept as
 * written (Terraform rejects it; we keep reading the rest of the file).
 */
export function decodeQuotedText(raw: string): string {
  if (!raw.includes("\\") && !raw.includes("$${") && !raw.includes("%%{")) return raw;
  let out = "";
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === "\\" && index + 1 < raw.length) {
      const selector = raw[index + 1];
      const simple = QUOTED_ESCAPES[selector];
      if (simple !== undefined) {
        out += simple;
        index++;
        continue;
      }
      const digits = selector === "u" ? 4 : selector === "U" ? 8 : 0;
      const hex = raw.slice(index + 2, index + 2 + digits);
      if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const codePoint = Number.parseInt(hex, 16);
        if (codePoint <= 0x10ffff) {
          out += String.fromCodePoint(codePoint);
          index += 1 + digits;
          continue;
        }
      }
      out += char;
      continue;
    }
    if ((char === "$" || char === "%") && raw[index + 1] === char && raw[index + 2] === "{") {
      out += char;
      index++;
      continue;
    }
    out += char;
  }
  return out;
}

/** Heredocs have no backslash escapes, only `$${` and `%%{`. */
export function decodeHeredocText(raw: string): string {
  return raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

/** One token per line, each keeping its newline, as HCL scans heredoc text. */
export function splitHeredocLines<T>(tokens: readonly TemplateToken<T>[]): TemplateToken<T>[] {
  const out: TemplateToken<T>[] = [];
  for (const token of tokens) {
    if (token.kind === "control" || !token.text.includes("\n")) {
      out.push(token);
      continue;
    }
    let start = 0;
    for (let newline = token.text.indexOf("\n"); newline !== -1; newline = token.text.indexOf("\n", start)) {
      out.push({ kind: "literal", text: token.text.slice(start, newline + 1) });
      start = newline + 1;
    }
    if (start < token.text.length) out.push({ kind: "literal", text: token.text.slice(start) });
  }
  return out;
}

/** `${~ … ~}`: trims the whitespace (newlines included) of the neighbouring literal tokens. */
export function applyStripMarkers<T>(tokens: TemplateToken<T>[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "control") continue;
    const before = tokens[index - 1];
    if (token.stripBefore && before?.kind === "literal") before.text = before.text.trimEnd();
    const after = tokens[index + 1];
    if (token.stripAfter && after?.kind === "literal") after.text = after.text.trimStart();
  }
}

/**
 * `<<-` heredocs: removes from every line the smallest indentation of the
 * non-blank lines. A line that starts with an interpolation or directive has
 * indentation zero, so nothing is removed.
 */
export function flushHeredocIndentation<T>(tokens: TemplateToken<T>[]): void {
  let smallest = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  const lineStarts: LiteralToken[] = [];
  for (const token of tokens) {
    if (atLineStart) {
      atLineStart = false;
      if (token.kind === "literal") {
        const indentation = leadingWhitespace(token.text);
        const blank = indentation.length === token.text.length && token.text.endsWith("\n");
        if (!blank) {
          smallest = Math.min(smallest, [...indentation].length);
          lineStarts.push(token);
        }
      } else {
        smallest = 0;
      }
    }
    if (token.kind === "literal" && token.text.endsWith("\n")) atLineStart = true;
  }
  if (smallest === 0 || smallest === Number.POSITIVE_INFINITY) return;
  for (const token of lineStarts) {
    // Count characters, not UTF-16 units: indentation may hold non-ASCII spaces.
    const characters = [...token.text];
    token.text = characters.slice(smallest).join("");
  }
}

function leadingWhitespace(text: string): string {
  return /^\s*/u.exec(text)?.[0] ?? "";
}
