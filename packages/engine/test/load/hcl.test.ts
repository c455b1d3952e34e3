import { describe, expect, it } from "vitest";
import { describeDiagnostic } from "../../src/model/diagnostic.js";
import type { HclAttribute, HclBlock, HclBody, HclExpression, HclTemplate } from "../../src/load/hcl/ast.js";
import { loadHcl } from "../../src/load/hcl/load-hcl.js";
import { rangeOf } from "../../src/model/source.js";

async function parse(text: string, path = "infra/main.tf"): Promise<HclBody> {
  const result = await loadHcl({ path, text, kind: "terraform" });
  expect(result.diagnostics).toEqual([]);
  expect(result.documents).toHaveLength(1);
  return result.documents[0].body;
}

function attribute(body: HclBody, name: string): HclAttribute {
  const found = body.attributes.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

function block(body: HclBody, type: string, ...labels: string[]): HclBlock {
  const found = body.blocks.find((candidate) => candidate.type === type && labels.every((label, index) => candidate.labels[index] === label));
  if (!found) throw new Error(`no block ${type} ${labels.join(" ")}`);
  return found;
}

/** The expression of `name = …` in a one-attribute file. */
async function expressionOf(source: string): Promise<HclExpression> {
  const body = await parse(`${source}\n`);
  return body.attributes[0].expression;
}

/** Drops ranges so structure can be compared. */
function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === "range" || key.endsWith("Range") || key === "labelRanges" ? undefined : inner)));
}

const bucketFile = `# Storage for the analytics pipeline
resource "aws_s3_bucket" "data" {
  bucket = "café-données" # named by the data team
  tags = {
    Name          = "données"
    "cost-center" = 42
  }

  versioning {
    enabled = true
  }

  lifecycle_rule {
    id      = "expire"
    enabled = true

    expiration {
      days = 90
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-3"
}
`;

describe("loadHcl: blocks and attributes", () => {
  it("reads blocks, labels, attributes and nested blocks with exact ranges", async () => {
    const result = await loadHcl({ path: "infra/main.tf", text: bucketFile, kind: "terraform" });
    expect(result.diagnostics).toEqual([]);
    const [document] = result.documents;
    expect(document).toMatchObject({ file: "infra/main.tf", kind: "terraform", syntax: "native" });
    const body = document.body;
    expect(body.blocks.map((candidate) => [candidate.type, ...candidate.labels])).toEqual([
      ["resource", "aws_s3_bucket", "data"],
      ["variable", "region"],
    ]);

    const bucket = block(body, "resource", "aws_s3_bucket", "data");
    expect(bucket.typeRange).toEqual(rangeOf(2, 1, 2, 9));
    expect(bucket.labelRanges).toEqual([rangeOf(2, 10, 2, 25), rangeOf(2, 26, 2, 32)]);
    expect(bucket.headerRange).toEqual(rangeOf(2, 1, 2, 34));
    expect(bucket.range).toEqual(rangeOf(2, 1, 21, 2));
    expect(bucket.body.range).toEqual(rangeOf(2, 34, 21, 1));

    const name = attribute(bucket.body, "bucket");
    expect(name.nameRange).toEqual(rangeOf(3, 3, 3, 9));
    expect(name.expression).toEqual({ kind: "literal", value: "café-données", range: rangeOf(3, 12, 3, 26) });
    expect(name.range).toEqual(rangeOf(3, 3, 3, 26));

    const versioning = block(bucket.body, "versioning");
    expect(versioning.labels).toEqual([]);
    expect(versioning.typeRange).toEqual(rangeOf(9, 3, 9, 13));
    expect(versioning.headerRange).toEqual(rangeOf(9, 3, 9, 15));
    expect(versioning.range).toEqual(rangeOf(9, 3, 11, 4));
    expect(attribute(versioning.body, "enabled").expression).toEqual({ kind: "literal", value: true, range: rangeOf(10, 15, 10, 19) });

    const expiration = block(block(bucket.body, "lifecycle_rule").body, "expiration");
    expect(attribute(expiration.body, "days").expression).toEqual({ kind: "literal", value: 90, range: rangeOf(18, 14, 18, 16) });
    expect(expiration.range).toEqual(rangeOf(17, 5, 19, 6));

    expect(attribute(block(body, "variable", "region").body, "type").expression).toMatchObject({ kind: "traversal", root: "string", steps: [] });
  });

  it("gives object items their key and value ranges; naked identifier keys are strings", async () => {
    const tags = attribute(block(await parse(bucketFile), "resource").body, "tags").expression;
    expect(tags.kind).toBe("object");
    if (tags.kind !== "object") return;
    expect(tags.range).toEqual(rangeOf(4, 10, 7, 4));
    expect(tags.items.map((item) => [item.key, item.value])).toEqual([
      [
        { kind: "literal", value: "Name", range: rangeOf(5, 5, 5, 9) },
        { kind: "literal", value: "données", range: rangeOf(5, 21, 5, 30) },
      ],
      [
        { kind: "literal", value: "cost-center", range: rangeOf(6, 5, 6, 18) },
        { kind: "literal", value: 42, range: rangeOf(6, 21, 6, 23) },
      ],
    ]);
  });

  it("counts columns in UTF-16 code units after non-ASCII text on the same line", async () => {
    // "ключ" is 4 units, "😀" is 2 (a surrogate pair), "é" 1.
    const body = await parse(`labels = { "ключ" = "значение", "😀" = "é", after = true }\n`);
    const labels = body.attributes[0].expression;
    if (labels.kind !== "object") throw new Error("expected an object");
    expect(labels.items[1].key.range).toEqual(rangeOf(1, 33, 1, 37));
    expect(labels.items[1].value.range).toEqual(rangeOf(1, 40, 1, 43));
    expect(labels.items[2].key).toEqual({ kind: "literal", value: "after", range: rangeOf(1, 45, 1, 50) });
    expect(labels.items[2].value.range).toEqual(rangeOf(1, 53, 1, 57));
    expect(labels.range).toEqual(rangeOf(1, 10, 1, 59));
  });

  it("keeps positions true after a byte-order mark and with CRLF line ends", async () => {
    const body = await parse("\ufeffa = 1\r\nresource \"x\" \"y\" {\r\n  b = \"two\"\r\n}\r\n");
    expect(body.attributes[0].nameRange).toEqual(rangeOf(1, 2, 1, 3));
    const b = attribute(body.blocks[0].body, "b");
    expect(b.nameRange).toEqual(rangeOf(3, 3, 3, 4));
    expect(b.expression).toEqual({ kind: "literal", value: "two", range: rangeOf(3, 7, 3, 12) });
  });

  it("reads empty blocks, one-line blocks and an empty file", async () => {
    const body = await parse(`terraform {}\nlocals { a = 1 }\n`);
    expect(body.blocks[0].body).toEqual({ attributes: [], blocks: [], range: rangeOf(1, 12, 1, 12) });
    expect(attribute(body.blocks[1].body, "a").expression).toMatchObject({ kind: "literal", value: 1 });
    const empty = await loadHcl({ path: "empty.tf", text: "", kind: "terraform" });
    expect(empty.diagnostics).toEqual([]);
    expect(empty.documents[0].body).toMatchObject({ attributes: [], blocks: [] });
  });

  it("marks variable files as tfvars", async () => {
    const result = await loadHcl({ path: "env/prod.tfvars", text: 'region = "eu-west-1"\n', kind: "tfvars" });
    expect(result.documents[0]).toMatchObject({ kind: "tfvars", body: { attributes: [{ name: "region" }] } });
  });
});

describe("loadHcl: expressions", () => {
  it("reads literals, including escapes in strings", async () => {
    expect(shape(await expressionOf(`x = 1.5e3`))).toEqual({ kind: "literal", value: 1500 });
    expect(shape(await expressionOf(`x = null`))).toEqual({ kind: "literal", value: null });
    expect(shape(await expressionOf(`x = false`))).toEqual({ kind: "literal", value: false });
    expect(shape(await expressionOf('x = "tab\\there \\"q\\" \\\\ \\u00e9 \\U0001F600 $${lit} %%{lit}"'))).toEqual({
      kind: "literal",
      value: 'tab\there "q" \\ é 😀 ${lit} %{lit}',
    });
    expect(shape(await expressionOf(`x = ""`))).toEqual({ kind: "literal", value: "" });
  });

  it("reads references as traversals with attribute and index steps", async () => {
    const expression = await expressionOf(`x = local.subnets[0].id`);
    expect(expression).toEqual({
      kind: "traversal",
      root: "local",
      rootRange: rangeOf(1, 5, 1, 10),
      steps: [
        { type: "attr", name: "subnets", range: rangeOf(1, 11, 1, 18) },
        { type: "index", key: { kind: "literal", value: 0, range: rangeOf(1, 19, 1, 20) }, range: rangeOf(1, 18, 1, 21) },
        { type: "attr", name: "id", range: rangeOf(1, 22, 1, 24) },
      ],
      range: rangeOf(1, 5, 1, 24),
    });
    expect(shape(await expressionOf(`x = aws_subnet.private[count.index].id`))).toEqual({
      kind: "traversal",
      root: "aws_subnet",
      steps: [
        { type: "attr", name: "private" },
        { type: "index", key: { kind: "traversal", root: "count", steps: [{ type: "attr", name: "index" }] } },
        { type: "attr", name: "id" },
      ],
    });
    expect(shape(await expressionOf(`x = var.list.1`))).toMatchObject({ steps: [{ name: "list" }, { type: "index", key: { value: 1 } }] });
  });

  it("reads splats with the steps applied to each element", async () => {
    expect(shape(await expressionOf(`x = aws_instance.web[*].private_ip`))).toEqual({
      kind: "splat",
      style: "full",
      source: { kind: "traversal", root: "aws_instance", steps: [{ type: "attr", name: "web" }] },
      each: [{ type: "attr", name: "private_ip" }],
    });
    // The legacy attribute splat takes attribute steps only; the index applies to the resulting list.
    expect(shape(await expressionOf(`x = aws_instance.web.*.id[0]`))).toEqual({
      kind: "index",
      source: {
        kind: "splat",
        style: "attr",
        source: { kind: "traversal", root: "aws_instance", steps: [{ type: "attr", name: "web" }] },
        each: [{ type: "attr", name: "id" }],
      },
      key: { kind: "literal", value: 0 },
    });
  });

  it("reads calls, with expanded final arguments and provider functions, and steps after them", async () => {
    expect(shape(await expressionOf(`x = merge(var.base, { a = 1 }...)`))).toEqual({
      kind: "call",
      name: "merge",
      args: [
        { kind: "traversal", root: "var", steps: [{ type: "attr", name: "base" }] },
        { kind: "object", items: [{ key: { kind: "literal", value: "a" }, value: { kind: "literal", value: 1 } }] },
      ],
      expandFinal: true,
    });
    expect(shape(await expressionOf(`x = provider::aws::arn_parse(var.arn).region`))).toEqual({
      kind: "getAttr",
      name: "region",
      source: {
        kind: "call",
        name: "provider::aws::arn_parse",
        args: [{ kind: "traversal", root: "var", steps: [{ type: "attr", name: "arn" }] }],
        expandFinal: false,
      },
    });
    expect(shape(await expressionOf(`x = tolist(var.a)[0]`))).toMatchObject({ kind: "index", source: { kind: "call" }, key: { value: 0 } });
  });

  it("reads operators with HCL precedence, unary operators and parentheses", async () => {
    expect(shape(await expressionOf(`x = -var.a + 2 * 3 >= 4 && !var.b`))).toEqual({
      kind: "binary",
      operator: "&&",
      left: {
        kind: "binary",
        operator: ">=",
        left: {
          kind: "binary",
          operator: "+",
          left: { kind: "unary", operator: "-", operand: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "a" }] } },
          right: { kind: "binary", operator: "*", left: { kind: "literal", value: 2 }, right: { kind: "literal", value: 3 } },
        },
        right: { kind: "literal", value: 4 },
      },
      right: { kind: "unary", operator: "!", operand: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "b" }] } },
    });
    expect(shape(await expressionOf(`x = (1 + 2) * 3`))).toEqual({
      kind: "binary",
      operator: "*",
      left: { kind: "parenthesis", expression: { kind: "binary", operator: "+", left: { kind: "literal", value: 1 }, right: { kind: "literal", value: 2 } } },
      right: { kind: "literal", value: 3 },
    });
  });

  it("reads conditionals", async () => {
    expect(shape(await expressionOf(`x = var.env == "prod" ? 3 : 1`))).toEqual({
      kind: "conditional",
      condition: {
        kind: "binary",
        operator: "==",
        left: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "env" }] },
        right: { kind: "literal", value: "prod" },
      },
      trueResult: { kind: "literal", value: 3 },
      falseResult: { kind: "literal", value: 1 },
    });
  });

  it("reads for expressions of both kinds, with grouping and conditions", async () => {
    expect(shape(await expressionOf(`x = { for name, user in var.users : user.team => name... if user.active }`))).toEqual({
      kind: "for",
      result: "object",
      keyVar: "name",
      valueVar: "user",
      collection: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "users" }] },
      keyExpr: { kind: "traversal", root: "user", steps: [{ type: "attr", name: "team" }] },
      valueExpr: { kind: "traversal", root: "name", steps: [] },
      condition: { kind: "traversal", root: "user", steps: [{ type: "attr", name: "active" }] },
      grouping: true,
    });
    expect(shape(await expressionOf(`x = [for s in var.subnets : upper(s)]`))).toEqual({
      kind: "for",
      result: "tuple",
      valueVar: "s",
      collection: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "subnets" }] },
      valueExpr: { kind: "call", name: "upper", args: [{ kind: "traversal", root: "s", steps: [] }], expandFinal: false },
      grouping: false,
    });
  });

  it("keeps a parenthesised object key as an expression", async () => {
    expect(shape(await expressionOf(`x = { (var.key) = 1, "lit" = 2 }`))).toEqual({
      kind: "object",
      items: [
        {
          key: { kind: "parenthesis", expression: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "key" }] } },
          value: { kind: "literal", value: 1 },
        },
        { key: { kind: "literal", value: "lit" }, value: { kind: "literal", value: 2 } },
      ],
    });
  });

  it("ignores comments between the parts of an expression", async () => {
    const body = await parse(`x = [\n  1, # one\n  /* two */ 2,\n  // three\n]\n`);
    expect(shape(body.attributes[0].expression)).toEqual({ kind: "tuple", items: [{ kind: "literal", value: 1 }, { kind: "literal", value: 2 }] });
  });
});

describe("loadHcl: templates and heredocs", () => {
  it("splits quoted templates into text and interpolations, keeping whitespace exactly", async () => {
    const expression = await expressionOf(`x = "arn:aws:s3:::\${var.bucket} / \${local.suffix}!"`);
    expect(expression.kind).toBe("template");
    const template = expression as HclTemplate;
    expect(template.range).toEqual(rangeOf(1, 5, 1, 52));
    expect(shape(template.parts)).toEqual([
      "arn:aws:s3:::",
      { kind: "traversal", root: "var", steps: [{ type: "attr", name: "bucket" }] },
      " / ",
      { kind: "traversal", root: "local", steps: [{ type: "attr", name: "suffix" }] },
      "!",
    ]);
    expect((template.parts[1] as HclExpression).range).toEqual(rangeOf(1, 21, 1, 31));
  });

  it("applies strip markers and keeps directives as parts", async () => {
    const expression = await expressionOf(`x = "a  \${~ var.b ~}  c %{ if var.on ~}  yes  %{~ else }no%{ endif }%{ for k, v in var.m }\${k}=\${v};%{ endfor }"`);
    expect(shape(expression)).toEqual({
      kind: "template",
      parts: [
        "a",
        { kind: "traversal", root: "var", steps: [{ type: "attr", name: "b" }] },
        "c ",
        {
          kind: "templateIf",
          condition: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "on" }] },
          then: ["yes"],
          else: ["no"],
        },
        {
          kind: "templateFor",
          keyVar: "k",
          valueVar: "v",
          collection: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "m" }] },
          body: [{ kind: "traversal", root: "k", steps: [] }, "=", { kind: "traversal", root: "v", steps: [] }, ";"],
        },
      ],
    });
  });

  it("reads a heredoc as text from the line after the marker through the last newline", async () => {
    const body = await parse(`policy = <<EOT\n{\n  "Version": "2012-10-17" # not a comment\n}\nEOT\nnext = 1\n`);
    expect(shape(body.attributes[0].expression)).toEqual({
      kind: "template",
      parts: ['{\n  "Version": "2012-10-17" # not a comment\n}\n'],
      heredoc: { marker: "EOT", stripIndent: false },
    });
    expect(body.attributes[0].expression.range).toEqual(rangeOf(1, 10, 5, 4));
    expect(body.attributes[1].nameRange).toEqual(rangeOf(6, 1, 6, 5));
  });

  it("removes the common indentation of <<- heredocs, blank lines aside", async () => {
    const body = await parse(
      [
        "resource \"x\" \"y\" {",
        "  script = <<-SCRIPT",
        "    #!/bin/sh",
        "",
        "      echo \"${var.greeting}\" $${HOME}",
        "    done",
        "    SCRIPT",
        "}",
        "",
      ].join("\n"),
    );
    const script = attribute(body.blocks[0].body, "script").expression;
    expect(shape(script)).toEqual({
      kind: "template",
      parts: ['#!/bin/sh\n\n  echo "', { kind: "traversal", root: "var", steps: [{ type: "attr", name: "greeting" }] }, '" ${HOME}\ndone\n'],
      heredoc: { marker: "SCRIPT", stripIndent: true },
    });
    expect((script as HclTemplate).parts[1]).toMatchObject({ range: rangeOf(5, 15, 5, 27) });
  });

  it("removes no indentation when a <<- line starts with an interpolation", async () => {
    const body = await parse(`x = <<-EOT\n    a\n\${var.b}\n    EOT\n`);
    expect(shape(body.attributes[0].expression)).toMatchObject({ parts: ["    a\n", { root: "var" }, "\n"] });
  });
});

describe("loadHcl: syntax errors", () => {
  const broken = `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy =
}

resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}
`;

  it("reports the line and cause, and keeps the blocks that parsed", async () => {
    const result = await loadHcl({ path: "modules/logs/main.tf", text: broken, kind: "terraform" });
    expect(result.diagnostics).toEqual([
      {
        level: "error",
        code: "hcl-syntax",
        message: 'invalid HCL: expected an expression after "="',
        file: "modules/logs/main.tf",
        range: { file: "modules/logs/main.tf", ...rangeOf(7, 10, 7, 11) },
      },
    ]);
    const body = result.documents[0].body;
    expect(body.blocks.map((candidate) => candidate.labels.join("."))).toEqual(["aws_s3_bucket.logs", "aws_kms_key.logs"]);
    // Blocks after the broken one keep their true positions.
    expect(attribute(body.blocks[1].body, "enable_key_rotation").nameRange).toEqual(rangeOf(11, 3, 11, 22));
  });

  it("reports an unclosed block and still reads the blocks after it", async () => {
    const text = `resource "a" "one" {\n  x = 1\n\nresource "a" "two" {\n  y = 2\n}\n`;
    const result = await loadHcl({ path: "main.tf", text, kind: "terraform" });
    expect(result.diagnostics.map((diagnostic) => describeDiagnostic(diagnostic))).toEqual(['main.tf:4:1: invalid HCL: missing "}" for the block "resource" opened on line 1']);
    expect(result.documents[0].body.blocks.map((candidate) => candidate.labels[1])).toEqual(["two"]);
  });

  it("reports a stray closing brace as unexpected", async () => {
    const text = `a = 1\n}\nb = 2\n`;
    const result = await loadHcl({ path: "vars.tfvars", text, kind: "tfvars" });
    expect(result.diagnostics.map((diagnostic) => [describeDiagnostic(diagnostic), diagnostic.range?.start])).toEqual([
      ['vars.tfvars:2:1: invalid HCL: unexpected "}"', { line: 2, column: 1 }],
    ]);
    expect(result.documents[0].body.attributes.map((candidate) => candidate.name)).toEqual(["a", "b"]);
  });

  it("names the missing token of unclosed strings, lists and calls", async () => {
    const messages = async (text: string): Promise<string[]> =>
      (await loadHcl({ path: "x.tf", text, kind: "terraform" })).diagnostics.map((diagnostic) => describeDiagnostic(diagnostic));
    expect(await messages(`a "b" {\n  x = [1, 2\n}\n`)).toEqual(['x.tf:3:1: invalid HCL: missing "]" for the list opened on line 2']);
    expect(await messages(`a "b" {\n  x = f(1\n}\n`)).toEqual(['x.tf:3:1: invalid HCL: missing ")" for the function call opened on line 2']);
    expect(await messages(`a "b" {\n  x = = 1\n}\n`)).toEqual(['x.tf:2:7: invalid HCL: unexpected "="']);
    expect(await messages(`a "b" {\n  x = "\${}"\n}\n`)).toEqual(["x.tf:2:8: invalid HCL: empty interpolation"]);
  });

  it("never throws, whatever the input", async () => {
    for (const text of ["{", "}", '"', "<<EOT", "a = [", "\u0000\u0001", "resource {{{{", "x = ${", "%{ if }"]) {
      const result = await loadHcl({ path: "fuzz.tf", text, kind: "terraform" });
      expect(result.documents).toHaveLength(1);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.diagnostics.every((diagnostic) => diagnostic.code === "hcl-syntax" && diagnostic.file === "fuzz.tf")).toBe(true);
    }
  });
});
