import type { Position, Range } from "../../model/source.js";

/**
 * Offsets to 1-based lines and UTF-16 columns, from line starts found once
 * per file. Nodes are placed in source order, so the line of the previous
 * lookup is tried before a binary search.
 */
export class SourcePositions {
  /** Editors do not count a byte order mark as a column. */
  readonly #bom: number;
  #line = 0;

  constructor(
    readonly text: string,
    /** Offset of the first character of each line; the first is 0. */
    readonly lineStarts: readonly number[],
  ) {
    this.#bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndex(at);
    const column = at - this.lineStarts[index]! + 1 - (index === 0 ? this.#bom : 0);
    return { line: index + 1, column: Math.max(column, 1) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** 0-based column of an offset, counting every character (indentation, not display). */
  indentOf(offset: number): number {
    return offset - this.lineStarts[this.lineIndex(offset)]!;
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    let line = this.#line;
    if (starts[line]! <= offset && (line === last || offset < starts[line + 1]!)) return line;
    if (line < last && starts[line + 1]! <= offset && (line + 1 === last || offset < starts[line + 2]!)) {
      this.#line = line + 1;
      return line + 1;
    }
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    line = low;
    this.#line = line;
    return line;
  }
}
