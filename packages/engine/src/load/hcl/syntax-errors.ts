import type { Diagnostic } from "../../model/diagnostic.js";
import type { Range } from "../../model/source.js";
import type { SyntaxNode } from "./parser.js";
import type { SourcePositions } from "./positions.js";

/** What a missing token is called in a message; tree-sitter names some by grammar rule. */
const CLOSING_TOKENS: Readonly<Record<string, string>> = {
  "}": '"}"',
  block_end: '"}"',
  object_end: '"}"',
  template_interpolation_end: '"}"',
  template_directive_end: '"}"',
  "]": '"]"',
  tuple_end: '"]"',
  ")": '")"',
  quoted_template_end: "closing quote",
  heredoc_identifier: "heredoc end marker",
};

/** After these, something must follow; an error node ending with one lacks what follows. */
const EXPECTS_OPERAND: ReadonlySet<string> = new Set([
  "=", ":", "?", ",", "(", "[", "{", "=>", "...", "*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||", "!",
]);

export function syntaxDiagnostic(file: string, message: string, range: Range): Diagnostic {
  return {
    level: "error",
    code: "hcl-syntax",
    message: `invalid HCL: ${message}`,
    file,
    range: { file, ...range },
  };
}

/** One diagnostic for the first syntax error under `root` (later ones are usually its echo). */
export function describeFirstSyntaxError(root: SyntaxNode, positions: SourcePositions, file: string): Diagnostic | undefined {
  const error = firstErrorNode(root);
  if (!error) return undefined;
  if (error.missing) return describeMissing(error, positions, file);
  const tokens = leaves(error);
  const last = tokens[tokens.length - 1];
  if (last && EXPECTS_OPERAND.has(last.type)) {
    return syntaxDiagnostic(file, `expected an expression after "${positions.textOf(last)}"`, visible(positions.range(last)));
  }
  const first = tokens[0];
  if (!first) return syntaxDiagnostic(file, `unexpected ${describeTextAt(positions, error.end)}`, visible(positions.range(error)));
  return syntaxDiagnostic(file, `unexpected ${quote(positions.textOf(first))}`, visible(positions.range(first)));
}

function describeMissing(node: SyntaxNode, positions: SourcePositions, file: string): Diagnostic {
  const range = visible(positions.range(node));
  const closing = CLOSING_TOKENS[node.type];
  if (closing === undefined) {
    // A missing opener or operand: what stands there instead is the real surprise.
    return syntaxDiagnostic(file, `unexpected ${describeTextAt(positions, node.start)}`, range);
  }
  const opener = enclosingConstruct(node);
  const where = opener ? ` for the ${describeConstruct(opener, positions)} opened on line ${positions.positionAt(opener.start).line}` : "";
  return syntaxDiagnostic(file, `missing ${closing}${where}`, range);
}

function enclosingConstruct(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!/^(block_end|object_end|tuple_end|template_interpolation_end)$/.test(current.type)) return current;
  }
  return undefined;
}

function describeConstruct(node: SyntaxNode, positions: SourcePositions): string {
  switch (node.type) {
    case "block":
      return `block "${node.children[0] ? positions.textOf(node.children[0]) : ""}"`;
    case "object":
      return "object";
    case "tuple":
      return "list";
    case "function_call":
      return "function call";
    case "string_lit":
    case "quoted_template":
      return "string";
    case "heredoc_template":
      return "heredoc";
    case "template_interpolation":
      return "interpolation";
    default:
      return node.type.replace(/_/g, " ");
  }
}

/** Depth first, in document order. */
function firstErrorNode(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === "ERROR" || node.missing) return node;
  for (const child of node.children) {
    const found = firstErrorNode(child);
    if (found) return found;
  }
  return undefined;
}

/** Whether a node is, or contains, an error or a missing token. */
export function containsError(node: SyntaxNode): boolean {
  return firstErrorNode(node) !== undefined;
}

function leaves(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (current: SyntaxNode): void => {
    if (current.children.length === 0) {
      if (current.end > current.start) out.push(current);
      return;
    }
    for (const child of current.children) visit(child);
  };
  visit(node);
  return out;
}

/** The token starting at `index` (after whitespace), for "unexpected X". */
function describeTextAt(positions: SourcePositions, index: number): string {
  const rest = positions.text.slice(index, index + 64).trimStart();
  if (!rest) return "end of file";
  const token = /^(?:[\p{L}\p{N}_-]+|<<-?|=>|[=!<>]=|&&|\|\||\.\.\.|\S)/u.exec(rest)?.[0] ?? rest[0];
  return quote(token);
}

function quote(text: string): string {
  const line = text.split("\n")[0];
  return JSON.stringify(line.length > 30 ? `${line.slice(0, 30)}…` : line);
}

/** Zero-width ranges (a missing token) are widened to one column so editors can show them. */
function visible(range: Range): Range {
  const { start, end } = range;
  if (start.line === end.line && start.column === end.column) return { start, end: { line: end.line, column: end.column + 1 } };
  return range;
}
