import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scan, type ScanProgress } from "../../src/index.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../fixtures");

describe("scan progress and work counters", () => {
  it("reports each file loaded, then the later stages, and counts the work done", async () => {
    const events: ScanProgress[] = [];
    const result = await scan({ paths: ["."], cwd: fixtures, rules: [], onProgress: (progress) => events.push(progress) });
    const files = result.files.length;
    expect(files).toBeGreaterThan(0);
    const loads = events.filter((event) => event.stage === "load");
    expect(loads.map((event) => event.filesLoaded)).toEqual(Array.from({ length: files }, (_, index) => index + 1));
    expect(loads.every((event) => event.files === files)).toBe(true);
    expect(events.slice(files).map((event) => event.stage)).toEqual(["graph", "evaluate"]);
    expect(result.stats.filesLoaded).toBe(files);
    expect(result.stats.resourcesAdded).toBeGreaterThanOrEqual(result.resourceCount);
    expect(result.stats.ruleInvocations).toBe(0);
  });
});
