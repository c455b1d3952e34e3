import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressBar } from "../src/progress.js";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let written = "";
  stream.on("data", (chunk: Buffer) => (written += chunk.toString()));
  Object.assign(stream, { isTTY, columns: 100 });
  return { stream, output: () => written };
}

describe("--progress", () => {
  it("draws files read out of all, then the stage, and clears the bar at the end", async () => {
    const { stream, output } = fakeStream(true);
    const bar = progressBar(stream);
    bar.onProgress?.({ stage: "load", filesLoaded: 0, files: 10 });
    for (let done = 1; done <= 10; done++) bar.onProgress?.({ stage: "load", filesLoaded: done, files: 10 });
    bar.onProgress?.({ stage: "evaluate", filesLoaded: 10, files: 10 });
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(output()).toContain("0/10 files | reading");
    expect(output()).toContain("10/10 files | checking rules");
  });

  it("writes nothing when standard error is not a terminal", async () => {
    const { stream, output } = fakeStream(false);
    const bar = progressBar(stream);
    expect(bar.onProgress).toBeUndefined();
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(output()).toBe("");
  });
});
