import { classify, isCandidate } from "@tollgate/engine";
import type { Git } from "./git.js";

export interface CommitSources {
  /** The files Tollgate would read, in memory, for `scanSources`. */
  sources: Array<{ path: string; text: string }>;
  /** Blob id of every candidate file, readable or not, by workspace path. */
  blobs: Map<string, string>;
}

/** Directories discovery never enters. */
const NEVER_SCANNED = new Set(["node_modules", ".git", ".terraform"]);
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The files of a commit that a scan of `paths` in a checkout of it would
 * read, taken from git's objects: nothing is checked out, nothing written.
 * The same name and content rules as discovery decide what is ours.
 */
export function readCommitSources(git: Git, commit: string, paths: readonly string[]): CommitSources | undefined {
  const listed = git.listFiles(commit);
  if (!listed) return undefined;
  const candidates = listed.filter(
    (file) => isUnder(file.path, paths) && isCandidate(file.path) && !file.path.split("/").some((part) => NEVER_SCANNED.has(part)),
  );
  const contents = git.readBlobs([...new Set(candidates.map((file) => file.blob))]);
  if (!contents) return undefined;
  const sources: CommitSources["sources"] = [];
  for (const file of candidates) {
    const bytes = contents.get(file.blob);
    if (!bytes || bytes.length > MAX_FILE_BYTES) continue;
    const text = decode(bytes);
    if (text !== undefined && classify(file.path, text)) sources.push({ path: file.path, text });
  }
  sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sources, blobs: new Map(candidates.map((file) => [file.path, file.blob])) };
}

export function isUnder(file: string, paths: readonly string[]): boolean {
  return paths.some((entry) => entry === "." || file === entry || file.startsWith(`${entry}/`));
}

/** Discovery's decoding: UTF-8 with or without BOM, UTF-16 with BOM; binary content is not ours. */
function decode(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
