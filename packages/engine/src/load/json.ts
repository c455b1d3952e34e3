import type { Diagnostic } from "../model/diagnostic.js";
import type { Position, Range } from "../model/source.js";
import type { ListNode, MapNode, ScalarNode, TreeNode } from "./document.js";

/** Deeper nesting than this is hostile or broken; refusing it keeps the parser off the stack limit. */
export const DEFAULT_MAX_JSON_DEPTH = 500;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/**
 * JSON.parse with a position map: the same grammar (RFC 8259), but every key
 * and value keeps its line and column, and errors say where and why.
 */
export function parseJson(text: string, file: string, options: { maxDepth?: number } = {}): { root?: TreeNode; diagnostics: Diagnostic[] } {
  const reader = new JsonReader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH);
  try {
    reader.skipWhitespace();
    const root = reader.readValue(0);
    reader.skipWhitespace();
    if (!reader.atEnd()) reader.fail(`unexpected ${reader.describeNext()} after the end of the JSON value`);
    return { root, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = error.position;
    return {
      diagnostics: [
        {
          level: "error",
          code: "json-syntax",
          message: `invalid JSON: ${error.message}`,
          file,
          range: { file, start: error.position, end: { line, column: column + 1 } },
        },
      ],
    };
  }
}

class JsonReader {
  #offset = 0;
  #line = 1;
  #lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  atEnd(): boolean {
    return this.#offset >= this.text.length;
  }

  position(): Position {
    return { line: this.#line, column: this.#offset - this.#lineStart + 1 };
  }

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.position());
  }

  describeNext(): string {
    if (this.atEnd()) return "end of input";
    return JSON.stringify(this.text[this.#offset]);
  }

  skipWhitespace(): void {
    const text = this.text;
    while (this.#offset < text.length) {
      const code = text.charCodeAt(this.#offset);
      if (code === 0x0a) {
        this.#offset++;
        this.#line++;
        this.#lineStart = this.#offset;
      } else if (code === 0x20 || code === 0x09 || code === 0x0d) {
        this.#offset++;
      } else {
        return;
      }
    }
  }

  readValue(depth: number): TreeNode {
    if (depth > this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth} levels`);
    const start = this.position();
    const code = this.text.charCodeAt(this.#offset);
    switch (code) {
      case 0x7b: // {
        return this.readObject(start, depth);
      case 0x5b: // [
        return this.readArray(start, depth);
      case 0x22: // "
        return this.scalar(start, this.readString());
      case 0x74: // t
        return this.scalar(start, this.readKeyword("true", true));
      case 0x66: // f
        return this.scalar(start, this.readKeyword("false", false));
      case 0x6e: // n
        return this.scalar(start, this.readKeyword("null", null));
      default:
        if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.scalar(start, this.readNumber());
        return this.fail(`unexpected ${this.describeNext()}, expected a value`);
    }
  }

  private scalar(start: Position, value: ScalarNode["value"]): ScalarNode {
    return { kind: "scalar", range: { start, end: this.position() }, value };
  }

  private readObject(start: Position, depth: number): MapNode {
    const entries: MapNode["entries"] = [];
    this.#offset++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.#offset) === 0x7d) {
      this.#offset++;
      return { kind: "map", range: { start, end: this.position() }, entries };
    }
    for (;;) {
      if (this.text.charCodeAt(this.#offset) !== 0x22) this.fail(`unexpected ${this.describeNext()}, expected a property name`);
      const keyStart = this.position();
      const key = this.readString();
      const keyRange: Range = { start: keyStart, end: this.position() };
      this.skipWhitespace();
      if (this.text.charCodeAt(this.#offset) !== 0x3a) this.fail(`unexpected ${this.describeNext()}, expected ":"`);
      this.#offset++;
      this.skipWhitespace();
      const value = this.readValue(depth + 1);
      entries.push({ key, keyRange, value });
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.#offset);
      this.#offset++;
      if (next === 0x7d) break;
      if (next !== 0x2c) {
        this.#offset--;
        this.fail(`unexpected ${this.describeNext()}, expected "," or "}"`);
      }
      this.skipWhitespace();
    }
    return { kind: "map", range: { start, end: this.position() }, entries };
  }

  private readArray(start: Position, depth: number): ListNode {
    const items: TreeNode[] = [];
    this.#offset++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.#offset) === 0x5d) {
      this.#offset++;
      return { kind: "list", range: { start, end: this.position() }, items };
    }
    for (;;) {
      items.push(this.readValue(depth + 1));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.#offset);
      this.#offset++;
      if (next === 0x5d) break;
      if (next !== 0x2c) {
        this.#offset--;
        this.fail(`unexpected ${this.describeNext()}, expected "," or "]"`);
      }
      this.skipWhitespace();
    }
    return { kind: "list", range: { start, end: this.position() }, items };
  }

  private readString(): string {
    const text = this.text;
    const begin = ++this.#offset;
    // Fast path: no escapes, hand the slice over as is.
    let offset = begin;
    while (offset < text.length) {
      const code = text.charCodeAt(offset);
      if (code === 0x22) {
        this.#offset = offset + 1;
        return text.slice(begin, offset);
      }
      if (code === 0x5c || code < 0x20) break;
      offset++;
    }
    let end = offset;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 0x22) break;
      if (code === 0x5c) end++;
      else if (code < 0x20) {
        this.#offset = end;
        this.fail(code === 0x0a ? "unterminated string" : "control character in string");
      }
      end++;
    }
    if (end >= text.length) {
      this.#offset = text.length;
      this.fail("unterminated string");
    }
    const raw = text.slice(begin - 1, end + 1);
    try {
      const value = JSON.parse(raw) as string;
      this.#offset = end + 1;
      return value;
    } catch {
      this.#offset = begin;
      return this.fail("invalid escape sequence in string");
    }
  }

  private readKeyword<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.#offset)) this.fail(`unexpected ${this.describeNext()}, expected a value`);
    this.#offset += word.length;
    return value;
  }

  private readNumber(): number {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.#offset;
    const found = match.exec(this.text);
    if (!found) this.fail(`invalid number`);
    this.#offset += found[0].length;
    return Number(found[0]);
  }
}
