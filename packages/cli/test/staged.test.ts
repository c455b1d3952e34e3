import { afterEach, describe, expect, it } from "vitest";
import { TestRepository } from "./git-repository.js";
import { runCli } from "./run-cli.js";

const ANSI = /\u001b\[[0-9;]*m/g;

const securityGroup = (cidr: string) => `resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["${cidr}"]
  }
}
`;
const OPEN = securityGroup("0.0.0.0/0");
const CLOSED = securityGroup("10.0.0.0/8");
const SSH_RULE = "aws-security-group-sensitive-port-open";

const volume = `variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}
`;

let repositories: TestRepository[] = [];
function repository(): TestRepository {
  const created = new TestRepository();
  repositories.push(created);
  return created;
}
afterEach(() => {
  for (const created of repositories) created.remove();
  repositories = [];
});

function scanStaged(repo: TestRepository, ...args: string[]) {
  return runCli(["scan", "--staged", ...args], { cwd: repo.directory });
}

describe("tollgate scan --staged", () => {
  it("reports a staged insecure change even when the working tree already fixes it", () => {
    const repo = repository().commit({ "infra/network.tf": CLOSED });
    repo.write({ "infra/network.tf": OPEN }).stage("infra/network.tf");
    repo.write({ "infra/network.tf": CLOSED });
    const run = scanStaged(repo);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`infra/network.tf:7:20  critical  ${SSH_RULE}  aws_security_group.admin allows 0.0.0.0/0 to reach 22 (SSH)`);
    // The working tree is fixed: a scan of it finds nothing.
    expect(runCli(["scan", "infra", "-q"], { cwd: repo.directory }).status).toBe(0);
  });

  it("ignores an unstaged insecure edit when the staged content is the fix", () => {
    const repo = repository().commit({ "infra/network.tf": OPEN });
    repo.write({ "infra/network.tf": CLOSED }).stage("infra/network.tf");
    repo.write({ "infra/network.tf": OPEN });
    const run = scanStaged(repo);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("No findings; 1 file checked\n");
  });

  it("evaluates a module when only its terraform.tfvars is staged, and reports the finding on the .tf line it causes", () => {
    const repo = repository().commit({ "infra/main.tf": volume, "k8s/unrelated.tf": OPEN });
    repo.write({ "infra/terraform.tfvars": "encrypted = false\n" }).stage("infra/terraform.tfvars");
    const run = scanStaged(repo);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^infra\/main\.tf:9:\d+ {2}high +aws-ebs-encryption-at-rest {2}/m);
    // Files outside the touched module are neither read nor reported.
    expect(run.stdout).not.toContain("unrelated.tf");
    expect(run.stdout).toMatch(/; 2 files checked\n$/);
  });

  it("reports a finding that a staged deletion causes in the rest of the module", () => {
    const repo = repository().commit({
      "infra/bucket.tf": 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
      "infra/encryption.tf": `resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
`,
    });
    expect(scanStaged(repo).stdout).not.toContain("aws-s3-encryption-at-rest");
    repo.git("rm", "--quiet", "--cached", "infra/encryption.tf");
    const run = scanStaged(repo);
    expect(run.stdout).toMatch(/^infra\/bucket\.tf:1:1 {2}high +aws-s3-encryption-at-rest /m);
  });

  it("evaluates a changed module as its callers call it", () => {
    const module = volume.replace("default = true", "default = false");
    const repo = repository().commit({
      "modules/volume/main.tf": module,
      "envs/prod/main.tf": 'module "data" {\n  source    = "../../modules/volume"\n  encrypted = true\n}\n',
      "envs/dev/main.tf": 'module "data" {\n  source = "../../modules/volume"\n}\n',
    });
    repo.write({ "modules/volume/main.tf": module.replace("size              = 10", "size              = 20") }).stage("modules/volume/main.tf");
    const run = scanStaged(repo);
    // Reported once, for the caller that keeps the insecure default, at the module's line.
    const lines = run.stdout.split("\n").filter((line) => line.includes("aws-ebs-encryption-at-rest"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^modules\/volume\/main\.tf:9:/);
    expect(run.stdout).toMatch(/; 3 files checked\n$/);
  });

  it("reports staged Kubernetes manifests and workflows, read with their neighbours", () => {
    const repo = repository().commit({ "k8s/web.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n" });
    repo.write({
      "k8s/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\nspec:\n  containers:\n    - name: c\n      image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000\n      securityContext:\n        privileged: true\n",
      "docker-compose.yml": "services:\n  web:\n    image: nginx\n",
    });
    repo.stage("k8s/pod.yaml", "docker-compose.yml");
    const run = scanStaged(repo);
    expect(run.stdout).toMatch(/^k8s\/pod\.yaml:11:\d+ {2}critical {2}k8s-privileged-container /m);
    // Not ours: no word about it, as in a directory scan.
    expect(run.stdout).not.toContain("docker-compose");
    // The namespace beside it is context: nothing reported in it.
    expect(run.stdout).not.toContain("k8s/web.yaml");
  });

  it("works before the first commit", () => {
    const repo = repository().write({ "main.tf": OPEN }).stage("main.tf");
    const run = scanStaged(repo);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`main.tf:7:20  critical  ${SSH_RULE}`);
  });

  it("prints one compact line per finding with a dimmed hint, in colour only when asked for", () => {
    const repo = repository().write({ "main.tf": OPEN }).stage("main.tf");
    const plain = scanStaged(repo);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toContain("\n    fix: Restrict the rule's CIDR ranges to known networks, ");
    expect(plain.stdout).toMatch(/^1 finding \(1 critical\) in 1 file; 1 file checked\n$/m);
    const colored = runCli(["scan", "--staged"], { cwd: repo.directory, env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(colored.stdout).toMatch(ANSI);
    expect(colored.stdout).toContain("\u001b[2m    fix: Restrict");
    expect(colored.stdout.replace(ANSI, "")).toBe(plain.stdout);
  });

  it("keeps --format working", () => {
    const repo = repository().write({ "main.tf": OPEN }).stage("main.tf");
    const run = scanStaged(repo, "--format", "json");
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };
    expect(report.findings.map((finding) => finding.ruleId)).toEqual([SSH_RULE]);
  });

  it("is a usage error outside a repository or with paths", () => {
    const repo = repository();
    const withPaths = scanStaged(repo, "infra");
    expect(withPaths.status).toBe(2);
    expect(withPaths.stderr).toContain("give no paths");
    repo.git("init", "--quiet", "--bare", "sub.git");
    const outside = runCli(["scan", "--staged"], { cwd: `${repo.directory}/sub.git` });
    expect(outside.status).toBe(2);
  });
});

describe("tollgate scan --changed-since", () => {
  it("scans what changed between a commit and the working tree, and nothing older", () => {
    const repo = repository().commit({ "old/network.tf": OPEN, "infra/network.tf": CLOSED }, "first");
    const first = repo.git("rev-parse", "HEAD").trim();
    repo.commit({ "infra/network.tf": OPEN }, "second");
    repo.write({ "storage/volume.tf": volume.replace("default = true", "default = false") });
    const run = runCli(["scan", "--changed-since", first], { cwd: repo.directory });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`infra/network.tf:7:20  critical  ${SSH_RULE}`);
    // Untracked files count as changed.
    expect(run.stdout).toMatch(/^storage\/volume\.tf:9:\d+ {2}high +aws-ebs-encryption-at-rest /m);
    expect(run.stdout).not.toContain("old/network.tf");

    expect(runCli(["scan", "--changed-since", "HEAD", "--format", "text", "-q"], { cwd: repo.directory }).stdout).not.toContain("network.tf");
  });

  it("reads the working tree, not the index", () => {
    const repo = repository().commit({ "infra/network.tf": CLOSED });
    repo.write({ "infra/network.tf": OPEN });
    expect(runCli(["scan", "--changed-since", "HEAD"], { cwd: repo.directory }).status).toBe(1);
    expect(scanStaged(repo).status).toBe(0);
  });

  it("refuses what is not a commit", () => {
    const repo = repository().commit({ "main.tf": CLOSED });
    const run = runCli(["scan", "--changed-since", "--output=x"], { cwd: repo.directory });
    expect(run.status).toBe(2);
    const unknown = runCli(["scan", "--changed-since", "no-such-branch"], { cwd: repo.directory });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no-such-branch: not a commit of this repository");
  });
});
