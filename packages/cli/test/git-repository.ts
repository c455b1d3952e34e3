import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A throwaway git repository for tests of scans of changes. */
export class TestRepository {
  readonly directory = realpathSync(mkdtempSync(path.join(tmpdir(), "tollgate-git-")));

  constructor() {
    this.git("init", "--quiet", "--initial-branch=main");
    this.git("config", "user.name", "Tollgate Test");
    this.git("config", "user.email", "test@example.com");
    this.git("config", "commit.gpgsign", "false");
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.directory, encoding: "utf8", env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" } });
  }

  write(files: Record<string, string>): this {
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(this.directory, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return this;
  }

  stage(...files: string[]): this {
    this.git("add", "--", ...files);
    return this;
  }

  commit(files: Record<string, string>, message = "change"): this {
    this.write(files).stage(...Object.keys(files));
    this.git("commit", "--quiet", "--no-verify", "-m", message);
    return this;
  }

  remove(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}
