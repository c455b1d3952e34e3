import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { drift } from "../../src/drift/drift.js";
import { appendRun, emptyHistory, historyRun, parseHistory } from "../../src/drift/history.js";
import { formatDriftHtml } from "../../src/drift/report/html.js";
import { toDriftJson } from "../../src/drift/report/json.js";
import { formatDriftMarkdown } from "../../src/drift/report/markdown.js";
import { DRIFT_RULE_ID, toDriftSarif } from "../../src/drift/report/sarif.js";
import type { DriftResult } from "../../src/drift/model.js";
import { validateSarif } from "../support/validate-sarif.js";
import { DRIFT_TEST_RULES } from "./test-rules.js";

const addFormats = addFormatsModule.default;
const jsonSchema = JSON.parse(readFileSync(new URL("../../src/drift/report/json-schema.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateDriftJson = ajv.compile(jsonSchema);

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/drift");
const NOW = new Date("2026-11-26T02:00:30Z");

function audit(options: Parameters<typeof drift>[0]): Promise<DriftResult> {
  return drift({ cwd: fixtures, now: NOW, ...options });
}

function itemsOf(result: DriftResult): string[] {
  return result.items.map((item) => `${item.kind} ${item.resource} ${item.path}`.trimEnd());
}

describe("refresh-only plan", async () => {
  const result = await audit({ refreshPlan: ["terraform/refresh-only.plan.json"], rules: DRIFT_TEST_RULES });

  it("reads resource_drift attribute by attribute, and a deleted object as missing live", () => {
    expect(result.diagnostics).toEqual([]);
    expect(itemsOf(result)).toEqual([
      "missing-live aws_cloudwatch_log_group.audit",
      "added aws_security_group.bastion ingress[1]",
      "added aws_security_group.bastion tags.owner",
      "added aws_security_group.bastion tags_all.owner",
    ]);
    const ingress = result.items[1];
    expect(ingress).toMatchObject({
      platform: "terraform",
      resourceType: "aws_security_group",
      severity: "medium",
      actual: { cidr_blocks: ["0.0.0.0/0"], from_port: 22, to_port: 22, description: "temporary debug access" },
    });
    expect(ingress.desired).toBeUndefined();
    // The live value is in the plan's `after`, the nearest desired place in its `before`.
    expect(ingress.actualLocation).toMatchObject({ file: "terraform/refresh-only.plan.json", start: { line: 314 } });
    expect(ingress.desiredLocation?.start.line).toBeLessThan(ingress.actualLocation!.start.line);
  });

  it("runs the rules on both states: the SSH rule is new live, the untagged bucket is not", () => {
    expect(result.newViolations).toHaveLength(1);
    const [violation] = result.newViolations;
    expect(violation).toMatchObject({ resource: "aws_security_group.bastion", relatedDrift: ["ingress[1]"] });
    expect(violation.finding).toMatchObject({ ruleId: "test-ssh-open", severity: "critical", attribute: "ingress[1].cidr_blocks[0]" });
    expect(violation.finding.location).toMatchObject({ file: "terraform/refresh-only.plan.json", start: { line: 316 } });
    expect(result.summary).toMatchObject({ driftItems: 4, newViolations: 1, missingLive: 1, unmanagedLive: 0 });
    expect(result.summary.bySeverity).toEqual({ critical: 1, high: 0, medium: 4, low: 0 });
  });

  it("reports a sensitive value as changed without printing it, in any format", async () => {
    const sensitive = await audit({ refreshPlan: ["terraform/sensitive.plan.json"], rules: DRIFT_TEST_RULES });
    expect(sensitive.diagnostics).toEqual([]);
    expect(itemsOf(sensitive)).toEqual([
      "changed aws_ssm_parameter.db_password key_id",
      "changed aws_ssm_parameter.db_password type",
      "changed aws_ssm_parameter.db_password value",
      "changed aws_ssm_parameter.db_password version",
    ]);
    const value = sensitive.items[2];
    expect(value).toMatchObject({ sensitive: true });
    expect(value).not.toHaveProperty("desired");
    expect(value).not.toHaveProperty("actual");
    expect(sensitive.items[1]).toMatchObject({ desired: "SecureString", actual: "String" });
    expect(validateDriftJson(JSON.parse(JSON.stringify(toDriftJson(sensitive))))).toBe(true);
    for (const text of [JSON.stringify(toDriftJson(sensitive)), JSON.stringify(toDriftSarif(sensitive)), formatDriftMarkdown(sensitive), formatDriftHtml(sensitive)]) {
      expect(text).toContain("aws_ssm_parameter.db_password");
      expect(text).not.toContain("Xk29");
    }
  });

  it("rejects a state given as a refresh-only plan", async () => {
    const wrong = await audit({ refreshPlan: ["terraform/state.json"], rules: DRIFT_TEST_RULES });
    expect(wrong.diagnostics).toContainEqual(expect.objectContaining({ level: "error", code: "drift-input", file: "terraform/state.json" }));
  });
});

describe("Terraform code against a state", async () => {
  const result = await audit({ desired: ["terraform/code"], state: ["terraform/state.json"], rules: DRIFT_TEST_RULES });

  it("compares what the code sets, resource by resource, and finds the object the state lacks", () => {
    expect(result.diagnostics).toEqual([]);
    expect(itemsOf(result)).toEqual(["missing-live aws_cloudwatch_log_group.audit", "added aws_security_group.bastion ingress[1]"]);
    expect(result.items[1].desiredLocation).toMatchObject({ file: "terraform/code/main.tf", start: { line: 6 } });
    expect(result.newViolations.map((violation) => violation.finding.ruleId)).toEqual(["test-ssh-open"]);
  });
});

describe("Kubernetes manifests against a live export", async () => {
  const result = await audit({ desired: ["kubernetes/desired"], live: ["kubernetes/live"], rules: DRIFT_TEST_RULES });

  it("reports the privileged container, the escalation switched on, the deleted worker and the hand-made Service", () => {
    expect(result.diagnostics).toEqual([]);
    expect(itemsOf(result)).toEqual([
      "added Deployment/shop/web spec.template.spec.containers[0].securityContext.privileged",
      "changed Deployment/shop/web spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation",
      "missing-live Deployment/shop/worker",
      "unmanaged-live Service/shop/web-debug",
    ]);
    expect(result.items[0]).toMatchObject({ apiGroup: "apps", actual: true, desiredLocation: { file: "kubernetes/desired/shop.yaml" } });
    expect(result.items[1]).toMatchObject({ desired: false, actual: true });
  });

  it("finds nothing on objects whose only differences are server-populated", () => {
    for (const name of ["Namespace/shop", "ServiceAccount/shop/web", "ConfigMap/shop/web-config", "Service/shop/web"]) {
      expect(result.items.filter((item) => item.resource === name)).toEqual([]);
    }
    // Owned ReplicaSets and the cluster's own objects are not the code's business.
    expect(result.items.some((item) => /ReplicaSet|kube-root-ca|ServiceAccount\/shop\/default/.test(item.resource))).toBe(false);
    expect(result.summary.compared).toBe(5);
  });

  it("the privileged container is a new violation, pointing at the live export", () => {
    expect(result.newViolations.map((violation) => [violation.finding.ruleId, violation.resource])).toEqual([["test-privileged", "Deployment/shop/web"]]);
    expect(result.newViolations[0].relatedDrift).toEqual(["spec.template.spec.containers[0].securityContext.privileged"]);
    expect(result.newViolations[0].finding.location).toMatchObject({ file: "kubernetes/live/shop.yaml", start: { line: 147 } });
  });

  it("a live export without manifests is an input error", async () => {
    const alone = await audit({ live: ["kubernetes/live"], rules: DRIFT_TEST_RULES });
    expect(alone.diagnostics).toContainEqual(expect.objectContaining({ level: "error", code: "drift-usage" }));
  });

  it("no drift at all when only server fields differ", async () => {
    const clean = await audit({ desired: ["kubernetes/clean/desired.yaml"], live: ["kubernetes/clean/live.yaml"], rules: DRIFT_TEST_RULES });
    expect(clean.diagnostics).toEqual([]);
    expect(clean.items).toEqual([]);
    expect(clean.newViolations).toEqual([]);
    expect(clean.summary.compared).toBe(3);
  });
});

describe("drift reports", async () => {
  const result = await audit({
    refreshPlan: ["terraform/refresh-only.plan.json"],
    desired: ["kubernetes/desired"],
    live: ["kubernetes/live"],
    rules: DRIFT_TEST_RULES,
  });

  it("puts new violations first, the most severe first", () => {
    expect(result.newViolations.map((violation) => violation.finding.ruleId)).toEqual(["test-privileged", "test-ssh-open"]);
  });

  it("SARIF: valid against the official schema, its own category, drift results and new violations", () => {
    const log = toDriftSarif(result);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.automationDetails?.id).toBe("tollgate-drift/");
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual([DRIFT_RULE_ID, "test-privileged", "test-ssh-open"]);
    const results = run.results ?? [];
    expect(results.slice(0, 2).map((r) => r.ruleId)).toEqual(["test-privileged", "test-ssh-open"]);
    expect(results.filter((r) => r.ruleId === DRIFT_RULE_ID)).toHaveLength(result.items.length);
    const privileged = results.find((r) => r.ruleId === DRIFT_RULE_ID && r.properties?.attribute === "spec.template.spec.containers[0].securityContext.privileged");
    expect(privileged?.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe("kubernetes/desired/shop.yaml");
    expect(privileged?.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri).toBe("kubernetes/live/shop.yaml");
    expect(toDriftSarif(result, { category: "tollgate-drift/prod" }).runs[0].automationDetails?.id).toBe("tollgate-drift/prod/");
  });

  it("JSON: relative paths, values on both sides, a stable shape", () => {
    const json = toDriftJson(result);
    expect(validateDriftJson(JSON.parse(JSON.stringify(json))), JSON.stringify(validateDriftJson.errors?.slice(0, 3))).toBe(true);
    expect(json).toMatchObject({ schemaVersion: "1.0", kind: "tollgate-drift", generatedAt: NOW.toISOString(), driftSeverity: "medium" });
    expect(json.items.find((item) => item.kind === "changed")).toMatchObject({ desired: false, actual: true, desiredLocation: { file: "kubernetes/desired/shop.yaml" } });
    expect(json.newViolations[0]).toMatchObject({ ruleId: "test-privileged", location: { file: "kubernetes/live/shop.yaml" } });
    expect(JSON.stringify(json)).not.toContain(fixtures);
  });

  it("Markdown: summary, new violations, then the drift table", () => {
    const markdown = formatDriftMarkdown(result);
    expect(markdown.indexOf("## New violations")).toBeLessThan(markdown.indexOf("## Drift"));
    expect(markdown).toContain("| critical | `test-privileged` | `Deployment/shop/web` |");
    expect(markdown).toContain("| medium | added | `aws_security_group.bastion` | `ingress[1]` | — |");
  });

  it("HTML: one page, no network resource, the chart drawn from the history", () => {
    const history = appendRun(appendRun(emptyHistory(), { ...historyRun(result), timestamp: "2026-11-25T02:00:00Z", driftItems: 1 }), historyRun(result));
    const html = formatDriftHtml(result, { history: history.runs });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('<table id="drift-table">');
    expect(html).toContain('<table id="new-violations-table">');
    expect(html.match(/<circle class="series-drift"/g)).toHaveLength(2);
    expect(html.indexOf('id="new-violations"')).toBeLessThan(html.indexOf('id="drift"'));
  });

  it("escapes what the inputs say", () => {
    const hostile: DriftResult = { ...result, items: [{ ...result.items[0], resource: "<img src=x onerror=alert(1)>", actual: "</code><script>" }] };
    const html = formatDriftHtml(hostile);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>");
  });
});

describe("history", () => {
  it("appends in time order and keeps a bounded number of runs", () => {
    let history = emptyHistory();
    for (let day = 1; day <= 5; day++) {
      history = appendRun(history, { timestamp: `2026-11-0${day}T02:00:00Z`, driftItems: day, newViolations: 0, missingLive: 0, unmanagedLive: 0, bySeverity: { critical: 0, high: 0, medium: day, low: 0 } }, 3);
    }
    expect(history.runs.map((run) => run.driftItems)).toEqual([3, 4, 5]);
  });

  it("reads its own output back and refuses what it cannot trust", () => {
    const text = JSON.stringify({ schemaVersion: "1.0", runs: [{ timestamp: "2026-11-01T02:00:00Z", driftItems: 2, newViolations: 1 }] });
    const parsed = parseHistory(text);
    expect(parsed).toEqual({
      history: { schemaVersion: "1.0", runs: [{ timestamp: "2026-11-01T02:00:00Z", driftItems: 2, newViolations: 1, missingLive: 0, unmanagedLive: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } }] },
    });
    expect(parseHistory("{")).toHaveProperty("error");
    expect(parseHistory('{"schemaVersion":"2.0","runs":[]}')).toHaveProperty("error");
    expect(parseHistory('{"schemaVersion":"1.0","runs":[{"timestamp":"yesterday"}]}')).toHaveProperty("error");
  });
});
