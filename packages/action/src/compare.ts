import { readCommitSources, scanSources, type ChangedLines, type Diagnostic, type Git, type Finding, type Rule, type ScanResult, type TollgateConfig } from "@tollgate/engine";

/** How the reported findings were chosen, for the log and the job summary. */
export type Comparison =
  | { mode: "all"; fallback?: string }
  | { mode: "new"; method: "base-scan"; base: string; existing: number }
  | { mode: "new"; method: "changed-lines"; from: string; fallback: string };

export interface Selection {
  findings: Finding[];
  diagnostics: Diagnostic[];
  comparison: Comparison;
}

export interface NewFindingsContext {
  git: Git | undefined;
  /** The commit to compare with: the pull request's base, or a push's `before`. */
  base: string;
  /** The commit the pull request proposes. */
  head: string;
  /** True when the head was scanned from git objects rather than the working tree. */
  headFromObjects: boolean;
  /** Blob ids of the head's files, when it was read from git objects. */
  headBlobs?: ReadonlyMap<string, string>;
  /** Commits in the pull request, to find its fork point when the base is missing. */
  commits?: number;
  paths: readonly string[];
  rules: readonly Rule[];
  /** The head's configuration, applied to the base too, so that both are judged by the same rules. */
  config?: TollgateConfig;
  root: string;
  log: (line: string) => void;
}

/**
 * Only what the head introduces. First choice: scan the base commit from git
 * objects and keep the head findings whose fingerprint (line-independent) the
 * base does not have, so moved code stays quiet and a change in one file that
 * makes another file's resource insecure is caught. When the base cannot be
 * scanned, the findings on lines the change touched; when git cannot even
 * say which lines those are, everything, and the summary says so.
 */
export async function selectNewFindings(head: ScanResult, context: NewFindingsContext): Promise<Selection> {
  const { git, log } = context;
  if (!git) return everything(head, "no git repository around the workspace, so there is no base to compare with");

  let baseProblem: string;
  if (git.ensureCommit(context.base, log)) {
    const base = readCommitSources(git, context.base, context.paths);
    if (base) {
      try {
        const baseResult = await scanSources(base.sources, { rules: context.rules, root: context.root, config: context.config });
        return compareWithBase(head, baseResult.findings, base.blobs, context);
      } catch (error) {
        baseProblem = `the base commit could not be scanned (${(error as Error).message})`;
      }
    } else {
      baseProblem = "the base commit's files could not be read";
    }
  } else {
    baseProblem = `the base commit ${context.base.slice(0, 12)} is not in the clone and could not be fetched`;
  }

  const from = git.hasCommit(context.base)
    ? git.mergeBase(context.base, context.headFromObjects ? context.head : "HEAD")
    : context.commits && git.hasCommit(context.head)
      ? git.ancestor(context.head, context.commits)
      : undefined;
  const changed = from ? git.changedLines(from, context.headFromObjects ? context.head : undefined) : undefined;
  if (!from || !changed) {
    return everything(head, `${baseProblem}, and the lines the change touched are unknown (fetch more history with actions/checkout's fetch-depth)`);
  }
  const fallback = `${baseProblem}; reporting the findings on lines changed since ${from.slice(0, 12)} instead`;
  return {
    findings: head.findings.filter((finding) => touches(finding, changed.get(finding.location.file))),
    diagnostics: head.diagnostics.filter((diagnostic) => {
      const file = diagnostic.range?.file ?? diagnostic.file;
      return file === undefined || changed.has(file);
    }),
    comparison: { mode: "new", method: "changed-lines", from, fallback },
  };
}

function compareWithBase(
  head: ScanResult,
  baseFindings: readonly Finding[],
  baseBlobs: ReadonlyMap<string, string>,
  context: NewFindingsContext,
): Selection {
  // A multiset: two identical findings in the head and one in the base leave one new.
  const remaining = new Map<string, number>();
  for (const finding of baseFindings) remaining.set(finding.fingerprint, (remaining.get(finding.fingerprint) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const finding of head.findings) {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left > 0) remaining.set(finding.fingerprint, left - 1);
    else findings.push(finding);
  }

  // A file that failed to parse before the change is not the change's doing.
  const diagnosticFiles = [...new Set(head.diagnostics.map((d) => d.range?.file ?? d.file).filter((file): file is string => file !== undefined && file !== "-"))];
  const headBlobs = context.headBlobs ?? context.git?.hashFiles(diagnosticFiles.filter((file) => baseBlobs.has(file))) ?? new Map<string, string>();
  const unchanged = (file: string) => baseBlobs.has(file) && headBlobs.get(file) === baseBlobs.get(file);
  const diagnostics = head.diagnostics.filter((diagnostic) => {
    const file = diagnostic.range?.file ?? diagnostic.file;
    return file === undefined || !unchanged(file);
  });
  return {
    findings,
    diagnostics,
    comparison: { mode: "new", method: "base-scan", base: context.base, existing: head.findings.length - findings.length },
  };
}

function everything(head: ScanResult, fallback: string): Selection {
  return { findings: head.findings, diagnostics: head.diagnostics, comparison: { mode: "all", fallback } };
}

/** True when the finding's lines meet the changed lines. */
function touches(finding: Finding, changed: ChangedLines | undefined): boolean {
  if (changed === undefined) return false;
  if (changed === "all") return true;
  const { start, end } = finding.location;
  for (let line = start.line; line <= Math.max(start.line, end.line); line++) if (changed.has(line)) return true;
  return false;
}
