import { promises as fs } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import ignore, { type Ignore } from "ignore";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceFile } from "../load/document.js";
import { classify, isCandidate } from "./classify.js";
import { DEFAULT_LIMITS, type Deadline } from "../limits.js";

export interface DiscoverOptions {
  /** Files and directories to scan, relative to `cwd`; `-` reads standard input. */
  paths: readonly string[];
  cwd: string;
  /** Directory that reported paths are relative to; by default `cwd`, or the paths' common ancestor when they lie outside it. */
  root?: string;
  /** Text of standard input, when `-` is among the paths. */
  stdin?: string;
  /** Files larger than this are refused with a diagnostic; 64 MiB by default. */
  maxFileBytes?: number;
  /** The scan's time budget: past it, the files not yet read are left out. */
  deadline?: Deadline;
  /** Extra exclude globs, relative to the root. */
  exclude?: readonly string[];
}

export interface DiscoverResult {
  root: string;
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Never ours, and often huge. */
const ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**", "**/.terraform/**"];

/** Expands paths into the files Tollgate reads, each recognised by name and content. */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const diagnostics: Diagnostic[] = [];
  const absolutePaths = options.paths.filter((p) => p !== "-").map((p) => path.resolve(options.cwd, p));
  const root = options.root ? path.resolve(options.cwd, options.root) : chooseRoot(options.cwd, absolutePaths);
  const maxBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  const realRoot = await realDirectory(root);

  const candidates: Candidate[] = [];
  for (const absolute of absolutePaths) {
    const display = toRelative(root, absolute);
    const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      diagnostics.push({ level: "error", code: "path-not-found", message: describeFsError(stat), file: display });
      continue;
    }
    // A path named on the command line may lie outside the root; what is read
    // through it may not lead further out than the path itself.
    const boundary = isInside(root, absolute) ? realRoot : await realDirectory(stat.isDirectory() ? absolute : path.dirname(absolute));
    if (stat.isDirectory()) {
      if (!isWithin(boundary, await realDirectory(absolute))) {
        diagnostics.push({ level: "error", code: "outside-root", message: "a symbolic link to a directory outside the scanned root; not followed", file: display });
        continue;
      }
      const listed = await listDirectory(absolute, options.exclude ?? [], root);
      for (const found of listed.files) candidates.push({ absolute: found, explicit: false, link: false, boundary });
      for (const found of listed.links) candidates.push({ absolute: found, explicit: false, link: true, boundary });
    } else {
      candidates.push({ absolute, explicit: true, link: false, boundary });
    }
  }

  const unique: Array<Candidate & { relative: string }> = [];
  for (const candidate of candidates) {
    const relative = toRelative(root, candidate.absolute);
    if (seen.has(relative)) continue;
    seen.add(relative);
    unique.push({ ...candidate, relative });
  }
  // Reads overlap: one at a time, a large tree waits on the disk once per file.
  const deadline = options.deadline;
  let unread = 0;
  const reads = await mapConcurrently(unique, READ_CONCURRENCY, async ({ absolute, relative, boundary, explicit, link }): Promise<ReadOutcome | undefined> => {
    if (deadline?.expired) {
      unread++;
      return undefined;
    }
    if (link && !isCandidate(relative)) return describeLink(absolute, relative);
    return readSource(absolute, relative, maxBytes, boundary, explicit ? "error" : "warning");
  });
  if (unread > 0 && deadline) diagnostics.push(...deadline.exceeded(`${unread} ${unread === 1 ? "file was" : "files were"} not read`));
  for (const [index, { explicit, relative, link }] of unique.entries()) {
    const read = reads[index];
    if (!read) continue;
    if ("skipped" in read) {
      diagnostics.push(read.skipped);
      continue;
    }
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

interface Candidate {
  absolute: string;
  /** Named on the command line rather than found in a directory. */
  explicit: boolean;
  /** A symbolic link found in a directory: read only when it leads to a file inside `boundary`. */
  link: boolean;
  /** Real path of the directory that nothing read may lie outside of. */
  boundary: string;
}

/** `.gitignore` files larger than this are not configuration anyone wrote by hand: they are not read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/**
 * Candidate files under a directory, minus what .gitignore files and excludes
 * rule out, and apart from them the symbolic links that pass the same
 * filters. fast-glob lists links without following them, so a link to a
 * directory, or a loop, adds nothing to the walk.
 */
async function listDirectory(directory: string, exclude: readonly string[], root: string): Promise<{ files: string[]; links: string[] }> {
  const entries = await fg(["**/*"], {
    cwd: directory,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED],
    absolute: true,
    suppressErrors: true,
  });
  const files = entries.filter((entry) => entry.dirent.isFile()).map((entry) => entry.path);
  const links = entries.filter((entry) => entry.dirent.isSymbolicLink()).map((entry) => entry.path);
  const gitignores = files.filter((entry) => path.basename(entry) === ".gitignore");
  // By directory, so that a file consults only the .gitignore files above it, not every one in the tree.
  const matchers = new Map<string, Ignore>(await Promise.all(gitignores.map(async (file) => [path.dirname(file), ignore().add(await readGitignore(file))] as const)));
  const excluded: Ignore | undefined = exclude.length ? ignore().add([...exclude]) : undefined;
  const wanted = (entry: string): boolean =>
    !ignoredByGitignore(entry, directory, matchers) &&
    (!excluded || !isInside(root, entry) || !excluded.ignores(path.relative(root, entry).split(path.sep).join("/")));
  return { files: files.filter((entry) => isCandidate(entry) && wanted(entry)).sort(), links: links.filter(wanted).sort() };
}

/**
 * A link whose name is not ours is read by nobody; it is worth a note only
 * when the walk would have gone through it: a directory, or a loop.
 */
async function describeLink(absolute: string, relative: string): Promise<ReadOutcome | undefined> {
  const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (stat instanceof Error) {
    return stat.code === "ELOOP" ? { skipped: { level: "note", code: "broken-symlink", message: "a loop of symbolic links; not followed", file: relative } } : undefined;
  }
  return stat.isDirectory() ? { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } } : undefined;
}

async function readGitignore(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat || stat.size > MAX_GITIGNORE_BYTES) return "";
  return fs.readFile(file, "utf8").catch(() => "");
}

async function realDirectory(directory: string): Promise<string> {
  return fs.realpath(directory).catch(() => path.resolve(directory));
}

/** `file` is `directory` or lies below it. */
function isWithin(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
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

/** A file's text; a diagnostic when it is ours but unreadable; `skipped` when a link was deliberately not followed. */
type ReadOutcome = { text: string } | { diagnostic: Diagnostic } | { skipped: Diagnostic };

/**
 * Reads one file by its real path, which must lie inside `boundary`: a
 * symbolic link never leads the scan out of the tree it was given, round a
 * loop, or to something other than a regular file (reading a FIFO blocks).
 */
async function readSource(absolute: string, relative: string, maxBytes: number, boundary: string, outsideLevel: Diagnostic["level"]): Promise<ReadOutcome> {
  let real: string;
  try {
    real = await fs.realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP" || code === "ENOENT") {
      const cause = code === "ELOOP" ? "a loop of symbolic links" : "a symbolic link to nothing";
      return { skipped: { level: "note", code: "broken-symlink", message: `${cause}; not read`, file: relative } };
    }
    return { diagnostic: { level: "error", code: "unreadable-file", message: describeFsError(error as NodeJS.ErrnoException), file: relative } };
  }
  if (!isWithin(boundary, real)) {
    return { skipped: { level: outsideLevel, code: "outside-root", message: "a symbolic link to a file outside the scanned root; not read", file: relative } };
  }
  try {
    const stat = await fs.stat(real);
    if (stat.isDirectory()) return { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } };
    if (!stat.isFile()) return { diagnostic: { level: "error", code: "unreadable-file", message: "not a regular file; not read", file: relative } };
    if (stat.size > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `${stat.size} bytes is more than the limit of ${maxBytes}; not scanned`, file: relative } };
    }
    const bytes = await fs.readFile(real);
    // The file may have grown since it was measured.
    if (bytes.length > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `more than the limit of ${maxBytes} bytes; not scanned`, file: relative } };
    }
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
