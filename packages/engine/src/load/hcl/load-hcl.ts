import type { Diagnostic } from "../../model/diagnostic.js";
import type { LoadResult, SourceFile } from "../document.js";
import type { HclAttribute, HclBlock, HclBody, HclDocument } from "./ast.js";
import { HclConverter, HclSyntaxError } from "./convert.js";
import { findTooDeepHcl } from "./nesting.js";
import { HclParseCancelledError, hclParser, HclParseTooSlowError, HclTooDeepError, type HclParseOptions, type HclParser, type SyntaxNode } from "./parser.js";
import { SourcePositions } from "./positions.js";
import { containsError, describeFirstSyntaxError, syntaxDiagnostic } from "./syntax-errors.js";

export type { HclDocument } from "./ast.js";

export interface HclLoadOptions {
  /** Deepest nesting of blocks, brackets and template interpolations; 500 by default. */
  maxDepth?: number;
  /** Asked while parsing: true stops the file with an error (the scan's time budget ran out). */
  cancelled?: () => boolean;
}

export const DEFAULT_MAX_HCL_DEPTH = 500;

/**
 * Time one parse of HCL text may take: many times what valid text of that
 * size needs on a slow, busy machine, far less than the hours a hostile run
 * of invalid tokens would take.
 */
export function hclParseBudgetMs(length: number, baseMs = 5000): number {
  return baseMs + (length / 1024) * 20;
}

/** A broken file should not flood the output: the first errors locate the problem. */
const MAX_SYNTAX_DIAGNOSTICS = 20;

/**
 * A line that starts a top-level block or attribute at column 0
 * (`resource "t" "n" {`, `locals {`, `region = …`): where error recovery
 * restarts parsing, as formatted Terraform puts nothing else there.
 */
const TOP_LEVEL_START = /[\p{ID_Start}_][\p{ID_Continue}\-]*(?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[\p{ID_Start}_][\p{ID_Continue}\-]*))*[ \t]*(?:\{|=(?![=>]))/uy;

interface TopLevelItem {
  start: number;
  attribute?: HclAttribute;
  block?: HclBlock;
}

/**
 * Reads a `.tf` or `.tfvars` file. Never throws: syntax errors become
 * `hcl-syntax` diagnostics, and the blocks that parsed are still returned so
 * the rest of a broken file is checked.
 */
export async function loadHcl(file: SourceFile, options: HclLoadOptions = {}): Promise<LoadResult<HclDocument>> {
  let parser: HclParser;
  try {
    parser = await hclParser();
  } catch (error) {
    return { documents: [], diagnostics: [internalError(file, error)] };
  }
  return loadHclWith(parser, file, options);
}

/** `loadHcl` with a parser already loaded: synchronous, for text met while evaluating (template files, `-var` values). */
export function loadHclWith(parser: HclParser, file: SourceFile, options: HclLoadOptions = {}): LoadResult<HclDocument> {
  // A byte-order mark becomes a space: same length, so positions stay true.
  const text = file.text.charCodeAt(0) === 0xfeff ? ` ${file.text.slice(1)}` : file.text;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_HCL_DEPTH;
  try {
    const positions = new SourcePositions(text);
    const tooDeep = findTooDeepHcl(text, maxDepth);
    if (tooDeep !== undefined) return { documents: [], diagnostics: [depthDiagnostic(file, positions, tooDeep, maxDepth)] };
    const diagnostics: Diagnostic[] = [];
    const items: TopLevelItem[] = [];
    // Several tree-sitter nodes make one level of HCL nesting (expression, collection, tuple…).
    const parseOptions: HclParseOptions = { maxSyntaxDepth: maxDepth * 4, cancelled: options.cancelled, timeBudgetMs: hclParseBudgetMs(text.length) };
    const parsed = parser.parse(text, 0, parseOptions);
    const badRegions = collectTopLevel(parsed.root, parsed.hasError, positions, file.path, items, diagnostics);
    for (const region of badRegions) recoverRegion(region, parser, positions, file.path, items, diagnostics, parseOptions);
    items.sort((a, b) => a.start - b.start);
    const body: HclBody = {
      attributes: items.flatMap((item) => (item.attribute ? [item.attribute] : [])),
      blocks: items.flatMap((item) => (item.block ? [item.block] : [])),
      range: { start: positions.positionAt(0), end: positions.positionAt(text.length) },
    };
    const kind = file.kind === "tfvars" ? "tfvars" : "terraform";
    return { documents: [{ file: file.path, kind, syntax: "native", body }], diagnostics: diagnostics.slice(0, MAX_SYNTAX_DIAGNOSTICS) };
  } catch (error) {
    if (error instanceof HclTooDeepError) return { documents: [], diagnostics: [depthDiagnostic(file, new SourcePositions(text), error.offset, maxDepth)] };
    if (error instanceof HclParseTooSlowError) return { documents: [], diagnostics: [{ level: "error", code: "hcl-parse-limit", message: `${error.message}; not read`, file: file.path }] };
    if (error instanceof HclParseCancelledError) return { documents: [], diagnostics: [{ level: "error", code: "scan-timeout", message: error.message, file: file.path }] };
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // The stack ran out on something deep that the limits did not foresee.
      return { documents: [], diagnostics: [{ level: "error", code: "hcl-depth-limit", message: "HCL nested too deeply to read; the file was not read", file: file.path }] };
    }
    return { documents: [], diagnostics: [internalError(file, error)] };
  }
}

function depthDiagnostic(file: SourceFile, positions: SourcePositions, offset: number, maxDepth: number): Diagnostic {
  const start = positions.positionAt(offset);
  return {
    level: "error",
    code: "hcl-depth-limit",
    message: `HCL nesting is deeper than ${maxDepth} levels; the file was not read`,
    file: file.path,
    range: { file: file.path, start, end: { line: start.line, column: start.column + 1 } },
  };
}

function internalError(file: SourceFile, error: unknown): Diagnostic {
  return {
    level: "error",
    code: "internal-error",
    message: `could not read HCL: ${error instanceof Error ? error.message : String(error)}`,
    file: file.path,
  };
}

/**
 * Converts the error-free top-level attributes and blocks under `root` into
 * `items`, and returns the file regions (start, end offsets) of the others,
 * adjacent ones merged.
 */
function collectTopLevel(
  root: SyntaxNode,
  hasError: boolean,
  positions: SourcePositions,
  file: string,
  items: TopLevelItem[],
  diagnostics: Diagnostic[],
): Array<[number, number]> {
  const converter = new HclConverter(positions);
  const nodes = root.children.flatMap((child) => (child.type === "body" ? child.children : [child]));
  const bad: Array<[number, number]> = [];
  for (const node of nodes) {
    const start = node.start;
    if ((node.type === "attribute" || node.type === "block") && !(hasError && containsError(node))) {
      try {
        if (node.type === "attribute") items.push({ start, attribute: converter.attribute(node) });
        else items.push({ start, block: converter.block(node) });
      } catch (error) {
        if (!(error instanceof HclSyntaxError)) throw error;
        diagnostics.push(syntaxDiagnostic(file, error.message, error.range));
      }
      continue;
    }
    const end = node.end;
    const previous = bad[bad.length - 1];
    if (previous && previous[1] >= start - 1) previous[1] = Math.max(previous[1], end);
    else bad.push([start, end]);
  }
  return bad;
}

/**
 * Tree-sitter's recovery can fold the blocks after an error into the broken
 * one, so a broken region is cut at every line that starts a top-level
 * construct and each piece is parsed on its own: the good pieces are kept,
 * each broken piece reports its first error.
 */
function recoverRegion(
  [regionStart, regionEnd]: [number, number],
  parser: HclParser,
  positions: SourcePositions,
  file: string,
  items: TopLevelItem[],
  diagnostics: Diagnostic[],
  parseOptions: HclParseOptions,
): void {
  const text = positions.text;
  const cuts = [regionStart];
  for (let newline = text.indexOf("\n", regionStart); newline !== -1 && newline + 1 < regionEnd; newline = text.indexOf("\n", newline + 1)) {
    TOP_LEVEL_START.lastIndex = newline + 1;
    if (TOP_LEVEL_START.test(text)) cuts.push(newline + 1);
  }
  cuts.push(regionEnd);
  for (let index = 0; index + 1 < cuts.length; index++) {
    const pieceStart = cuts[index];
    const piece = parser.parse(text.slice(pieceStart, cuts[index + 1]), pieceStart, parseOptions);
    const stillBad = collectTopLevel(piece.root, piece.hasError, positions, file, items, diagnostics);
    if (stillBad.length === 0) continue;
    const at = stillBad[0][0];
    diagnostics.push(
      describeFirstSyntaxError(piece.root, positions, file) ??
        syntaxDiagnostic(file, "expected attributes and blocks", { start: positions.positionAt(at), end: positions.positionAt(at + 1) }),
    );
  }
}
