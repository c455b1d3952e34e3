/**
 * The offset of the first bracket, brace, parenthesis or template
 * interpolation nested deeper than `maxDepth` in HCL text, or undefined.
 *
 * A lexical pass that runs before tree-sitter: the grammar's scanner keeps
 * its template state per token, so parse time grows with the square of
 * interpolation depth (`"${"${"${…`), and everything after the parse
 * (copying the tree, converting it, evaluating it) recurses. It knows
 * strings, heredocs and comments well enough that brackets inside them do
 * not count; anything it misreads only makes a file look shallower or
 * deeper by the brackets of one string, far from any real limit.
 */
export function findTooDeepHcl(text: string, maxDepth: number): number | undefined {
  if (!hasMoreOpenersThan(text, maxDepth)) return undefined;
  // Each frame is what the text is inside: code between brackets, a quoted
  // string, a heredoc (with its closing marker) or an interpolation in one.
  const frames: Array<{ kind: "code" | "string" | "heredoc" | "interpolation"; marker?: string }> = [];
  let depth = 0;
  const length = text.length;
  let index = 0;
  const top = () => frames[frames.length - 1]?.kind ?? "code";

  while (index < length) {
    const kind = top();
    const char = text[index];
    if (kind === "string" || kind === "heredoc") {
      if (kind === "heredoc" && (index === 0 || text[index - 1] === "\n") && closesHeredoc(text, index, frames[frames.length - 1]!.marker!)) {
        frames.pop();
        continue;
      }
      if (kind === "string" && char === "\\") {
        index += 2;
        continue;
      }
      if (kind === "string" && (char === '"' || char === "\n")) {
        frames.pop();
        index++;
        continue;
      }
      if ((char === "$" || char === "%") && text[index + 1] === char && text[index + 2] === "{") {
        index += 3; // `$${` and `%%{` are escapes, not interpolations
        continue;
      }
      if ((char === "$" || char === "%") && text[index + 1] === "{") {
        frames.push({ kind: "interpolation" });
        if (++depth > maxDepth) return index;
        index += 2;
        continue;
      }
      index++;
      continue;
    }

    // Code, at the top level, between brackets or inside an interpolation.
    if (char === '"') {
      frames.push({ kind: "string" });
      index++;
    } else if (char === "#" || (char === "/" && text[index + 1] === "/")) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? length : end;
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? length : end + 2;
    } else if (char === "<" && text[index + 1] === "<") {
      const heredoc = /<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/y;
      heredoc.lastIndex = index;
      const match = heredoc.exec(text);
      if (match) {
        frames.push({ kind: "heredoc", marker: match[1] });
        index = heredoc.lastIndex;
      } else {
        index += 2;
      }
    } else if (char === "{" || char === "[" || char === "(") {
      frames.push({ kind: "code" });
      if (++depth > maxDepth) return index;
      index++;
    } else if (char === "}" || char === "]" || char === ")") {
      // Unbalanced closers in broken text are the parser's to report.
      if (frames.length > 0) {
        frames.pop();
        depth--;
      }
      index++;
    } else {
      index++;
    }
  }
  return undefined;
}

/** A heredoc ends on a line holding only its marker, indented or not. */
function closesHeredoc(text: string, lineStart: number, marker: string): boolean {
  let index = lineStart;
  while (text[index] === " " || text[index] === "\t") index++;
  if (!text.startsWith(marker, index)) return false;
  index += marker.length;
  while (text[index] === " " || text[index] === "\t" || text[index] === "\r") index++;
  return index >= text.length || text[index] === "\n";
}

/**
 * Every level of nesting opens with `{`, `[` or `(` (an interpolation with
 * its `{`): text with no more of them than the limit cannot nest deeper, and
 * counting them is much cheaper than reading the text.
 */
function hasMoreOpenersThan(text: string, limit: number): boolean {
  let openers = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // `{` `[` `(`
    if ((code === 0x7b || code === 0x5b || code === 0x28) && ++openers > limit) return true;
  }
  return false;
}
