import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateSarif } from "../../engine/test/support/validate-sarif.js";
import { repositoryRoot, runCli } from "./run-cli.js";

function temporaryDirectory(): string {
  return mkdtempSync(path.join(tmpdir(), "tollgate-cli-hostile-"));
}

function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

const PUBLIC_BUCKET = 'resource "aws_s3_bucket" "logs" {\n  acl = "public-read"\n}\n';

/** Runs `tollgate scan` on a directory with SARIF output; returns the exit code and the rule ids reported. */
function scanToSarif(root: string, ...flags: string[]) {
  const output = path.join(temporaryDirectory(), "out.sarif");
  const run = runCli(["scan", root, "--format", "sarif", "--output", output, ...flags]);
  const log = JSON.parse(readFileSync(output, "utf8"));
  expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
  const ruleIds: string[] = (log.runs[0].results ?? []).map((result: { ruleId: string }) => result.ruleId);
  const notifications: string[] = (log.runs[0].invocations[0].toolExecutionNotifications ?? []).map((notification: { message: { text: string } }) => notification.message.text);
  return { run, ruleIds, notifications };
}

describe("hostile input through the CLI: the other findings are reported and the exit code is 2", () => {
  it("an alias bomb", () => {
    const root = temporaryDirectory();
    write(root, "main.tf", PUBLIC_BUCKET);
    const lines = ["apiVersion: v1", "kind: ConfigMap", "metadata: {name: lol}", 'data:', '  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level <= 9; level++) lines.push(`  l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(",")}]`);
    write(root, "bomb.yaml", `${lines.join("\n")}\n`);
    const { run, ruleIds, notifications } = scanToSarif(root);
    expect(run.status).toBe(2);
    expect(ruleIds).toContain("aws-s3-bucket-public-acl");
    expect(notifications.join("\n")).toMatch(/aliases expand to more than 100000 nodes/);
  });

  it("deep nesting, and --max-depth", () => {
    const root = temporaryDirectory();
    write(root, "main.tf", PUBLIC_BUCKET);
    write(root, "deep.tf", `locals {\n  a = ${"[".repeat(10_000)}${"]".repeat(10_000)}\n}\n`);
    write(root, "shallow.tf", `locals {\n  b = ${"[".repeat(30)}${"]".repeat(30)}\n}\n`);
    const defaults = scanToSarif(root);
    expect(defaults.run.status).toBe(2);
    expect(defaults.ruleIds).toContain("aws-s3-bucket-public-acl");
    expect(defaults.notifications).toEqual([expect.stringMatching(/HCL nesting is deeper than 500 levels/)]);
    const limited = scanToSarif(root, "--max-depth", "20");
    expect(limited.notifications).toHaveLength(2);
  });

  it("a link to a file outside the root", () => {
    const base = temporaryDirectory();
    write(base, "outside/secret.tf", 'resource "aws_s3_bucket" "stolen" {\n  acl = "public-read"\n}\n');
    write(base, "repo/main.tf", PUBLIC_BUCKET);
    symlinkSync(path.join(base, "outside/secret.tf"), path.join(base, "repo/linked.tf"));
    // In a directory: not read, a warning, and the exit code of the findings.
    const walked = runCli(["scan", path.join(base, "repo"), "--root", path.join(base, "repo")]);
    expect(walked.status).toBe(1);
    expect(walked.stdout).toMatch(/linked\.tf\s+warning\s+a symbolic link to a file outside the scanned root; not read/);
    expect(walked.stdout).not.toContain("stolen");
    // Named on the command line: an input error.
    const named = runCli(["scan", path.join(base, "repo/linked.tf"), path.join(base, "repo/main.tf"), "--root", path.join(base, "repo")]);
    expect(named.status).toBe(2);
    expect(named.stdout).not.toContain("stolen");
    expect(named.stdout).toContain("aws-s3-bucket-public-acl");
  });

  it("--timeout: stops, reports what it has, exits 2", () => {
    const run = runCli(["scan", "fixtures", "--timeout", "0.001"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/took longer than its time limit of 0\.001 s and stopped/);
  });

  it("--max-file-size", () => {
    const root = temporaryDirectory();
    write(root, "main.tf", PUBLIC_BUCKET);
    write(root, "big.tf", `locals {\n  a = "${"x".repeat(4096)}"\n}\n`);
    const run = runCli(["scan", root, "--max-file-size", "2k"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/big\.tf\s+error\s+\d+ bytes is more than the limit of 2048; not scanned/);
    expect(run.stdout).toContain("aws-s3-bucket-public-acl");
  });
});

describe("nothing in the scanned tree is executed, required or fetched", () => {
  it("package scripts, JavaScript files, custom rules pointing at code, provisioners, external data and remote modules stay text", () => {
    const root = temporaryDirectory();
    const marker = path.join(root, "EXECUTED");
    const touch = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");`;
    const shell = `node -e '${touch}'`;
    write(root, "package.json", JSON.stringify({ name: "evil", scripts: { preinstall: shell, postinstall: shell, test: shell, prepare: shell } }));
    for (const file of ["index.js", "evil.js", "tollgate.config.js", "rules/rule.js", "node_modules/evil/index.js", ".tollgate.js", "lib/module.mjs", "lib/common.cjs"]) write(root, file, `${touch}\nmodule.exports = {};\n`);
    write(root, "tollgate.yaml", "custom-rules:\n  - ./evil.js\n  - ./rules\n");
    write(
      root,
      "main.tf",
      [
        PUBLIC_BUCKET,
        'resource "null_resource" "run" {',
        '  provisioner "local-exec" {',
        `    command = "${shell.replace(/"/g, '\\"')}"`,
        "  }",
        "}",
        'data "external" "run" {',
        `  program = ["node", "-e", ${JSON.stringify(touch)}]`,
        "}",
        'module "remote" {',
        '  source = "git::https://example.invalid/evil.git"',
        "}",
        'module "registry" {',
        '  source  = "evil/module/aws"',
        '  version = "1.0.0"',
        "}",
        'locals {',
        '  code = templatefile("evil.js", {})',
        '  more = file("index.js")',
        "}",
        "",
      ].join("\n"),
    );
    write(root, ".github/workflows/ci.yml", `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${shell}\n      - uses: ./\n`);
    write(root, "action.yml", "name: evil\nruns:\n  using: node20\n  main: evil.js\n  pre: index.js\n");
    const run = runCli(["scan", root, "--format", "json"]);
    expect(existsSync(marker)).toBe(false);
    // The custom rules file is code, not YAML rules: a configuration error, exit 2, and no scan.
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toMatch(/evil\.js/);
    // With a configuration that is data, the same tree scans, and still nothing runs.
    write(root, "tollgate.yaml", "rules:\n  disable: []\n");
    const scanned = runCli(["scan", root, "--format", "json"]);
    expect(existsSync(marker)).toBe(false);
    expect(scanned.status).toBe(1);
    expect(JSON.parse(scanned.stdout).findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain("aws-s3-bucket-public-acl");
  });
});

describe("the report file is written atomically", () => {
  /** Runs `writeOutputAtomically` in a child process whose file system call kills it half-way. */
  function crashWhileWriting(target: string, crash: "writeFile" | "rename"): number | null {
    const script = path.join(temporaryDirectory(), "crash.mts");
    const writeOutput = path.join(repositoryRoot, "packages/cli/src/write-output.ts");
    writeFileSync(
      script,
      [
        'import { promises as fs } from "node:fs";',
        crash === "writeFile"
          ? "fs.writeFile = (async (file: string, text: string) => { await fs.appendFile(file, text.slice(0, text.length / 2)); process.kill(process.pid, \"SIGKILL\"); }) as typeof fs.writeFile;"
          : 'fs.rename = (async () => { process.kill(process.pid, "SIGKILL"); }) as typeof fs.rename;',
        `const { writeOutputAtomically } = await import(${JSON.stringify(writeOutput)});`,
        `await writeOutputAtomically(${JSON.stringify(target)}, JSON.stringify({ version: "2.1.0", runs: [], padding: "x".repeat(1_000_000) }));`,
        "",
      ].join("\n"),
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: repositoryRoot, encoding: "utf8", timeout: 60_000 });
    return child.status;
  }

  it.each(["writeFile", "rename"] as const)("a crash in %s leaves the previous report intact", (crash) => {
    const directory = temporaryDirectory();
    const target = path.join(directory, "report.sarif");
    writeFileSync(target, '{"previous":true}');
    expect(crashWhileWriting(target, crash)).toBeNull();
    expect(readFileSync(target, "utf8")).toBe('{"previous":true}');
    // What is left is a temporary file beside it, never a truncated report under its name.
    expect(readdirSync(directory).filter((name) => name !== "report.sarif").every((name) => name.endsWith(".tmp"))).toBe(true);
  });

  it("a crash before the first report leaves no report at all", () => {
    const target = path.join(temporaryDirectory(), "report.sarif");
    crashWhileWriting(target, "writeFile");
    expect(existsSync(target)).toBe(false);
  });
});
