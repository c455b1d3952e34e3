import { promises as fs } from "node:fs";
import path from "node:path";

/** Names looked for in the scanned directory and its parents, in this order. */
export const CONFIG_FILE_NAMES = ["tollgate.yaml", "tollgate.yml"] as const;

/**
 * The configuration that applies to a scan of `start`: the first
 * `tollgate.yaml` in it or a parent, stopping at the repository's top (the
 * directory holding `.git`) so that a stray file above the repository is not used.
 */
export async function findConfigFile(start: string): Promise<string | undefined> {
  let directory = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = path.dirname(directory);
    if (parent === directory || (await exists(path.join(directory, ".git")))) return undefined;
    directory = parent;
  }
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then((stat) => stat.isFile(), () => false);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}
