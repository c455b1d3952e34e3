import { describe, expect, it } from "vitest";
import { mapEntry, mapGet, type SourceFile, type TreeNode } from "../../src/load/document.js";
import { treeToValue } from "../../src/load/tree.js";
import { loadYaml } from "../../src/load/yaml.js";
import { splitDocuments } from "../../src/load/yaml/documents.js";
import { resolvePlain, resolveTagged } from "../../src/load/yaml/scalars.js";
import { rangeOf } from "../../src/model/source.js";

function file(text: string): SourceFile {
  return { path: "k8s/app.yaml", text, kind: "kubernetes" };
}

function rootOf(text: string): TreeNode {
  const { documents, diagnostics } = loadYaml(file(text));
  expect(diagnostics).toEqual([]);
  return documents[0]!.root;
}

describe("YAML scalars", () => {
  it("reads plain scalars with the core schema", () => {
    expect(["~", "null", "Null", "NULL", ""].map(resolvePlain)).toEqual([null, null, null, null, null]);
    expect(["true", "True", "FALSE", "yes", "on", "nULL"].map(resolvePlain)).toEqual([true, true, false, "yes", "on", "nULL"]);
    expect(["0o17", "-12", "+7", "012", "0x1F", "1e3", "1.5", ".5", "1_000", "12:30", "0x"].map(resolvePlain)).toEqual([15, -12, 7, 12, 31, 1000, 1.5, 0.5, "1_000", "12:30", "0x"]);
    expect([".inf", "-.Inf", "+.INF"].map(resolvePlain)).toEqual([Infinity, -Infinity, Infinity]);
    expect(resolvePlain(".NaN")).toBeNaN();
  });

  it("applies explicit core tags when the text fits them, and keeps the text otherwise", () => {
    expect(resolveTagged("!!int", "12")).toBe(12);
    expect(resolveTagged("!<tag:yaml.org,2002:int>", "0x10")).toBe(16);
    expect(resolveTagged("!!int", "nope")).toBe("nope");
    expect(resolveTagged("!!float", "1.5")).toBe(1.5);
    expect(resolveTagged("!!float", "1")).toBe("1");
    expect(resolveTagged("!!bool", "yes")).toBe("yes");
    expect(resolveTagged("!!null", "")).toBeNull();
    expect(resolveTagged("!!str", "12")).toBe("12");
    expect(resolveTagged("!Ref", "bucket")).toBe("bucket");
  });

  it("gives tagged, quoted and block scalars their values in a document", () => {
    const root = rootOf('a: !!int "12"\nb: !!str 12\nc: !Ref thing\nd: ! 12\ne: !!str\nf: "0x10"\ng: |-\n  12\n');
    expect(treeToValue(root)).toEqual({ a: 12, b: "12", c: "thing", d: "12", e: "", f: "0x10", g: "12" });
  });
});

describe("YAML node places", () => {
  it("places an empty value just after its colon and the spaces after it", () => {
    const root = rootOf("on:\n  workflow_dispatch:\n  push:   # comment\n    branches: [main]\nx: &a\ny: !!str\n");
    expect(mapGet(mapGet(root, "on"), "workflow_dispatch")).toEqual({ kind: "scalar", range: rangeOf(2, 21, 2, 21), value: null, style: "plain" });
    expect(mapGet(root, "x")!.range).toEqual(rangeOf(5, 6, 5, 6));
    expect(mapGet(root, "y")!.range).toEqual(rangeOf(6, 9, 6, 9));
  });

  it("ends a block collection after its last value's line, with the comments indented into it", () => {
    const root = rootOf("a:\n  b: 1\n  # at a's indent\nc:\n  d: 2\n# outside\ne:\n  - x\n      # deeper\n");
    expect(mapGet(root, "a")!.range).toEqual(rangeOf(2, 3, 3, 1));
    expect(mapGet(root, "c")!.range).toEqual(rangeOf(5, 3, 6, 1));
    expect(mapGet(root, "e")!.range).toEqual(rangeOf(8, 3, 10, 1));
    expect(root.range).toEqual(rangeOf(1, 1, 10, 1));
  });

  it("ends a flow collection at its closing bracket", () => {
    const root = rootOf("a: [1, {b: 2}]   # c\nc: [x: 1, y]\n");
    expect(mapGet(root, "a")!.range).toEqual(rangeOf(1, 4, 1, 15));
    const pairs = mapGet(root, "c")!;
    expect(treeToValue(pairs)).toEqual([{ x: 1 }, "y"]);
    expect(pairs.kind === "list" && pairs.items[0]!.range).toEqual(rangeOf(2, 5, 2, 9));
  });

  it("reads a flow collection closed at its key's indentation, as Kubernetes and GitHub do", () => {
    const root = rootOf('spec:\n  args: [\n    "--verbose",\n    x\n  ]\n  env: {\n    A: 1\n  }\n  other: 2\n');
    const spec = mapGet(root, "spec")!;
    expect(treeToValue(spec)).toEqual({ args: ["--verbose", "x"], env: { A: 1 }, other: 2 });
    expect(mapEntry(spec, "other")!.keyRange).toEqual(rangeOf(9, 3, 9, 8));
    const args = mapGet(spec, "args")!;
    expect(args.kind === "list" && args.items[1]!.range).toEqual(rangeOf(4, 5, 4, 6));
    // A bracket under a line that ends in a comment stays an error rather than joining the comment.
    const { documents, diagnostics } = loadYaml(file("a: [\n  x, # note\n]\n"));
    expect(documents).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "yaml-syntax", message: "Invalid YAML: deficient indentation" })]);
  });

  it("counts lines the same with CRLF line ends", () => {
    const root = rootOf("a: 1\r\nb:\r\n  c: x\r\n  d: |\r\n    t\r\n\r\ne: [1, 2]\r\n");
    expect(mapEntry(mapGet(root, "b"), "c")).toEqual({ key: "c", keyRange: rangeOf(3, 3, 3, 4), value: expect.objectContaining({ range: rangeOf(3, 6, 3, 7) }) });
    expect(mapGet(mapGet(root, "b"), "d")!.range).toEqual(rangeOf(4, 6, 5, 6));
    expect(mapGet(root, "b")!.range).toEqual(rangeOf(3, 3, 6, 1));
  });
});

describe("YAML merge keys", () => {
  it("treats `<<` with a list of anything but maps and aliases as an ordinary key", () => {
    const root = rootOf("base: &b {x: 1}\nm:\n  <<: [1, 2]\nn:\n  <<: [*b]\n  y: 2\n");
    expect(treeToValue(root)).toEqual({ base: { x: 1 }, m: { "<<": [1, 2] }, n: { x: 1, y: 2 } });
  });

  it("refuses a merge of something that is not a map", () => {
    const { documents, diagnostics } = loadYaml(file("s: &s text\nm:\n  <<: *s\n"));
    expect(documents).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "yaml-syntax", range: expect.objectContaining({ start: { line: 3, column: 7 } }) })]);
  });
});

describe("YAML document stream", () => {
  it("cuts the stream at document markers, keeping leading comments and directives with their document", () => {
    const text = "# head\n%YAML 1.2\n---\na: 1\n...\n# between\n---\nb: |\n  ---not a marker\n...\nc: 3\n";
    const { lineStarts, documents, refusedAt } = splitDocuments(text, 10);
    expect(documents.map(({ start, end }) => text.slice(start, end))).toEqual(["# head\n%YAML 1.2\n---\na: 1\n...\n", "# between\n---\nb: |\n  ---not a marker\n...\n", "c: 3\n"]);
    expect(lineStarts).toHaveLength(12);
    expect(refusedAt).toBeUndefined();
    expect(loadYaml(file(text)).documents.map((doc) => [doc.index, treeToValue(doc.root)])).toEqual([
      [0, { a: 1 }],
      [1, { b: "---not a marker\n" }],
      [2, { c: 3 }],
    ]);
  });

  it("stops at the document limit where the first refused document starts", () => {
    const { documents, refusedAt } = splitDocuments("a: 1\n---\nb: 2\n---\nc: 3\n", 2);
    expect(documents).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 14 },
    ]);
    expect(refusedAt).toBe(14);
  });

  it("reads a byte order mark before the first marker", () => {
    const { documents } = loadYaml(file("\uFEFF---\na: 1\n"));
    expect(documents.map((doc) => [treeToValue(doc.root), doc.range.start])).toEqual([[{ a: 1 }, { line: 1, column: 1 }]]);
  });

  it("keeps the other documents and their indexes whichever document is broken", () => {
    const { documents, diagnostics } = loadYaml(file("a: 1\n---\nb: [\n---\nc: 3\n---\nd: {\n"));
    expect(documents.map((doc) => [doc.index, treeToValue(doc.root)])).toEqual([
      [0, { a: 1 }],
      [2, { c: 3 }],
    ]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range!.start.line])).toEqual([
      ["yaml-syntax", 4],
      ["yaml-syntax", 8],
    ]);
  });

  it("reports duplicate keys of every document, and nothing of a document that failed", () => {
    const { diagnostics } = loadYaml(file("a: 1\na: 2\n---\nb: 1\nb: *missing\n---\nc: 1\nc: 2\n"));
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range!.start.line])).toEqual([
      ["yaml-duplicate-key", 2],
      ["yaml-syntax", 5],
      ["yaml-duplicate-key", 8],
    ]);
  });
});
