import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectedDocs } from "../src/docs/generate.js";

const docsDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/rules");

describe("docs/rules", () => {
  it("holds a current page for every rule and the catalogue (run `pnpm run docs` to regenerate)", () => {
    const expected = expectedDocs();
    const present = existsSync(docsDirectory) ? readdirSync(docsDirectory).filter((name) => name.endsWith(".md")) : [];
    expect(present.sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(path.join(docsDirectory, name), "utf8"), name).toBe(text);
  });
});
