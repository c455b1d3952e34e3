import { LineIndex } from "../../model/line-index.js";
import type { Position, Range } from "../../model/source.js";

/** Offsets to 1-based lines and UTF-16 columns, from line starts found once per file. */
export class SourcePositions {
  /** Editors do not count a byte order mark as a column. */
  readonly #bom: number;
  readonly #lines: LineIndex;

  constructor(
    readonly text: string,
    /** Offset of the first character of each line; the first is 0. */
    lineStarts: readonly number[],
  ) {
    this.#bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.#lines = new LineIndex(lineStarts);
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndex(at);
    const column = at - this.#lines.starts[index]! + 1 - (index === 0 ? this.#bom : 0);
    return { line: index + 1, column: Math.max(column, 1) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** 0-based column of an offset, counting every character (indentation, not display). */
  indentOf(offset: number): number {
    return offset - this.#lines.starts[this.lineIndex(offset)]!;
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    return this.#lines.lineOf(offset);
  }
}
