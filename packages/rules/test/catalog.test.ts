import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../src/catalog.js";
import { allRules } from "../src/index.js";

describe("rule catalog", () => {
  it("describes every rule as the rule does, in the same order (run `pnpm rules:registry` after changing a rule's metadata)", () => {
    expect(ruleCatalog.map((entry) => entry.meta)).toEqual(allRules.map((rule) => rule.meta));
  });

  it("loads each rule from its group", async () => {
    const loaded = await Promise.all(ruleCatalog.map((entry) => entry.load()));
    loaded.forEach((rule, index) => expect(rule).toBe(allRules[index]));
  });
});
