import { describe, expect, it } from "vitest";
import { formatResult } from "../../src/report/index.js";
import { firstSentence, formatCompact } from "../../src/report/compact.js";
import { makeFinding, range, sampleScanResult } from "./sample-result.js";

const ANSI = /\u001b\[[0-9;]*m/g;

describe("formatCompact", () => {
  it("writes one line per finding with its fix hint, then errors and warnings, then a count line", () => {
    expect(formatCompact(sampleScanResult(), { color: false })).toBe(
      [
        ".github/workflows/ci.yml:14:15  medium    gha-unpinned-action  docker/build-push-action is pinned to the tag v6, not a commit SHA.",
        "    fix: Replace the tag with the full commit SHA it points to and keep the tag in a comment.",
        ".github/workflows/deploy.yml:31:29  critical  gha-oidc-role-any-branch  Any branch can assume role deploy, which is an administrator.",
        "    fix: Restrict the `token.actions.githubusercontent.com:sub` condition to protected branches or environments.",
        "iam.tf:30:17  critical  aws-iam-no-wildcard-admin  Policy aws_iam_policy.admin allows every action [*] on every resource.",
        "    fix: List the actions and resources the workload needs.",
        "k8s/web.yaml:1:1  medium    k8s-network-policy-missing  No NetworkPolicy selects the pods of Deployment/shop/web.",
        "    fix: Add a default-deny NetworkPolicy to the namespace and allow only the traffic the workload needs.",
        "k8s/web.yaml:24:27  high      k8s-privileged-container  Container web runs privileged.",
        "    fix: Remove `securityContext.privileged: true`.",
        "main.tf:12:1  high      aws-s3-encryption-at-rest  S3 bucket aws_s3_bucket.logs has no server-side encryption configuration.",
        "    fix: Add an aws_s3_bucket_server_side_encryption_configuration with a KMS key.",
        "main.tf:41:19  low       aws-sg-egress-open  Egress is open to 0.0.0.0/0.",
        "    fix: Limit egress to the destinations the workload needs.",
        "broken.tf:3:7  error  Unexpected '}' after attribute.  [parse-error]",
        "secrets.tf  error  EACCES: permission denied, open 'secrets.tf'  [read-error]",
        "k8s/huge.yaml:3:9  warning  Alias expansion stopped at 1000 nodes.  [yaml-alias-limit]",
        "7 findings (2 critical, 2 high, 2 medium, 1 low) in 5 files; 7 files checked; 2 input errors: the result is incomplete",
        "",
      ].join("\n"),
    );
  });

  it("is what formatResult gives for the compact format", () => {
    expect(formatResult(sampleScanResult(), "compact", { color: false })).toBe(formatCompact(sampleScanResult(), { color: false }));
  });

  it("writes no escape codes without colour; with colour it only adds them, dimming the hints", () => {
    const plain = formatCompact(sampleScanResult(), { color: false });
    const colored = formatCompact(sampleScanResult(), { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI, "")).toBe(plain);
    expect(colored).toContain("\u001b[2m    fix: Remove `securityContext.privileged: true`.\u001b[22m");
    expect(colored).toContain("\u001b[1m\u001b[31mcritical\u001b[39m\u001b[22m");
    expect(colored).toContain("\u001b[31merror\u001b[39m");
  });

  it("says there is nothing to fix in one line", () => {
    const clean = { ...sampleScanResult(), findings: [], diagnostics: [] };
    expect(formatCompact(clean, { color: false })).toBe("No findings; 7 files checked\n");
  });

  it("quiet: findings and input errors only, no warnings and no count line", () => {
    const quiet = formatCompact(sampleScanResult(), { color: false, quiet: true });
    expect(quiet).not.toContain("warning");
    expect(quiet).not.toContain("findings");
    expect(quiet).toContain("[parse-error]");
    expect(formatCompact({ ...sampleScanResult(), findings: [], diagnostics: [] }, { color: false, quiet: true })).toBe("");
  });

  it("escapes control characters from the scanned files and keeps one finding per line", () => {
    const result = sampleScanResult();
    const hostile = makeFinding({
      ruleId: "aws-sg-egress-open",
      resource: "terraform:aws_security_group.web",
      resourceName: "aws_security_group.web",
      resourceType: "aws_security_group",
      attribute: "egress",
      location: range("evil\u001b.tf", 1, 1, 1, 5),
      lineText: "egress {",
      message: "name \u001b[2Jcleared\nnext line",
    });
    const report = formatCompact({ ...result, findings: [hostile], diagnostics: [] }, { color: false });
    expect(report).not.toContain("\u001b");
    expect(report.split("\n")[0]).toBe("evil\\x1b.tf:1:1  low  aws-sg-egress-open  name \\x1b[2Jcleared next line");
  });
});

describe("firstSentence", () => {
  it.each([
    ["Set `encrypted = true`. Then rotate the key.", "Set `encrypted = true`."],
    ["Pin actions, e.g. to a commit SHA. Keep the tag in a comment.", "Pin actions, e.g. to a commit SHA."],
    ["Use aws_s3_bucket.x instead of inline rules", "Use aws_s3_bucket.x instead of inline rules"],
    ["Remove it.\n`privileged: false` is the default.", "Remove it."],
  ])("%s", (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});
