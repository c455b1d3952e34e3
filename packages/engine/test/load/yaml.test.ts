import { describe, expect, it } from "vitest";
import { mapEntry, mapGet, type SourceFile, type TreeNode } from "../../src/load/document.js";
import { treeToValue } from "../../src/load/tree.js";
import { loadYaml } from "../../src/load/yaml.js";
import { SourceMap, rangeOf } from "../../src/model/source.js";

function file(text: string, path = "deploy/app.yaml"): SourceFile {
  return { path, text, kind: "kubernetes" };
}

function valueOf(node: TreeNode): unknown {
  return treeToValue(node);
}

describe("loadYaml positions", () => {
  const text = [
    "apiVersion: apps/v1", // 1
    "kind: Deployment", // 2
    "metadata:", // 3
    "  name: web", // 4
    "  labels: {app: web, tier: 'front'}", // 5
    "spec:", // 6
    "  replicas: 3", // 7
    "  containers:", // 8
    "    - name: nginx", // 9
    '      image: "nginx:1.27"', // 10
    "      args:", // 11
    "        - --port=8080", // 12
    "",
  ].join("\n");

  it("gives every key and value its 1-based line and column (end exclusive)", () => {
    const { documents, diagnostics } = loadYaml(file(text));
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
    const map = new SourceMap("deploy/app.yaml", rangeOf(1, 1, 1, 1));
    treeToValue(documents[0]!.root, map);
    expect(map.get(["kind"])).toEqual({ key: rangeOf(2, 1, 2, 5), value: rangeOf(2, 7, 2, 17) });
    expect(map.get(["metadata", "name"])).toEqual({ key: rangeOf(4, 3, 4, 7), value: rangeOf(4, 9, 4, 12) });
    expect(map.get(["metadata", "labels", "tier"])).toEqual({ key: rangeOf(5, 22, 5, 26), value: rangeOf(5, 28, 5, 35) });
    expect(map.get(["spec", "replicas"])?.value).toEqual(rangeOf(7, 13, 7, 14));
    expect(map.get(["spec", "containers", 0])?.value.start).toEqual({ line: 9, column: 7 });
    expect(map.get(["spec", "containers", 0, "image"])).toEqual({ key: rangeOf(10, 7, 10, 12), value: rangeOf(10, 14, 10, 26) });
    expect(map.get(["spec", "containers", 0, "args", 0])?.value).toEqual(rangeOf(12, 11, 12, 22));
  });

  it("does not count a byte order mark as a column", () => {
    const { documents } = loadYaml(file("\uFEFFkind: Pod\nx: 1\n"));
    expect(mapEntry(documents[0]!.root, "kind")?.keyRange).toEqual(rangeOf(1, 1, 1, 5));
    expect(mapGet(documents[0]!.root, "kind")!.range).toEqual(rangeOf(1, 7, 1, 10));
  });

  it("records scalar styles and core-schema values", () => {
    const { documents } = loadYaml(file("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  block\ne: 3\nf: true\ng: ~\nh: 0x10\ni: yes\n"));
    const root = documents[0]!.root;
    expect((mapGet(root, "a") as { style?: string }).style).toBe("plain");
    expect((mapGet(root, "b") as { style?: string }).style).toBe("quoted");
    expect((mapGet(root, "c") as { style?: string }).style).toBe("quoted");
    expect((mapGet(root, "d") as { style?: string }).style).toBe("block");
    // YAML 1.2: `yes` is a string, hex is a number.
    expect(valueOf(root)).toEqual({ a: "plain", b: "single", c: "double", d: "block\n", e: 3, f: true, g: null, h: 16, i: "yes" });
  });

  it("ends a block scalar on its last content line and starts it at the indicator", () => {
    const text = "jobs:\n  run: |\n    echo one\n    echo two\n\n  next: 1\n";
    const { documents } = loadYaml(file(text, ".github/workflows/ci.yml"));
    const run = mapGet(mapGet(documents[0]!.root, "jobs"), "run")!;
    expect(run.range).toEqual(rangeOf(2, 8, 4, 13));
    expect(valueOf(run)).toBe("echo one\necho two\n");
  });

  it("reads `on` as the string key on, not true (GitHub Actions)", () => {
    const { documents } = loadYaml({ path: ".github/workflows/ci.yml", kind: "workflow", text: "on:\n  push:\n    branches: [main]\njobs: {}\n" });
    const root = documents[0]!.root;
    expect(mapEntry(root, "on")?.keyRange).toEqual(rangeOf(1, 1, 1, 3));
    expect(valueOf(root)).toEqual({ on: { push: { branches: ["main"] } }, jobs: {} });
  });

  it("stringifies keys that are not strings, keeping their spelling", () => {
    const { documents } = loadYaml(file("1.10: a\ntrue: b\n? [x, y]\n: c\n? {k: v}\n: d\n"));
    expect(Object.keys(valueOf(documents[0]!.root) as object)).toEqual(["1.10", "true", '["x","y"]', '{"k":"v"}']);
  });

  it("keeps __proto__ as a plain key without touching prototypes", () => {
    const { documents } = loadYaml(file("__proto__:\n  polluted: true\nconstructor: x\n"));
    const value = valueOf(documents[0]!.root) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("warns about a repeated key and keeps its last value", () => {
    const { documents, diagnostics } = loadYaml(file("image: safe\nname: x\nimage: evil\n"));
    expect(valueOf(documents[0]!.root)).toEqual({ image: "evil", name: "x" });
    expect(diagnostics).toEqual([
      expect.objectContaining({ level: "warning", code: "yaml-duplicate-key", range: expect.objectContaining({ start: { line: 3, column: 1 } }) }),
    ]);
  });
});

describe("loadYaml documents", () => {
  it("loads every document, skips empty ones and numbers them in source order", () => {
    const text = "---\nkind: A\n---\n# only a comment\n---\nkind: B\n...\n---\nkind: C\n";
    const { documents, diagnostics } = loadYaml(file(text));
    expect(diagnostics).toEqual([]);
    expect(documents.map((doc) => [doc.index, valueOf(doc.root)])).toEqual([
      [0, { kind: "A" }],
      [2, { kind: "B" }],
      [3, { kind: "C" }],
    ]);
    expect(mapEntry(documents[2]!.root, "kind")?.keyRange.start).toEqual({ line: 9, column: 1 });
    expect(documents[0]).toMatchObject({ file: "deploy/app.yaml", kind: "kubernetes" });
  });

  it("reports a broken document at its line and still returns the others", () => {
    const text = ["kind: A", "---", "kind: B", "metadata:", "  name: [web", "  labels: x", "---", "kind: C", ""].join("\n");
    const { documents, diagnostics } = loadYaml(file(text));
    expect(documents.map((doc) => valueOf(doc.root))).toEqual([{ kind: "A" }, { kind: "C" }]);
    expect(documents.map((doc) => doc.index)).toEqual([0, 2]);
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic).toMatchObject({ level: "error", code: "yaml-syntax", file: "deploy/app.yaml" });
    expect(diagnostic!.message).toMatch(/^Invalid YAML: .+/);
    expect(diagnostic!.range!.file).toBe("deploy/app.yaml");
    expect(diagnostic!.range!.start.line).toBeGreaterThanOrEqual(5);
    expect(diagnostic!.range!.start.line).toBeLessThanOrEqual(7);
  });

  it("reports a bad indentation with the exact line", () => {
    const { documents, diagnostics } = loadYaml(file("a:\n  b: 1\n c: 2\n"));
    expect(documents).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: "yaml-syntax", range: { start: { line: 3 } } });
  });

  it("returns nothing and no diagnostic for an empty file", () => {
    expect(loadYaml(file(""))).toEqual({ documents: [], diagnostics: [] });
    expect(loadYaml(file("# nothing here\n"))).toEqual({ documents: [], diagnostics: [] });
  });
});

describe("loadYaml aliases and merge keys", () => {
  it("resolves an alias to its anchor's content at the alias's position", () => {
    const text = "defaults: &limits\n  cpu: 500m\n  memory: 1Gi\nweb:\n  resources: *limits\n";
    const { documents } = loadYaml(file(text));
    const root = documents[0]!.root;
    expect(valueOf(root)).toEqual({ defaults: { cpu: "500m", memory: "1Gi" }, web: { resources: { cpu: "500m", memory: "1Gi" } } });
    expect(mapGet(mapGet(root, "web"), "resources")!.range).toEqual(rangeOf(5, 14, 5, 21));
  });

  it("honours merge keys: explicit keys win, the first merge source wins", () => {
    const text = [
      "base: &base {a: 1, b: 1, c: 1}",
      "more: &more {b: 2, d: 2}",
      "one:",
      "  <<: *base",
      "  c: 3",
      "two:",
      "  c: 3",
      "  <<: [*base, *more]",
      "three:",
      "  <<: {x: 9}",
      "quoted:",
      "  '<<': *base",
      "",
    ].join("\n");
    const { documents, diagnostics } = loadYaml(file(text));
    expect(diagnostics).toEqual([]);
    const value = valueOf(documents[0]!.root) as Record<string, unknown>;
    expect(value.one).toEqual({ a: 1, b: 1, c: 3 });
    expect(value.two).toEqual({ c: 3, a: 1, b: 1, d: 2 });
    expect(value.three).toEqual({ x: 9 });
    // A quoted << is an ordinary key.
    expect(value.quoted).toEqual({ "<<": { a: 1, b: 1, c: 1 } });
  });

  it("stops an alias bomb quickly with a diagnostic and keeps the other documents", () => {
    let bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
    for (let level = 1; level <= 12; level++) {
      bomb += `a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(", ")}]\n`;
    }
    const text = `kind: Before\n---\n${bomb}---\nkind: After\n`;
    const started = performance.now();
    const { documents, diagnostics } = loadYaml(file(text));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(documents.map((doc) => valueOf(doc.root))).toEqual([{ kind: "Before" }, { kind: "After" }]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: "error", code: "yaml-alias-limit", file: "deploy/app.yaml" });
    expect(diagnostics[0]!.range!.start.line).toBeGreaterThan(2);
  });

  it("accepts ordinary reuse of aliases below the limit", () => {
    let text = "x: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n";
    for (let index = 0; index < 50; index++) text += `k${index}: *x\n`;
    const { documents, diagnostics } = loadYaml(file(text));
    expect(diagnostics).toEqual([]);
    expect((valueOf(documents[0]!.root) as Record<string, unknown>).k49).toHaveLength(10);
  });

  it("lowers the alias limit on request", () => {
    const text = "x: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\na: *x\nb: *x\n";
    expect(loadYaml(file(text), { maxAliasNodes: 15 }).diagnostics[0]).toMatchObject({ code: "yaml-alias-limit", range: { start: { line: 3, column: 4 } } });
  });

  it("reports unresolved and self-referencing aliases", () => {
    expect(loadYaml(file("a: *missing\n")).diagnostics[0]).toMatchObject({ code: "yaml-syntax", range: { start: { line: 1, column: 4 } } });
    expect(loadYaml(file("a: &loop [1, *loop]\n")).diagnostics[0]).toMatchObject({ code: "yaml-syntax" });
  });

  it("uses the latest anchor of a name defined before the alias", () => {
    const { documents } = loadYaml(file("a: &v 1\nb: *v\nc: &v 2\nd: *v\n"));
    expect(valueOf(documents[0]!.root)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });
});

describe("loadYaml nesting bound", () => {
  it("rejects deep block nesting with a diagnostic", () => {
    let text = "";
    for (let depth = 0; depth < 600; depth++) text += `${" ".repeat(depth)}k:\n`;
    const { documents, diagnostics } = loadYaml(file(`${text}---\nkind: Fine\n`));
    expect(documents.map((doc) => valueOf(doc.root))).toEqual([{ kind: "Fine" }]);
    expect(diagnostics).toEqual([expect.objectContaining({ level: "error", code: "yaml-depth-limit", range: expect.objectContaining({ start: { line: 501, column: 501 } }) })]);
  });

  it("rejects a huge flow nesting without overflowing the stack", () => {
    const depth = 20_000;
    const { documents, diagnostics } = loadYaml(file(`${"[".repeat(depth)}${"]".repeat(depth)}\n`));
    expect(documents).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["yaml-depth-limit"]);
  });

  it("counts depth added by aliases", () => {
    const text = "a: &a [[[1]]]\nb: [[[*a]]]\n";
    // Root map, three lists, then the alias brings three more levels: seven in all.
    expect(loadYaml(file(text), { maxDepth: 6 }).diagnostics[0]).toMatchObject({ code: "yaml-depth-limit", range: { start: { line: 2, column: 7 } } });
    expect(loadYaml(file(text), { maxDepth: 7 }).diagnostics).toEqual([]);
  });
});
