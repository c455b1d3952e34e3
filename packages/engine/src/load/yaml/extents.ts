/**
 * Where YAML nodes start and end, read from the source around the offsets
 * the event parser gives. The parser gives no end for collections and no
 * place for empty scalars or block scalar headers; these scans give the same
 * spans as the rest of Tollgate has always reported: an empty value sits
 * just after its `:` or `-` and the spaces after it, a block scalar starts
 * at its `|` or `>`, and a block collection ends after the line break of its
 * last value, taking in the comment lines that belong to it.
 */

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isBreak(code: number): boolean {
  return code === LF || code === CR;
}

export function skipSpaces(text: string, at: number): number {
  let index = at;
  while (isBlank(text.charCodeAt(index))) index++;
  return index;
}

/** Offset just past the line break ending the line that holds `at` (or the end of the text). */
function nextLineStart(text: string, at: number): number {
  const newline = text.indexOf("\n", at);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Where an empty node that follows `indicator` (`:`, `-`, `?`) sits: past
 * the indicator and the spaces after it. Blank lines and comments between
 * `from` and the indicator are skipped; undefined when the next token is not
 * the indicator.
 */
export function afterIndicator(text: string, from: number, indicator: number, limit: number): number | undefined {
  let index = from;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (isBlank(code) || isBreak(code)) index++;
    else if (code === HASH) index = nextLineStart(text, index);
    else if (code === indicator) return skipSpaces(text, index + 1);
    else return undefined;
  }
  return undefined;
}

/** The `|` or `>` of the block scalar whose content starts at `contentStart`, searched from `from`. */
export function blockScalarIndicator(text: string, from: number, contentStart: number): number {
  let index = from;
  while (index < contentStart) {
    const code = text.charCodeAt(index);
    if (code === 0x7c || code === 0x3e) return index;
    if (code === HASH) index = nextLineStart(text, index);
    else index++;
  }
  return contentStart;
}

/** Past the header of a block scalar: its indicator, then chomping and indentation indicators. */
export function blockScalarHeaderEnd(text: string, indicator: number): number {
  let index = indicator + 1;
  for (let code = text.charCodeAt(index); code === 0x2b || code === 0x2d || (code >= 0x30 && code <= 0x39); code = text.charCodeAt(++index));
  return index;
}

/** End of the last line of a block scalar's content that is not blank; undefined when all of it is blank. */
export function blockContentEnd(text: string, contentStart: number, contentEnd: number): number | undefined {
  let index = contentEnd;
  while (index > contentStart) {
    const code = text.charCodeAt(index - 1);
    if (!isBlank(code) && !isBreak(code)) break;
    index--;
  }
  if (index <= contentStart) return undefined;
  while (index < contentEnd && !isBreak(text.charCodeAt(index))) index++;
  return index;
}

/** Past the line break at `at`, if there is one there. */
export function pastLineBreak(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === LF) return at + 1;
  if (code === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  return at;
}

/**
 * The end of a value written on one line, with what follows it there:
 * spaces, a comment and the line break; then the comment lines (blank lines
 * between them included) indented deeper than its collection, which belong
 * to it too.
 */
export function valueLineEnd(text: string, end: number, collectionIndent: number, limit: number): number {
  let index = skipSpaces(text, end);
  if (text.charCodeAt(index) === HASH) {
    while (index < limit && !isBreak(text.charCodeAt(index))) index++;
  }
  const afterBreak = pastLineBreak(text, index);
  if (afterBreak === index) return index;
  let lineEnd = afterBreak;
  for (let line = afterBreak; line < limit; ) {
    const first = skipSpaces(text, line);
    const code = text.charCodeAt(first);
    if (isBreak(code)) {
      line = pastLineBreak(text, first);
      continue;
    }
    if (code !== HASH || first - line <= collectionIndent || first >= limit) break;
    lineEnd = Math.min(nextLineStart(text, first), limit);
    line = lineEnd;
  }
  return lineEnd;
}

/** The blank and comment lines after a block collection's last value, up to the next token. */
export interface TrailingLines {
  from: number;
  /** The next token (or the end of the document). */
  next: number;
  /** Column of the deepest-indented whole-line comment among them; -1 without one. */
  deepestComment: number;
}

export function trailingLines(text: string, from: number, lineStartOfFrom: number, limit: number): TrailingLines {
  let deepestComment = -1;
  let lineStart = lineStartOfFrom;
  let index = from;
  while (index < limit) {
    index = skipSpaces(text, index);
    if (index >= limit) break;
    const code = text.charCodeAt(index);
    if (isBreak(code)) {
      index = pastLineBreak(text, index);
      lineStart = index;
    } else if (code === HASH) {
      deepestComment = Math.max(deepestComment, index - lineStart);
      index = nextLineStart(text, index);
      lineStart = index;
    } else {
      break;
    }
  }
  return { from, next: Math.min(index, limit), deepestComment };
}

/**
 * Where a block collection ends, given the lines after its last value: a
 * nested collection keeps them when one of their comments is indented at
 * least as deep as it is; otherwise they belong to an outer node and the
 * collection ends with its last value.
 */
export function blockCollectionEnd(valueEnd: number, indent: number, trailing: TrailingLines): number {
  return indent > 0 && trailing.deepestComment >= indent ? trailing.next : valueEnd;
}

/** Past the `]` or `}` closing a flow collection whose last item ends at `from`. */
export function flowCollectionEnd(text: string, from: number, limit: number): number {
  let index = from;
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (code === 0x5d || code === 0x7d) return index + 1;
    if (code === HASH) index = nextLineStart(text, index);
    else if (isBlank(code) || isBreak(code) || code === 0x2c) index++;
    else return from;
  }
  return from;
}

/** Past a comment that follows an empty value on its line, with the line break; the value's own place otherwise. */
export function emptyValueEnd(text: string, at: number, limit: number): number {
  const index = skipSpaces(text, at);
  if (text.charCodeAt(index) !== HASH) return at;
  return Math.min(nextLineStart(text, index), limit);
}
