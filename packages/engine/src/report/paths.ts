import path from "node:path";

/**
 * Reports are committed, uploaded and diffed: they name files relative to the
 * scan root with forward slashes, and never leak the machine's own paths.
 */

/** `file` relative to `root` with forward slashes; already-relative paths only lose a leading `./`. */
export function relativeFile(file: string, root: string): string {
  let relative = file;
  if (path.isAbsolute(file) && root) {
    const fromRoot = path.relative(root, file);
    // A file outside the root keeps its own name rather than a `../../` chain.
    relative = fromRoot.startsWith("..") || path.isAbsolute(fromRoot) ? path.basename(file) : fromRoot;
  }
  return relative.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

/**
 * Removes the scan root from free text such as an I/O error message:
 * `open '/home/me/repo/main.tf'` becomes `open 'main.tf'`.
 */
export function withoutRoot(text: string, root: string): string {
  let result = text;
  for (const { form, pattern } of rootForms(root)) {
    // Every match starts with the root's text: most messages hold none, and skip the pattern.
    if (!result.includes(form)) continue;
    // The root followed by a separator is dropped; the root on its own becomes `.`;
    // a longer name that merely starts with the root (`/repo2`) is left alone.
    result = result.replace(pattern, (match) => (match.length > form.length ? "" : "."));
  }
  return result;
}

/** The root as written and with forward slashes, each with its pattern; built once per root, as reporters call per message. */
let lastRoot: { root: string; forms: ReadonlyArray<{ form: string; pattern: RegExp }> } | undefined;

function rootForms(root: string): ReadonlyArray<{ form: string; pattern: RegExp }> {
  if (lastRoot?.root === root) return lastRoot.forms;
  const trimmed = root.replace(/[\\/]+$/, "");
  // An empty or filesystem root would match every separator; nothing useful to hide.
  const forms =
    trimmed.length < 2 || !path.isAbsolute(root)
      ? []
      : [...new Set([trimmed, trimmed.replace(/\\/g, "/")])].map((form) => ({ form, pattern: new RegExp(`${escapeRegExp(form)}(?:[\\\\/]|(?![\\w-]|\\.\\w))`, "g") }));
  lastRoot = { root, forms };
  return forms;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
