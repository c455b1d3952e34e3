import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import { isObject, isUnknown, type Value } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { policyDocumentAt } from "./policy-document.js";

/** The issuer of GitHub Actions OIDC tokens; its IAM identity provider ends with this host. */
export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
const SUBJECT_KEY = `${GITHUB_OIDC_HOST}:sub`;

/** The broadest kind of token a trust statement accepts, from its `sub` condition. */
export type GitHubSubjectScope =
  /** No `sub` condition, or a wildcard owner: any workflow of any repository on GitHub. */
  | "any-repository"
  /** `repo:org/*`: any workflow of any repository of the owner. */
  | "any-repository-of-owner"
  /** `repo:org/repo:*`: any branch, tag, pull request or environment of the repository. */
  | "any-ref"
  /** `repo:org/repo:ref:refs/heads/*`: any branch, which anyone with write access can push. */
  | "any-branch"
  /** Exactly the repository's `pull_request` runs. */
  | "pull-requests"
  /** Named branches, tags or environments. */
  | "specific";

/** Who can present a token that a trust statement accepts. */
export interface GitHubSubjectReach {
  anyRepository: boolean;
  anyRepositoryOfOwner: boolean;
  /** A branch of the repository with a new, unprotected name. */
  anyBranch: boolean;
  /** A run of the `pull_request` event (subject `repo:org/repo:pull_request`). */
  pullRequests: boolean;
}

export interface GitHubOidcTrust {
  /** Where the trusting statement is written: the role's `assume_role_policy`, or a policy document data source. */
  resource: Resource;
  at: AttributePath;
  /** The `sub` patterns the statement accepts, as written; empty when it has no `sub` condition. */
  subjects: string[];
  reach: GitHubSubjectReach;
  scope: GitHubSubjectScope;
}

/**
 * The statements of a role's trust policy that let GitHub Actions workflows
 * assume it with an OIDC token, each with the subjects it accepts. A
 * statement whose principal or `sub` condition is not known statically is
 * left out: the role may be safe, and rules must not guess.
 */
export function githubOidcTrust(graph: ResourceGraph, role: Resource): GitHubOidcTrust[] {
  // Several rules ask about every role: read once while the graph and the role's attributes stay the same.
  let cache = trustsByGraph.get(graph);
  if (!cache || cache.revision !== graph.revision) trustsByGraph.set(graph, (cache = { revision: graph.revision, byRole: new WeakMap() }));
  let known = cache.byRole.get(role);
  if (!known || known.attributes !== role.attributes) cache.byRole.set(role, (known = { attributes: role.attributes, trusts: readTrusts(graph, role) }));
  return [...known.trusts];
}

const trustsByGraph = new WeakMap<ResourceGraph, { revision: number; byRole: WeakMap<Resource, { attributes: Resource["attributes"]; trusts: readonly GitHubOidcTrust[] }> }>();

function readTrusts(graph: ResourceGraph, role: Resource): GitHubOidcTrust[] {
  const policy = policyDocumentAt(graph, role, ["assume_role_policy"]);
  if (!policy) return [];
  const raw = policy.document.Statement;
  const statements = Array.isArray(raw) ? raw : [raw];
  const trusts: GitHubOidcTrust[] = [];
  statements.forEach((statement, index) => {
    if (!isObject(statement) || statement.Effect !== "Allow") return;
    if (!allowsWebIdentity(statement.Action) || !trustsGitHub(statement.Principal, statement.Condition)) return;
    const subjects = subjectConstraints(statement.Condition);
    if (!subjects) return;
    const { reach, pullRequestsByWildcard } = reachOf(subjects);
    const scope = scopeOf(reach, pullRequestsByWildcard);
    trusts.push(Object.freeze({ resource: policy.resource, at: policy.statementAt(index), subjects: subjects.flatMap((constraint) => constraint.patterns), reach, scope }));
  });
  return trusts;
}

/** The broadest reach over several statements: any one of them is enough to assume the role. */
export function broadestTrust(trusts: readonly GitHubOidcTrust[]): GitHubOidcTrust | undefined {
  const order: GitHubSubjectScope[] = ["any-repository", "any-repository-of-owner", "any-ref", "any-branch", "pull-requests", "specific"];
  return [...trusts].sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope))[0];
}

function allowsWebIdentity(action: Value | undefined): boolean {
  const actions = Array.isArray(action) ? action : [action];
  return actions.some((item) => typeof item === "string" && /^(\*|sts:\*|sts:AssumeRoleWithWebIdentity)$/i.test(item));
}

/** A federated principal naming GitHub's provider, or (when the provider ARN is computed) conditions on GitHub's claims. */
function trustsGitHub(principal: Value | undefined, condition: Value | undefined): boolean {
  if (!isObject(principal)) return false;
  const federated = principal.Federated;
  const values = Array.isArray(federated) ? federated : [federated];
  if (values.some((value) => typeof value === "string" && value.toLowerCase().endsWith(GITHUB_OIDC_HOST))) return true;
  if (!values.some(isUnknown) || !isObject(condition)) return false;
  return Object.values(condition).some((keys) => isObject(keys) && Object.keys(keys).some((key) => key.toLowerCase().startsWith(`${GITHUB_OIDC_HOST}:`)));
}

interface SubjectConstraint {
  /** `StringLike` treats `*` and `?` as wildcards; `StringEquals` compares text. */
  wildcards: boolean;
  patterns: string[];
}

/**
 * The positive `sub` conditions of a statement (several operators are ANDed,
 * the values of one are ORed); undefined when any of them is unknown.
 * Negated operators (`StringNotLike`) exclude subjects but admit all others,
 * so they do not narrow who can assume the role.
 */
function subjectConstraints(condition: Value | undefined): SubjectConstraint[] | undefined {
  if (condition === undefined || condition === null) return [];
  if (!isObject(condition)) return undefined;
  const constraints: SubjectConstraint[] = [];
  for (const [operator, keys] of Object.entries(condition)) {
    const base = operator.replace(/^(ForAnyValue|ForAllValues):/i, "").replace(/IfExists$/i, "").toLowerCase();
    if (isUnknown(keys)) return undefined;
    if (!isObject(keys)) continue;
    for (const [key, values] of Object.entries(keys)) {
      if (key.toLowerCase() !== SUBJECT_KEY) continue;
      if (base !== "stringlike" && base !== "stringequals" && base !== "stringequalsignorecase") continue;
      const list = Array.isArray(values) ? values : [values];
      if (!list.every((value): value is string => typeof value === "string")) return undefined;
      constraints.push({ wildcards: base === "stringlike", patterns: list });
    }
  }
  return constraints;
}

/**
 * Probes the constraints with the subjects an attacker could obtain: a
 * token of their own repository (any owner, any name, any environment they
 * create), of another repository of the owner, of a new branch, of a pull
 * request. The probes keep what the patterns spell out and replace their
 * wildcards, so a wildcard owner is tried with someone else's repository of that name.
 */
function reachOf(constraints: readonly SubjectConstraint[]): { reach: GitHubSubjectReach; pullRequestsByWildcard: boolean } {
  if (constraints.length === 0) {
    return { reach: { anyRepository: true, anyRepositoryOfOwner: true, anyBranch: true, pullRequests: true }, pullRequestsByWildcard: true };
  }
  const { owner, repository } = namedRepository(constraints);
  const accepts = (subject: string) => constraints.every((constraint) => constraint.patterns.some((pattern) => subjectMatches(pattern, subject, constraint.wildcards)));
  const patterns = constraints.flatMap((constraint) => constraint.patterns.map(parseSubject));
  const anyRepository = patterns.some((pattern) => accepts(`repo:${PROBE_OWNER}/${pattern.repository}:${pattern.context}`));
  const anyRepositoryOfOwner = anyRepository || patterns.some((pattern) => accepts(`repo:${pattern.owner}/${PROBE_REPOSITORY}:${pattern.context}`));
  const pullRequest = `repo:${owner}/${repository}:pull_request`;
  return {
    reach: {
      anyRepository,
      anyRepositoryOfOwner,
      anyBranch: anyRepositoryOfOwner || accepts(`repo:${owner}/${repository}:ref:refs/heads/${PROBE_BRANCH}`),
      pullRequests: anyRepositoryOfOwner || accepts(pullRequest),
    },
    pullRequestsByWildcard: constraints.some(
      (constraint) => constraint.wildcards && constraint.patterns.some((pattern) => /[*?]/.test(pattern) && subjectMatches(pattern, pullRequest, true)),
    ),
  };
}

const PROBE_OWNER = "tollgate-probe-owner";
const PROBE_REPOSITORY = "tollgate-probe-repository";
const PROBE_BRANCH = "tollgate-probe-branch";

/** `repo:owner/name:context` with wildcards read as ordinary characters; parts a pattern leaves out are probes. */
function parseSubject(pattern: string): { owner: string; repository: string; context: string } {
  const literal = pattern.replace(/[*?]/g, "x");
  const match = /^repo:([^/:]*)\/([^:]*)(?::(.*))?$/i.exec(literal);
  if (!match) return { owner: PROBE_OWNER, repository: PROBE_REPOSITORY, context: `ref:refs/heads/${PROBE_BRANCH}` };
  return { owner: match[1], repository: match[2], context: match[3] ?? `ref:refs/heads/${PROBE_BRANCH}` };
}

function scopeOf(reach: GitHubSubjectReach, pullRequestsByWildcard: boolean): GitHubSubjectScope {
  if (reach.anyRepository) return "any-repository";
  if (reach.anyRepositoryOfOwner) return "any-repository-of-owner";
  if (reach.anyBranch && reach.pullRequests) return "any-ref";
  if (reach.anyBranch) return "any-branch";
  // `repo:org/repo:pull_request` written out is a choice; a wildcard that happens to admit pull requests is broader.
  if (reach.pullRequests) return pullRequestsByWildcard ? "any-ref" : "pull-requests";
  return "specific";
}

/** The first `repo:owner/name` the patterns spell out, with wildcards read as ordinary characters. */
function namedRepository(constraints: readonly SubjectConstraint[]): { owner: string; repository: string } {
  for (const constraint of constraints) {
    for (const pattern of constraint.patterns) {
      if (/^repo:[^/:]+\/[^:]+/i.test(pattern)) return parseSubject(pattern);
    }
  }
  return { owner: PROBE_OWNER, repository: PROBE_REPOSITORY };
}

/** IAM `StringLike`: `*` is any run of characters, `?` one character, case-sensitive. */
function subjectMatches(pattern: string, subject: string, wildcards: boolean): boolean {
  if (!wildcards) return pattern === subject;
  return likePattern(pattern).test(subject);
}

/** Patterns compiled so far: every rule about a role probes the same few patterns many times. */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 1024;

function likePattern(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const source = [...pattern].map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    compiled = new RegExp(`^${source}$`, "s");
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}
