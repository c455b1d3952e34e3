import { EVENT_ID, parseEvents, YAMLException, type Event } from "js-yaml";
import type { Diagnostic } from "../model/diagnostic.js";
import type { LoadResult, SourceFile, TreeDocument } from "./document.js";
import { splitDocuments, type DocumentSpan } from "./yaml/documents.js";
import { SourcePositions } from "./yaml/positions.js";
import { BuildStopped, TreeBuilder, type DocumentEvents, type TreeBuildLimits } from "./yaml/tree-builder.js";

export interface YamlLoadOptions {
  /** Nodes that aliases may add to one document before it is rejected (billion laughs). */
  maxAliasNodes?: number;
  /** Deepest nesting of collections accepted in one document. */
  maxDepth?: number;
  /** Documents read from one file; the rest of the file is refused with an error. */
  maxDocuments?: number;
}

export const DEFAULT_MAX_ALIAS_NODES = 100_000;
export const DEFAULT_MAX_DEPTH = 500;
export const DEFAULT_MAX_DOCUMENTS = 10_000;

/**
 * Parses every document of a YAML (or JSON) file into positioned trees, with
 * the YAML 1.2 core schema (so `on:` and `yes`/`no` stay strings). Each
 * document is parsed on its own: a broken one becomes a diagnostic, the
 * others are still returned, and every document keeps its index in the
 * stream. Nothing here throws.
 */
export function loadYaml(file: SourceFile, options: YamlLoadOptions = {}): LoadResult<TreeDocument> {
  const limits = {
    maxAliasNodes: options.maxAliasNodes ?? DEFAULT_MAX_ALIAS_NODES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxDocuments: options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS,
  };
  const documents: TreeDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  try {
    const split = splitDocuments(file.text, limits.maxDocuments);
    const reader = new DocumentReader(file, new SourcePositions(file.text, split.lineStarts), limits, documents, diagnostics);
    reader.readAll(split.documents, split.refusedAt ?? file.text.length);
    if (split.refusedAt !== undefined) {
      const message = `more than ${limits.maxDocuments} YAML documents in one file; the rest of the file was not read`;
      diagnostics.push(reader.diagnostic("error", "yaml-document-limit", message, split.refusedAt));
    }
  } catch (error) {
    diagnostics.push(internalError(file, error));
  }
  return { documents, diagnostics };
}

/** Reads a file's documents, numbering them in stream order. */
class DocumentReader {
  readonly #builder: TreeBuilder;
  /**
   * The event parser counts every node as a level (and a flow map's value as
   * two), so its own bound is set loose enough never to refuse what ours
   * accepts while still keeping its recursion off the end of the stack.
   */
  readonly #parserDepth: number;
  #index = 0;

  constructor(
    readonly file: SourceFile,
    readonly positions: SourcePositions,
    readonly limits: TreeBuildLimits,
    readonly documents: TreeDocument[],
    readonly diagnostics: Diagnostic[],
  ) {
    this.#builder = new TreeBuilder(positions, limits);
    this.#parserDepth = 2 * limits.maxDepth + 2;
  }

  /**
   * Parses the whole stream at once, which is quickest; when that fails, or
   * its documents do not line up with the spans, parses span by span so that
   * only the broken documents are lost.
   */
  readAll(spans: readonly DocumentSpan[], end: number): void {
    if (spans.length === 0) return;
    const text = this.file.text;
    const source = end === text.length ? text : text.slice(0, end);
    // With several documents a failure is read again document by document, each with its own lenient retry.
    const parsed = this.#parse(source, spans.length === 1);
    if ("events" in parsed) {
      const { events } = parsed;
      const firsts: number[] = [];
      for (let index = 0; index < events.length; index++) if (events[index]!.type === EVENT_ID.DOCUMENT) firsts.push(index);
      if (firsts.length === spans.length) {
        for (let index = 0; index < spans.length; index++) {
          const span = spans[index]!;
          this.#build({ events, first: firsts[index]!, source: parsed.source, base: 0, start: span.start, limit: span.end }, this.#index++);
        }
        return;
      }
    } else if (spans.length === 1 && spans[0]!.start === 0) {
      // One document that failed: its error is already known.
      this.#index++;
      this.diagnostics.push(this.#parseFailure(parsed.error, spans[0]!));
      return;
    }
    for (const span of spans) this.#read(span);
  }

  /** Events, and the text they point into: the source, or its lenient reading (`closingBracketsRaised`). */
  #parse(source: string, retryLeniently: boolean): { events: Event[]; source: string } | { error: unknown } {
    try {
      return { events: parseEvents(source, { maxDepth: this.#parserDepth }), source };
    } catch (error) {
      const lenient = retryLeniently && error instanceof YAMLException && error.reason === "deficient indentation" ? closingBracketsRaised(source) : source;
      if (lenient === source) return { error };
      try {
        return { events: parseEvents(lenient, { maxDepth: this.#parserDepth }), source: lenient };
      } catch {
        return { error };
      }
    }
  }

  #read(span: DocumentSpan): void {
    const source = this.file.text.slice(span.start, span.end);
    const parsed = this.#parse(source, true);
    if (!("events" in parsed)) {
      this.#index++;
      this.diagnostics.push(this.#parseFailure(parsed.error, span));
      return;
    }
    const { events } = parsed;
    for (let first = 0; first < events.length; ) {
      if (events[first]!.type !== EVENT_ID.DOCUMENT) {
        first++;
        continue;
      }
      first = this.#build({ events, first, source: parsed.source, base: span.start, start: span.start, limit: span.end }, this.#index++);
    }
  }

  /** Builds one document; returns the index of the event after it. */
  #build(document: DocumentEvents, index: number): number {
    try {
      const built = this.#builder.build(document);
      for (const { key, range } of built.warnings) {
        this.diagnostics.push({
          level: "warning",
          code: "yaml-duplicate-key",
          message: `Duplicate key "${key}"; the last value is used`,
          file: this.file.path,
          range: { file: this.file.path, ...range },
        });
      }
      if (built.root) this.documents.push({ file: this.file.path, kind: this.file.kind, index, root: built.root, range: built.range });
      return built.next;
    } catch (error) {
      if (error instanceof BuildStopped) {
        const { code, message, offset } = error.problem;
        this.diagnostics.push(this.diagnostic("error", code, message, offset));
      } else {
        this.diagnostics.push(internalError(this.file, error));
      }
      return skipDocument(document.events, document.first);
    }
  }

  #parseFailure(error: unknown, span: DocumentSpan): Diagnostic {
    if (error instanceof YAMLException) {
      const offset = span.start + (error.mark?.position ?? 0);
      if (error.reason.startsWith("nesting exceeded maxDepth")) return this.#tooDeep(offset);
      return this.diagnostic("error", "yaml-syntax", `Invalid YAML: ${error.reason}`, offset);
    }
    // The parser recurses: nesting deeper than the stack allows is nesting too deep.
    if (error instanceof RangeError) return this.#tooDeep(span.start);
    return internalError(this.file, error);
  }

  #tooDeep(offset: number): Diagnostic {
    return this.diagnostic("error", "yaml-depth-limit", `YAML nesting is deeper than ${this.limits.maxDepth} levels`, offset);
  }

  diagnostic(level: Diagnostic["level"], code: string, message: string, offset: number): Diagnostic {
    const path = this.file.path;
    return { level, code, message, file: path, range: { file: path, ...this.positions.range(offset, offset + 1) } };
  }
}

/**
 * A flow collection closed on a line of its own at its key's indentation
 *
 * ```yaml
 * args: [
 *   "--verbose",
 * ]
 * ```
 *
 * is refused by js-yaml ("deficient indentation") but read by the YAML
 * libraries of Kubernetes, GitHub and Python. This reading moves each such
 * bracket to the end of the line above (the newline and indentation move
 * after it), so every other character keeps its offset; lines above that end
 * in a comment are left alone, since the bracket would join the comment.
 */
function closingBracketsRaised(source: string): string {
  return source.replace(/(^|\n)([^\n#]*)(\r?\n[ \t]*)([\]}])(?=[ \t]*(?:\r?\n|$))/g, (_match, start: string, above: string, gap: string, bracket: string) => `${start}${above}${bracket}${gap}`);
}

/** The index of the event after the document that opens at `first`. */
function skipDocument(events: readonly Event[], first: number): number {
  let open = 0;
  for (let index = first; index < events.length; index++) {
    const type = events[index]!.type;
    if (type === EVENT_ID.POP) {
      if (--open === 0) return index + 1;
    } else if (type !== EVENT_ID.SCALAR && type !== EVENT_ID.ALIAS) {
      open++;
    }
  }
  return events.length;
}

function internalError(file: SourceFile, error: unknown): Diagnostic {
  const cause = error instanceof Error ? error.message : String(error);
  return { level: "error", code: "yaml-internal-error", message: `Could not load YAML: ${cause}`, file: file.path };
}
