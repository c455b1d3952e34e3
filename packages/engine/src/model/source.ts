/** A position in a file. Both are 1-based, as SARIF and editors count; columns count UTF-16 code units, as JavaScript strings do. */
export interface Position {
  line: number;
  column: number;
}

/** A span of text; `end` is exclusive (the column just after the last character). */
export interface Range {
  start: Position;
  end: Position;
}

export interface SourceRange extends Range {
  /** Path relative to the scan root, with forward slashes. */
  file: string;
}

/** One step into a value: an object key or an array index. */
export type PathSegment = string | number;
export type AttributePath = readonly PathSegment[];

/** Key for a path in lookup tables (unit separator: never appears in real keys). */
export function pathKey(path: AttributePath): string {
  return path.join("\u001f");
}

/** Renders a path the way users write it: `spec.containers[0].image`. */
export function formatPath(path: AttributePath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Where one attribute sits: its key (absent for array items) and its value. */
export interface AttributeLocation {
  key?: Range;
  value: Range;
}

/**
 * The positions of a resource: the whole resource, its header (the line a
 * "missing setting" finding points at) and every attribute path inside it.
 */
export class SourceMap {
  readonly #attributes = new Map<string, AttributeLocation>();

  constructor(
    readonly file: string,
    readonly range: Range,
    readonly header: Range = range,
  ) {}

  set(path: AttributePath, location: AttributeLocation): void {
    this.#attributes.set(pathKey(path), location);
  }

  get(path: AttributePath): AttributeLocation | undefined {
    return this.#attributes.get(pathKey(path));
  }

  /**
   * The range for a finding at `path`: the value's range if the path exists,
   * otherwise the nearest existing parent (a finding about a missing key points
   * at the object that should hold it), otherwise the header.
   */
  locate(path: AttributePath): { range: Range; exact: boolean } {
    for (let length = path.length; length > 0; length--) {
      const found = this.#attributes.get(pathKey(path.slice(0, length)));
      if (found) return { range: found.key ?? found.value, exact: length === path.length };
    }
    return { range: this.header, exact: path.length === 0 };
  }

  /** Every recorded path, for tests and tools. */
  paths(): string[] {
    return [...this.#attributes.keys()];
  }

  at(range: Range): SourceRange {
    return { file: this.file, ...range };
  }
}

export function rangeOf(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}
