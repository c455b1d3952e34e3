import type { Position, Range } from "../../model/source.js";
import type { SyntaxNode } from "./parser.js";

/** Turns file offsets (UTF-16 code units, as our columns count) into 1-based lines and columns. */
export class SourcePositions {
  private readonly lineStarts: number[] = [0];
  /** The line (0-based) of the last offset looked up. */
  private lastLine = 0;

  constructor(readonly text: string) {
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) this.lineStarts.push(index + 1);
  }

  range(node: SyntaxNode): Range {
    return { start: this.positionAt(node.start), end: this.positionAt(node.end) };
  }

  /** From the start of `first` to the end of `last`. */
  span(first: SyntaxNode, last: SyntaxNode): Range {
    return { start: this.positionAt(first.start), end: this.positionAt(last.end) };
  }

  textOf(node: SyntaxNode): string {
    return this.text.slice(node.start, node.end);
  }

  positionAt(index: number): Position {
    const lineStarts = this.lineStarts;
    const last = lineStarts.length - 1;
    // Offsets are asked for mostly in document order: try the last line found and the next one first.
    let low = this.lastLine;
    if (!(lineStarts[low] <= index && (low === last || index < lineStarts[low + 1]))) {
      low++;
      if (!(low <= last && lineStarts[low] <= index && (low === last || index < lineStarts[low + 1]))) {
        low = 0;
        let high = last;
        while (low < high) {
          const middle = (low + high + 1) >> 1;
          if (lineStarts[middle] <= index) low = middle;
          else high = middle - 1;
        }
      }
      this.lastLine = low;
    }
    return { line: low + 1, column: index - lineStarts[low] + 1 };
  }
}
