import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeJson } from "../../src/graph/terraform/literal.js";
import { isFullyKnown } from "../../src/graph/terraform/values.js";
import { evaluateLocals } from "./terraform-expressions.js";

/**
 * Differential test: the evaluator against Terraform itself. Every
 * expression is a local of one temporary configuration, wrapped in `try` so
 * that an error is a value ("<error>") on both sides; one `terraform
 * console` run prints them all, so the whole table costs one process.
 */
const EXPRESSIONS: readonly string[] = readFileSync(new URL("../fixtures/terraform/console-expressions.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"));

function terraformAvailable(): boolean {
  try {
    execFileSync("terraform", ["version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** All expressions in one console session: their values, or "<error>" where Terraform fails. */
function terraformValues(expressions: readonly string[]): unknown[] {
  const dir = mkdtempSync(path.join(tmpdir(), "tollgate-console-"));
  try {
    const locals = expressions.map((expression, index) => `  e${index} = try(${expression}, "<error>")\n`).join("");
    writeFileSync(path.join(dir, "main.tf"), `locals {\n${locals}}\n`);
    const object = expressions.map((_, index) => `e${index} = local.e${index}`).join(", ");
    const output = execFileSync("terraform", ["console"], {
      cwd: dir,
      input: `base64encode(jsonencode({ ${object} }))\n`,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" },
    });
    const encoded = JSON.parse(output.trim()) as string;
    const values = JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as Record<string, unknown>;
    return expressions.map((_, index) => values[`e${index}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("evaluator against terraform console", () => {
  it.skipIf(!terraformAvailable())(`agrees with Terraform on ${EXPRESSIONS.length} expressions`, { timeout: 120_000 }, async () => {
    const expected = terraformValues(EXPRESSIONS);
    const locals = Object.fromEntries(EXPRESSIONS.map((expression, index) => [`e${index}`, `try(${expression}, "<error>")`]));
    const { values } = await evaluateLocals(locals);
    const mismatches: string[] = [];
    EXPRESSIONS.forEach((expression, index) => {
      const value = values[`e${index}`];
      const ours = isFullyKnown(value) ? (JSON.parse(encodeJson(value)) as unknown) : "(unknown)";
      if (JSON.stringify(ours) !== JSON.stringify(expected[index])) {
        mismatches.push(`${expression}\n    terraform: ${JSON.stringify(expected[index])}\n    tollgate:  ${JSON.stringify(ours)}`);
      }
    });
    expect(mismatches).toEqual([]);
  });
});
