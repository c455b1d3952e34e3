import { promises as fs } from "node:fs";

/** Tollgate's own inputs (configuration, custom rules, baselines) are small; anything larger is a mistake or an attack. */
export const MAX_OWN_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file Tollgate reads for itself: a regular file (never a device or a
 * FIFO, which would block or never end) of bounded size. Throws with a cause
 * fit for a diagnostic.
 */
export async function readOwnFile(file: string): Promise<string> {
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new Error("not a regular file");
  if (stat.size > MAX_OWN_FILE_BYTES) throw new Error(`${stat.size} bytes is more than the limit of ${MAX_OWN_FILE_BYTES}`);
  return fs.readFile(file, "utf8");
}
