import { CST, Lexer } from "yaml";
import type { FileKind } from "../load/document.js";
import { LineIndex } from "../model/line-index.js";

/** A comment in a source file, with its text after the comment marker. */
export interface SourceComment {
  line: number;
  /** 1-based column of the comment marker. */
  column: number;
  /** Column just after the comment's last character (exclusive). */
  endColumn: number;
  /** The comment without its marker (`#` or `//`). */
  text: string;
  /** Nothing but whitespace precedes the comment on its line. */
  standalone: boolean;
}

/** File kinds whose text can hold comments; JSON inputs (plans, `.tf.json`) cannot. */
export function commentSyntax(kind: FileKind): "hcl" | "yaml" | undefined {
  switch (kind) {
    case "terraform":
    case "tfvars":
      return "hcl";
    case "kubernetes":
    case "workflow":
    case "action-metadata":
      return "yaml";
    default:
      return undefined;
  }
}

export function findComments(text: string, syntax: "hcl" | "yaml"): SourceComment[] {
  const offsets = syntax === "yaml" ? yamlCommentOffsets(text) : hclCommentOffsets(text);
  const lines = LineIndex.of(text);
  return offsets.map(({ start, markerLength }) => {
    const line = lines.lineOf(start) + 1;
    const lineStart = lines.starts[line - 1]!;
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text[end - 1] === "\r") end--;
    return {
      line,
      column: start - lineStart + 1,
      endColumn: end - lineStart + 1,
      text: text.slice(start + markerLength, end),
      // `trim` also drops a byte order mark.
      standalone: text.slice(lineStart, start).trim() === "",
    };
  });
}

/**
 * Comments as YAML's own lexer sees them, so a `#` inside a quoted string or
 * a block scalar (a shell script under `run: |`) is never taken for one. The
 * lexer's tokens concatenate to the source, except for one-character control
 * tokens that mark structure.
 */
function yamlCommentOffsets(text: string): Array<{ start: number; markerLength: number }> {
  const found: Array<{ start: number; markerLength: number }> = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) continue;
    if (CST.tokenType(token) === "comment") found.push({ start: offset, markerLength: 1 });
    offset += token.length;
  }
  return found;
}

/**
 * Line comments (`#`, `//`) of HCL, skipping strings (with their `${…}`
 * templates, which may hold strings themselves), heredocs and block comments.
 */
function hclCommentOffsets(text: string): Array<{ start: number; markerLength: number }> {
  const found: Array<{ start: number; markerLength: number }> = [];
  // Each template level counts the braces opened inside it.
  const modes: Array<{ kind: "string" } | { kind: "template"; depth: number }> = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const mode = modes[modes.length - 1];
    if (mode?.kind === "string") {
      if (char === "\\") i += 2;
      else if ((char === "$" || char === "%") && text[i + 1] === "{") {
        modes.push({ kind: "template", depth: 0 });
        i += 2;
      } else {
        if (char === '"' || char === "\n") modes.pop();
        i++;
      }
      continue;
    }
    if (char === '"') {
      modes.push({ kind: "string" });
      i++;
    } else if (char === "{" && mode?.kind === "template") {
      mode.depth++;
      i++;
    } else if (char === "}" && mode?.kind === "template") {
      if (mode.depth === 0) modes.pop();
      else mode.depth--;
      i++;
    } else if (char === "#" || (char === "/" && text[i + 1] === "/")) {
      found.push({ start: i, markerLength: char === "#" ? 1 : 2 });
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (char === "<" && text[i + 1] === "<") {
      i = skipHeredoc(text, i);
    } else {
      i++;
    }
  }
  return found;
}

/** From `<<EOF` or `<<-EOF` to the end of its closing line; other `<<` is just two characters. */
function skipHeredoc(text: string, start: number): number {
  const opener = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(start, start + 200));
  if (!opener) return start + 2;
  const marker = opener[1]!;
  let lineStart = start + opener[0].length;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === marker) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
