import fs from "node:fs";
import path from "node:path";
import type FastGlob from "fast-glob";
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
  const realRoot = realDirectory(root);

  const candidates: Candidate[] = [];
  for (const absolute of absolutePaths) {
    const display = toRelative(root, absolute);
    const stat = statOrError(absolute);
    if (stat instanceof Error) {
      diagnostics.push({ level: "error", code: "path-not-found", message: describeFsError(stat), file: display });
      continue;
    }
    // A path named on the command line may lie outside the root; what is read
    // through it may not lead further out than the path itself.
    const boundary = isInside(root, absolute) ? realRoot : realDirectory(stat.isDirectory() ? absolute : path.dirname(absolute));
    if (stat.isDirectory()) {
      if (!isWithin(boundary, realDirectory(absolute))) {
        diagnostics.push({ level: "error", code: "outside-root", message: "a symbolic link to a directory outside the scanned root; not followed", file: display });
        continue;
      }
      // The directory walker is read only by scans that walk: not by one of named files or of staged changes.
      const fg = (await import("fast-glob")).default;
      const listed = listDirectory(fg, absolute, options.exclude ?? [], root);
      for (const found of listed.files) candidates.push({ absolute: found, explicit: false, link: false, walked: true, boundary });
      for (const found of listed.links) candidates.push({ absolute: found, explicit: false, link: true, walked: false, boundary });
    } else {
      candidates.push({ absolute, explicit: true, link: false, walked: false, boundary });
    }
  }

  const unique: Array<Candidate & { relative: string }> = [];
  for (const candidate of candidates) {
    const relative = toRelative(root, candidate.absolute);
    if (seen.has(relative)) continue;
    seen.add(relative);
    // Spelled out: a spread followed by another property takes V8's slow path.
    unique.push({ absolute: candidate.absolute, explicit: candidate.explicit, link: candidate.link, walked: candidate.walked, boundary: candidate.boundary, relative });
  }
  // Synchronous reads: each asynchronous call is a round trip through libuv's
  // thread pool that costs more than the read of a small file itself.
  const deadline = options.deadline;
  let unread = 0;
  const reads = unique.map(({ absolute, relative, boundary, explicit, link, walked }): ReadOutcome | undefined => {
    if (deadline?.expired) {
      unread++;
      return undefined;
    }
    if (link && !isCandidate(relative)) return describeLink(absolute, relative);
    return (walked && readWalkedFile(absolute, relative, maxBytes)) || readSource(absolute, relative, maxBytes, boundary, explicit ? "error" : "warning");
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
  /** A regular file found by walking a directory inside `boundary`, through no link. */
  walked: boolean;
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
function listDirectory(fg: typeof FastGlob, directory: string, exclude: readonly string[], root: string): { files: string[]; links: string[] } {
  const entries = fg.sync(["**/*"], {
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
  const matchers = new Map<string, Ignore>(gitignores.map((file) => [path.dirname(file), ignore().add(readGitignore(file))] as const));
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
function describeLink(absolute: string, relative: string): ReadOutcome | undefined {
  const stat = statOrError(absolute);
  if (stat instanceof Error) {
    return stat.code === "ELOOP" ? { skipped: { level: "note", code: "broken-symlink", message: "a loop of symbolic links; not followed", file: relative } } : undefined;
  }
  return stat.isDirectory() ? { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } } : undefined;
}

function readGitignore(file: string): string {
  try {
    const stat = fs.statSync(file);
    return stat.size > MAX_GITIGNORE_BYTES ? "" : fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function realDirectory(directory: string): string {
  try {
    return fs.realpathSync.native(directory);
  } catch {
    return path.resolve(directory);
  }
}

function statOrError(file: string): fs.Stats | NodeJS.ErrnoException {
  try {
    return fs.statSync(file);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
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
function readSource(absolute: string, relative: string, maxBytes: number, boundary: string, outsideLevel: Diagnostic["level"]): ReadOutcome {
  let real: string;
  try {
    real = fs.realpathSync.native(absolute);
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
    const stat = fs.statSync(real);
    if (stat.isDirectory()) return { skipped: { level: "note", code: "symlink-to-directory", message: "a symbolic link to a directory; not followed", file: relative } };
    if (!stat.isFile()) return { diagnostic: { level: "error", code: "unreadable-file", message: "not a regular file; not read", file: relative } };
    if (stat.size > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `${stat.size} bytes is more than the limit of ${maxBytes}; not scanned`, file: relative } };
    }
    const bytes = fs.readFileSync(real);
    // The file may have grown since it was measured.
    if (bytes.length > maxBytes) {
      return { diagnostic: { level: "error", code: "file-too-large", message: `more than the limit of ${maxBytes} bytes; not scanned`, file: relative } };
    }
    return decode(bytes, relative);
  } catch (error) {
    return { diagnostic: { level: "error", code: "unreadable-file", message: describeFsError(error as NodeJS.ErrnoException), file: relative } };
  }
}

/** Strict: malformed UTF-8 throws rather than turning into replacement characters. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Opens the file itself, never a link that has since taken its place; `O_NONBLOCK` keeps a FIFO from blocking the open. */
const WALKED_FILE_FLAGS = fs.constants.O_NOFOLLOW === undefined ? undefined : fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file the walk found, without resolving its real path: no
 * link lies on the way to it, so it is inside the boundary. Anything but a
 * plain readable regular file within the size limit (or a platform without
 * `O_NOFOLLOW`) is left to `readSource`, which says why: `undefined`.
 */
function readWalkedFile(absolute: string, relative: string, maxBytes: number): ReadOutcome | undefined {
  if (WALKED_FILE_FLAGS === undefined) return undefined;
  let descriptor: number;
  try {
    descriptor = fs.openSync(absolute, WALKED_FILE_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = fs.readSync(descriptor, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return decode(bytes.subarray(0, length), relative);
  } catch {
    return undefined;
  } finally {
    fs.closeSync(descriptor);
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
    const text = UTF8.decode(bytes);
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
