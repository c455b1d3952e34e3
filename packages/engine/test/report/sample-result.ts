import type { Finding, FindingLocation } from "../../src/evaluate/finding.js";
import type { RuleMeta } from "../../src/evaluate/rule.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { ScanResult } from "../../src/model/scan-result.js";
import type { SourceRange } from "../../src/model/source.js";
import { fingerprintFinding } from "../../src/report/fingerprint.js";

/**
 * A hand-built scan of a small repository: Terraform, Kubernetes and GitHub
 * Actions files, findings in all four categories and all four severities,
 * related locations, and input problems with and without positions.
 * Findings and diagnostics are deliberately out of order.
 */

export const SAMPLE_ROOT = "/home/ci/work/shop";

export const RULES: RuleMeta[] = [
  {
    id: "gha-unpinned-action",
    title: "Third-party actions are pinned to a commit SHA",
    severity: "medium",
    category: "supply-chain",
    platforms: ["github-actions"],
    resourceTypes: ["step"],
    description: "A tag or branch can be moved to malicious code after review; only a full commit SHA is immutable.",
    remediation: "Replace the tag with the full commit SHA it points to and keep the tag in a comment.",
    precision: "very-high",
    tags: ["actions"],
    cwe: ["CWE-829"],
    frameworks: { "OpenSSF Scorecard": ["Pinned-Dependencies"] },
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"],
  },
  {
    id: "aws-s3-encryption-at-rest",
    title: "S3 buckets encrypt data at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "Objects in an unencrypted bucket are readable by anyone who obtains the underlying storage.",
    remediation: "Add an aws_s3_bucket_server_side_encryption_configuration with a KMS key.",
    precision: "high",
    tags: ["aws", "s3"],
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS 3.0": ["2.1.1"], "NIST 800-53": ["SC-28"] },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"],
  },
  {
    id: "aws-iam-no-wildcard-admin",
    title: "IAM policies do not grant every action on every resource",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_iam_policy", "aws_iam_role_policy"],
    description: "A policy allowing `*` on `*` makes its holder an administrator of the account.",
    remediation: "List the actions and resources the workload needs.",
    precision: "very-high",
    cwe: ["CWE-269"],
  },
  {
    id: "gha-oidc-role-any-branch",
    title: "Roles assumed from workflows trust only protected refs",
    severity: "critical",
    category: "iam",
    platforms: ["github-actions", "terraform"],
    resourceTypes: ["step"],
    description: "A trust policy that accepts any ref lets every pull request branch assume the role.",
    remediation: "Restrict the `token.actions.githubusercontent.com:sub` condition to protected branches or environments.",
    precision: "high",
    cwe: ["CWE-284"],
  },
  {
    id: "k8s-privileged-container",
    title: "Containers do not run privileged",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Pod", "Deployment"],
    description: "A privileged container has every capability of the host's root user.",
    remediation: "Remove `securityContext.privileged: true`.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security"], "CIS Kubernetes 1.8": ["5.2.2"] },
  },
  {
    id: "k8s-network-policy-missing",
    title: "Workloads are selected by a NetworkPolicy",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Deployment"],
    description: "Pods that no NetworkPolicy selects accept traffic from every pod in the cluster.",
    remediation: "Add a default-deny NetworkPolicy to the namespace and allow only the traffic the workload needs.",
    precision: "medium",
  },
  {
    id: "aws-sg-egress-open",
    title: "Security groups restrict egress",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_security_group"],
    description: "Unrestricted egress makes data exfiltration easy after a compromise.",
    remediation: "Limit egress to the destinations the workload needs.",
    precision: "low",
  },
  {
    id: "aws-s3-versioning",
    title: "S3 buckets keep object versions",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "Without versioning, an overwritten or deleted object cannot be recovered.",
    remediation: "Add an aws_s3_bucket_versioning resource with status Enabled.",
    precision: "very-high",
  },
];

export function range(file: string, line: number, column: number, endLine: number, endColumn: number): SourceRange {
  return { file, start: { line, column }, end: { line: endLine, column: endColumn } };
}

interface FindingInput {
  ruleId: string;
  resource: string;
  resourceName: string;
  resourceType: string;
  attribute: string;
  location: SourceRange;
  /** The text of the flagged line, hashed into the fingerprint as the evaluate stage does. */
  lineText: string;
  message: string;
  related?: FindingLocation[];
}

export function makeFinding(input: FindingInput): Finding {
  const rule = RULES.find((candidate) => candidate.id === input.ruleId);
  if (!rule) throw new Error(`no sample rule ${input.ruleId}`);
  return {
    ruleId: input.ruleId,
    severity: rule.severity,
    category: rule.category,
    platform: platformOf(input.resource),
    message: input.message,
    resource: input.resource,
    resourceName: input.resourceName,
    resourceType: input.resourceType,
    location: input.location,
    attribute: input.attribute,
    related: input.related ?? [],
    fingerprint: fingerprintFinding({
      ruleId: input.ruleId,
      resource: input.resource,
      attribute: input.attribute,
      lineText: input.lineText,
    }),
  };
}

function platformOf(resourceId: string): Finding["platform"] {
  const platform = resourceId.slice(0, resourceId.indexOf(":"));
  if (platform === "terraform" || platform === "kubernetes" || platform === "github-actions") return platform;
  throw new Error(`no platform in ${resourceId}`);
}

export const S3_ENCRYPTION_INPUT: FindingInput = {
  ruleId: "aws-s3-encryption-at-rest",
  resource: "terraform:aws_s3_bucket.logs",
  resourceName: "aws_s3_bucket.logs",
  resourceType: "aws_s3_bucket",
  attribute: "",
  location: range("main.tf", 12, 1, 12, 34),
  lineText: 'resource "aws_s3_bucket" "logs" {',
  message: "S3 bucket aws_s3_bucket.logs has no server-side encryption configuration.",
  related: [{ location: range("main.tf", 20, 1, 20, 45), message: "its public access block leaves reads open" }],
};

export function sampleFindings(): Finding[] {
  return [
    makeFinding({
      ruleId: "gha-unpinned-action",
      resource: "github-actions:.github/workflows/ci.yml#jobs.build.steps[1]",
      resourceName: "jobs.build.steps[1]",
      resourceType: "step",
      attribute: "uses",
      location: range(".github/workflows/ci.yml", 14, 15, 14, 42),
      lineText: "      - uses: docker/build-push-action@v6",
      message: "docker/build-push-action is pinned to the tag v6, not a commit SHA.",
    }),
    makeFinding(S3_ENCRYPTION_INPUT),
    makeFinding({
      ruleId: "k8s-privileged-container",
      resource: "kubernetes:apps/v1/Deployment/shop/web",
      resourceName: "Deployment/shop/web",
      resourceType: "Deployment",
      attribute: "spec.template.spec.containers[0].securityContext.privileged",
      location: range("k8s/web.yaml", 24, 27, 24, 31),
      lineText: "            privileged: true",
      message: "Container web runs privileged.",
    }),
    makeFinding({
      ruleId: "aws-sg-egress-open",
      resource: "terraform:aws_security_group.web",
      resourceName: "aws_security_group.web",
      resourceType: "aws_security_group",
      attribute: "egress[0].cidr_blocks",
      location: range("main.tf", 41, 19, 41, 32),
      lineText: '    cidr_blocks = ["0.0.0.0/0"]',
      message: "Egress is open to 0.0.0.0/0.",
    }),
    makeFinding({
      ruleId: "gha-oidc-role-any-branch",
      resource: "github-actions:.github/workflows/deploy.yml#jobs.deploy.steps[2]",
      resourceName: "jobs.deploy.steps[2]",
      resourceType: "step",
      attribute: "with.role-to-assume",
      location: range(".github/workflows/deploy.yml", 31, 29, 31, 78),
      lineText: "          role-to-assume: arn:aws:iam::123456789012:role/deploy",
      message: "Any branch can assume role deploy, which is an administrator.",
      related: [
        { location: range("iam.tf", 8, 7, 8, 58), message: "trust policy accepts repo:shop/*" },
        { location: range("iam.tf", 21, 3, 21, 40), message: "AdministratorAccess is attached here" },
      ],
    }),
    makeFinding({
      ruleId: "k8s-network-policy-missing",
      resource: "kubernetes:apps/v1/Deployment/shop/web",
      resourceName: "Deployment/shop/web",
      resourceType: "Deployment",
      attribute: "",
      location: range("k8s/web.yaml", 1, 1, 1, 16),
      lineText: "apiVersion: apps/v1",
      message: "No NetworkPolicy selects the pods of Deployment/shop/web.",
    }),
    makeFinding({
      ruleId: "aws-iam-no-wildcard-admin",
      resource: "terraform:aws_iam_policy.admin",
      resourceName: "aws_iam_policy.admin",
      resourceType: "aws_iam_policy",
      attribute: "policy.Statement[0].Action",
      location: range("iam.tf", 30, 17, 30, 20),
      lineText: '      Action   = "*"',
      message: "Policy aws_iam_policy.admin allows every action [*] on every resource.",
    }),
  ];
}

export function sampleDiagnostics(): Diagnostic[] {
  return [
    { level: "warning", code: "yaml-alias-limit", message: "Alias expansion stopped at 1000 nodes.", file: "k8s/huge.yaml", range: range("k8s/huge.yaml", 3, 9, 3, 15) },
    { level: "note", code: "plan-not-joined", message: "The plan names module.legacy, which is not in the scan." },
    {
      level: "error",
      code: "read-error",
      message: `EACCES: permission denied, open '${SAMPLE_ROOT}/secrets.tf'`,
      file: "secrets.tf",
    },
    { level: "error", code: "parse-error", message: "Unexpected '}' after attribute.", file: "broken.tf", range: range("broken.tf", 3, 7, 3, 8) },
  ];
}

export function sampleScanResult(overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: { name: "tollgate", version: "0.1.0", informationUri: "https://github.com/tollgate-dev/tollgate" },
    root: SAMPLE_ROOT,
    files: [
      { path: "main.tf", kind: "terraform", resources: 4 },
      { path: "iam.tf", kind: "terraform", resources: 3 },
      { path: "broken.tf", kind: "terraform", resources: 0 },
      { path: "k8s/web.yaml", kind: "kubernetes", resources: 2 },
      { path: "k8s/huge.yaml", kind: "kubernetes", resources: 1 },
      { path: ".github/workflows/ci.yml", kind: "workflow", resources: 5 },
      { path: ".github/workflows/deploy.yml", kind: "workflow", resources: 4 },
    ],
    resourceCount: 19,
    findings: sampleFindings(),
    diagnostics: sampleDiagnostics(),
    rules: RULES,
    timings: { discover: 3, load: 12, graph: 5, evaluate: 2 },
    ...overrides,
  };
}

/** The same result with every list reversed: reports must not depend on input order. */
export function reversed(result: ScanResult): ScanResult {
  return {
    ...result,
    files: [...result.files].reverse(),
    findings: [...result.findings].reverse(),
    diagnostics: [...result.diagnostics].reverse(),
    rules: [...result.rules].reverse(),
  };
}
