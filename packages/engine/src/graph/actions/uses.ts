/** How a `uses:` ref is pinned: only a full commit SHA is immutable. */
export type RefKind = "sha" | "tag-or-branch" | "none";

/** What a step's or job's `uses:` names. Local paths are relative to the repository root, without `./`. */
export type ParsedUses =
  | { kind: "repository"; owner: string; repo: string; path?: string; ref?: string; refKind: RefKind }
  | { kind: "local"; path: string }
  | { kind: "docker"; image: string; tag?: string; digest?: string }
  | { kind: "reusable-workflow"; owner: string; repo: string; path: string; ref?: string; refKind: RefKind }
  | { kind: "local-reusable-workflow"; path: string }
  /** Names nothing GitHub would run (`checkout@v4`, an empty value); a variant, so callers need no undefined check. */
  | { kind: "invalid"; value: string };

const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Reusable workflows must sit directly in `.github/workflows/`. */
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

export function refKindOf(ref: string | undefined): RefKind {
  if (ref === undefined || ref === "") return "none";
  return FULL_SHA.test(ref) ? "sha" : "tag-or-branch";
}

/**
 * Parses `actions/checkout@v4`, `owner/repo/path@sha`, `./local/action`,
 * `docker://image:tag@sha256:…`, `owner/repo/.github/workflows/x.yml@ref`
 * and `./.github/workflows/x.yml`; `invalid` when the value is none of these.
 */
export function parseUses(value: string): ParsedUses {
  let parsed = parsedByValue.get(value);
  if (!parsed) {
    // Frozen: one parse is handed to every caller that asks about the same value.
    parsed = Object.freeze(parse(value));
    if (parsedByValue.size >= MAX_PARSED) parsedByValue.clear();
    parsedByValue.set(value, parsed);
  }
  return parsed;
}

/** Values parsed so far: every rule about steps asks about the same few `uses:` values. */
const parsedByValue = new Map<string, ParsedUses>();
const MAX_PARSED = 4096;

function parse(value: string): ParsedUses {
  const uses = value.trim();
  const invalid: ParsedUses = { kind: "invalid", value };
  if (uses === "") return invalid;
  if (uses.startsWith("docker://")) return parseDocker(uses.slice("docker://".length)) ?? invalid;
  if (uses.startsWith("./") || uses === ".") {
    const path = normaliseLocalPath(uses);
    return WORKFLOW_PATH.test(path) ? { kind: "local-reusable-workflow", path } : { kind: "local", path };
  }

  const at = uses.indexOf("@");
  const target = at === -1 ? uses : uses.slice(0, at);
  const ref = at === -1 ? undefined : uses.slice(at + 1);
  const [owner, repo, ...rest] = target.split("/");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo)) return invalid;
  const path = rest.filter((segment) => segment !== "").join("/");
  const refKind = refKindOf(ref);
  const pinned = ref !== undefined && ref !== "";
  // Each shape spelled out: spreads followed by more properties take V8's slow path, and rules parse often.
  if (WORKFLOW_PATH.test(path)) return pinned ? { kind: "reusable-workflow", owner, repo, path, ref, refKind } : { kind: "reusable-workflow", owner, repo, path, refKind };
  if (path) return pinned ? { kind: "repository", owner, repo, path, ref, refKind } : { kind: "repository", owner, repo, path, refKind };
  return pinned ? { kind: "repository", owner, repo, ref, refKind } : { kind: "repository", owner, repo, refKind };
}

/** `ghcr.io:443/org/img:1.2@sha256:…`: the tag is after the last colon of the last path segment. */
function parseDocker(reference: string): ParsedUses | undefined {
  const at = reference.indexOf("@");
  const digest = at === -1 ? undefined : reference.slice(at + 1);
  const named = at === -1 ? reference : reference.slice(0, at);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.indexOf(":", lastSlash + 1);
  const image = colon === -1 ? named : named.slice(0, colon);
  const tag = colon === -1 ? undefined : named.slice(colon + 1);
  if (image === "") return undefined;
  const parsed: Extract<ParsedUses, { kind: "docker" }> = { kind: "docker", image };
  if (tag) parsed.tag = tag;
  if (digest) parsed.digest = digest;
  return parsed;
}

/** `./a/./b/` → `a/b`; `.` and `./` → `` (the repository root). */
function normaliseLocalPath(uses: string): string {
  const segments: string[] = [];
  for (const segment of uses.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
