import { describe, expect, it } from "vitest";
import { attackerControlledContexts } from "../src/support/github-contexts.js";
import { secretsInText } from "../src/support/secrets.js";

/** A megabyte of one repeated word: what a hostile workflow or manifest can hold in one value. */
const MEGABYTE_OF = (word: string) => word.repeat(Math.ceil(1_000_000 / word.length));

describe("rule helpers read attacker-written text in linear time", () => {
  it.each(["pwd", "password", "a", "ghp_", "0a", "a-", " "])("a megabyte of %j", (word) => {
    const text = MEGABYTE_OF(word);
    const started = performance.now();
    secretsInText(text);
    attackerControlledContexts(text);
    // Quadratic, these took half an hour; linear, well under a second even on a busy machine.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("still find what they found", () => {
    expect(attackerControlledContexts("${{ github.event.issue.title }} ${{ 9github.event.pull_request.title }} ${{ github.sha }}")).toEqual([
      "github.event.issue.title",
      "github.event.pull_request.title",
    ]);
    expect(secretsInText("export DB_PASSWORD=s3cr3tvalue")).toEqual(["a password"]);
  });
});
