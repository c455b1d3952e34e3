import { describe, expect, it } from "vitest";
import { generateCorpus } from "../src/corpus.js";
import type { Measurement } from "../src/measure.js";
import { goalVerdicts, replaceResults, RESULTS_END, RESULTS_START } from "../src/results.js";

describe("corpus generator", () => {
  it("gives the same files for the same seed, and other files for another", () => {
    const first = generateCorpus(500, 7);
    expect(generateCorpus(500, 7)).toEqual(first);
    expect(generateCorpus(500, 8).files.map((file) => file.text)).not.toEqual(first.files.map((file) => file.text));
  });

  it("mixes every kind of input and lands close to the size asked for", () => {
    const corpus = generateCorpus(2000);
    const paths = corpus.files.map((file) => file.path);
    expect(paths.some((file) => file.endsWith("/modules/network/main.tf"))).toBe(true);
    expect(paths.some((file) => file.endsWith(".tfvars"))).toBe(true);
    expect(paths.some((file) => file.endsWith(".plan.json"))).toBe(true);
    expect(paths.some((file) => file.endsWith("/k8s/app.yaml"))).toBe(true);
    expect(paths.some((file) => /\/\.github\/workflows\/[^/]+\.yml$/.test(file))).toBe(true);
    expect(corpus.resources).toBeGreaterThanOrEqual(2000);
    expect(corpus.resources).toBeLessThan(2000 * 1.05);
  });
});

describe("results page", () => {
  it("replaces only the generated section of an existing page", () => {
    const page = `# Title\n\nprose\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nmore prose\n`;
    expect(replaceResults(page, "new")).toBe(`# Title\n\nprose\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n\nmore prose\n`);
    expect(replaceResults(undefined, "new")).toContain(`${RESULTS_START}\nnew\n${RESULTS_END}`);
  });

  it("says which goals are missed and by how much", () => {
    const measurement = (total: number, maxRss: number): Measurement => ({
      mode: "scan",
      files: 1,
      bytes: 1,
      resources: 100_000,
      findings: 0,
      timings: { discover: 0, load: 0, graph: 0, evaluate: 0, report: 0 },
      total,
      cpu: total,
      maxRss,
      inputErrors: 0,
    });
    const verdicts = goalVerdicts({ size: 100_000, files: 1, bytes: 1, runs: 1, floor: measurement(10_000, 0), scan: measurement(25_000, 2 ** 30) });
    expect(verdicts).toEqual([
      "100,000 resources: wall time 25.00 s, goal 20.00 s: **missed by 5.00 s** (25% over)",
      "100,000 resources: peak RSS 1024 MiB, goal 1536 MiB: met",
      "100,000 resources: time over the parse floor 2.50×, goal 2.00×: **missed by 0.50×** (25% over)",
    ]);
  });
});
