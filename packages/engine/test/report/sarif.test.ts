import { readFileSync } from "node:fs";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import type { ScanResult } from "../../src/model/scan-result.js";
import { RULE_DOCS_BASE_URL, formatSarif, pascalCase, toSarif } from "../../src/report/sarif.js";
import {
  RULES,
  S3_ENCRYPTION_INPUT,
  SAMPLE_ROOT,
  makeFinding,
  range,
  reversed,
  sampleScanResult,
} from "./sample-result.js";

// Both packages are CommonJS with the class or plugin on `default` as well.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const sarifSchema = JSON.parse(
  readFileSync(new URL("../fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8"),
) as object;
const ajv = new AjvDraft04({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

function runOf(result: ScanResult, category?: string): Sarif.Run {
  const log = toSarif(result, { category });
  expect(log.runs).toHaveLength(1);
  return log.runs[0];
}

function resultFor(run: Sarif.Run, ruleId: string): Sarif.Result {
  const found = run.results?.find((result) => result.ruleId === ruleId);
  if (!found) throw new Error(`no result for ${ruleId}`);
  return found;
}

describe("toSarif: validity", () => {
  it("produces a log the official SARIF 2.1.0 schema accepts", () => {
    const log = JSON.parse(formatSarif(sampleScanResult())) as unknown;
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("stays valid with no findings, no diagnostics and no rules", () => {
    const log = toSarif(sampleScanResult({ findings: [], diagnostics: [], rules: [], files: [] }));
    expect(validateSarif(JSON.parse(JSON.stringify(log)))).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it("the schema check can fail: a result without a message is rejected", () => {
    const log = toSarif(sampleScanResult());
    delete (log.runs[0].results![0] as Partial<Sarif.Result>).message;
    expect(validateSarif(JSON.parse(JSON.stringify(log)))).toBe(false);
  });

  it("declares the SARIF version and the schema GitHub documents", () => {
    const log = toSarif(sampleScanResult());
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  });
});

describe("toSarif: tool and rules", () => {
  const run = runOf(sampleScanResult());
  const rules = run.tool.driver.rules ?? [];

  it("describes the tool", () => {
    expect(run.tool.driver).toMatchObject({
      name: "tollgate",
      version: "0.1.0",
      semanticVersion: "0.1.0",
      informationUri: "https://github.com/tollgate-dev/tollgate",
    });
  });

  it("describes every enabled rule, including those that found nothing, sorted by id", () => {
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id).sort());
    expect(rules.map((rule) => rule.id)).toContain("aws-s3-versioning");
  });

  it("fills every field GitHub requires with non-empty text", () => {
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
      expect(rule.name).toBe(pascalCase(rule.id));
      expect(rule.helpUri).toBe(`${RULE_DOCS_BASE_URL}${rule.id}.md`);
    }
  });

  it("maps the rule's metadata onto its descriptor", () => {
    const rule = rules.find((candidate) => candidate.id === "aws-s3-encryption-at-rest")!;
    expect(rule.name).toBe("AwsS3EncryptionAtRest");
    expect(rule.shortDescription?.text).toBe("S3 buckets encrypt data at rest");
    expect(rule.fullDescription?.text).toBe(
      "Objects in an unencrypted bucket are readable by anyone who obtains the underlying storage.",
    );
    expect(rule.defaultConfiguration?.level).toBe("error");
    expect(rule.properties).toMatchObject({ precision: "high", "security-severity": "8.0", "problem.severity": "error" });
    expect(rule.properties?.tags).toEqual(["security", "encryption", "external/cwe/cwe-311", "terraform", "aws", "s3"]);
  });

  it("puts remediation, references, CWE and compliance controls in the help", () => {
    const rule = rules.find((candidate) => candidate.id === "aws-s3-encryption-at-rest")!;
    for (const help of [rule.help!.text, rule.help!.markdown!]) {
      expect(help).toContain("Add an aws_s3_bucket_server_side_encryption_configuration with a KMS key.");
      expect(help).toContain("https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html");
      expect(help).toContain("CWE-311");
      expect(help).toContain("CIS AWS 3.0");
      expect(help).toContain("2.1.1");
      expect(help).toContain("NIST 800-53");
    }
    expect(rule.help!.markdown).toContain("(https://cwe.mitre.org/data/definitions/311.html)");
  });

  it("tags every rule as security with its category and platforms, and scores it as a string", () => {
    const levels: Record<string, string> = { critical: "error", high: "error", medium: "warning", low: "note" };
    const scores: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
    for (const meta of RULES) {
      const rule = rules.find((candidate) => candidate.id === meta.id)!;
      const tags = rule.properties?.tags ?? [];
      expect(tags[0]).toBe("security");
      expect(tags).toContain(meta.category);
      for (const platform of meta.platforms) expect(tags).toContain(platform);
      expect(tags.length).toBeLessThanOrEqual(20);
      expect(new Set(tags).size).toBe(tags.length);
      expect(rule.properties?.["security-severity"]).toBe(scores[meta.severity]);
      expect(rule.defaultConfiguration?.level).toBe(levels[meta.severity]);
      expect(rule.properties?.precision).toBe(meta.precision);
    }
  });

  it("keeps at most 20 tags, security and the CWE first", () => {
    const noisy = { ...RULES[1], tags: Array.from({ length: 30 }, (_, index) => `tag-${index}`) };
    const [rule] = runOf(sampleScanResult({ rules: [noisy], findings: [] })).tool.driver.rules!;
    expect(rule.properties?.tags).toHaveLength(20);
    expect(rule.properties?.tags?.slice(0, 4)).toEqual(["security", "encryption", "external/cwe/cwe-311", "terraform"]);
  });
});

describe("toSarif: results", () => {
  const run = runOf(sampleScanResult());
  const results = run.results ?? [];
  const rules = run.tool.driver.rules ?? [];

  it("reports every finding, sorted by file, line, column and rule", () => {
    const order = results.map((result) => {
      const location = result.locations![0].physicalLocation!;
      return `${location.artifactLocation!.uri}:${location.region!.startLine}:${location.region!.startColumn} ${result.ruleId}`;
    });
    expect(order).toEqual([
      ".github/workflows/ci.yml:14:15 gha-unpinned-action",
      ".github/workflows/deploy.yml:31:29 gha-oidc-role-any-branch",
      "iam.tf:30:17 aws-iam-no-wildcard-admin",
      "k8s/web.yaml:1:1 k8s-network-policy-missing",
      "k8s/web.yaml:24:27 k8s-privileged-container",
      "main.tf:12:1 aws-s3-encryption-at-rest",
      "main.tf:41:19 aws-sg-egress-open",
    ]);
  });

  it("points ruleIndex at the result's rule and sets the level from the severity", () => {
    for (const result of results) {
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
    }
    expect(resultFor(run, "aws-iam-no-wildcard-admin").level).toBe("error");
    expect(resultFor(run, "gha-unpinned-action").level).toBe("warning");
    expect(resultFor(run, "aws-sg-egress-open").level).toBe("note");
  });

  it("locates the finding with a repo-relative URI under %SRCROOT% and a full region", () => {
    const location = resultFor(run, "k8s-privileged-container").locations![0];
    expect(location.physicalLocation).toEqual({
      artifactLocation: { uri: "k8s/web.yaml", uriBaseId: "%SRCROOT%", index: expect.any(Number) },
      region: { startLine: 24, startColumn: 27, endLine: 24, endColumn: 31 },
    });
    expect(location.logicalLocations).toEqual([
      { name: "Deployment/shop/web", fullyQualifiedName: "kubernetes:apps/v1/Deployment/shop/web", kind: "resource" },
    ]);
    for (const result of results) {
      const uri = result.locations![0].physicalLocation!.artifactLocation!.uri!;
      expect(uri).not.toMatch(/^(\/|[a-z]+:|\.\/)/i);
      expect(uri).not.toContain("\\");
    }
  });

  it("links each location to its entry in run.artifacts", () => {
    for (const result of results) {
      const artifactLocation = result.locations![0].physicalLocation!.artifactLocation!;
      expect(run.artifacts![artifactLocation.index!].location!.uri).toBe(artifactLocation.uri);
    }
  });

  it("carries related locations with ids and messages, linked from the message", () => {
    const result = resultFor(run, "gha-oidc-role-any-branch");
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: "iam.tf", uriBaseId: "%SRCROOT%", index: expect.any(Number) },
          region: { startLine: 8, startColumn: 7, endLine: 8, endColumn: 58 },
        },
        message: { text: "trust policy accepts repo:shop/*" },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: "iam.tf", uriBaseId: "%SRCROOT%", index: expect.any(Number) },
          region: { startLine: 21, startColumn: 3, endLine: 21, endColumn: 40 },
        },
        message: { text: "AdministratorAccess is attached here" },
      },
    ]);
    expect(result.message.text).toBe(
      "Any branch can assume role deploy, which is an administrator. " +
        "Related: [trust policy accepts repo:shop/*](1), [AdministratorAccess is attached here](2).",
    );
  });

  it("leaves messages without related locations as they are, brackets included", () => {
    expect(resultFor(run, "aws-iam-no-wildcard-admin").message.text).toBe(
      "Policy aws_iam_policy.admin allows every action [*] on every resource.",
    );
    expect(resultFor(run, "aws-iam-no-wildcard-admin").relatedLocations).toBeUndefined();
  });

  it("escapes literal brackets once a message carries links", () => {
    const finding = makeFinding({
      ...S3_ENCRYPTION_INPUT,
      message: "Rule [x] fired",
      related: [{ location: range("main.tf", 1, 1, 1, 2), message: "see [y]" }],
    });
    const [result] = runOf(sampleScanResult({ findings: [finding] })).results!;
    expect(result.message.text).toBe("Rule \\[x\\] fired Related: [see \\[y\\]](1).");
  });

  it("records the resource, platform, category and severity as properties", () => {
    expect(resultFor(run, "aws-s3-encryption-at-rest").properties).toEqual({
      resource: "terraform:aws_s3_bucket.logs",
      resourceType: "aws_s3_bucket",
      platform: "terraform",
      category: "encryption",
      severity: "high",
    });
    expect(resultFor(run, "k8s-privileged-container").properties).toMatchObject({
      attribute: "spec.template.spec.containers[0].securityContext.privileged",
      platform: "kubernetes",
      category: "iam",
    });
  });
});

describe("toSarif: fingerprints", () => {
  const hashOf = (result: ScanResult) => toSarif(result).runs[0].results![0].partialFingerprints!.primaryLocationLineHash;
  const s3 = (overrides: Partial<typeof S3_ENCRYPTION_INPUT>) =>
    sampleScanResult({ findings: [makeFinding({ ...S3_ENCRYPTION_INPUT, ...overrides })] });

  it("uses GitHub's <hash>:<occurrence> shape", () => {
    for (const result of runOf(sampleScanResult()).results!) {
      expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
    }
  });

  it("does not change when lines above the finding move it down", () => {
    const before = hashOf(s3({}));
    const after = hashOf(s3({ location: range("main.tf", 57, 1, 57, 34) }));
    expect(after).toBe(before);
  });

  it("changes when the flagged line's text changes", () => {
    expect(hashOf(s3({ lineText: 'resource "aws_s3_bucket" "audit_logs" {' }))).not.toBe(hashOf(s3({})));
  });

  it("numbers identical findings in one file 1, 2, … so both survive", () => {
    const twin = makeFinding({ ...S3_ENCRYPTION_INPUT, location: range("main.tf", 70, 1, 70, 34) });
    const results = runOf(sampleScanResult({ findings: [twin, makeFinding(S3_ENCRYPTION_INPUT)] })).results!;
    const hashes = results.map((result) => result.partialFingerprints!.primaryLocationLineHash);
    expect(hashes[0].replace(/:1$/, ":2")).toBe(hashes[1]);
    expect(results[0].locations![0].physicalLocation!.region!.startLine).toBe(12);
  });
});

describe("toSarif: run details", () => {
  it("files results under the tollgate category unless told otherwise", () => {
    expect(runOf(sampleScanResult()).automationDetails?.id).toBe("tollgate/");
    expect(runOf(sampleScanResult(), "terraform").automationDetails?.id).toBe("tollgate/terraform/");
    expect(runOf(sampleScanResult(), "/kubernetes/").automationDetails?.id).toBe("tollgate/kubernetes/");
    expect(runOf(sampleScanResult(), "tollgate/infra").automationDetails?.id).toBe("tollgate/infra/");
  });

  it("defines %SRCROOT% as a file URI of the root ending with a slash", () => {
    const base = runOf(sampleScanResult()).originalUriBaseIds?.["%SRCROOT%"];
    expect(base?.uri).toBe(`file://${SAMPLE_ROOT}/`);
    expect(runOf(sampleScanResult({ root: "/srv/has space/" })).originalUriBaseIds?.["%SRCROOT%"]?.uri).toBe(
      "file:///srv/has%20space/",
    );
  });

  it("keeps the root's absolute path out of everything but the base URI", () => {
    const run = runOf(sampleScanResult());
    const { originalUriBaseIds: _base, ...rest } = run;
    expect(JSON.stringify(rest)).not.toContain(SAMPLE_ROOT);
    const readError = run.invocations![0].toolExecutionNotifications!.find(
      (notification) => notification.descriptor?.id === "read-error",
    );
    expect(readError?.message.text).toBe("EACCES: permission denied, open 'secrets.tf'");
  });

  it("lists every scanned file as an artifact, sorted", () => {
    const artifacts = runOf(sampleScanResult()).artifacts!;
    expect(artifacts.map((artifact) => artifact.location?.uri)).toEqual([
      ".github/workflows/ci.yml",
      ".github/workflows/deploy.yml",
      "broken.tf",
      "iam.tf",
      "k8s/huge.yaml",
      "k8s/web.yaml",
      "main.tf",
    ]);
    expect(artifacts[0]).toMatchObject({ location: { uriBaseId: "%SRCROOT%" }, properties: { kind: "workflow" } });
  });

  it("percent-encodes characters that cannot appear in a URI", () => {
    const finding = makeFinding({ ...S3_ENCRYPTION_INPUT, location: range("envs/prod east/main#1.tf", 3, 1, 3, 5) });
    const run = runOf(sampleScanResult({ findings: [finding] }));
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe("envs/prod%20east/main%231.tf");
    expect(validateSarif(JSON.parse(JSON.stringify({ version: "2.1.0", runs: [run] })))).toBe(true);
  });

  it("reports every diagnostic as a notification, errors first, and fails the invocation on errors", () => {
    const [invocation] = runOf(sampleScanResult()).invocations!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "Unexpected '}' after attribute." },
        descriptor: { id: "parse-error" },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "broken.tf", uriBaseId: "%SRCROOT%", index: 2 },
              region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 8 },
            },
          },
        ],
      },
      {
        level: "error",
        message: { text: "EACCES: permission denied, open 'secrets.tf'" },
        descriptor: { id: "read-error" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "secrets.tf", uriBaseId: "%SRCROOT%" } } }],
      },
      {
        level: "warning",
        message: { text: "Alias expansion stopped at 1000 nodes." },
        descriptor: { id: "yaml-alias-limit" },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "k8s/huge.yaml", uriBaseId: "%SRCROOT%", index: 4 },
              region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 15 },
            },
          },
        ],
      },
      {
        level: "note",
        message: { text: "The plan names module.legacy, which is not in the scan." },
        descriptor: { id: "plan-not-joined" },
      },
    ]);
  });

  it("marks the invocation successful when only warnings and notes remain", () => {
    const result = sampleScanResult();
    const withoutErrors = { ...result, diagnostics: result.diagnostics.filter((d) => d.level !== "error") };
    expect(runOf(withoutErrors).invocations![0].executionSuccessful).toBe(true);
  });

  it("is byte-identical whatever order the engine produced things in", () => {
    expect(formatSarif(reversed(sampleScanResult()))).toBe(formatSarif(sampleScanResult()));
  });
});
