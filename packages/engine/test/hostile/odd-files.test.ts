import { mkdirSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isUnknown } from "../../src/model/value.js";
import { formatSarif } from "../../src/report/sarif.js";
import { scan } from "../../src/scan.js";
import { validateSarif } from "../support/validate-sarif.js";
import { findingsOf, HEALTHY, HEALTHY_FINDINGS, RULES, temporaryDirectory } from "./support.js";

const SECRET = "s3cr3t-from-outside-the-root";

/**
 * A scanned tree full of odd files beside one healthy file per platform, and
 * a directory outside it that nothing may read.
 */
function oddTree(): { root: string; outside: string } {
  const base = temporaryDirectory();
  const root = path.join(base, "repo");
  const outside = path.join(base, "outside");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.tf"), `resource "aws_s3_bucket" "stolen" {\n  acl = "public-read"\n  bucket = "${SECRET}"\n}\n`);
  writeFileSync(path.join(outside, "secret.txt"), SECRET);
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  for (const source of Object.values(HEALTHY)) write(source.path, source.text);

  write("odd/binary.tf", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]));
  write("odd/invalid-utf8.yaml", Buffer.concat([Buffer.from("apiVersion: v1\nkind: ConfigMap\ndata: {a: \""), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n')]));
  const utf16 = 'resource "aws_s3_bucket" "utf16" {\n  acl = "public-read"\n}\n';
  write("odd/utf16le.tf", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, "utf16le")]));
  write("odd/utf16be.tf", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16.replace("utf16", "utf16be"), "utf16le").swap16()]));
  write("odd/utf8-bom.tf", `\ufeffresource "aws_s3_bucket" "bom" {\n  acl = "public-read"\n}\n`);
  write("odd/crlf.yaml", HEALTHY.kubernetes.text.replace("name: web", "name: crlf").replace(/\n/g, "\r\n"));
  write("odd/empty.tf", "");
  write("odd/empty.yaml", "");
  write("odd/empty.tf.json", "");
  write("odd/whitespace.yaml", "\n\n   \n");
  mkdirSync(path.join(root, "odd/directory.tf"), { recursive: true });
  write("odd/directory.tf/inside.tf", 'resource "aws_s3_bucket" "in_directory" {\n  acl = "public-read"\n}\n');
  // Links: a loop, a dangling one, out of the root (a file and a directory), and one that stays inside.
  symlinkSync("loop-b.tf", path.join(root, "odd/loop-a.tf"));
  symlinkSync("loop-a.tf", path.join(root, "odd/loop-b.tf"));
  symlinkSync(".", path.join(root, "odd/self"));
  symlinkSync("missing.tf", path.join(root, "odd/dangling.tf"));
  symlinkSync(path.join(outside, "secret.tf"), path.join(root, "odd/outside.tf"));
  symlinkSync(path.join(outside, "secret.txt"), path.join(root, "odd/outside.txt"));
  symlinkSync(outside, path.join(root, "odd/outside-directory"));
  symlinkSync("../healthy/main.tf", path.join(root, "odd/inside.tf"));
  // file() and templatefile() reaching out: `..`, an absolute path, and a link.
  write(
    "reads/main.tf",
    [
      'resource "aws_s3_bucket" "reads" {',
      '  dotdot    = file("../../outside/secret.txt")',
      `  absolute  = file("${path.join(outside, "secret.txt")}")`,
      '  linked    = file("../odd/outside.txt")',
      '  template  = templatefile("../../outside/secret.txt", {})',
      '  inside    = file("notes.txt")',
      "}",
      "",
    ].join("\n"),
  );
  write("reads/notes.txt", "inside the root");
  return { root, outside };
}

describe("odd files in a scanned tree", () => {
  let tree: { root: string; outside: string };
  let result: Awaited<ReturnType<typeof scan>>;
  beforeAll(async () => {
    tree = oddTree();
    result = await scan({ paths: ["."], cwd: tree.root, rules: RULES });
  });
  const diagnostic = (file: string) => result.diagnostics.filter((candidate) => candidate.file === file).map(({ level, code }) => ({ level, code }));

  it("keeps every healthy finding and reports valid SARIF", () => {
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
    expect(validateSarif(JSON.parse(formatSarif(result)))).toBe(true);
  });

  it("refuses binary content and invalid UTF-8 with an error each", () => {
    expect(diagnostic("odd/binary.tf")).toEqual([{ level: "error", code: "binary-file" }]);
    expect(diagnostic("odd/invalid-utf8.yaml")).toEqual([{ level: "error", code: "invalid-utf8" }]);
  });

  it("reads UTF-16 with a byte-order mark, a UTF-8 byte-order mark and CRLF line ends, at the right lines", () => {
    const found = findingsOf(result);
    for (const file of ["odd/utf16le.tf", "odd/utf16be.tf", "odd/utf8-bom.tf"]) expect(found).toContainEqual({ ruleId: "test-public-acl", file, line: 2 });
    expect(found).toContainEqual({ ruleId: "test-privileged", file: "odd/crlf.yaml", line: 10 });
    const bom = result.findings.find((finding) => finding.location.file === "odd/utf8-bom.tf");
    expect(bom?.location.start.column).toBe(3);
  });

  it("reads empty files as empty, without a word", () => {
    for (const file of ["odd/empty.tf", "odd/empty.yaml", "odd/whitespace.yaml"]) expect(diagnostic(file)).toEqual([]);
    expect(diagnostic("odd/empty.tf.json")).toEqual([{ level: "error", code: "json-syntax" }]);
  });

  it("walks a directory named like a file", () => {
    expect(findingsOf(result)).toContainEqual({ ruleId: "test-public-acl", file: "odd/directory.tf/inside.tf", line: 2 });
  });

  it("never follows a link out of the root, and says so; loops and dangling links are notes", () => {
    expect(diagnostic("odd/outside.tf")).toEqual([{ level: "warning", code: "outside-root" }]);
    expect(diagnostic("odd/outside-directory")).toEqual([{ level: "note", code: "symlink-to-directory" }]);
    expect(diagnostic("odd/self")).toEqual([{ level: "note", code: "symlink-to-directory" }]);
    expect(diagnostic("odd/loop-a.tf")).toEqual([{ level: "note", code: "broken-symlink" }]);
    expect(diagnostic("odd/dangling.tf")).toEqual([{ level: "note", code: "broken-symlink" }]);
    expect(JSON.stringify(result.findings)).not.toContain("stolen");
    expect(result.files.map((file) => file.path)).not.toContain("odd/outside.tf");
  });

  it("follows a link that stays inside the root", () => {
    expect(findingsOf(result)).toContainEqual({ ruleId: "test-public-acl", file: "odd/inside.tf", line: 2 });
  });

  it("serves file() and templatefile() only from inside the root: `..`, absolute paths and links give Unknown", () => {
    const reads = [...result.graph.resources()].find((resource) => resource.name === "aws_s3_bucket.reads")!;
    for (const attribute of ["dotdot", "absolute", "linked", "template"]) expect(isUnknown(reads.attributes[attribute]), attribute).toBe(true);
    expect(reads.attributes.inside).toBe("inside the root");
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it("has errors only for the files that failed", () => {
    const errors = result.diagnostics.filter((candidate) => candidate.level === "error").map((candidate) => candidate.file);
    expect(errors.sort()).toEqual(["odd/binary.tf", "odd/empty.tf.json", "odd/invalid-utf8.yaml"]);
  });
});

describe("paths named on the command line", () => {
  it("refuse links out of the root and loops with an error each, and scan the rest", async () => {
    const { root } = oddTree();
    const result = await scan({ paths: ["odd/outside.tf", "odd/outside-directory", "odd/loop-a.tf", "healthy"], cwd: root, rules: RULES });
    expect(result.diagnostics.map(({ level, code, file }) => ({ level, code, file }))).toEqual(
      expect.arrayContaining([
        { level: "error", code: "outside-root", file: "odd/outside.tf" },
        { level: "error", code: "outside-root", file: "odd/outside-directory" },
        { level: "error", code: "path-not-found", file: "odd/loop-a.tf" },
      ]),
    );
    expect(result.diagnostics).toHaveLength(3);
    expect(findingsOf(result)).toEqual(HEALTHY_FINDINGS.filter((finding) => finding.file.startsWith("healthy/")));
  });

  it("refuse a FIFO instead of blocking on it", async () => {
    const root = temporaryDirectory();
    execFileSync("mkfifo", [path.join(root, "pipe.tf")]);
    const result = await scan({ paths: ["pipe.tf"], cwd: root, rules: RULES });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "unreadable-file", message: "not a regular file; not read", file: "pipe.tf" })]);
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("report a file without read permission (skipped as root, who may read anything)", async () => {
    const root = temporaryDirectory();
    writeFileSync(path.join(root, "locked.tf"), 'resource "aws_s3_bucket" "b" {}\n');
    writeFileSync(path.join(root, "open.tf"), HEALTHY.terraform.text);
    chmodSync(path.join(root, "locked.tf"), 0o000);
    const result = await scan({ paths: ["."], cwd: root, rules: RULES });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "unreadable-file", message: "permission denied", file: "locked.tf" })]);
    expect(result.findings).toHaveLength(1);
  });
});

describe("very long lines", () => {
  const megabytes = 5;
  const long = "x".repeat(megabytes * 1024 * 1024);
  it.each([
    ["JSON", "long.json", `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"long"},"data":{"a":"${long}","b":[${'"v",'.repeat(200_000)}"v"]}}`],
    ["YAML", "long.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long}\ndata: {a: "${long}", b: [${"v, ".repeat(200_000)}v]}\n`],
    // tree-sitter reads HCL strings at about a megabyte a second: one megabyte keeps the suite quick.
    ["HCL", "long.tf", `resource "aws_s3_bucket" "long" {\n  bucket = "${long.slice(0, 1024 * 1024)}"\n  tags = [${'"v",'.repeat(20_000)}"v"]\n}\n`],
  ])("%s on one line is read in bounded time", async (_name, file, text) => {
    const root = temporaryDirectory();
    writeFileSync(path.join(root, file), text);
    const started = performance.now();
    const result = await scan({ paths: ["."], cwd: root, rules: RULES });
    expect(performance.now() - started).toBeLessThan(45_000);
    expect(result.diagnostics).toEqual([]);
    expect(result.resourceCount).toBe(1);
    expect(validateSarif(JSON.parse(formatSarif(result)))).toBe(true);
  }, 60_000);
});
