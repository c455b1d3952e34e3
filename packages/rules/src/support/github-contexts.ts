/**
 * Contexts whose value anyone who can open an issue, comment, push a branch or
 * open a pull request controls. Patterns use `*` for one path segment.
 */
const ATTACKER_CONTROLLED = [
  "github.head_ref",
  "github.event.issue.title",
  "github.event.issue.body",
  "github.event.pull_request.title",
  "github.event.pull_request.body",
  "github.event.pull_request.head.ref",
  "github.event.pull_request.head.label",
  "github.event.pull_request.head.repo.default_branch",
  "github.event.pull_request.head.repo.description",
  "github.event.pull_request.head.repo.homepage",
  "github.event.comment.body",
  "github.event.review.body",
  "github.event.review_comment.body",
  "github.event.discussion.title",
  "github.event.discussion.body",
  "github.event.pages.*.page_name",
  "github.event.commits.*.message",
  "github.event.commits.*.author.email",
  "github.event.commits.*.author.name",
  "github.event.commits.*.committer.email",
  "github.event.commits.*.committer.name",
  "github.event.head_commit.message",
  "github.event.head_commit.author.email",
  "github.event.head_commit.author.name",
  "github.event.head_commit.committer.email",
  "github.event.head_commit.committer.name",
  "github.event.workflow_run.head_branch",
  "github.event.workflow_run.head_commit.message",
  "github.event.workflow_run.head_commit.author.email",
  "github.event.workflow_run.head_commit.author.name",
  "github.event.workflow_run.head_repository.description",
  "github.event.workflow_run.pull_requests.*.head.ref",
  "github.event.workflow_run.display_title",
  "github.event.merge_group.head_commit.message",
  "github.event.merge_group.head_commit.author.name",
  "github.event.merge_group.head_commit.author.email",
];

const PATTERNS = ATTACKER_CONTROLLED.map(
  (pattern) => new RegExp(`^${pattern.split(".").map((part) => (part === "*" ? "(?:[^.]+|\\*|\\[[^\\]]*\\])" : part.replace(/[$]/g, "\\$&"))).join("\\.")}$`, "i"),
);

/** Context references inside an expression: `github.event.issue.title`, `github.event['issue'].title`. */
function contextReferences(expression: string): string[] {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1").replace(/\[\s*(\*|\d+)\s*\]/g, ".$1");
  // A reference starts where a word does, or after the digits and dashes that open one: a later start in
  // the same word matches only if the first did, and trying each of them is quadratic in a long word.
  return normalised.match(/(?=[A-Za-z_])(?:(?<![\w-])|(?<=(?:^|[^\w-])[\d-]+))[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g) ?? [];
}

/** The attacker-controlled contexts an expression reads, in the order they appear. */
export function attackerControlledContexts(expression: string): string[] {
  return contextReferences(expression).filter((reference) => PATTERNS.some((pattern) => pattern.test(reference)) || isPrefixOfControlled(reference) || filterReachesControlled(reference));
}

/** An object filter such as `github.event.*.body` selects the issue, comment and review bodies. */
function filterReachesControlled(reference: string): boolean {
  if (!reference.includes("*")) return false;
  const filter = new RegExp(`^${reference.split(".").map((part) => (part === "*" ? "[^.]+" : part.replace(/[$]/g, "\\$&"))).join("\\.")}$`, "i");
  return ATTACKER_CONTROLLED.some((context) => filter.test(context));
}

/** `github.event.issue` or `github.event.pull_request` whole (toJSON of them) carries the title and body too. */
function isPrefixOfControlled(reference: string): boolean {
  return /^github\.event\.(issue|pull_request|comment|review|review_comment|discussion|head_commit|commits)$/i.test(reference);
}

/**
 * Whether an expression can only evaluate to true or false: one call to
 * `contains`, `startsWith` or `endsWith`, or one comparison. Such a value
 * cannot carry text into a script, whatever it reads. `a && b` and `a || b`
 * return one of their operands, so they are not boolean.
 */
export function yieldsBoolean(expression: string): boolean {
  const text = expression.trim().replace(/^!\s*/, "");
  const withoutStrings = text.replace(/'(?:[^']|'')*'/g, "''");
  if (/&&|\|\|/.test(withoutStrings)) return false;
  const call = /^(?:contains|startsWith|endsWith)\s*\(/i.exec(withoutStrings);
  if (call) {
    let depth = 0;
    for (let index = call[0].length - 1; index < withoutStrings.length; index++) {
      const char = withoutStrings[index];
      if (char === "(") depth++;
      else if (char === ")" && --depth === 0) return withoutStrings.slice(index + 1).trim() === "";
    }
    return false;
  }
  return /(?:==|!=|<=|>=|<|>)/.test(withoutStrings);
}
