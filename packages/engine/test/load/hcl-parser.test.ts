import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { Language, Parser } from "web-tree-sitter";
import { HclParser, hclParser, HclTooDeepError, type SyntaxNode } from "../../src/load/hcl/parser.js";

const texts = [
  `# leading comment
resource "aws_s3_bucket" "data" {
  bucket = "café-données" # trailing comment
  tags = { Name = "x", "cost-center" = 42, }
  /* block comment */ count = 1.5e3
  list = [1, 2,]
  first = var.list.0
  nested = var.x[*].y.0.z
  legacy = var.x.*.y
  call = f(1, 2,)
  spread = f(var.args...)
  cond = -1 + !var.b ? (1) : 2
  objs = { for k, v in var.m : k => v... if v }
  tpl = "a \${var.b} %{ if var.c }c%{ else }d%{ endif }"
  doc = <<-EOT
    %{ for x in var.y ~}
    \${x}
    %{ endfor }
  EOT
  nothing = null
}
`,
  "",
  "   \n\n",
  "# only a comment",
  "a = 1\n# after\n\n",
  "b {\n  # inside\n}\n",
  // With errors: missing tokens, skipped text, unterminated strings and heredocs.
  "a = {\n",
  'resource "x" "y" {\n  a = [1, 2\n',
  'a = "${x"\n',
  "a = <<EOT\nno end\n",
  'output "o {\n  value = 1\n}\n',
  "a = = 1\nb = 2\n",
];

/** web-tree-sitter's own cursor, every node measured: what the copy must equal. */
function referenceCopy(parser: Parser, text: string, offset: number): { root: unknown; hasError: boolean } {
  const tree = parser.parse(text)!;
  const hasError = tree.rootNode.hasError;
  const cursor = tree.walk();
  const opaque = new Set(["string_lit", "block_start", "block_end", "object_start", "object_end", "tuple_start", "tuple_end", "heredoc_start", "numeric_lit", "bool_lit", "null_lit"]);
  const copy = (type: string): unknown => {
    const node = { type, start: offset + cursor.startIndex, end: offset + cursor.endIndex, missing: hasError && cursor.nodeIsMissing, children: [] as unknown[] };
    if ((hasError || !opaque.has(type)) && cursor.gotoFirstChild()) {
      do {
        if (cursor.nodeType !== "comment") node.children.push(copy(cursor.nodeType));
      } while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
    return node;
  };
  try {
    return { root: copy(cursor.nodeType), hasError };
  } finally {
    cursor.delete();
    tree.delete();
  }
}

function plain(node: SyntaxNode): unknown {
  return { type: node.type, start: node.start, end: node.end, missing: node.missing, children: node.children.map(plain) };
}

function parents(node: SyntaxNode): boolean {
  return node.children.every((child) => child.parent === node && parents(child));
}

async function publicParser(): Promise<{ raw: Parser; parser: HclParser }> {
  await hclParser();
  const language = await Language.load(createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"));
  const raw = new Parser();
  raw.setLanguage(language);
  return { raw, parser: new HclParser(raw, language.types) };
}

describe("HCL syntax tree copy", () => {
  it("walks trees through the WebAssembly module directly", async () => {
    expect((await hclParser()).walksDirectly).toBe(true);
  });

  it("copies every node, offset and missing token as tree-sitter reports them, with either cursor", async () => {
    const direct = await hclParser();
    const { raw, parser } = await publicParser();
    for (const text of texts) {
      for (const offset of [0, 7]) {
        const expected = referenceCopy(raw, text, offset);
        for (const copy of [direct.parse(text, offset), parser.parse(text, offset)]) {
          expect({ root: plain(copy.root), hasError: copy.hasError }).toEqual(expected);
          expect(parents(copy.root)).toBe(true);
        }
      }
    }
  });

  it("refuses a tree deeper than the limit at the first node too deep, without recursing", async () => {
    const direct = await hclParser();
    const text = `a = ${"(".repeat(3000)}1${")".repeat(3000)}\n`;
    expect(() => direct.parse(text, 0, { maxSyntaxDepth: 100 })).toThrow(HclTooDeepError);
    const error = (() => {
      try {
        direct.parse(text, 0, { maxSyntaxDepth: 100 });
      } catch (caught) {
        return caught as HclTooDeepError;
      }
    })();
    const { parser } = await publicParser();
    expect(() => parser.parse(text, 0, { maxSyntaxDepth: 100 })).toThrow(expect.objectContaining({ offset: error?.offset }));
    // The walk is a loop: a tree far deeper than any stack copies when allowed.
    expect(direct.parse(text, 0, { maxSyntaxDepth: 100_000 }).hasError).toBe(false);
  });
});
