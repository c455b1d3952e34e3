import { LineIndex } from "../../model/line-index.js";
import type { Position, Range } from "../../model/source.js";
import type { SyntaxNode } from "./parser.js";

/** Turns file offsets (UTF-16 code units, as our columns count) into 1-based lines and columns. */
export class SourcePositions {
  readonly #lines: LineIndex;

  constructor(readonly text: string) {
    this.#lines = LineIndex.of(text);
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
    return this.#lines.position(index);
  }

}
