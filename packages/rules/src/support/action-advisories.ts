/**
 * An offline list of action versions with a known problem, kept in the
 * repository so that scans need no network. Versions compare numerically;
 * a tag that names only a major (`v2`) may point at a fixed release and is
 * matched only when the whole major is affected.
 */

export interface ActionAdvisory {
  /** `owner/repo` or `owner/repo/path`, lowercased. */
  action: string;
  id: string;
  summary: string;
  /** First fixed version; every version below it is affected. */
  fixed?: string;
  /** Tags that were affected regardless of numbering (a moved major tag). */
  tags?: readonly string[];
  /** Commits known to hold the malicious code. */
  commits?: readonly string[];
}

/**
 * Actions whose tags were moved to malicious code (March 2025). Every tag of
 * tj-actions/changed-files up to 45.0.7 was repointed to a commit that dumped
 * the runner's secrets into the logs; 46.0.1 is the first safe release.
 * reviewdog/action-setup@v1 was compromised the same week, and the reviewdog
 * actions below pulled it in until their listed releases.
 */
export const COMPROMISED_ACTIONS: readonly ActionAdvisory[] = [
  {
    action: "tj-actions/changed-files",
    id: "CVE-2025-30066 (GHSA-mrrh-fwg8-r2c3)",
    summary: "tags up to v45.0.7 were repointed to a commit that printed the runner's secrets to the workflow log",
    fixed: "46.0.1",
    commits: ["0e58ed8671d6b60d0890c21b07f8835ace038e67"],
  },
  {
    action: "reviewdog/action-setup",
    id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)",
    summary: "the v1 tag pointed to a commit that printed the runner's secrets to the workflow log",
    tags: ["v1"],
    commits: ["f0d342d24037bb11d26b9bd8496e0808ba32e9ec"],
  },
  { action: "reviewdog/action-shellcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.29.2" },
  { action: "reviewdog/action-composite-template", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "0.20.2" },
  { action: "reviewdog/action-staticcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-ast-grep", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-typos", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.17.2" },
];

/** Published vulnerabilities in actions and reusable workflows (not compromises). */
export const VULNERABLE_ACTIONS: readonly ActionAdvisory[] = [
  {
    action: "kartverket/github-workflows/.github/workflows/run-terraform.yml",
    id: "CVE-2022-39326 (GHSA-f9qj-7gh3-mhj4)",
    summary: "a pull request could run arbitrary code through terraform plan",
    fixed: "2.7.5",
  },
];

/** `v2.7.1` → [2, 7, 1]; undefined when the ref is not a version. */
export function versionOf(ref: string): number[] | undefined {
  const match = /^v?(\d+(?:\.\d+){0,2})$/i.exec(ref.trim());
  return match ? match[1]!.split(".").map(Number) : undefined;
}

/**
 * Whether every release a version ref can name is below `fixed`: `v2.2`
 * (any 2.2.x) is below 2.7.5; `v2` (which may be 2.7.5 or later) is not.
 */
export function allBelow(ref: string, fixed: string): boolean {
  const version = versionOf(ref);
  const bound = versionOf(fixed);
  if (!version || !bound) return false;
  for (let index = 0; index < 3; index++) {
    const part = version[index] ?? Number.POSITIVE_INFINITY;
    const limit = bound[index] ?? 0;
    if (part < limit) return true;
    if (part > limit) return false;
  }
  return false;
}

/** The advisory of `list` that `action@ref` falls under, if any. */
export function advisoryFor(list: readonly ActionAdvisory[], action: string, ref: string | undefined): ActionAdvisory | undefined {
  if (ref === undefined) return undefined;
  const name = action.toLowerCase();
  return list.find(
    (advisory) =>
      advisory.action === name &&
      (advisory.tags?.some((tag) => tag.toLowerCase() === ref.toLowerCase()) ||
        advisory.commits?.includes(ref.toLowerCase()) ||
        (advisory.fixed !== undefined && allBelow(ref, advisory.fixed))),
  );
}
