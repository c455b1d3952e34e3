import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { TestRepository } from "./git-repository.js";

// The hook as users install it: this repository's `.pre-commit-hooks.yaml`,
// run by the pre-commit framework itself (`try-repo` uses the checkout as it is).
const REPOSITORY_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const hasPreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const preCommitHome = mkdtempSync(path.join(tmpdir(), "tollgate-pre-commit-home-"));
afterAll(() => rmSync(preCommitHome, { recursive: true, force: true }));

const securityGroup = (cidr: string) => `resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["${cidr}"]
  }
}
`;

function runHook(repo: TestRepository) {
  return spawnSync("pre-commit", ["try-repo", REPOSITORY_ROOT, "tollgate"], {
    cwd: repo.directory,
    encoding: "utf8",
    env: { ...process.env, PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: "never", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
    timeout: 120_000,
  });
}

describe.skipIf(!hasPreCommit)("the pre-commit framework running the tollgate hook", () => {
  it("fails on a staged insecure change and passes once the staged content is fixed", () => {
    const repo = new TestRepository();
    try {
      repo.write({ "infra/main.tf": securityGroup("0.0.0.0/0") }).stage("infra/main.tf");
      const failing = runHook(repo);
      expect(failing.status, failing.stdout + failing.stderr).toBe(1);
      expect(failing.stdout).toMatch(/tollgate\.+Failed/);
      expect(failing.stdout).toContain("infra/main.tf:6:20  critical  aws-security-group-sensitive-port-open");

      repo.write({ "infra/main.tf": securityGroup("10.0.0.0/8") }).stage("infra/main.tf");
      const passing = runHook(repo);
      expect(passing.status, passing.stdout + passing.stderr).toBe(0);
      expect(passing.stdout).toMatch(/tollgate\.+Passed/);
    } finally {
      repo.remove();
    }
  });

  it("is skipped when no Terraform, YAML or JSON file is staged", () => {
    const repo = new TestRepository();
    try {
      repo.write({ "notes.txt": "nothing to scan\n" }).stage("notes.txt");
      const run = runHook(repo);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/tollgate\.+\(no files to check\)Skipped/);
    } finally {
      repo.remove();
    }
  });
});
