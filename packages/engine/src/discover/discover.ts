import { promises as fs } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore, { type Ignore } from "ignore";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceFile } from "../load/document.js";
import { classify, isCandidate } from "./classify.js";

export interface DiscoverOptions {
  /** Files and directories to scan, relative to `cwd`; `-` reads standard input. */
  paths: readonly string[];
  cwd: string;
  /** Directory that reported paths are relative to; by default `cwd`, or the paths' common ancestor when they lie outside it. */
  root?: string;
  /** Text of standard input, when `-` is among the paths. */
  stdin?: string;
  /** Files larger than this are refused with a diagnostic. */
  maxFileBytes?: number;
  /** Extra exclude globs, relative to the root. */
  exclude?: readonly string[];
}

export interface DiscoverResult {
  root: string;
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Never ours, and often huge. */
const ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**", "**/.terraform/**"];

/** Expands paths into the files Tollgate reads, each recognised by name and content. */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const diagnostics: Diagnostic[] = [];
  const absolutePaths = options.paths.filter((p) => p !== "-").map((p) => path.resolve(options.cwd, p));
  const root = options.root ? path.resolve(options.cwd, options.root) : chooseRoot(options.cwd, absolutePaths);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: SourceFile[] = [];
  const seen = new Set<string>();

  const candidates: Array<{ absolute: string; explicit: boolean }> = [];
  for (const absolute of absolutePaths) {
    const display = toRelative(root, absolute);
    const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      diagnostics.push({ level: "error", code: "path-not-found", message: describeFsError(stat), file: display });
      continue;
    }
    if (stat.isDirectory()) {
      for (const found of await listDirectory(absolute, options.exclude ?? [], root)) candidates.push({ absolute: found, explicit: false });
    } else {
      candidates.push({ absolute, explicit: true });
    }
  }

  const unique: Array<{ absolute: string; explicit: boolean; relative: string }> = [];
  for (const { absolute, explicit } of candidates) {
    const relative = toRelative(root, absolute);
    if (seen.has(relative)) continue;
    seen.add(relative);
    unique.push({ absolute, explicit, relative });
  }
  // Reads overlap: one at a time, a large tree waits on the disk once per file.
  const reads = await mapConcurrently(unique, READ_CONCURRENCY, ({ absolute, relative }) => readSource(absolute, relative, maxBytes));
  for (const [index, { explicit, relative }] of unique.entries()) {
    const read = reads[index]!;
    if ("diagnostic" in read) {
      if (explicit || isCandidate(relative)) diagnostics.push(read.diagnostic);
      continue;
    }
    const kind = classify(relative, read.text);
    if (kind) files.push({ path: relative, text: read.text, kind });
    else if (explicit) diagnostics.push({ level: "warning", code: "unrecognised-file", message: "not a Terraform, Kubernetes or GitHub Actions file; skipped", file: relative });
  }

  if (options.paths.includes("-")) {
    const text = options.stdin ?? "";
    const kind = classify("-", text);
    if (kind) files.push({ path: "-", text, kind });
    else diagnostics.push({ level: "error", code: "unrecognised-input", message: "standard input: neither a Terraform plan or state, a Kubernetes manifest nor a workflow", file: "-" });
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files, diagnostics };
}

/** Files read at once: enough to keep the disk and libuv's threads busy, few enough to bound open descriptors. */
const READ_CONCURRENCY = 32;

/** `items.map(work)` with at most `limit` calls in flight; results in input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function chooseRoot(cwd: string, absolutePaths: readonly string[]): string {
  const outside = absolutePaths.some((p) => path.relative(cwd, p).startsWith(".."));
  if (!outside || absolutePaths.length === 0) return cwd;
  return commonAncestor(absolutePaths.map((p) => (isProbablyFile(p) ? path.dirname(p) : p)));
}

function isProbablyFile(p: string): boolean {
  return isCandidate(p);
}

function commonAncestor(paths: readonly string[]): string {
  let common = paths[0]!.split(path.sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(path.sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || path.sep;
}

export function toRelative(root: string, absolute: string): string {
  const relative = path.relative(root, absolute).split(path.sep).join("/");
  return relative === "" ? path.basename(absolute) : relative;
}

/** Candidate files under a directory, minus what .gitignore files and excludes rule out. */
async function listDirectory(directory: string, exclude: readonly string[], root: string): Promise<string[]> {
  const entries = await fg(["**/*"], {
    cwd: directory,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED],
    absolute: true,
    suppressErrors: true,
  });
  const gitignores = entries.filter((entry) => path.basename(entry) === ".gitignore");
  // By directory, so that a file consults only the .gitignore files above it, not every one in the tree.
  const matchers = new Map<string, Ignore>(
    await Promise.all(gitignores.map(async (file) => [path.dirname(file), ignore().add(await fs.readFile(file, "utf8").catch(() => ""))] as const)),
  );
  const excluded: Ignore | undefined = exclude.length ? ignore().add([...exclude]) : undefined;
  return entries
    .filter((entry) => isCandidate(entry))
    .filter((entry) => !ignoredByGitignore(entry, directory, matchers))
    .filter((entry) => !excluded || !isInside(root, entry) || !excluded.ignores(path.relative(root, entry).split(path.sep).join("/")))
    .sort();
}

/** Whether a .gitignore in `entry`'s directory or an ancestor up to `top` ignores it. */
function ignoredByGitignore(entry: string, top: string, matchers: ReadonlyMap<string, Ignore>): boolean {
  if (matchers.size === 0) return false;
  for (let base = path.dirname(entry); ; base = path.dirname(base)) {
    const matcher = matchers.get(base);
    if (matcher && matcher.ignores(path.relative(base, entry).split(path.sep).join("/"))) return true;
    if (base === top || !isInside(top, base) || path.dirname(base) === base) return false;
  }
}

function isInside(base: string, file: string): boolean {
  const relative = path.relative(base, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

async function readSource(absolute: string, relative: string, maxBytes: number): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  try {
    const stat = await fs.stat(absolute);
    if (stat.size > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `${stat.size} bytes is more than the limit of ${maxBytes}; not scanned`, file: relative } };
    }
    const bytes = await fs.readFile(absolute);
    return decode(bytes, relative);
  } catch (error) {
    return { diagnostic: { level: "error", code: "unreadable-file", message: describeFsError(error as NodeJS.ErrnoException), file: relative } };
  }
}

/** UTF-8 with or without BOM, or UTF-16 with BOM; anything else binary is refused. */
function decode(bytes: Buffer, relative: string): { text: string } | { diagnostic: Diagnostic } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  if (bytes.subarray(0, 8192).includes(0)) {
    return { diagnostic: { level: "error", code: "binary-file", message: "binary content (a NUL byte); not scanned", file: relative } };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { diagnostic: { level: "error", code: "invalid-utf8", message: "not valid UTF-8; not scanned", file: relative } };
  }
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error.message;
  }
}
