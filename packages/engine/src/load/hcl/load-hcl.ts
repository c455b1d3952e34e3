import type { Diagnostic } from "../../model/diagnostic.js";
import type { LoadResult, SourceFile } from "../document.js";
import type { HclAttribute, HclBlock, HclBody, HclDocument } from "./ast.js";
import { HclConverter, HclSyntaxError, significantChildren } from "./convert.js";
import { hclParser, parseHclText, type SyntaxNode } from "./parser.js";
import { SourcePositions } from "./positions.js";
import { describeFirstSyntaxError, syntaxDiagnostic } from "./syntax-errors.js";

export type { HclDocument } from "./ast.js";

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
export async function loadHcl(file: SourceFile): Promise<LoadResult<HclDocument>> {
  try {
    const parser = await hclParser();
    // A byte-order mark becomes a space: same length, so positions stay true.
    const text = file.text.charCodeAt(0) === 0xfeff ? ` ${file.text.slice(1)}` : file.text;
    const positions = SourcePositions.of(text);
    const diagnostics: Diagnostic[] = [];
    const items: TopLevelItem[] = [];
    const tree = parseHclText(parser, text);
    try {
      const badRegions = collectTopLevel(tree.rootNode, positions, file.path, items, diagnostics);
      for (const region of badRegions) recoverRegion(region, parser, positions, file.path, items, diagnostics);
    } finally {
      tree.delete();
    }
    items.sort((a, b) => a.start - b.start);
    const body: HclBody = {
      attributes: items.flatMap((item) => (item.attribute ? [item.attribute] : [])),
      blocks: items.flatMap((item) => (item.block ? [item.block] : [])),
      range: { start: positions.positionAt(0), end: positions.positionAt(text.length) },
    };
    const kind = file.kind === "tfvars" ? "tfvars" : "terraform";
    return { documents: [{ file: file.path, kind, syntax: "native", body }], diagnostics: diagnostics.slice(0, MAX_SYNTAX_DIAGNOSTICS) };
  } catch (error) {
    return {
      documents: [],
      diagnostics: [
        {
          level: "error",
          code: "internal-error",
          message: `${file.path}: could not read HCL: ${error instanceof Error ? error.message : String(error)}`,
          file: file.path,
        },
      ],
    };
  }
}

/**
 * Converts the error-free top-level attributes and blocks under `root` into
 * `items`, and returns the file regions (start, end offsets) of the others,
 * adjacent ones merged.
 */
function collectTopLevel(
  root: SyntaxNode,
  positions: SourcePositions,
  file: string,
  items: TopLevelItem[],
  diagnostics: Diagnostic[],
): Array<[number, number]> {
  const converter = new HclConverter(positions);
  const nodes = significantChildren(root).flatMap((child) => (child.type === "body" ? significantChildren(child) : [child]));
  const bad: Array<[number, number]> = [];
  for (const node of nodes) {
    const start = positions.start(node);
    if (!node.hasError && !node.isError && !node.isMissing && (node.type === "attribute" || node.type === "block")) {
      try {
        if (node.type === "attribute") items.push({ start, attribute: converter.attribute(node) });
        else items.push({ start, block: converter.block(node) });
      } catch (error) {
        if (!(error instanceof HclSyntaxError)) throw error;
        diagnostics.push(syntaxDiagnostic(file, error.message, error.range));
      }
      continue;
    }
    const end = positions.end(node);
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
  parser: Parameters<typeof parseHclText>[0],
  positions: SourcePositions,
  file: string,
  items: TopLevelItem[],
  diagnostics: Diagnostic[],
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
    const piecePositions = positions.slice(pieceStart);
    const tree = parseHclText(parser, text.slice(pieceStart, cuts[index + 1]));
    try {
      const stillBad = collectTopLevel(tree.rootNode, piecePositions, file, items, diagnostics);
      if (stillBad.length === 0) continue;
      const diagnostic = describeFirstSyntaxError(tree.rootNode, piecePositions, file) ??
        syntaxDiagnostic(file, "expected attributes and blocks", { start: positions.positionAt(stillBad[0][0]), end: positions.positionAt(stillBad[0][0] + 1) });
      diagnostics.push(diagnostic);
    } finally {
      tree.delete();
    }
  }
}
