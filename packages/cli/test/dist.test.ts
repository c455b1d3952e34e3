import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLE_NAME, DIST_DIRECTORY, buildCli } from "../scripts/build.js";
import { TestRepository } from "./git-repository.js";
import { repositoryRoot } from "./run-cli.js";

const STALE = "packages/cli/dist is stale: run `pnpm run build:cli` and commit packages/cli/dist";

function listFiles(directory: string, prefix = ""): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

describe("packages/cli/dist", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "tollgate-cli-dist-"));
  const repository = new TestRepository();
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    repository.remove();
  });

  it("is exactly what `pnpm run build:cli` builds from the sources", async () => {
    const built = await buildCli(scratch);
    expect(listFiles(DIST_DIRECTORY), STALE).toEqual(built);
    for (const file of built) {
      const committed = readFileSync(path.join(DIST_DIRECTORY, file));
      expect(committed.equals(readFileSync(path.join(scratch, file))), `${file}: ${STALE}`).toBe(true);
    }
  });

  it("is a command: a #! line and the executable bit, and no path of the machine that built it", () => {
    const bundle = path.join(DIST_DIRECTORY, BUNDLE_NAME);
    expect(readFileSync(bundle, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bundle).mode & 0o111).toBe(0o111);
    for (const file of listFiles(DIST_DIRECTORY).filter((name) => name.endsWith(".mjs"))) {
      expect(readFileSync(path.join(DIST_DIRECTORY, file), "utf8"), file).not.toContain(repositoryRoot);
    }
  });

  it("scans what is staged with plain node, the HCL parser's WebAssembly beside it", () => {
    repository.write({ "main.tf": 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size = 10\n  encrypted = false\n}\n' }).stage("main.tf");
    const run = spawnSync(path.join(DIST_DIRECTORY, BUNDLE_NAME), ["scan", "--staged"], { cwd: repository.directory, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^main\.tf:4:\d+ {2}high +aws-ebs-encryption-at-rest /m);
  });

  it("loads files on worker threads from the load worker beside it, and finds the same", () => {
    const scanFixtures = (threads: string) =>
      spawnSync(process.execPath, [path.join(DIST_DIRECTORY, BUNDLE_NAME), "scan", "fixtures", "--format", "json", "--threads", threads], { cwd: repositoryRoot, encoding: "utf8" });
    const alone = scanFixtures("0");
    const spread = scanFixtures("2");
    expect(spread.stderr).toBe("");
    expect(spread.status).toBe(alone.status);
    const { findings, diagnostics } = JSON.parse(spread.stdout) as { findings: unknown[]; diagnostics: unknown[] };
    expect(findings.length).toBeGreaterThan(10);
    expect({ findings, diagnostics }).toEqual({ findings: JSON.parse(alone.stdout).findings, diagnostics: JSON.parse(alone.stdout).diagnostics });
  });
});

describe(".pre-commit-hooks.yaml", () => {
  it("runs the committed bundle, which exists and is executable, on the staged content", () => {
    const hooks = readFileSync(path.join(repositoryRoot, ".pre-commit-hooks.yaml"), "utf8");
    const entry = /^\s*entry:\s*(\S+)\s+scan --staged\s*$/m.exec(hooks)?.[1];
    expect(entry).toBe(`packages/cli/dist/${BUNDLE_NAME}`);
    expect(statSync(path.join(repositoryRoot, entry!)).mode & 0o111).toBe(0o111);
    expect(hooks).toMatch(/^- id: tollgate$/m);
    expect(hooks).toMatch(/^\s*language: script$/m);
    expect(hooks).toMatch(/^\s*pass_filenames: false$/m);
  });
});
