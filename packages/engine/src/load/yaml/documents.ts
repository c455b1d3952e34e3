/** The text of one YAML document: `text.slice(start, end)`. */
export interface DocumentSpan {
  start: number;
  end: number;
}

export interface DocumentSplit {
  /** Offset of the first character of each line read; the first is 0. */
  lineStarts: number[];
  documents: DocumentSpan[];
  /** Where the first document over the limit starts; nothing from there on was read. */
  refusedAt: number | undefined;
}

const DASH = 0x2d;
const DOT = 0x2e;

/**
 * Cuts a YAML stream into its documents and finds every line start on the
 * way. A `---` or `...` line at column 0 ends a document wherever it stands
 * (YAML forbids both inside any node), so each document can be parsed on its
 * own: a broken one then costs only itself, and documents keep their place in
 * the stream. Lines before a document holding only comments or directives
 * belong to it; a span with no document in it is dropped.
 */
export function splitDocuments(text: string, maxDocuments: number): DocumentSplit {
  const lineStarts = [0];
  const documents: DocumentSpan[] = [];
  let spanStart = 0;
  let hasDocument = false;
  let count = 0;
  let refusedAt: number | undefined;
  let lineStart = 0;
  for (;;) {
    const first = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart;
    const code = text.charCodeAt(first);
    let endsSpan = false;
    let startsDocument = false;
    if ((code === DASH || code === DOT) && isMarker(text, first, code)) {
      if (code === DASH) {
        if (hasDocument) {
          documents.push({ start: spanStart, end: lineStart });
          spanStart = lineStart;
        }
        startsDocument = true;
      } else {
        endsSpan = true;
      }
    } else if (!hasDocument && isContentLine(text, first)) {
      startsDocument = true;
    }
    if (startsDocument) {
      if (++count > maxDocuments) {
        refusedAt = lineStart;
        break;
      }
      hasDocument = true;
    }
    const newline = text.indexOf("\n", lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
    lineStarts.push(lineStart);
    if (endsSpan) {
      if (hasDocument) documents.push({ start: spanStart, end: lineStart });
      spanStart = lineStart;
      hasDocument = false;
    }
  }
  const end = refusedAt ?? text.length;
  if (hasDocument && spanStart < end) documents.push({ start: spanStart, end });
  return { lineStarts, documents, refusedAt };
}

/** `---` or `...` followed by a space, a tab, a line break or the end. */
function isMarker(text: string, at: number, code: number): boolean {
  if (text.charCodeAt(at + 1) !== code || text.charCodeAt(at + 2) !== code) return false;
  const next = text.charCodeAt(at + 3);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** A line that is not blank, a comment or a directive. */
function isContentLine(text: string, at: number): boolean {
  let index = at;
  let code = text.charCodeAt(index);
  while (code === 0x20 || code === 0x09) code = text.charCodeAt(++index);
  if (Number.isNaN(code) || code === 0x0a || code === 0x0d || code === 0x23) return false;
  return !(code === 0x25 && index === at);
}
