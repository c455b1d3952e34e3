import type { Range } from "../../model/source.js";
import type {
  HclAttribute,
  HclBinaryOperator,
  HclBlock,
  HclBody,
  HclCall,
  HclExpression,
  HclFor,
  HclLiteral,
  HclObject,
  HclSplat,
  HclTemplate,
  HclTemplatePart,
  HclTraversalStep,
  HclTuple,
} from "./ast.js";
import type { SyntaxNode } from "./parser.js";
import type { SourcePositions } from "./positions.js";
import {
  applyStripMarkers,
  decodeHeredocText,
  decodeQuotedText,
  flushHeredocIndentation,
  splitHeredocLines,
  type TemplateToken,
} from "./template-text.js";

/** A construct tree-sitter accepts but HCL does not (e.g. `${}`); reported like a syntax error. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly range: Range,
  ) {
    super(message);
  }
}

const BINARY_OPERATORS: ReadonlySet<string> = new Set(["*", "/", "%", "+", "-", ">", ">=", "<", "<=", "==", "!=", "&&", "||"]);

/** What sits between literal text in a template, before the template is given its nested shape. */
type TemplateControl =
  | { type: "interpolation"; node: SyntaxNode }
  | { type: "if"; node: SyntaxNode; intro: SyntaxNode }
  | { type: "for"; node: SyntaxNode; intro: SyntaxNode }
  | { type: "else" | "endif" | "endfor"; node: SyntaxNode };

/**
 * Converts an error-free tree-sitter subtree into the HCL AST. The grammar
 * flattens expression terms (`a.b[0]` is the sibling list variable_expr,
 * get_attr, index), so terms are rebuilt here from left to right.
 */
export class HclConverter {
  constructor(private readonly positions: SourcePositions) {}

  /** A `body` node (or none, for an empty block) into attributes and blocks. */
  body(node: SyntaxNode | null, range: Range): HclBody {
    const body: HclBody = { attributes: [], blocks: [], range };
    if (node) {
      for (const child of childrenOf(node)) {
        if (child.type === "attribute") body.attributes.push(this.attribute(child));
        else if (child.type === "block") body.blocks.push(this.block(child));
        else throw this.unexpected(child);
      }
    }
    return body;
  }

  block(node: SyntaxNode): HclBlock {
    const children = childrenOf(node);
    const typeNode = children[0];
    const labels: string[] = [];
    const labelRanges: Range[] = [];
    let index = 1;
    for (; index < children.length && children[index].type !== "block_start"; index++) {
      const label = children[index];
      labels.push(label.type === "string_lit" ? this.stringContent(label) : this.positions.textOf(label));
      labelRanges.push(this.positions.range(label));
    }
    const blockStart = children[index];
    const bodyNode = children[index + 1]?.type === "body" ? children[index + 1] : null;
    const blockEnd = children[children.length - 1];
    if (!blockStart || blockEnd.type !== "block_end") throw this.unexpected(node);
    const openBrace = this.positions.range(blockStart);
    const closeBrace = this.positions.range(blockEnd);
    const typeRange = this.positions.range(typeNode);
    return {
      type: this.positions.textOf(typeNode),
      typeRange,
      labels,
      labelRanges,
      body: this.body(bodyNode, { start: openBrace.end, end: closeBrace.start }),
      range: this.positions.range(node),
      headerRange: { start: { ...typeRange.start }, end: openBrace.end },
    };
  }

  attribute(node: SyntaxNode): HclAttribute {
    const children = childrenOf(node);
    const name = children[0];
    const value = children[children.length - 1];
    if (name.type !== "identifier" || value.type !== "expression") throw this.unexpected(node);
    return {
      name: this.positions.textOf(name),
      nameRange: this.positions.range(name),
      expression: this.expression(value),
      range: this.positions.range(node),
    };
  }

  /** An `expression` node: a conditional or a term. */
  expression(node: SyntaxNode): HclExpression {
    const children = childrenOf(node);
    if (children.length === 1 && children[0].type === "conditional") {
      const parts = childrenOf(children[0]).filter((child) => child.type === "expression");
      if (parts.length !== 3) throw this.unexpected(children[0]);
      return {
        kind: "conditional",
        condition: this.expression(parts[0]),
        trueResult: this.expression(parts[1]),
        falseResult: this.expression(parts[2]),
        range: this.positions.range(node),
      };
    }
    return this.term(children);
  }

  /** A primary expression followed by attribute, index and splat operators. */
  private term(children: readonly SyntaxNode[]): HclExpression {
    if (children.length === 0) throw new Error("empty expression term");
    const first = children[0];
    let current: HclExpression;
    let next = 1;
    if (first.type === "(") {
      const inner = children[1];
      const close = children[2];
      if (inner?.type !== "expression" || close?.type !== ")") throw this.unexpected(first);
      current = { kind: "parenthesis", expression: this.expression(inner), range: this.positions.span(first, close) };
      next = 3;
    } else {
      current = this.primary(first);
    }
    for (; next < children.length; next++) {
      current = this.postfix(current, children[next]);
    }
    return current;
  }

  private primary(node: SyntaxNode): HclExpression {
    switch (node.type) {
      case "literal_value":
        return this.literal(node);
      case "template_expr":
        return this.template(onlyChild(node));
      case "collection_value": {
        const collection = onlyChild(node);
        return collection.type === "tuple" ? this.tuple(collection) : this.object(collection);
      }
      case "variable_expr": {
        const range = this.positions.range(node);
        return { kind: "traversal", root: this.positions.textOf(node), rootRange: range, steps: [], range };
      }
      case "function_call":
        return this.call(node);
      case "for_expr":
        return this.forExpression(onlyChild(node));
      case "operation":
        return this.operation(onlyChild(node));
      default:
        throw this.unexpected(node);
    }
  }

  private postfix(current: HclExpression, node: SyntaxNode): HclExpression {
    if (node.type === "splat") return this.splat(current, onlyChild(node));
    const step = this.step(node);
    const range = { start: current.range.start, end: step.range.end };
    if (current.kind === "traversal") {
      return { ...current, steps: [...current.steps, step], range };
    }
    if (step.type === "attr") {
      return { kind: "getAttr", source: current, name: step.name, nameRange: step.range, range };
    }
    return { kind: "index", source: current, key: step.key, range };
  }

  /** A `get_attr` or `index` node as a traversal step. */
  private step(node: SyntaxNode): HclTraversalStep {
    if (node.type === "get_attr") {
      const name = childrenOf(node).find((child) => child.type === "identifier");
      if (!name) throw this.unexpected(node);
      return { type: "attr", name: this.positions.textOf(name), range: this.positions.range(name) };
    }
    if (node.type === "index") {
      const index = onlyChild(node);
      const range = this.positions.range(index);
      if (index.type === "new_index") {
        const key = childrenOf(index).find((child) => child.type === "expression");
        if (!key) throw this.unexpected(index);
        return { type: "index", key: this.expression(key), range };
      }
      // Legacy `.0`: the digits after the dot.
      const digits = this.positions.textOf(index).slice(1).trim();
      return { type: "index", key: { kind: "literal", value: Number(digits), range }, range };
    }
    throw this.unexpected(node);
  }

  /**
   * `[*]` applies every following attribute and index step to each element;
   * the legacy `.*` only attribute steps, so an index after it applies to
   * the resulting list (as in HCL).
   */
  private splat(source: HclExpression, node: SyntaxNode): HclExpression {
    const children = childrenOf(node);
    const style = node.type === "full_splat" ? "full" : "attr";
    const marker = this.positions.range(children[0]);
    const splat: HclSplat = { kind: "splat", source, style, each: [], range: { start: source.range.start, end: marker.end } };
    let index = 1;
    for (; index < children.length; index++) {
      const child = children[index];
      if (style === "attr" && child.type !== "get_attr") break;
      const step = this.step(child);
      splat.each.push(step);
      splat.range = { start: source.range.start, end: step.range.end };
    }
    let current: HclExpression = splat;
    for (; index < children.length; index++) current = this.postfix(current, children[index]);
    return current;
  }

  private literal(node: SyntaxNode): HclLiteral {
    const value = onlyChild(node);
    const range = this.positions.range(node);
    switch (value.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(this.positions.textOf(value)), range };
      case "bool_lit":
        return { kind: "literal", value: this.positions.textOf(value) === "true", range };
      case "null_lit":
        return { kind: "literal", value: null, range };
      case "string_lit":
        return { kind: "literal", value: this.stringContent(value), range };
      default:
        throw this.unexpected(value);
    }
  }

  /** The decoded text of a `string_lit` (a quoted string without interpolation), inside its quotes. */
  private stringContent(node: SyntaxNode): string {
    return decodeQuotedText(this.positions.text.slice(node.start + 1, node.end - 1));
  }

  private tuple(node: SyntaxNode): HclTuple {
    const items = childrenOf(node)
      .filter((child) => child.type === "expression")
      .map((child) => this.expression(child));
    return { kind: "tuple", items, range: this.positions.range(node) };
  }

  private object(node: SyntaxNode): HclObject {
    const items = childrenOf(node)
      .filter((child) => child.type === "object_elem")
      .map((element) => {
        // key, "=" or ":", value
        const parts = childrenOf(element);
        const key = parts[0];
        const value = parts[parts.length - 1];
        if (parts.length !== 3 || key.type !== "expression" || value.type !== "expression") throw this.unexpected(element);
        return { key: this.objectKey(key), value: this.expression(value), range: this.positions.range(element) };
      });
    return { kind: "object", items, range: this.positions.range(node) };
  }

  /** A naked identifier key is the literal string it spells; anything else is an expression. */
  private objectKey(node: SyntaxNode): HclExpression {
    const children = childrenOf(node);
    if (children.length === 1 && children[0].type === "variable_expr") {
      return { kind: "literal", value: this.positions.textOf(children[0]), range: this.positions.range(node) };
    }
    return this.expression(node);
  }

  private call(node: SyntaxNode): HclCall {
    const children = childrenOf(node);
    const name = children[0];
    const argumentList = children.find((child) => child.type === "function_arguments");
    const argumentNodes = argumentList ? childrenOf(argumentList) : [];
    return {
      kind: "call",
      name: this.positions.textOf(name),
      nameRange: this.positions.range(name),
      args: argumentNodes.filter((child) => child.type === "expression").map((child) => this.expression(child)),
      expandFinal: argumentNodes.some((child) => child.type === "ellipsis"),
      range: this.positions.range(node),
    };
  }

  private forExpression(node: SyntaxNode): HclFor {
    const children = childrenOf(node);
    const intro = children.find((child) => child.type === "for_intro");
    if (!intro) throw this.unexpected(node);
    const introChildren = childrenOf(intro);
    const variables = introChildren.filter((child) => child.type === "identifier").map((child) => this.positions.textOf(child));
    const collection = introChildren.find((child) => child.type === "expression");
    const results = children.filter((child) => child.type === "expression");
    const condition = children.find((child) => child.type === "for_cond");
    const conditionExpression = condition && childrenOf(condition).find((child) => child.type === "expression");
    if (!collection || variables.length === 0 || results.length === 0) throw this.unexpected(node);
    const isObject = node.type === "for_object_expr";
    return {
      kind: "for",
      result: isObject ? "object" : "tuple",
      keyVar: variables.length > 1 ? variables[0] : undefined,
      valueVar: variables[variables.length - 1],
      collection: this.expression(collection),
      keyExpr: isObject ? this.expression(results[0]) : undefined,
      valueExpr: this.expression(results[results.length - 1]),
      condition: conditionExpression ? this.expression(conditionExpression) : undefined,
      grouping: isObject && children.some((child) => child.type === "ellipsis"),
      range: this.positions.range(node),
    };
  }

  private operation(node: SyntaxNode): HclExpression {
    const children = childrenOf(node);
    const range = this.positions.range(node);
    if (node.type === "unary_operation") {
      const operator = children[0].type;
      if (operator !== "-" && operator !== "!") throw this.unexpected(node);
      return { kind: "unary", operator, operand: this.term(children.slice(1)), range };
    }
    // The first operand is never empty, so the operator is the first operator token after it.
    const at = children.findIndex((child, index) => index > 0 && BINARY_OPERATORS.has(child.type));
    if (at < 0) throw this.unexpected(node);
    return {
      kind: "binary",
      operator: children[at].type as HclBinaryOperator,
      left: this.term(children.slice(0, at)),
      right: this.term(children.slice(at + 1)),
      range,
    };
  }

  /**
   * Quoted templates and heredocs. Literal text is read from the source
   * between interpolations and directives, because the grammar leaves some
   * whitespace of template text outside its literal nodes.
   */
  private template(node: SyntaxNode): HclExpression {
    const children = childrenOf(node);
    const range = this.positions.range(node);
    const text = this.positions.text;
    if (node.type === "quoted_template") {
      const open = children[0];
      const close = children[children.length - 1];
      const tokens = this.templateTokens(children.slice(1, -1), open.end, close.start, decodeQuotedText);
      applyStripMarkers(tokens);
      const parts = this.templateParts(tokens);
      if (parts.every((part) => typeof part === "string")) return { kind: "literal", value: parts.join(""), range };
      return { kind: "template", parts, range };
    }
    if (node.type !== "heredoc_template") throw this.unexpected(node);
    const [start, openMarker] = children;
    const closeMarker = children[children.length - 1];
    if (openMarker?.type !== "heredoc_identifier" || closeMarker === openMarker) throw this.unexpected(node);
    // The text starts on the line after the opening marker and ends with the newline before the closing one.
    const openEnd = openMarker.end;
    const firstNewline = text.indexOf("\n", openEnd);
    const contentStart = firstNewline === -1 ? openEnd : firstNewline + 1;
    const contentEnd = Math.max(contentStart, text.lastIndexOf("\n", closeMarker.start - 1) + 1);
    const stripIndent = this.positions.textOf(start) === "<<-";
    const tokens = splitHeredocLines(this.templateTokens(children.slice(2, -1), contentStart, contentEnd, decodeHeredocText));
    applyStripMarkers(tokens);
    if (stripIndent) flushHeredocIndentation(tokens);
    return { kind: "template", parts: this.templateParts(tokens), heredoc: { marker: this.positions.textOf(openMarker), stripIndent }, range };
  }

  /** The template as a flat token list: decoded literal text between control tokens. */
  private templateTokens(
    nodes: readonly SyntaxNode[],
    contentStart: number,
    contentEnd: number,
    decode: (raw: string) => string,
  ): TemplateToken<TemplateControl>[] {
    const tokens: TemplateToken<TemplateControl>[] = [];
    const text = this.positions.text;
    let cursor = contentStart;
    const control = (node: SyntaxNode, value: TemplateControl): void => {
      const start = node.start;
      if (start > cursor) tokens.push({ kind: "literal", text: decode(text.slice(cursor, start)) });
      const parts = childrenOf(node);
      tokens.push({
        kind: "control",
        stripBefore: parts[1]?.type === "strip_marker",
        stripAfter: parts.length > 2 && parts[parts.length - 2].type === "strip_marker",
        value,
      });
      cursor = node.end;
    };
    const visit = (nodes: readonly SyntaxNode[]): void => {
      for (const node of nodes) {
        switch (node.type) {
          case "template_literal":
            break; // read from the gaps between control tokens
          case "template_interpolation":
            control(node, { type: "interpolation", node });
            break;
          case "template_directive":
            visit(childrenOf(node));
            break;
          case "template_if":
          case "template_for": {
            const parts = childrenOf(node);
            const intro = parts[0];
            control(intro, node.type === "template_if" ? { type: "if", node, intro } : { type: "for", node, intro });
            visit(parts.slice(1));
            break;
          }
          case "template_else_intro":
            control(node, { type: "else", node });
            break;
          case "template_if_end":
            control(node, { type: "endif", node });
            break;
          case "template_for_end":
            control(node, { type: "endfor", node });
            break;
          default:
            throw this.unexpected(node);
        }
      }
    };
    visit(nodes);
    if (contentEnd > cursor) tokens.push({ kind: "literal", text: decode(text.slice(cursor, contentEnd)) });
    return tokens;
  }

  /** Gives the flat tokens their nested shape: `%{if}` and `%{for}` hold the parts up to their end. */
  private templateParts(tokens: readonly TemplateToken<TemplateControl>[]): HclTemplatePart[] {
    let position = 0;
    const readUntil = (ends: ReadonlySet<string>): HclTemplatePart[] => {
      const parts: HclTemplatePart[] = [];
      while (position < tokens.length) {
        const token = tokens[position];
        if (token.kind === "literal") {
          position++;
          if (!token.text) continue;
          const last = parts.length - 1;
          if (typeof parts[last] === "string") parts[last] += token.text;
          else parts.push(token.text);
          continue;
        }
        const value = token.value;
        if (ends.has(value.type)) return parts;
        position++;
        if (value.type === "interpolation") {
          const expression = childrenOf(value.node).find((child) => child.type === "expression");
          if (!expression) throw new HclSyntaxError("empty interpolation", this.positions.range(value.node));
          parts.push(this.expression(expression));
        } else if (value.type === "if") {
          const then = readUntil(new Set(["else", "endif"]));
          let otherwise: HclTemplatePart[] = [];
          const afterThen = tokens[position];
          if (afterThen?.kind === "control" && afterThen.value.type === "else") {
            position++;
            otherwise = readUntil(new Set(["endif"]));
          }
          position++; // endif
          parts.push({
            kind: "templateIf",
            condition: this.expression(this.directiveExpression(value.intro)),
            then,
            else: otherwise,
            range: this.positions.range(value.node),
          });
        } else if (value.type === "for") {
          const body = readUntil(new Set(["endfor"]));
          position++; // endfor
          const introParts = childrenOf(value.intro);
          const variables = introParts.filter((child) => child.type === "identifier").map((child) => this.positions.textOf(child));
          parts.push({
            kind: "templateFor",
            keyVar: variables.length > 1 ? variables[0] : undefined,
            valueVar: variables[variables.length - 1],
            collection: this.expression(this.directiveExpression(value.intro)),
            body,
            range: this.positions.range(value.node),
          });
        } else {
          throw new HclSyntaxError(`unexpected "%{ ${value.type} }"`, this.positions.range(value.node));
        }
      }
      return parts;
    };
    return readUntil(new Set());
  }

  private directiveExpression(intro: SyntaxNode): SyntaxNode {
    const expression = childrenOf(intro).find((child) => child.type === "expression");
    if (!expression) throw this.unexpected(intro);
    return expression;
  }

  private unexpected(node: SyntaxNode): HclSyntaxError {
    return new HclSyntaxError(`unexpected ${node.type} ${JSON.stringify(this.positions.textOf(node).slice(0, 30))}`, this.positions.range(node));
  }
}

function childrenOf(node: SyntaxNode): readonly SyntaxNode[] {
  return node.children;
}

function onlyChild(node: SyntaxNode): SyntaxNode {
  const child = childrenOf(node)[0];
  if (!child) throw new Error(`${node.type} has no content`);
  return child;
}
