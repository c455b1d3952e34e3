import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { compileLinearRegExp, linearRegExpEngine } from "../../src/model/linear-regexp.js";
import { scanSources } from "../../src/scan.js";
import { RULES, codesOf } from "./support.js";

const Ajv = AjvModule.default;
/** Exponential for a backtracking engine: 2^40 ways to split the a's before the match fails at "!". */
const CATASTROPHIC = "^(a+)+$";
const VICTIM = `${"a".repeat(40)}!`;

describe("user patterns run in linear time", () => {
  it("compiles JavaScript syntax to RE2 and matches a catastrophic pattern at once", () => {
    const started = performance.now();
    expect(compileLinearRegExp(CATASTROPHIC).test(VICTIM)).toBe(false);
    expect(compileLinearRegExp(CATASTROPHIC).test("aaaa")).toBe(true);
    expect(compileLinearRegExp("^AB\\d+$", "i").test("ab12")).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    // What needs backtracking is refused, not run.
    expect(() => compileLinearRegExp("(a)\\1")).toThrow();
    expect(() => compileLinearRegExp("a(?=b)")).toThrow();
  });

  it("serves Ajv as its regular-expression engine, for the JSON Schemas of custom rules", () => {
    const ajv = new Ajv({ code: { regExp: linearRegExpEngine } });
    const validate = ajv.compile({ type: "string", pattern: CATASTROPHIC });
    const started = performance.now();
    expect(validate(VICTIM)).toBe(false);
    expect(validate("aaa")).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    const properties = ajv.compile({ type: "object", patternProperties: { [CATASTROPHIC]: { type: "number" } } });
    expect(properties({ [VICTIM]: "not checked", aaa: 1 })).toBe(true);
    expect(properties({ aaa: "x" })).toBe(false);
  });

  it("in Terraform's regex, regexall and replace: RE2, as Terraform itself", async () => {
    const text = [
      "locals {",
      `  victim = "${VICTIM}"`,
      "}",
      'resource "aws_s3_bucket" "b" {',
      `  bucket  = replace(local.victim, "/${CATASTROPHIC}/", "x")`,
      `  matches = regexall("${CATASTROPHIC}", local.victim)`,
      `  one     = can(regex("${CATASTROPHIC}", local.victim))`,
      `  acl     = length(regexall("(a|aa)+!", local.victim)) > 0 ? "public-read" : "private"`,
      "}",
      "",
    ].join("\n");
    const started = performance.now();
    const result = await scanSources([{ path: "main.tf", text }], { rules: RULES });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(codesOf(result).filter((code) => code !== "terraform-evaluation")).toEqual([]);
    const bucket = [...result.graph.resources()].find((resource) => resource.type === "aws_s3_bucket")!;
    expect(bucket.attributes.bucket).toBe(VICTIM);
    expect(bucket.attributes.matches).toEqual([]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(["test-public-acl"]);
  });
});
