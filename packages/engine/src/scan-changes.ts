import ignore from "ignore";
import { changeScope, type ChangeScope } from "./discover/change-scope.js";
import { Git, type FileChange } from "./discover/git.js";
import { readBlobSources } from "./discover/git-sources.js";
import { resolveLimits } from "./limits.js";
import type { Diagnostic } from "./model/diagnostic.js";
import { scan, scanSources, type ScanOptions, type ScanOutcome } from "./scan.js";

/**
 * Scans of a change rather than of a tree, for pre-commit hooks and CI:
 * what is staged (read from git's index, so unstaged edits neither hide nor
 * invent findings), or what changed since a commit (read from the working
 * tree). Only the files the change needs are read (`changeScope`), and only
 * findings and input errors in the changed files and in the other files of
 * changed Terraform modules are reported. Paths are relative to the top of
 * the repository, as git prints them.
 */

export type ChangeSet = { staged: true } | { since: string };

export interface ChangeScanOptions extends Omit<ScanOptions, "paths" | "root" | "stdin" | "onProgress"> {
  /** A directory inside the repository. */
  cwd: string;
  changes: ChangeSet;
}

export interface ChangeScanOutcome extends ScanOutcome {
  /** The files reported on: the changed files and the other files of changed Terraform modules. */
  reported: string[];
  /** Every file read, those that give the reported ones their context included. */
  scanned: string[];
}

export type ChangeScanResult = { ok: true; outcome: ChangeScanOutcome } | { ok: false; error: string };

export async function scanChanges(options: ChangeScanOptions): Promise<ChangeScanResult> {
  const opened = Git.open(options.cwd);
  if (!opened) return { ok: false, error: "not inside a git repository (or git is not installed)" };
  // The whole repository is the workspace: a changed module's callers may lie anywhere in it.
  const git = opened.prefix ? Git.open(opened.top) : opened;
  if (!git) return { ok: false, error: "cannot open the repository's top directory" };
  const staged = "staged" in options.changes;

  let changes: FileChange[] | undefined;
  if ("since" in options.changes) {
    const commit = git.resolveCommit(options.changes.since);
    if (!commit) return { ok: false, error: `${options.changes.since}: not a commit of this repository` };
    changes = git.changesSince(commit);
  } else {
    changes = git.stagedChanges();
  }
  const index = staged ? git.listIndex() : undefined;
  const files = index ? index.map((file) => file.path) : git.listWorkingTree();
  if (!changes || !files) return { ok: false, error: "git could not list the changed files" };

  const excluded = options.exclude?.length ? ignore().add([...options.exclude]) : undefined;
  const kept = (file: string) => !excluded?.ignores(file);
  // Module calls only matter when a Terraform file changed: no need to search otherwise.
  const moduleSources = changes.some((change) => /\.(tf|tfvars)(\.json)?$/i.test(change.path)) ? git.localModuleSources(staged) : new Map<string, string[]>();
  if (!moduleSources) return { ok: false, error: "git could not search the Terraform files for module calls" };
  const scope = changeScope({ changes: changes.filter((change) => kept(change.path)), files: files.filter(kept), moduleSources });

  const shared = { ...options, root: git.top };
  let outcome: ScanOutcome;
  if (index) {
    const wanted = new Set(scope.scan);
    const read = readBlobSources(git, index.filter((file) => wanted.has(file.path)), resolveLimits(options.limits).maxFileBytes);
    if (!read) return { ok: false, error: "git could not read the staged files" };
    outcome = await scanSources(read.sources, shared);
  } else {
    outcome = await scan({ ...shared, paths: scope.scan, cwd: git.top });
  }
  return { ok: true, outcome: restrictTo(outcome, scope) };
}

/** Findings and diagnostics of the reported files only; the rest of what was read is context. */
function restrictTo(outcome: ScanOutcome, scope: ChangeScope): ChangeScanOutcome {
  const reported = new Set(scope.report);
  const inScope = (file: string | undefined) => file === undefined || reported.has(file);
  const diagnostics = outcome.diagnostics.filter(
    // A YAML or JSON file that is neither a manifest nor a workflow is not ours: as in a directory scan, nothing to say.
    (diagnostic: Diagnostic) => diagnostic.code !== "unrecognised-file" && inScope(diagnostic.range?.file ?? diagnostic.file),
  );
  return {
    ...outcome,
    findings: outcome.findings.filter((finding) => reported.has(finding.location.file)),
    diagnostics,
    reported: scope.report,
    scanned: scope.scan,
  };
}
