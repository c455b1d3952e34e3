import { classify, isCandidate } from "./classify.js";
import type { Git } from "./git.js";

/**
 * Files taken from git's objects rather than from the disk: a commit's tree
 * (the Action's base and pull-request heads) or the index (a pre-commit scan
 * of what is staged). Nothing is checked out and nothing written; the same
 * name and content rules as discovery decide what is ours.
 */

export interface GitSources {
  /** The files Tollgate would read, in memory, for `scanSources`, sorted by path. */
  sources: Array<{ path: string; text: string }>;
  /** Blob id of every candidate file, readable or not, by workspace path. */
  blobs: Map<string, string>;
}

/** Directories discovery never enters. */
const NEVER_SCANNED = new Set(["node_modules", ".git", ".terraform"]);
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The files of a commit that a scan of `paths` in a checkout of it would read. */
export function readCommitSources(git: Git, commit: string, paths: readonly string[]): GitSources | undefined {
  const listed = git.listFiles(commit);
  if (!listed) return undefined;
  return readBlobSources(git, listed.filter((file) => isUnder(file.path, paths)));
}

/** The staged files among `wanted` (workspace paths), as the next commit would hold them. */
export function readIndexSources(git: Git, wanted: (path: string) => boolean, maxFileBytes = MAX_FILE_BYTES): GitSources | undefined {
  const listed = git.listIndex();
  if (!listed) return undefined;
  return readBlobSources(git, listed.filter((file) => wanted(file.path)), maxFileBytes);
}

/** Candidate files of a listing, read in one batch; unreadable, binary and oversized ones are left out. */
export function readBlobSources(git: Git, listed: ReadonlyArray<{ path: string; blob: string }>, maxFileBytes = MAX_FILE_BYTES): GitSources | undefined {
  const candidates = listed.filter((file) => isScannable(file.path));
  const contents = git.readBlobs([...new Set(candidates.map((file) => file.blob))]);
  if (!contents) return undefined;
  const sources: GitSources["sources"] = [];
  for (const file of candidates) {
    const bytes = contents.get(file.blob);
    if (!bytes || bytes.length > maxFileBytes) continue;
    const text = decodeSource(bytes);
    if (text !== undefined && classify(file.path, text)) sources.push({ path: file.path, text });
  }
  sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources, blobs: new Map(candidates.map((file) => [file.path, file.blob])) };
}

/** A name Tollgate reads, outside the directories discovery never enters. */
export function isScannable(file: string): boolean {
  return isCandidate(file) && !file.split("/").some((part) => NEVER_SCANNED.has(part));
}

export function isUnder(file: string, paths: readonly string[]): boolean {
  return paths.some((entry) => entry === "." || file === entry || file.startsWith(`${entry}/`));
}

/** Discovery's decoding: UTF-8 with or without BOM, UTF-16 with BOM; binary content is not ours. */
export function decodeSource(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
