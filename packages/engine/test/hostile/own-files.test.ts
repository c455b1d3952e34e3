import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { loadConfigFile, parseConfig } from "../../src/config/config.js";
import { parseCustomRules } from "../../src/custom-rules/load-custom-rules.js";
import { loadBaseline } from "../../src/suppress/baseline.js";
import { scanSources } from "../../src/scan.js";

describe("files a configuration names", () => {
  it.each([["custom-rules:\n  - /\n"], ["custom-rules:\n  - ../../shared-rules\n"], ["baseline: /dev/zero\n"]])("are refused outside the configuration's directory: %j", (text) => {
    const { config, diagnostics } = parseConfig(text, "/repo/tollgate.yaml");
    expect(config).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ level: "error", code: "config-invalid", message: expect.stringContaining("outside the configuration's directory") })]);
    expect(diagnostics[0]!.range?.start.line).toBeGreaterThan(0);
  });

  it("are read only when they are regular files", async () => {
    const fifoLike = await loadBaseline("/dev/zero");
    expect(fifoLike.diagnostics).toEqual([expect.objectContaining({ code: "baseline-unreadable", message: expect.stringContaining("not a regular file") })]);
    const directory = mkdtempSync(path.join(tmpdir(), "tollgate-own-"));
    const config = path.join(directory, "tollgate.yaml");
    writeFileSync(config, `fail-on: high\n${"#".repeat(5 * 1024 * 1024)}\n`);
    expect((await loadConfigFile(config)).diagnostics).toEqual([expect.objectContaining({ message: expect.stringContaining("more than the limit") })]);
  });
});

describe("patterns written by others run in linear time", () => {
  it("a custom rule's catastrophic pattern does not hang the scan", async () => {
    const { rules, diagnostics } = parseCustomRules(
      `id: acme-name
title: Names are plain words only
severity: low
category: supply-chain
platforms: [kubernetes]
resourceTypes: [Pod]
description: A pattern that backtracks exponentially in a backtracking engine.
remediation: Rename the pod.
select: $.metadata.name
assert:
  type: string
  pattern: "^(a+)+$"
`,
      "/repo/rules.yaml",
    );
    expect(diagnostics).toEqual([]);
    const started = performance.now();
    const result = await scanSources([{ path: "pod.yaml", text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${"a".repeat(5000)}!\n` }], { rules });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["acme-name"]);
  });

  it("chomp and trimspace on long runs of whitespace", async () => {
    const started = performance.now();
    const result = await scanSources(
      [{ path: "main.tf", text: `locals {\n  a = chomp("${"\\n".repeat(40_000)}x")\n  b = trimspace("${" ".repeat(40_000)}x${" ".repeat(40_000)}y")\n}\n` }],
      { rules: [] },
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level === "error")).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
