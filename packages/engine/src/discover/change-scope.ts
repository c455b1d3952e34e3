import path from "node:path";
import type { FileChange } from "./git.js";
import { isScannable } from "./git-sources.js";

/**
 * Which files a scan of a change must read, and which of them it reports on.
 *
 * A changed file is rarely understood alone. A Terraform module is all the
 * files of its directory: a staged `terraform.tfvars` that turns encryption
 * off makes a finding appear on a `.tf` line beside it, and deleting the file
 * that held a bucket's encryption resource leaves the bucket unencrypted. A
 * module is evaluated as its callers call it, so the local modules that call
 * a changed one are read too (up to the root modules), with every local
 * module those call: evaluated alone, a module's defaults could raise
 * findings its callers override. Findings are reported only in the changed
 * files and in the other files of changed Terraform modules.
 *
 * Kubernetes manifests and workflows are read with the other manifests and
 * workflows of their directory: rules about what a Service selects or a
 * namespace lacks need the objects that usually sit beside it.
 */

export interface ChangeScope {
  /** Files to read: the changed ones and what they need to be understood, sorted. */
  scan: string[];
  /** Files whose findings and input errors are reported, sorted. */
  report: string[];
}

export interface ChangeScopeInput {
  changes: readonly FileChange[];
  /** Every file of the tree being scanned (the index or the working tree), relative to the workspace. */
  files: readonly string[];
  /** Local module calls: the directory of the calling files to the `source` paths they give (`./modules/db`), unresolved. */
  moduleSources: ReadonlyMap<string, readonly string[]>;
}

const TERRAFORM_ENDINGS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];

/** A file of a Terraform module directory: configuration or variable values. */
export function isTerraformFile(file: string): boolean {
  const lower = file.toLowerCase();
  return TERRAFORM_ENDINGS.some((ending) => lower.endsWith(ending));
}

export function changeScope(input: ChangeScopeInput): ChangeScope {
  const byDirectory = new Map<string, string[]>();
  for (const file of input.files) {
    if (!isScannable(file)) continue;
    const directory = path.posix.dirname(file);
    const group = byDirectory.get(directory);
    if (group) group.push(file);
    else byDirectory.set(directory, [file]);
  }
  const present = new Set(input.files);
  const terraformIn = (directory: string) => (byDirectory.get(directory) ?? []).filter(isTerraformFile);

  const report = new Set<string>();
  const scan = new Set<string>();
  const touchedModules = new Set<string>();
  for (const change of input.changes) {
    if (!isScannable(change.path)) continue;
    const directory = path.posix.dirname(change.path);
    if (isTerraformFile(change.path)) {
      touchedModules.add(directory);
    } else if (!change.deleted && present.has(change.path)) {
      report.add(change.path);
      for (const sibling of byDirectory.get(directory) ?? []) if (!isTerraformFile(sibling)) scan.add(sibling);
    }
  }
  for (const directory of touchedModules) for (const file of terraformIn(directory)) report.add(file);

  const calls = new Map<string, Set<string>>();
  const callers = new Map<string, Set<string>>();
  for (const [caller, sources] of input.moduleSources) {
    for (const source of sources) {
      const called = resolveModuleSource(caller, source);
      if (called === undefined || called === caller) continue;
      addTo(calls, caller, called);
      addTo(callers, called, caller);
    }
  }
  const callingChain = closure(touchedModules, callers);
  const modules = closure(callingChain, calls);
  for (const directory of modules) for (const file of terraformIn(directory)) scan.add(file);
  for (const file of report) scan.add(file);

  return { scan: [...scan].sort(compareText), report: [...report].sort(compareText) };
}

/** `./x`, `../x` relative to the calling directory; undefined for anything that is not a local path, or that leaves the workspace. */
export function resolveModuleSource(caller: string, source: string): string | undefined {
  if (!source.startsWith("./") && !source.startsWith("../")) return undefined;
  // `./modules/app//nested`: the part after `//` is a directory inside the package.
  const joined = path.posix.normalize(path.posix.join(caller, source.replace(/\/\/+/g, "/"))).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../")) return undefined;
  return joined === "" ? "." : joined;
}

/** `start` and everything reachable from it along `edges`. */
function closure(start: Iterable<string>, edges: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const reached = new Set(start);
  const queue = [...reached];
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    for (const next of edges.get(item) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
