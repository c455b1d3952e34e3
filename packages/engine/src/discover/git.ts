import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The git that scans of commits, of the index and of changes need, run as a
 * child process with argument arrays (no shell). It reads objects without
 * checking anything out and runs nothing from the repository: no hooks
 * (nothing here triggers one), no external diff or text conversion drivers,
 * no filters. Callers give it full object names or refs they were given.
 */

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

const MAX_OUTPUT = 1024 * 1024 * 1024;

export class Git {
  private constructor(
    /** The repository's top directory. */
    readonly top: string,
    /** The workspace relative to the top, with forward slashes; empty when they are the same. */
    readonly prefix: string,
  ) {}

  /** The repository holding `workspace`, or undefined when there is none or git is missing. */
  static open(workspace: string): Git | undefined {
    const result = run(workspace, ["rev-parse", "--show-toplevel"]);
    if (!result.ok) return undefined;
    const top = result.stdout.toString("utf8").trim();
    const prefix = path.relative(top, workspace).split(path.sep).join("/");
    return new Git(top, prefix);
  }

  run(args: readonly string[], input?: string | Buffer): GitResult {
    return run(this.top, args, input);
  }

  hasCommit(sha: string): boolean {
    return this.run(["cat-file", "-e", `${sha}^{commit}`]).ok;
  }

  /**
   * Makes sure `sha` is present: a shallow clone often lacks the base of a
   * pull request. One shallow fetch from `origin` is tried; false if that fails.
   */
  ensureCommit(sha: string, log: (line: string) => void): boolean {
    if (this.hasCommit(sha)) return true;
    if (!this.run(["remote", "get-url", "origin"]).ok) return false;
    log(`Fetching ${sha} from origin (one shallow fetch)`);
    const fetched = this.run(["fetch", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--depth=1", "origin", sha]);
    if (!fetched.ok) log(`The fetch failed: ${firstLine(fetched.stderr)}`);
    return this.hasCommit(sha);
  }

  headCommit(): string | undefined {
    const result = this.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    return result.ok ? result.stdout.toString("utf8").trim() : undefined;
  }

  /** `<sha>~<n>`, when that ancestor is present. */
  ancestor(sha: string, generations: number): string | undefined {
    const result = this.run(["rev-parse", "--verify", "--quiet", `${sha}~${generations}^{commit}`]);
    return result.ok ? result.stdout.toString("utf8").trim() : undefined;
  }

  mergeBase(a: string, b: string): string | undefined {
    const result = this.run(["merge-base", a, b]);
    return result.ok ? result.stdout.toString("utf8").trim() : undefined;
  }

  /** Regular files of a commit's tree under the workspace: paths relative to the workspace, with their blob ids. */
  listFiles(commit: string): Array<{ path: string; blob: string }> | undefined {
    const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
    if (this.prefix) args.push("--", this.prefix);
    const result = this.run(args);
    if (!result.ok) return undefined;
    const files: Array<{ path: string; blob: string }> = [];
    for (const entry of result.stdout.toString("utf8").split("\0")) {
      // `<mode> <type> <object>\t<path>`: regular and executable files only, no links or submodules.
      const match = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
      if (!match) continue;
      const relative = this.fromTop(match[3]);
      if (relative !== undefined) files.push({ path: relative, blob: match[2] });
    }
    return files;
  }

  /**
   * Regular files of the index (stage 0) under the workspace, with their
   * blob ids: what the next commit would hold. Links, submodules and
   * conflicted entries are left out.
   */
  listIndex(): Array<{ path: string; blob: string }> | undefined {
    const result = this.run(["ls-files", "--stage", "-z", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!result.ok) return undefined;
    const files: Array<{ path: string; blob: string }> = [];
    for (const entry of result.stdout.toString("utf8").split("\0")) {
      // `<mode> <object> <stage>\t<path>`.
      const match = /^(100644|100755) ([0-9a-f]+) 0\t(.*)$/s.exec(entry);
      if (!match) continue;
      const relative = this.fromTop(match[3]);
      if (relative !== undefined) files.push({ path: relative, blob: match[2] });
    }
    return files;
  }

  /**
   * Files of the working tree under the workspace that git would offer to
   * commit: tracked ones still present, and untracked ones not ignored.
   */
  listWorkingTree(): string[] | undefined {
    const listed = this.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    const deleted = this.run(["ls-files", "-z", "--deleted", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!listed.ok || !deleted.ok) return undefined;
    const gone = new Set(deleted.stdout.toString("utf8").split("\0"));
    const files = new Set<string>();
    for (const file of listed.stdout.toString("utf8").split("\0")) {
      if (!file || gone.has(file)) continue;
      const relative = this.fromTop(file);
      if (relative !== undefined) files.add(relative);
    }
    return [...files].sort();
  }

  /** Files whose staged content differs from `HEAD` (every staged file before the first commit). */
  stagedChanges(): FileChange[] | undefined {
    // Without a base, git compares the index with HEAD, or with nothing before the first commit.
    return this.nameStatus(["diff", "--cached"]);
  }

  /**
   * Files of the working tree that differ from `ref` (committed, staged or
   * not), untracked files that are not ignored, and files deleted since.
   */
  changesSince(ref: string): FileChange[] | undefined {
    const changes = this.nameStatus(["diff", ref]);
    if (!changes) return undefined;
    const untracked = this.run(["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!untracked.ok) return undefined;
    const seen = new Set(changes.map((change) => change.path));
    for (const file of untracked.stdout.toString("utf8").split("\0")) {
      const relative = file ? this.fromTop(file) : undefined;
      if (relative !== undefined && !seen.has(relative)) changes.push({ path: relative, deleted: false });
    }
    return changes;
  }

  /**
   * Local module calls (`source = "./x"` or `"../x"`) in the Terraform files
   * of the index (`cached`) or of the working tree, untracked files included:
   * the directory of the calling file to the sources it gives. `git grep`
   * finds them without reading every file into this process.
   */
  localModuleSources(cached: boolean): Map<string, string[]> | undefined {
    const args = ["grep", "-z", "-o", "-I", "--full-name", "--no-color", cached ? "--cached" : "--untracked", "-E", "-e", LOCAL_MODULE_SOURCE, "--", "*.tf", "*.tf.json"];
    const result = this.run(args);
    // Exit code 1: nothing matched.
    if (!result.ok && result.stderr.trim() !== "") return undefined;
    const sources = new Map<string, string[]>();
    for (const line of result.stdout.toString("utf8").split("\n")) {
      const separator = line.indexOf("\0");
      if (separator < 0) continue;
      const file = this.fromTop(line.slice(0, separator));
      const source = /"(\.\.?\/[^"]*)"$/.exec(line.slice(separator + 1))?.[1];
      if (file === undefined || source === undefined) continue;
      const directory = path.posix.dirname(file);
      const list = sources.get(directory);
      if (list) list.push(source);
      else sources.set(directory, [source]);
    }
    return sources;
  }

  /** Whether `ref` names a commit. */
  resolveCommit(ref: string): string | undefined {
    // `--end-of-options` keeps a ref that starts with `-` from reading as an option.
    const result = this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return result.ok ? result.stdout.toString("utf8").trim() : undefined;
  }

  /** `git diff --name-status` without renames (a rename is a deletion and an addition), under the workspace. */
  private nameStatus(diff: readonly string[]): FileChange[] | undefined {
    const args = ["-c", "core.quotePath=false", diff[0]!, "--name-status", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", ...diff.slice(1), "--"];
    if (this.prefix) args.push(this.prefix);
    const result = this.run(args);
    if (!result.ok) return undefined;
    const fields = result.stdout.toString("utf8").split("\0");
    const changes: FileChange[] = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const relative = this.fromTop(fields[index + 1]!);
      if (relative !== undefined) changes.push({ path: relative, deleted: fields[index]!.startsWith("D") });
    }
    return changes;
  }

  /** Contents of blobs, read in one `cat-file --batch`. */
  readBlobs(blobs: readonly string[]): Map<string, Buffer> | undefined {
    const contents = new Map<string, Buffer>();
    if (blobs.length === 0) return contents;
    const result = this.run(["cat-file", "--batch"], `${blobs.join("\n")}\n`);
    if (!result.ok) return undefined;
    const out = result.stdout;
    let offset = 0;
    while (offset < out.length) {
      const newline = out.indexOf(0x0a, offset);
      if (newline < 0) break;
      const header = out.subarray(offset, newline).toString("utf8");
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!match) {
        // `<object> missing`: nothing follows the header.
        offset = newline + 1;
        continue;
      }
      const size = Number(match[3]);
      contents.set(match[1], out.subarray(newline + 1, newline + 1 + size));
      offset = newline + 1 + size + 1;
    }
    return contents;
  }

  /** Blob ids of working-tree files (relative to the workspace), as git would store them. */
  hashFiles(files: readonly string[]): Map<string, string> | undefined {
    const ids = new Map<string, string>();
    if (files.length === 0) return ids;
    const result = this.run(["hash-object", "--no-filters", "--stdin-paths"], `${files.map((file) => this.toTop(file)).join("\n")}\n`);
    if (!result.ok) return undefined;
    const lines = result.stdout.toString("utf8").trim().split("\n");
    files.forEach((file, index) => ids.set(file, lines[index]));
    return ids;
  }

  /**
   * Lines added or changed since `from`, by file relative to the workspace:
   * in `to` when given, else in the working tree (untracked files count as
   * wholly new). Undefined when git cannot tell.
   */
  changedLines(from: string, to?: string): Map<string, ChangedLines> | undefined {
    const args = ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", from];
    if (to) args.push(to);
    args.push("--");
    if (this.prefix) args.push(this.prefix);
    const result = this.run(args);
    if (!result.ok) return undefined;
    const changed = parseUnifiedDiff(result.stdout.toString("utf8"), (file) => this.fromTop(file));
    if (!to) {
      const untracked = this.run(["ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--", this.prefix || "."]);
      if (untracked.ok) {
        for (const file of untracked.stdout.toString("utf8").split("\0").filter(Boolean)) {
          const relative = this.fromTop(file);
          if (relative !== undefined) changed.set(relative, "all");
        }
      }
    }
    return changed;
  }

  /** A repository path as a workspace path, undefined when outside the workspace. */
  private fromTop(file: string): string | undefined {
    if (!this.prefix) return file;
    return file.startsWith(`${this.prefix}/`) ? file.slice(this.prefix.length + 1) : undefined;
  }

  /** A workspace path as a repository path, for links and `hash-object`. */
  toTop(file: string): string {
    return this.prefix ? `${this.prefix}/${file}` : file;
  }
}

/** `source = "./x"` in HCL, `"source": "./x"` in JSON: a module call to a local directory. */
const LOCAL_MODULE_SOURCE = 'source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"';

/** A file that a change added, modified or deleted, relative to the workspace. */
export interface FileChange {
  path: string;
  deleted: boolean;
}

/** Changed line numbers of one file, or `all` for a file that is new as a whole. */
export type ChangedLines = Set<number> | "all";

/**
 * Reads `git diff --unified=0`: for each `+++ b/<file>`, the `@@ -a,b +c,d @@`
 * hunks give lines c … c+d-1 of the new file. A pure deletion (d = 0) marks
 * the lines on either side, where a finding about the missing text would sit.
 */
export function parseUnifiedDiff(diff: string, mapPath: (file: string) => string | undefined = (file) => file): Map<string, ChangedLines> {
  const changed = new Map<string, ChangedLines>();
  let current: Set<number> | undefined;
  let newFile = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = undefined;
      newFile = false;
    } else if (line.startsWith("new file mode")) {
      newFile = true;
    } else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") continue;
      const file = mapPath(unquote(target).replace(/^b\//, ""));
      if (file === undefined) continue;
      if (newFile) changed.set(file, "all");
      else {
        current = new Set();
        changed.set(file, current);
      }
    } else if (line.startsWith("@@ ") && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      if (count === 0) {
        current.add(start);
        current.add(start + 1);
      }
      for (let index = 0; index < count; index++) current.add(start + index);
    }
  }
  return changed;
}

/** Git quotes unusual paths C-style: `"a\tb\303\251"`. */
function unquote(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, "\\": 92, '"': 34 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[index + 1];
    if (/[0-7]/.test(next ?? "")) {
      bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function run(cwd: string, args: readonly string[], input?: string | Buffer): GitResult {
  const result = spawnSync("git", [...args], {
    cwd,
    input,
    maxBuffer: MAX_OUTPUT,
    timeout: 120_000,
    // Never wait for a password prompt; never open a pager or an editor.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_EDITOR: "true", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  return {
    ok: result.status === 0 && !result.error,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.error ? result.error.message : (result.stderr?.toString("utf8") ?? ""),
  };
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
