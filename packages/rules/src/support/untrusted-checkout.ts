import { expressionsAt, getPath, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { commandPattern, runScript, stepsOf, usesAction, usesLocalAction } from "./workflow.js";

/**
 * Where a privileged workflow fetches code an outsider wrote: the head of a
 * pull request, or of the run that triggered a `workflow_run`.
 */
export interface UntrustedCheckout {
  /** The attribute that selects the untrusted code (`with.ref`, `run`). */
  at: AttributePath;
  /** What is fetched, for messages: `github.event.pull_request.head.sha`. */
  what: string;
}

/** Reads `github['head_ref']` as `github.head_ref`. */
function normalise(expression: string): string {
  return expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
}

/**
 * Contexts and values that name the pull request's own commits rather than
 * the base branch: its head SHA or branch, its merge commit, `refs/pull/…`,
 * the head of a triggering workflow run, or a step output named after them.
 */
const HEAD_REFERENCE =
  /github\.head_ref\b|\.head\.(?:sha|ref)\b|\bhead_(?:sha|ref|branch)\b|\.merge_commit_sha\b|workflow_run\.head_commit\.id\b|\boutputs\.[\w-]*(?:head|pr)[_-]?(?:sha|ref|branch|commit)\b/i;
const HEAD_REPOSITORY = /\.head\.repo\.full_name\b|workflow_run\.head_repository\.full_name\b|\boutputs\.[\w-]*head[_-]?repo[\w-]*\b/i;

function headReferenceIn(step: Resource, path: AttributePath): string | undefined {
  const value = getPath(step.attributes, path);
  if (typeof value !== "string") return undefined;
  for (const { expression } of expressionsAt(step, path)) {
    const normalised = normalise(expression);
    const match = HEAD_REFERENCE.exec(normalised) ?? (path[path.length - 1] === "repository" ? HEAD_REPOSITORY.exec(normalised) : null);
    if (match) return `\${{ ${expression} }}`;
  }
  if (/\brefs\/pull\/(?:\$\{\{[^}]*\}\}|[^/\s]+)\/(?:head|merge)\b/.test(value)) return value;
  return undefined;
}

const GH_PR_CHECKOUT = commandPattern(String.raw`gh\s+pr\s+checkout\b`);
const GIT_FETCH_PULL = commandPattern(String.raw`git\s+(?:fetch|pull)\b[^\n]*\bpull\/(?:\$\{\{[^}]*\}\}|[^\s/]+)\/(?:head|merge)\b`);
const GIT_SWITCH_HEAD = commandPattern(String.raw`git\s+(?:checkout|switch|fetch|pull)\b[^\n]*\$\{\{[^}]*(?:head_ref|head\.ref|head\.sha|head_sha|head_branch)`);

/** Whether this step fetches untrusted pull request code into the workspace. */
export function untrustedCheckout(step: Resource): UntrustedCheckout | undefined {
  if (usesAction(step, "actions/checkout")) {
    for (const input of ["ref", "repository"]) {
      const what = headReferenceIn(step, ["with", input]);
      if (what) return { at: ["with", input], what };
    }
    return undefined;
  }
  const script = runScript(step);
  if (script === undefined) return undefined;
  if (GH_PR_CHECKOUT.test(script)) return { at: ["run"], what: "gh pr checkout" };
  if (GIT_FETCH_PULL.test(script)) return { at: ["run"], what: "git fetch of refs/pull/…" };
  if (GIT_SWITCH_HEAD.test(script)) return { at: ["run"], what: "git checkout of the pull request head" };
  return undefined;
}

/** The first step of a job that fetches untrusted code, and its index. */
export function firstUntrustedCheckout(job: Resource, graph: ResourceGraph): { step: Resource; index: number; checkout: UntrustedCheckout } | undefined {
  const steps = stepsOf(job, graph);
  for (const [index, step] of steps.entries()) {
    const checkout = untrustedCheckout(step);
    if (checkout) return { step, index, checkout };
  }
  return undefined;
}

/**
 * Commands that run code from the working tree: package manager scripts and
 * install hooks, build files, test runners, repository scripts.
 */
const WORKSPACE_CODE: ReadonlyArray<[RegExp, string]> = [
  [commandPattern(String.raw`(?:npm|pnpm)\s+(?:install|i|ci|run|run-script|test|t|build|start|exec|rebuild|pack|publish)\b`), "npm/pnpm"],
  [commandPattern(String.raw`yarn(?:\s+(?:install|run|test|build|start|exec)\b|\s*$)`), "yarn"],
  [commandPattern(String.raw`(?:npx|bunx|bun\s+(?:install|run|test|x))\b`), "npx/bun"],
  [commandPattern(String.raw`(?:make|cmake|ninja|bazel|bazelisk)\b`), "make"],
  [commandPattern(String.raw`(?:\.\/gradlew|gradle|\.\/mvnw|mvn|ant|sbt)\b`), "a JVM build"],
  [commandPattern(String.raw`(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b[^\n]*(?:\s-e\s|\s--editable\b|\s-r\s|\s\.(?:\[[^\]]*\])?(?:\s|$)|requirements)`), "pip install"],
  [commandPattern(String.raw`(?:python3?\s+(?:setup\.py|-m\s+(?:pytest|tox|nox|build|unittest))|pytest|tox|nox|poetry\s+(?:install|run|build)|pipenv\s+(?:install|run)|uv\s+(?:sync|run|build)|hatch\s+(?:run|build)|pdm\s+(?:install|run))\b`), "a Python build or test run"],
  [commandPattern(String.raw`go\s+(?:build|test|run|generate|install|vet)\b`), "go"],
  [commandPattern(String.raw`cargo\s+(?:build|test|run|check|clippy|bench|install\s+--path)\b`), "cargo"],
  [commandPattern(String.raw`(?:bundle\s+(?:install|exec)|rake|composer\s+(?:install|update|run)|dotnet\s+(?:build|test|run|restore|pack)|mix\s+(?:deps\.get|compile|test)|swift\s+(?:build|test)|deno\s+(?:run|task|test))\b`), "a build tool"],
  [commandPattern(String.raw`pre-commit\s+run\b`), "pre-commit"],
  [commandPattern(String.raw`docker\s+(?:buildx\s+)?(?:build|compose)\b|docker-compose\b`), "docker build"],
  [commandPattern(String.raw`(?:\.\/[\w.\/-]+|(?:ba|z)?sh\s+(?!-c\b)[\w.\/-]+\.sh\b|source\s+[\w.\/-]+|\.\s+[\w.\/-]+\.sh\b|node\s+(?!-e\b)[\w.\/-]+\.[cm]?js\b)`), "a script from the repository"],
];

/** What a step runs from the checked-out tree, for messages; undefined when it runs none. */
export function workspaceCodeRun(step: Resource): string | undefined {
  if (usesLocalAction(step)) return `the local action ${String(step.attributes.uses)}`;
  const script = runScript(step);
  if (script === undefined) return undefined;
  for (const [pattern, what] of WORKSPACE_CODE) {
    const match = pattern.exec(script);
    if (match) return `\`${match[0].replace(/^[\s;&|(]+/, "").trim()}\` (${what})`;
  }
  return undefined;
}

/**
 * Whether an `issue_comment` job only runs for trusted commenters: an `if:`
 * on the job or step that checks `author_association` or the commenter,
 * or an earlier step that checks the commenter's permission.
 */
export function commenterChecked(job: Resource, step: Resource, graph: ResourceGraph): boolean {
  const guard = /author_association|comment\.user\.login|github\.actor\b|github\.triggering_actor\b/i;
  if (typeof job.attributes.if === "string" && guard.test(job.attributes.if)) return true;
  for (const candidate of stepsOf(job, graph)) {
    if (typeof candidate.attributes.if === "string" && guard.test(candidate.attributes.if)) return true;
    if (
      usesAction(
        candidate,
        "actions-cool/check-user-permission",
        "prince-chrismc/check-actor-permissions-action",
        "sushichop/action-repository-permission",
        "lannonbr/repo-permission-check-action",
        "xt0rted/slash-command-action",
        "peter-evans/slash-command-dispatch",
        "skjnldsv/check-actor-permission",
      )
    )
      return true;
    const script = runScript(candidate);
    if (script && /collaborators\/[^\s/]+\/permission|getCollaboratorPermissionLevel|author_association/i.test(script)) return true;
    const code = getPath(candidate.attributes, ["with", "script"]);
    if (typeof code === "string" && /getCollaboratorPermissionLevel|author_association|collaborators\/[^\s/]+\/permission/i.test(code)) return true;
    if (candidate === step) break;
  }
  return false;
}
