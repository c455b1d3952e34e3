import { describe, expect, it, vi } from "vitest";
import { formatSarif } from "../../src/report/sarif.js";
import { scanSources } from "../../src/scan.js";
import { validateSarif } from "../support/validate-sarif.js";
import { findingsOf, HEALTHY_FINDINGS, healthySources, RULES, throwingRule } from "./support.js";

// A builder and a loader that fail on one marked input, as a bug met by hostile input would.
const failOn = vi.hoisted(() => ({ kubernetes: "", yaml: "" }));

vi.mock("../../src/graph/kubernetes/build-kubernetes.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/graph/kubernetes/build-kubernetes.js")>();
  return {
    ...original,
    buildKubernetes: (...args: Parameters<typeof original.buildKubernetes>) => {
      if (failOn.kubernetes && args[0].some((document) => document.file === failOn.kubernetes)) throw new RangeError("Maximum call stack size exceeded");
      return original.buildKubernetes(...args);
    },
  };
});

vi.mock("../../src/load/yaml.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/load/yaml.js")>();
  return {
    ...original,
    loadYaml: (...args: Parameters<typeof original.loadYaml>) => {
      if (args[0].path === failOn.yaml) throw new Error("unexpected token type");
      return original.loadYaml(...args);
    },
  };
});

function expectValidSarif(result: Awaited<ReturnType<typeof scanSources>>): void {
  const log = JSON.parse(formatSarif(result));
  expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
  // Input errors reach SARIF consumers as notifications.
  const notifications = log.runs[0].invocations[0].toolExecutionNotifications ?? [];
  expect(notifications.length).toBeGreaterThan(0);
}

describe("an internal error loses nothing but what it was working on", () => {
  it("a rule that throws becomes an error naming the rule and the resource; the other rules report", async () => {
    const result = await scanSources(healthySources(), { rules: [...RULES, throwingRule("aws_s3_bucket", "terraform")] });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        level: "error",
        code: "rule-error",
        file: "healthy/main.tf",
        message: expect.stringMatching(/^rule test-throws failed on aws_s3_bucket\.logs \(healthy\/main\.tf\): cannot read properties/),
        range: expect.objectContaining({ start: { line: 1, column: 1 } }),
      }),
    ]);
    expect(findingsOf(result)).toEqual(expect.arrayContaining(HEALTHY_FINDINGS));
    expectValidSarif(result);
  });

  it("a graph builder that throws becomes an error for its files; the other platforms' resources remain", async () => {
    failOn.kubernetes = "healthy/pod.yaml";
    try {
      const result = await scanSources(healthySources(), { rules: RULES });
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ level: "error", code: "internal-error", file: "healthy/pod.yaml", message: expect.stringContaining("Kubernetes graph builder") }),
      ]);
      expect(findingsOf(result)).toEqual(HEALTHY_FINDINGS.filter((finding) => finding.ruleId !== "test-privileged"));
      expectValidSarif(result);
    } finally {
      failOn.kubernetes = "";
    }
  });

  it("a loader that throws becomes an error for that file; the other files load", async () => {
    failOn.yaml = "healthy/pod.yaml";
    try {
      const result = await scanSources(healthySources(), { rules: RULES });
      expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "internal-error", file: "healthy/pod.yaml" })]);
      expect(findingsOf(result)).toEqual(HEALTHY_FINDINGS.filter((finding) => finding.file !== "healthy/pod.yaml"));
      expectValidSarif(result);
    } finally {
      failOn.yaml = "";
    }
  });
});
