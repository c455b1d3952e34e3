import type { Position } from "./source.js";

/**
 * Offsets in a text (UTF-16 code units) to lines, from the line starts found
 * once. Offsets are mostly asked for in source order, so the line found last
 * and the one after it are tried before a binary search.
 */
export class LineIndex {
  /** The line (0-based) of the last offset looked up. */
  #last = 0;

  /** `starts` holds the offset of each line's first character, in order. */
  constructor(readonly starts: readonly number[]) {}

  /** The line starts of `text`; the first line starts at `firstLineStart` (after a byte order mark, for some callers). */
  static of(text: string, firstLineStart = 0): LineIndex {
    const starts = [firstLineStart];
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
    return new LineIndex(starts);
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    const last = starts.length - 1;
    let line = this.#last;
    if (starts[line]! <= offset && (line === last || offset < starts[line + 1]!)) return line;
    line++;
    if (line <= last && starts[line]! <= offset && (line === last || offset < starts[line + 1]!)) return (this.#last = line);
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return (this.#last = low);
  }

  /** 1-based line and column of `offset`. */
  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }
}
