import { readFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitAll, git, initRepository, repositoryRoot, runBundledAction, scratch, writeFiles, type ActionRun } from "./simulated-runner.js";

// Both packages are CommonJS with the class or plugin on `default` as well.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;
const ajv = new AjvDraft04({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(
  JSON.parse(readFileSync(path.join(repositoryRoot, "packages/engine/test/fixtures/sarif-schema-2.1.0.json"), "utf8")) as object,
);

/** The base: an old finding (an unencrypted EBS volume) that the pull request does not touch. */
const BASE_TERRAFORM = `resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}
`;

/** The head: a security group open to the internet, added above it, so the old finding moves down. */
const HEAD_TERRAFORM = `resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "SSH from anywhere"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

${BASE_TERRAFORM}`;

const NEW_RULE = "aws-security-group-sensitive-port-open";
const OLD_RULE = "aws-ebs-encryption-at-rest";

interface History {
  /** The repository everything is cloned from, with `feature` checked out. */
  origin: string;
  /** The commit the feature branch forked from. */
  fork: string;
  /** The base branch's tip when the pull request event fired: it moved on after the fork. */
  base: string;
  head: string;
}

const { directory, cleanUp } = scratch();
let history: History;

beforeAll(() => {
  const origin = path.join(directory, "origin");
  initRepository(origin);
  writeFiles(origin, { "infra/main.tf": BASE_TERRAFORM, "README.md": "# infra\n" });
  const fork = commitAll(origin, "EBS volume");
  git(origin, "checkout", "-q", "-b", "feature");
  writeFiles(origin, { "infra/main.tf": HEAD_TERRAFORM });
  const head = commitAll(origin, "SSH security group");
  git(origin, "checkout", "-q", "main");
  writeFiles(origin, { "README.md": "# infra\n\nMaintained by the platform team.\n" });
  const base = commitAll(origin, "Docs");
  git(origin, "checkout", "-q", "feature");
  history = { origin, fork, base, head };
});

afterAll(cleanUp);

function pullRequestPayload(overrides: { base?: string } = {}) {
  return {
    action: "synchronize",
    number: 7,
    pull_request: { number: 7, base: { sha: overrides.base ?? history.base, ref: "main" }, head: { sha: history.head, ref: "feature" }, commits: 1 },
  };
}

/** A clone as actions/checkout leaves it; `depth` makes it shallow. */
function clone(name: string, options: { branch?: string; depth?: number } = {}): string {
  const target = path.join(directory, name);
  const args = ["clone", "-q", "--branch", options.branch ?? "feature"];
  if (options.depth) args.push(`--depth=${options.depth}`);
  git(directory, ...args, `file://${history.origin}`, target);
  return target;
}

function rulesOf(run: ActionRun): string[] {
  return (run.sarif?.runs[0].results ?? []).map((result) => String(result.ruleId)).sort();
}

function expectValidSarif(run: ActionRun): void {
  expect(run.sarif).toBeDefined();
  const valid = validateSarif(run.sarif);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe.concurrent("pull_request, new mode (the default)", () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await runBundledAction({ workspace: clone("pr-new"), event: "pull_request", payload: pullRequestPayload(), inputs: { category: "terraform" } });
  });

  it("reports only the finding the pull request introduces, not the old one it moved", () => {
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.outputs).toMatchObject({ critical: "1", high: "0", medium: "0", low: "0", total: "1", "sarif-file": "tollgate.sarif", mode: "new" });
  });

  it("annotates the new finding on its line and fails the step (critical is at or above the default high)", () => {
    const errors = run.annotations.filter((line) => line.startsWith("::error"));
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^::error file=infra/main\\.tf,line=10,endLine=10,col=\\d+,endColumn=\\d+,title=${NEW_RULE} \\(critical\\)::aws_security_group\\.ssh allows 0\\.0\\.0\\.0/0 to reach 22`)),
    ]);
    expect(run.stdout).not.toContain(OLD_RULE);
    expect(run.stdout).toContain("Tollgate failed the step: 1 finding at or above high.");
    expect(run.status).toBe(1);
  });

  it("writes a job summary with the mode, the counts and links to the rule docs", () => {
    expect(run.summary).toContain("## Tollgate");
    expect(run.summary).toContain(`**Mode: new.**`);
    expect(run.summary).toContain(history.base.slice(0, 12));
    expect(run.summary).toContain("(1 already there)");
    expect(run.summary).toContain("| critical | 1 |");
    expect(run.summary).toContain(`[\`${NEW_RULE}\`](https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/${NEW_RULE}.md)`);
    expect(run.summary).toContain(`(https://github.com/octo-org/infra/blob/${history.head}/infra/main.tf#L10)`);
    expect(run.summary).toContain("**Result: failed**");
    expect(run.summary).not.toContain(OLD_RULE);
  });

  it("writes a SARIF file the official schema accepts, in the requested category, marked as new", () => {
    expectValidSarif(run);
    expect(run.sarif!.runs[0].automationDetails?.id).toBe("tollgate/terraform/");
    expect(run.sarif!.runs[0].results![0].baselineState).toBe("new");
  });
});

describe.concurrent("pull_request, all mode", () => {
  it("reports the old finding as well", async () => {
    const run = await runBundledAction({ workspace: clone("pr-all"), event: "pull_request", payload: pullRequestPayload(), inputs: { mode: "all" } });
    expect(rulesOf(run)).toEqual([OLD_RULE, NEW_RULE].sort());
    expect(run.outputs).toMatchObject({ critical: "1", high: "1", total: "2", mode: "all" });
    expect(run.summary).toContain("**Mode: all.**");
    expectValidSarif(run);
    expect(run.sarif!.runs[0].automationDetails?.id).toBe("tollgate/");
  });
});

describe.concurrent("push", () => {
  it("reports every finding, and passes when fail-on is above them", async () => {
    const workspace = clone("push");
    const run = await runBundledAction({
      workspace,
      event: "push",
      payload: { ref: "refs/heads/feature", before: history.fork, after: history.head },
      inputs: { "fail-on": "none", "sarif-file": "reports/tollgate.sarif" },
    });
    expect(rulesOf(run)).toEqual([OLD_RULE, NEW_RULE].sort());
    expect(run.outputs).toMatchObject({ total: "2", "sarif-file": "reports/tollgate.sarif", mode: "all" });
    expect(run.annotations.filter((line) => line.startsWith("::error"))).toHaveLength(2);
    expect(run.summary).toContain("**Result: passed**");
    expect(run.status).toBe(0);
    expectValidSarif(run);
  });

  it("compares with the commit before the push when asked for new findings", async () => {
    const run = await runBundledAction({
      workspace: clone("push-new"),
      event: "push",
      payload: { ref: "refs/heads/feature", before: history.fork, after: history.head },
      inputs: { mode: "new" },
    });
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.outputs.mode).toBe("new");
  });
});

describe.concurrent("a shallow clone without the base commit", () => {
  it("fetches the base once from origin and compares with it", async () => {
    const run = await runBundledAction({ workspace: clone("shallow-fetch", { depth: 1 }), event: "pull_request", payload: pullRequestPayload() });
    expect(run.stdout).toContain(`Fetching ${history.base} from origin`);
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.summary).toContain("**Mode: new.**");
  });

  it("falls back to the findings on changed lines when the base cannot be fetched, and says so", async () => {
    const workspace = clone("shallow-offline", { depth: 2 });
    git(workspace, "remote", "set-url", "origin", `file://${path.join(directory, "gone")}`);
    const run = await runBundledAction({ workspace, event: "pull_request", payload: pullRequestPayload() });
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.outputs.mode).toBe("new");
    expect(run.annotations).toContainEqual(expect.stringMatching(/^::warning title=Tollgate%3A comparison fallback::the base commit \w+ is not in the clone and could not be fetched; reporting the findings on lines changed since/));
    expect(run.summary).toContain("**Mode: new (changed lines).**");
    expect(run.summary).toContain("Fallback");
    expect(run.summary).toContain(history.fork.slice(0, 12));
    expectValidSarif(run);
  });

  it("reports everything when not even the changed lines are known, and says so", async () => {
    const workspace = clone("shallow-blind", { depth: 1 });
    git(workspace, "remote", "remove", "origin");
    const run = await runBundledAction({ workspace, event: "pull_request", payload: pullRequestPayload() });
    expect(rulesOf(run)).toEqual([OLD_RULE, NEW_RULE].sort());
    expect(run.outputs.mode).toBe("all");
    expect(run.summary).toContain("**Mode: all.**");
    expect(run.summary).toMatch(/Fallback: the base commit .* the lines the change touched are unknown/);
  });
});

describe.concurrent("pull_request_target", () => {
  it("scans the pull request's head from git objects, never checking it out", async () => {
    // The workflow checked out the base branch, as pull_request_target workflows should.
    const workspace = clone("target", { branch: "main", depth: 1 });
    const run = await runBundledAction({ workspace, event: "pull_request_target", payload: pullRequestPayload() });
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.stdout).toContain(`Scanning the pull request's head ${history.head} from git objects`);
    expect(readFileSync(path.join(workspace, "infra/main.tf"), "utf8")).toBe(BASE_TERRAFORM);
    expect(git(workspace, "status", "--porcelain", "--untracked-files=no")).toBe("");
    expect(run.summary).toContain(`(https://github.com/octo-org/infra/blob/${history.head}/infra/main.tf#L10)`);
    expectValidSarif(run);
  });
});

describe.concurrent("inputs", () => {
  it("reports invalid inputs as errors, in the summary too, and fails after scanning with the defaults", async () => {
    const run = await runBundledAction({
      workspace: clone("bad-inputs"),
      event: "pull_request",
      payload: pullRequestPayload(),
      inputs: { "fail-on": "severe", annotations: "yes", paths: "../elsewhere\ninfra" },
    });
    expect(run.annotations).toContainEqual(expect.stringContaining('::error title=Tollgate%3A invalid input::fail-on: "severe" is not one of critical, high, medium, low, none; using the default'));
    expect(run.annotations).toContainEqual(expect.stringContaining('annotations: "yes" is not true or false; using true'));
    expect(run.annotations).toContainEqual(expect.stringContaining('paths: "../elsewhere" is outside the workspace; ignored'));
    expect(run.summary).toContain("**Invalid inputs:**");
    expect(rulesOf(run)).toEqual([NEW_RULE]);
    expect(run.status).toBe(1);
  });

  it("applies the repository's tollgate.yaml, to the base scan too, and takes fail-on from it", async () => {
    const workspace = clone("configured");
    writeFiles(workspace, {
      "tollgate.yaml": "fail-on: critical\nignore:\n  - paths: [infra/main.tf]\n    rules: [aws-security-group-sensitive-port-open]\n    reason: bastion reviewed by the security team\n",
    });
    const run = await runBundledAction({ workspace, event: "pull_request", payload: pullRequestPayload() });
    expect(run.stdout).toContain("Configuration: tollgate.yaml");
    expect(run.outputs).toMatchObject({ total: "0", critical: "0" });
    expect(run.annotations.filter((line) => line.startsWith("::error"))).toEqual([]);
    expect(run.summary).toContain("1 suppressed finding not listed");
    expect(run.summary).toContain("**Result: passed** (fail-on: `critical`)");
    // Kept in the SARIF file, marked, so code scanning shows it as dismissed rather than losing it.
    expect(run.sarif!.runs[0].results).toHaveLength(1);
    expect(run.sarif!.runs[0].results![0].suppressions).toBeDefined();
    expectValidSarif(run);
    expect(run.status).toBe(0);
  });

  it("stops on a broken configuration rather than scanning with defaults", async () => {
    const workspace = clone("misconfigured");
    writeFiles(workspace, { "ci/tollgate.yaml": "fail-on: sometimes\n" });
    const run = await runBundledAction({ workspace, event: "pull_request", payload: pullRequestPayload(), inputs: { config: "ci/tollgate.yaml" } });
    expect(run.annotations).toContainEqual(expect.stringMatching(/^::error title=Tollgate::the configuration ci\/tollgate\.yaml is invalid: ci\/tollgate\.yaml:1:\d+: /));
    expect(run.summary).toContain("**The scan did not run:**");
    expect(run.status).toBe(1);
  });

  it("can leave out annotations and the summary", async () => {
    const run = await runBundledAction({
      workspace: clone("quiet"),
      event: "pull_request",
      payload: pullRequestPayload(),
      inputs: { annotations: "false", "job-summary": "false", "fail-on": "none" },
    });
    expect(run.annotations).toEqual([]);
    expect(run.summary).toBe("");
    expect(run.outputs.total).toBe("1");
    expect(run.status).toBe(0);
  });
});
