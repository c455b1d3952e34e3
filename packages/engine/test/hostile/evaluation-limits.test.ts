import { describe, expect, it } from "vitest";
import { scanSources } from "../../src/scan.js";

const EXPANDING = `resource "aws_s3_bucket" "logs" {
  count  = 50
  bucket = "logs-\${count.index}"
  tags   = { cells = length(flatten(local.pairs)) }
}

locals {
  pairs = [for a in range(40) : [for b in range(40) : a * b]]
}
`;

describe("Terraform evaluation takes its bounds from the scan's limits", () => {
  it("expands within the defaults", async () => {
    const result = await scanSources([{ path: "main.tf", text: EXPANDING }], { rules: [] });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.level !== "note")).toEqual([]);
    expect([...result.graph.resources()].filter((resource) => resource.type === "aws_s3_bucket")).toHaveLength(50);
  });

  it("refuses an expansion larger than limits.maxExpansion, with a diagnostic", async () => {
    const result = await scanSources([{ path: "main.tf", text: EXPANDING }], { rules: [], limits: { maxExpansion: 10 } });
    expect(result.diagnostics.map((diagnostic) => diagnostic.message).join("\n")).toContain("more than the limit of 10");
  });

  it("stops a module instance after limits.maxEvaluationSteps, with a diagnostic", async () => {
    const result = await scanSources([{ path: "main.tf", text: EXPANDING }], { rules: [], limits: { maxEvaluationSteps: 200 } });
    expect(result.diagnostics.map((diagnostic) => diagnostic.message).join("\n")).toContain("evaluation stopped after 200 steps");
  });
});
