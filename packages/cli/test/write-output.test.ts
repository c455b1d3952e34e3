import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeOutputAtomically } from "../src/write-output.js";

describe("writeOutputAtomically", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "tollgate-write-output-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("replaces a regular file", async () => {
    const file = path.join(directory, "report.sarif");
    await writeOutputAtomically(file, "first");
    await writeOutputAtomically(file, "second");
    expect(readFileSync(file, "utf8")).toBe("second");
  });

  // As `-o /dev/null` or `-o /dev/stdout` would; a pipe, so that a mistake here replaces nothing but a test file.
  it("writes into a pipe instead of replacing it with a file", async () => {
    const fifo = path.join(directory, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = new Promise<string>((resolve) => import("node:fs").then(({ createReadStream }) => {
      let text = "";
      createReadStream(fifo, "utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve(text));
    }));
    await writeOutputAtomically(fifo, "through the pipe");
    expect(await reader).toBe("through the pipe");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});
