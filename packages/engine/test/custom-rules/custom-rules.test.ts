import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCustomRules, parseCustomRules } from "../../src/custom-rules/load-custom-rules.js";
import { selectorProblem } from "../../src/custom-rules/selector.js";
import { runRuleExamples } from "../../src/evaluate/rule-tester.js";
import { scanSources } from "../../src/scan.js";

const RDS_RULE = `id: acme-rds-storage-encrypted
title: RDS instances encrypt their storage
severity: high
category: encryption
platforms: [terraform]
resourceTypes: [aws_db_instance]
description: Databases hold customer data; unencrypted storage and snapshots leak it to anyone who gets the disks or a shared snapshot.
remediation: Set storage_encrypted = true (this replaces the instance; restore from an encrypted snapshot copy).
cwe: [CWE-311]
select: $.storage_encrypted
required: true
assert:
  const: true
message: "{{resource}}: storage_encrypted is {{value}}, must be true"
missingMessage: "{{resource}}: storage_encrypted is not set (the default is false)"
examples:
  valid:
    - filename: main.tf
      code: |
        resource "aws_db_instance" "main" {
          storage_encrypted = true
        }
  invalid:
    - filename: main.tf
      code: |
        resource "aws_db_instance" "main" {
          engine            = "postgres"
          storage_encrypted = false
        }
      errors:
        - line: 3
          column: 3
---
id: acme-no-latest-images
title: Workload images are pinned to a version
severity: medium
category: supply-chain
platforms: [kubernetes]
resourceTypes: [Deployment, Pod]
description: An image without a tag, or tagged latest, changes under the workload at every pull.
remediation: Use a version tag or a digest.
select: $..[containers,initContainers][*].image
assert:
  type: string
  pattern: "(@sha256:[0-9a-f]{64}|:[^:/@]+)$"
  not: { pattern: ":latest$" }
`;

describe("custom rules", () => {
  const { rules, diagnostics } = parseCustomRules(RDS_RULE, "/policies/acme.yaml");

  it("load with the metadata of a built-in rule", () => {
    expect(diagnostics).toEqual([]);
    expect(rules.map((rule) => rule.meta)).toEqual([
      expect.objectContaining({ id: "acme-rds-storage-encrypted", severity: "high", category: "encryption", platforms: ["terraform"], resourceTypes: ["aws_db_instance"], cwe: ["CWE-311"], precision: "medium", tags: ["custom"] }),
      expect.objectContaining({ id: "acme-no-latest-images", category: "supply-chain" }),
    ]);
  });

  it("catch a real misconfiguration on the line of the selected value, and a missing one on the header", async () => {
    const result = await scanSources(
      [
        { path: "db.tf", text: 'resource "aws_db_instance" "orders" {\n  engine = "postgres"\n\n  storage_encrypted = false\n}\n\nresource "aws_db_instance" "legacy" {\n  engine = "mysql"\n}\n\nresource "aws_db_instance" "ok" {\n  storage_encrypted = true\n}\n\nresource "aws_db_instance" "input" {\n  storage_encrypted = var.encrypted\n}\n' },
        { path: "app.yaml", text: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: shop/web:latest\n        - name: proxy\n          image: envoyproxy/envoy:v1.31.0\n      initContainers:\n        - name: init\n          image: busybox\n" },
      ],
      { rules, root: "/" },
    );
    expect(result.findings.map((finding) => `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column} ${finding.ruleId} ${finding.attribute} | ${finding.message}`)).toEqual([
      "db.tf:4:3 acme-rds-storage-encrypted storage_encrypted | aws_db_instance.orders: storage_encrypted is false, must be true",
      "db.tf:7:1 acme-rds-storage-encrypted  | aws_db_instance.legacy: storage_encrypted is not set (the default is false)",
      "app.yaml:10:11 acme-no-latest-images spec.template.spec.containers[0].image | Deployment/default/web: spec.template.spec.containers[0].image must NOT be valid (Workload images are pinned to a version)",
      "app.yaml:15:11 acme-no-latest-images spec.template.spec.initContainers[0].image | Deployment/default/web: spec.template.spec.initContainers[0].image must match pattern \"(@sha256:[0-9a-f]{64}|:[^:/@]+)$\" (Workload images are pinned to a version)",
    ]);
  });

  it("run their own examples with the rule tester", async () => {
    const outcomes = await runRuleExamples(rules[0]!);
    expect(outcomes.map((outcome) => [outcome.kind, outcome.problems])).toEqual([
      ["valid", []],
      ["invalid", []],
    ]);
  });

  it("report malformed rules with file, line and cause, and still load the good ones", () => {
    const text = [
      "id: acme-good-rule", // 1
      "title: Good",
      "severity: low",
      "category: iam",
      "platforms: [terraform]",
      "resourceTypes: [aws_iam_user]",
      "description: d",
      "remediation: r",
      "select: $.name",
      "assert: { type: string }",
      "---", // 11
      "id: acme-bad-selector",
      "title: Bad",
      "severity: low",
      "category: iam",
      "platforms: [terraform]",
      "resourceTypes: [aws_iam_user]",
      "description: d",
      "remediation: r",
      "select: $.statements[?(@.Effect == 'Allow')]", // 20
      "assert:",
      "  minLenght: 3", // 22
      "---",
      "id: acme-bad-format",
      "title: Bad",
      "severity: urgent", // 26
      "category: iam",
      "platforms: [terraform]",
      "resourceTypes: [aws_iam_user]",
      "description: d",
      "remediation: r",
      "selector: $.name", // 32
      "",
    ].join("\n");
    const loaded = parseCustomRules(text, "/policies/mixed.yaml", new Set(["aws-builtin"]));
    expect(loaded.rules.map((rule) => rule.meta.id)).toEqual(["acme-good-rule"]);
    expect(loaded.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.level} ${d.message}`)).toEqual([
      expect.stringMatching(/^\/policies\/mixed\.yaml:20:9 error custom rule acme-bad-selector: invalid selector .*filter and script expressions/),
      expect.stringMatching(/^\/policies\/mixed\.yaml:22:3 error custom rule acme-bad-selector: invalid JSON Schema in assert: strict mode: unknown keyword: "minLenght"/),
      '/policies/mixed.yaml:24:1 error custom rule: missing required key "select"',
      '/policies/mixed.yaml:26:11 error custom rule severity: must be one of "critical", "high", "medium", "low"',
      expect.stringMatching(/^\/policies\/mixed\.yaml:32:1 error custom rule selector: unknown key "selector"/),
    ]);
    const clash = parseCustomRules(text.replace("acme-good-rule", "aws-builtin"), "/policies/mixed.yaml", new Set(["aws-builtin"]));
    expect(clash.diagnostics[0]).toMatchObject({ message: 'custom rule id "aws-builtin" is the id of a built-in rule', range: { start: { line: 1, column: 5 } } });
    const broken = parseCustomRules("id: x\ntitle: [unclosed\n", "/policies/broken.yaml");
    expect(broken.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "custom-rule-syntax", file: "/policies/broken.yaml", range: expect.objectContaining({ start: expect.objectContaining({ line: 3 }) }) })]);
  });

  it("load from directories, and a missing path is an error, not a crash", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "tollgate-custom-"));
    writeFileSync(path.join(directory, "rules.yaml"), RDS_RULE);
    writeFileSync(path.join(directory, "notes.txt"), "not a rule");
    const loaded = await loadCustomRules([directory, path.join(directory, "missing.yaml")]);
    expect(loaded.rules).toHaveLength(2);
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "custom-rule-unreadable", file: path.join(directory, "missing.yaml") })]);
  });

  it("accept only selectors that cannot evaluate code", () => {
    for (const ok of ["$", "$.a.b", "$..image", "$.a[*].b", "$['tollgate.dev/ignore']", "$.a[0,2]", "$.a[1:]", "$..[a,b][*]"]) expect(selectorProblem(ok), ok).toBeUndefined();
    for (const bad of ["a.b", "$.a[?(@.b)]", "$.a[(@.length-1)]", "$..", "$.a.", "$[", "$.a^", "$['a','b']"]) expect(selectorProblem(bad), bad).toBeDefined();
  });
});
