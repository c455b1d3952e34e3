import { fileURLToPath } from "node:url";
import { defineRule, type Rule } from "../../src/evaluate/rule.js";
import { scan, type ScanOptions, type ScanOutcome } from "../../src/scan.js";
import { isObject, isUnknown, type Value } from "../../src/model/value.js";

export const terraformFixtures = fileURLToPath(new URL("../fixtures/terraform/", import.meta.url));

/** Scans one fixture directory with its own directory as the root, as `tollgate scan .` there would. */
export function scanFixture(name: string, rules: readonly Rule[], options: Partial<ScanOptions> = {}): Promise<ScanOutcome> {
  const dir = terraformFixtures + name;
  return scan({ paths: ["."], cwd: dir, root: dir, rules, ...options });
}

/** Findings as `rule file:line resource`, sorted, for comparing scans. */
export function findingLines(outcome: ScanOutcome): string[] {
  return outcome.findings.map((finding) => `${finding.ruleId} ${finding.location.file}:${finding.location.start.line} ${finding.resourceName}`).sort();
}

const meta = {
  severity: "high",
  platforms: ["terraform"],
  description: "test rule",
  remediation: "fix it",
  precision: "high",
} as const;

/** Small rules for engine tests: the rule library is tested in its own package. */
export const unencryptedVolume = defineRule({
  meta: { ...meta, id: "test-ebs-unencrypted", title: "unencrypted volume", category: "encryption", resourceTypes: ["aws_ebs_volume"] },
  check(volume, { report }) {
    const encrypted = volume.attributes.encrypted;
    if (encrypted === true || isUnknown(encrypted)) return;
    report({ at: ["encrypted"], message: `${volume.name} is not encrypted` });
  },
  examples: { valid: [], invalid: [] },
});

export const unencryptedDatabase = defineRule({
  meta: { ...meta, id: "test-rds-unencrypted", title: "unencrypted database", category: "encryption", resourceTypes: ["aws_db_instance"] },
  check(database, { report }) {
    const encrypted = database.attributes.storage_encrypted;
    if (encrypted === true || isUnknown(encrypted)) return;
    report({ at: ["storage_encrypted"], message: `${database.name} is not encrypted` });
  },
  examples: { valid: [], invalid: [] },
});

export const openSsh = defineRule({
  meta: { ...meta, id: "test-ssh-open", title: "SSH open to the internet", category: "networking", resourceTypes: ["aws_security_group"] },
  check(group, { report }) {
    const rules = group.attributes.ingress;
    if (!Array.isArray(rules)) return;
    rules.forEach((rule: Value, index) => {
      if (!isObject(rule) || rule.from_port !== 22) return;
      const cidrs = Array.isArray(rule.cidr_blocks) ? rule.cidr_blocks : [];
      if (cidrs.includes("0.0.0.0/0")) report({ at: ["ingress", index, "cidr_blocks"], message: `${group.name} opens SSH to the internet` });
    });
  },
  examples: { valid: [], invalid: [] },
});

export const adminPolicy = defineRule({
  meta: { ...meta, id: "test-iam-admin", title: "admin policy", category: "iam", resourceTypes: ["aws_iam_policy"] },
  check(policy, { report }) {
    const text = policy.attributes.policy;
    if (typeof text !== "string") return;
    const document = JSON.parse(text) as { Statement?: Array<{ Effect?: string; Action?: unknown; Resource?: unknown }> };
    const hasStar = (value: unknown) => value === "*" || (Array.isArray(value) && value.includes("*"));
    for (const statement of document.Statement ?? []) {
      if (statement.Effect === "Allow" && hasStar(statement.Action) && hasStar(statement.Resource)) {
        report({ at: ["policy"], message: `${policy.name} allows everything` });
      }
    }
  },
  examples: { valid: [], invalid: [] },
});
