import type { Position, Range } from "../../model/source.js";
import type { SyntaxNode } from "./parser.js";

/**
 * Turns tree-sitter offsets into our 1-based lines and columns. Tree-sitter
 * parses a JavaScript string as UTF-16, so `startIndex` counts UTF-16 code
 * units, the same unit as our columns; its own `column` is not used because
 * its unit depends on the input encoding.
 *
 * A tree may come from parsing a slice of the file (error recovery re-parses
 * pieces); `base` is where that slice starts in the file.
 */
export class SourcePositions {
  private constructor(
    readonly text: string,
    private readonly lineStarts: readonly number[],
    private readonly baseIndex: number,
    private readonly baseRow: number,
  ) {}

  static of(text: string): SourcePositions {
    const lineStarts = [0];
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineStarts.push(index + 1);
    return new SourcePositions(text, lineStarts, 0, 0);
  }

  /** The same file, for a tree parsed from `text.slice(index)`. */
  slice(index: number): SourcePositions {
    return new SourcePositions(this.text, this.lineStarts, index, this.rowOf(index));
  }

  /** Offset in the whole file of a node's start or end. */
  start(node: SyntaxNode): number {
    return this.baseIndex + node.startIndex;
  }

  end(node: SyntaxNode): number {
    return this.baseIndex + node.endIndex;
  }

  range(node: SyntaxNode): Range {
    return {
      start: this.point(this.baseIndex + node.startIndex, this.baseRow + node.startPosition.row),
      end: this.point(this.baseIndex + node.endIndex, this.baseRow + node.endPosition.row),
    };
  }

  /** From the start of `first` to the end of `last`. */
  span(first: SyntaxNode, last: SyntaxNode): Range {
    return { start: this.range(first).start, end: this.range(last).end };
  }

  /** Position of a file offset (binary search; for offsets that are not node boundaries). */
  positionAt(index: number): Position {
    return this.point(index, this.rowOf(index));
  }

  private point(index: number, row: number): Position {
    return { line: row + 1, column: index - this.lineStarts[row] + 1 };
  }

  private rowOf(index: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
