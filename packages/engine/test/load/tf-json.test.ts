import { describe, expect, it } from "vitest";
import type { HclBlock, HclBody } from "../../src/load/hcl/ast.js";
import { loadTfJson } from "../../src/load/hcl/load-tf-json.js";
import { rangeOf } from "../../src/model/source.js";

async function load(text: string, path = "stack/main.tf.json"): Promise<HclBody> {
  const result = await loadTfJson({ path, text, kind: "terraform-json" });
  expect(result.diagnostics).toEqual([]);
  expect(result.documents).toHaveLength(1);
  expect(result.documents[0]).toMatchObject({ file: path, syntax: "json" });
  return result.documents[0].body;
}

function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === "range" || key.endsWith("Range") || key === "labelRanges" ? undefined : inner)));
}

const stack = `{
  "resource": {
    "aws_s3_bucket": {
      "data": {
        "bucket": "data-\${var.env}",
        "tags": { "Name": "data" },
        "versioning": { "enabled": true },
        "lifecycle_rule": [
          { "id": "a", "enabled": true },
          { "id": "b", "enabled": false }
        ],
        "depends_on": ["aws_kms_key.data"]
      }
    },
    "aws_kms_key": { "data": { "enable_key_rotation": true, "type": "SYMMETRIC" } }
  },
  "variable": { "env": { "type": "string", "default": "prod" } },
  "locals": { "prefix": "\${var.env}-app" },
  "//": "comments are ignored"
}
`;

describe("loadTfJson", () => {
  it("reads blocks with labels from nested objects, keeping key positions", async () => {
    const body = await load(stack);
    expect(body.blocks.map((block) => [block.type, ...block.labels])).toEqual([
      ["resource", "aws_s3_bucket", "data"],
      ["resource", "aws_kms_key", "data"],
      ["variable", "env"],
      ["locals"],
    ]);
    const bucket = body.blocks[0];
    expect(bucket.typeRange).toEqual(rangeOf(2, 3, 2, 13));
    expect(bucket.labelRanges).toEqual([rangeOf(3, 5, 3, 20), rangeOf(4, 7, 4, 13)]);
    expect(bucket.range).toEqual(rangeOf(4, 15, 13, 8));
    expect(bucket.headerRange).toEqual(rangeOf(4, 7, 4, 16));
  });

  it("treats objects as nested blocks, known map arguments as attributes, arrays as repeated blocks", async () => {
    const bucket = (await load(stack)).blocks[0];
    expect(bucket.body.attributes.map((attribute) => attribute.name)).toEqual(["bucket", "tags", "depends_on"]);
    expect(bucket.body.blocks.map((block: HclBlock) => block.type)).toEqual(["versioning", "lifecycle_rule", "lifecycle_rule"]);
    const versioning = bucket.body.blocks[0];
    expect(versioning.typeRange).toEqual(rangeOf(7, 9, 7, 21));
    expect(versioning.body.attributes[0]).toMatchObject({ name: "enabled", nameRange: rangeOf(7, 25, 7, 34), expression: { kind: "literal", value: true } });
    expect(shape(bucket.body.blocks[2].body.attributes)).toEqual([
      { name: "id", expression: { kind: "literal", value: "b" } },
      { name: "enabled", expression: { kind: "literal", value: false } },
    ]);
  });

  it("parses strings with interpolations as templates, located at the JSON string", async () => {
    const bucket = (await load(stack)).blocks[0];
    const name = bucket.body.attributes[0].expression;
    expect(shape(name)).toEqual({ kind: "template", parts: ["data-", { kind: "traversal", root: "var", steps: [{ type: "attr", name: "env" }] }] });
    expect(name.range).toEqual(rangeOf(5, 19, 5, 36));
    if (name.kind === "template" && typeof name.parts[1] !== "string") expect(name.parts[1].range).toEqual(rangeOf(5, 19, 5, 36));
    // depends_on holds references written as strings.
    expect(shape(bucket.body.attributes[2].expression)).toEqual({
      kind: "tuple",
      items: [{ kind: "traversal", root: "aws_kms_key", steps: [{ type: "attr", name: "data" }] }],
    });
  });

  it("keeps escapes, directives and a trailing newline of JSON strings exact", async () => {
    const body = await load(`{"locals": {"a": "$\${literal}", "b": "x%{ if var.on }y%{ endif }\\n", "c": "\${var.n}"}}`);
    const [a, b, c] = body.blocks[0].body.attributes.map((attribute) => shape(attribute.expression));
    expect(a).toEqual({ kind: "literal", value: "${literal}" });
    expect(b).toEqual({
      kind: "template",
      parts: ["x", { kind: "templateIf", condition: { kind: "traversal", root: "var", steps: [{ type: "attr", name: "on" }] }, then: ["y"], else: [] }, "\n"],
    });
    expect(c).toEqual({ kind: "template", parts: [{ kind: "traversal", root: "var", steps: [{ type: "attr", name: "n" }] }] });
  });

  it("reads a variable's type as an expression and other type arguments as strings", async () => {
    const body = await load(stack);
    expect(shape(body.blocks[1].body.attributes[1].expression)).toEqual({ kind: "literal", value: "SYMMETRIC" });
    expect(shape(body.blocks[2].body.attributes[0].expression)).toEqual({ kind: "traversal", root: "string", steps: [] });
  });

  it("reads module inputs and outputs as attributes even when they are objects", async () => {
    const body = await load(`{"module": {"net": {"source": "./net", "subnets": {"a": "10.0.0.0/24"}}}, "output": {"id": {"value": {"x": 1}}}}`);
    expect(body.blocks[0].body.blocks).toEqual([]);
    expect(shape(body.blocks[0].body.attributes.map((attribute) => attribute.name))).toEqual(["source", "subnets"]);
    expect(shape(body.blocks[1].body.attributes[0].expression)).toEqual({
      kind: "object",
      items: [{ key: { kind: "literal", value: "x" }, value: { kind: "literal", value: 1 } }],
    });
  });

  it("reads labelled nested blocks such as dynamic and provisioner", async () => {
    const body = await load(`{"resource": {"aws_security_group": {"web": {"dynamic": {"ingress": {"for_each": "\${var.rules}", "content": {"from_port": 443}}}}}}}`);
    const dynamic = body.blocks[0].body.blocks[0];
    expect(dynamic).toMatchObject({ type: "dynamic", labels: ["ingress"] });
    expect(dynamic.body.blocks.map((block) => block.type)).toEqual(["content"]);
  });

  it("reads .tfvars.json values as plain data", async () => {
    const result = await loadTfJson({ path: "prod.tfvars.json", text: `{"name": "\${not-a-template}", "n": 3}`, kind: "tfvars" });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents[0].kind).toBe("tfvars");
    expect(shape(result.documents[0].body.attributes)).toEqual([
      { name: "name", expression: { kind: "literal", value: "${not-a-template}" } },
      { name: "n", expression: { kind: "literal", value: 3 } },
    ]);
  });

  it("reports invalid JSON and a wrong top level without throwing", async () => {
    const broken = await loadTfJson({ path: "bad.tf.json", text: `{"resource": }`, kind: "terraform-json" });
    expect(broken.documents).toEqual([]);
    expect(broken.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file, diagnostic.range?.start.line])).toEqual([["json-syntax", "bad.tf.json", 1]]);
    const list = await loadTfJson({ path: "list.tf.json", text: `[1]`, kind: "terraform-json" });
    expect(list.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["tf-json-structure"]);
  });
});
