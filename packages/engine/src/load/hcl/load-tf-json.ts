import type { Diagnostic } from "../../model/diagnostic.js";
import type { Range } from "../../model/source.js";
import type { LoadResult, MapEntry, MapNode, SourceFile, TreeNode } from "../document.js";
import { DEFAULT_MAX_JSON_DEPTH, parseJson } from "../json.js";
import type { HclAttribute, HclBlock, HclBody, HclDocument, HclExpression } from "./ast.js";
import { HclConverter, HclSyntaxError } from "./convert.js";
import { findTooDeepHcl } from "./nesting.js";
import { hclParseBudgetMs } from "./load-hcl.js";
import { hclParser, HclParseTooSlowError, HclTooDeepError, type HclParser } from "./parser.js";
import { SourcePositions } from "./positions.js";

/** Labels of the top-level block types; `locals` and `terraform` have none. */
const TOP_LEVEL_LABELS: Readonly<Record<string, number>> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  removed: 0,
  check: 1,
};

/** Nested block types with one label, written `"type": { "label": { … } }`. */
const LABELLED_NESTED_BLOCKS: ReadonlySet<string> = new Set(["provisioner", "dynamic", "backend"]);

/**
 * Object-valued arguments that are maps rather than nested blocks. JSON does
 * not say which is which (Terraform asks the provider schema); these are the
 * common map arguments, every other object in a resource body is a block.
 */
const MAP_ARGUMENTS: ReadonlySet<string> = new Set([
  "tags",
  "tags_all",
  "labels",
  "user_labels",
  "annotations",
  "triggers",
  "keepers",
  "variables",
  "parameters",
  "environment_variables",
  "required_providers",
]);

/** Top-level block types whose body holds only attributes (inputs, values), apart from the listed blocks. */
const ATTRIBUTE_BODIES: Readonly<Record<string, ReadonlySet<string>>> = {
  module: new Set(),
  locals: new Set(),
  variable: new Set(["validation"]),
  output: new Set(["precondition"]),
};

/**
 * Meta-arguments whose JSON strings are expressions, not templates
 * (`"depends_on": ["aws_s3_bucket.b"]`, `"provider": "aws.west"`), and a
 * variable's `"type": "list(string)"`.
 */
const EXPRESSION_STRING_ARGUMENTS: ReadonlySet<string> = new Set(["depends_on", "provider", "ignore_changes", "replace_triggered_by"]);

function stringsAreExpressions(blockType: string, argument: string): boolean {
  return EXPRESSION_STRING_ARGUMENTS.has(argument) || (blockType === "variable" && argument === "type");
}

/**
 * Reads `.tf.json` and `.tfvars.json` into the same AST as native syntax.
 * Strings with `${` or `%{` are templates, parsed with the native parser;
 * their expressions carry the range of the JSON string. Never throws.
 */
export async function loadTfJson(file: SourceFile, options: { maxDepth?: number } = {}): Promise<LoadResult<HclDocument>> {
  try {
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
    const { root, diagnostics } = parseJson(file.text, file.path, { maxDepth });
    if (!root) return { documents: [], diagnostics };
    const kind = file.kind === "tfvars" ? "tfvars" : "terraform";
    const reader = new TfJsonReader(file.path, await hclParser(), kind === "terraform", maxDepth);
    const body = root.kind === "map" ? reader.rootBody(root) : undefined;
    if (!body) {
      reader.diagnostics.push(shapeError(file.path, "the top level must be a JSON object", root.range));
    }
    return {
      documents: body ? [{ file: file.path, kind, syntax: "json", body }] : [],
      diagnostics: [...diagnostics, ...reader.diagnostics],
    };
  } catch (error) {
    return {
      documents: [],
      diagnostics: [
        {
          level: "error",
          code: "internal-error",
          message: `could not read Terraform JSON: ${error instanceof Error ? error.message : String(error)}`,
          file: file.path,
        },
      ],
    };
  }
}

function shapeError(file: string, message: string, range: Range): Diagnostic {
  return {
    level: "error",
    code: "tf-json-structure",
    message,
    file,
    range: { file, ...range },
  };
}

class TfJsonReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly parser: HclParser,
    /** `.tfvars.json` values are plain data, not templates. */
    private readonly templates: boolean,
    /** Deepest nesting of a template or expression inside a string. */
    private readonly maxDepth: number,
  ) {}

  rootBody(root: MapNode): HclBody {
    if (!this.templates) return this.attributesOnly(root);
    const body: HclBody = { attributes: [], blocks: [], range: root.range };
    for (const entry of root.entries) {
      if (entry.key === "//") continue;
      const labels = TOP_LEVEL_LABELS[entry.key];
      if (labels === undefined) {
        body.attributes.push(this.attribute(entry, false));
        continue;
      }
      for (const value of asItems(entry.value)) this.blocks(entry, value, labels, [], [], body.blocks);
    }
    return body;
  }

  /**
   * `"resource": { "aws_s3_bucket": { "b": { … } } }`: one level of objects
   * per label, then a body, or an array of bodies for repeated blocks.
   */
  private blocks(typeEntry: MapEntry, node: TreeNode, labelsLeft: number, labels: string[], labelRanges: Range[], out: HclBlock[]): void {
    if (labelsLeft === 0) {
      for (const body of asItems(node)) {
        if (body.kind !== "map") {
          this.diagnostics.push(shapeError(this.file, `expected an object for the body of ${typeEntry.key}`, body.range));
          continue;
        }
        const header = labelRanges.length > 0 ? labelRanges[labelRanges.length - 1] : typeEntry.keyRange;
        out.push({
          type: typeEntry.key,
          typeRange: typeEntry.keyRange,
          labels,
          labelRanges,
          body: this.body(body, typeEntry.key),
          range: body.range,
          headerRange: { start: header.start, end: openingBrace(body) },
        });
      }
      return;
    }
    if (node.kind !== "map") {
      this.diagnostics.push(shapeError(this.file, `expected an object of ${typeEntry.key} labels`, node.range));
      return;
    }
    for (const entry of node.entries) {
      if (entry.key === "//") continue;
      for (const value of asItems(entry.value)) {
        this.blocks(typeEntry, value, labelsLeft - 1, [...labels, entry.key], [...labelRanges, entry.keyRange], out);
      }
    }
  }

  private body(node: MapNode, blockType: string): HclBody {
    const attributeOnly = ATTRIBUTE_BODIES[blockType];
    const body: HclBody = { attributes: [], blocks: [], range: node.range };
    for (const entry of node.entries) {
      if (entry.key === "//") continue;
      const isBlock = attributeOnly ? attributeOnly.has(entry.key) : this.looksLikeBlock(entry);
      if (!isBlock) {
        body.attributes.push(this.attribute(entry, stringsAreExpressions(blockType, entry.key)));
        continue;
      }
      const labels = LABELLED_NESTED_BLOCKS.has(entry.key) ? 1 : 0;
      for (const value of asItems(entry.value)) this.blocks(entry, value, labels, [], [], body.blocks);
    }
    return body;
  }

  /** An object, or a non-empty array of objects, under a name that is not a known map argument. */
  private looksLikeBlock(entry: MapEntry): boolean {
    if (MAP_ARGUMENTS.has(entry.key)) return false;
    const value = entry.value;
    if (value.kind === "map") return true;
    return value.kind === "list" && value.items.length > 0 && value.items.every((item) => item.kind === "map");
  }

  private attributesOnly(node: MapNode): HclBody {
    const body: HclBody = { attributes: [], blocks: [], range: node.range };
    for (const entry of node.entries) if (entry.key !== "//") body.attributes.push(this.attribute(entry, false));
    return body;
  }

  private attribute(entry: MapEntry, stringsAreExpressions: boolean): HclAttribute {
    return {
      name: entry.key,
      nameRange: entry.keyRange,
      expression: this.expression(entry.value, stringsAreExpressions),
      range: { start: entry.keyRange.start, end: entry.value.range.end },
    };
  }

  private expression(node: TreeNode, stringsAreExpressions: boolean): HclExpression {
    switch (node.kind) {
      case "scalar":
        if (typeof node.value === "string" && this.templates) {
          return stringsAreExpressions ? this.bareExpression(node.value, node.range) : this.template(node.value, node.range);
        }
        return { kind: "literal", value: node.value, range: node.range };
      case "list":
        return { kind: "tuple", items: node.items.map((item) => this.expression(item, stringsAreExpressions)), range: node.range };
      case "map":
        return {
          kind: "object",
          items: node.entries.map((entry) => ({
            key: this.templates ? this.template(entry.key, entry.keyRange) : { kind: "literal", value: entry.key, range: entry.keyRange },
            value: this.expression(entry.value, stringsAreExpressions),
            range: { start: entry.keyRange.start, end: entry.value.range.end },
          })),
          range: node.range,
        };
    }
  }

  /** A JSON string is a template: the text of a heredoc, without escapes beyond `$${` and `%%{`. */
  private template(text: string, range: Range): HclExpression {
    if (!text.includes("${") && !text.includes("%{")) return { kind: "literal", value: text, range };
    let marker = "JSON_TEMPLATE";
    while (text.includes(marker)) marker += "_";
    const parsed = this.parseAttributeValue(`x = <<${marker}\n${text}\n${marker}\n`);
    if (parsed?.kind !== "template") {
      this.diagnostics.push(shapeError(this.file, `invalid template ${JSON.stringify(text.slice(0, 40))}`, range));
      return { kind: "literal", value: text, range };
    }
    // The heredoc added a final newline that the JSON string does not have.
    const parts = parsed.parts;
    const last = parts[parts.length - 1];
    if (typeof last === "string" && last.endsWith("\n")) {
      if (last.length === 1) parts.pop();
      else parts[parts.length - 1] = last.slice(0, -1);
    }
    if (parts.every((part) => typeof part === "string")) return { kind: "literal", value: parts.join(""), range };
    return withRange({ kind: "template", parts, range }, range);
  }

  /** A string holding an expression (`"aws_s3_bucket.b"`); unparsable text stays a string. */
  private bareExpression(text: string, range: Range): HclExpression {
    const parsed = text.includes("\n") ? undefined : this.parseAttributeValue(`x = ${text}\n`);
    return parsed ? withRange(parsed, range) : this.template(text, range);
  }

  private parseAttributeValue(source: string): HclExpression | undefined {
    // Deep interpolations take the parser quadratic time: refused before it starts.
    if (findTooDeepHcl(source, this.maxDepth) !== undefined) return undefined;
    let parsed: ReturnType<HclParser["parse"]>;
    try {
      parsed = this.parser.parse(source, 0, { maxSyntaxDepth: this.maxDepth * 4, timeBudgetMs: hclParseBudgetMs(source.length, 1000) });
    } catch (error) {
      if (error instanceof HclTooDeepError || error instanceof HclParseTooSlowError) return undefined;
      throw error;
    }
    if (parsed.hasError) return undefined;
    const attribute = parsed.root.children[0]?.children[0];
    if (attribute?.type !== "attribute") return undefined;
    try {
      return new HclConverter(new SourcePositions(source)).attribute(attribute).expression;
    } catch (error) {
      if (error instanceof HclSyntaxError) return undefined;
      throw error;
    }
  }
}

/** A JSON value as the list of bodies or label maps it holds (an array repeats a block). */
function asItems(node: TreeNode): TreeNode[] {
  return node.kind === "list" ? node.items : [node];
}

/** Just after the `{` of a JSON object. */
function openingBrace(node: MapNode): Range["end"] {
  return { line: node.range.start.line, column: node.range.start.column + 1 };
}

/** Gives every node of a parsed expression the range of the JSON string it came from. */
function withRange<T extends HclExpression>(expression: T, range: Range): T {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === "range" || key === "rootRange" || key === "nameRange") record[key] = range;
      else visit(record[key]);
    }
  };
  visit(expression);
  return expression;
}
