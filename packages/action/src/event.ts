import { readFileSync } from "node:fs";

/** What the Action needs from the event that started the workflow. */
export interface EventContext {
  name: string;
  pullRequest?: {
    number?: number;
    base: { sha: string; ref?: string };
    head: { sha: string };
    /** Commits in the pull request, used to find where it forked when the base commit is missing. */
    commits?: number;
  };
  push?: { before: string; after: string };
  /** Why the payload could not be read, when it could not. */
  problem?: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The `before` of a push that created its branch. */
const ZERO_SHA = /^0+$/;

/** Reads `GITHUB_EVENT_PATH`; a missing or malformed payload is a problem to report, not a crash. */
export function readEvent(env: Readonly<Record<string, string | undefined>>): EventContext {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return { name };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { name, problem: `the event payload could not be read: ${(error as Error).message}` };
  }
  const context: EventContext = { name };
  const pullRequest = field(payload, "pull_request");
  if (pullRequest !== undefined) {
    const base = sha(field(field(pullRequest, "base"), "sha"));
    const head = sha(field(field(pullRequest, "head"), "sha"));
    if (base && head) {
      const commits = field(pullRequest, "commits");
      const number = field(pullRequest, "number");
      const ref = field(field(pullRequest, "base"), "ref");
      context.pullRequest = {
        ...(typeof number === "number" ? { number } : {}),
        base: { sha: base, ...(typeof ref === "string" ? { ref } : {}) },
        head: { sha: head },
        ...(typeof commits === "number" && Number.isInteger(commits) && commits > 0 ? { commits } : {}),
      };
    } else {
      context.problem = "the event payload's pull_request has no base.sha and head.sha";
    }
  }
  const before = sha(field(payload, "before"));
  const after = sha(field(payload, "after"));
  if (name === "push" && before && after && !ZERO_SHA.test(before)) context.push = { before, after };
  return context;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Only a full hexadecimal object name is passed on to git: never an option, a range or a ref. */
function sha(value: unknown): string | undefined {
  return typeof value === "string" && SHA.test(value) ? value : undefined;
}
