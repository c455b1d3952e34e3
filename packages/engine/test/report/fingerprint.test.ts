import { describe, expect, it } from "vitest";
import { fingerprintFinding, normaliseLineText } from "../../src/report/fingerprint.js";

const parts = {
  ruleId: "aws-s3-encryption-at-rest",
  resource: "terraform:aws_s3_bucket.logs",
  attribute: "",
  lineText: 'resource "aws_s3_bucket" "logs" {',
};

describe("fingerprintFinding", () => {
  it("is 32 lowercase hex characters and the same on every call", () => {
    const fingerprint = fingerprintFinding(parts);
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprintFinding({ ...parts })).toBe(fingerprint);
  });

  it("is a truncated sha256 of the fields, so other tools can recompute it", async () => {
    const { createHash } = await import("node:crypto");
    const expected = createHash("sha256")
      .update([parts.ruleId, parts.resource, parts.attribute, parts.lineText].join("\u0000"))
      .digest("hex")
      .slice(0, 32);
    expect(fingerprintFinding(parts)).toBe(expected);
  });

  it("ignores indentation, tabs, repeated spaces and a trailing carriage return", () => {
    const fingerprint = fingerprintFinding(parts);
    expect(fingerprintFinding({ ...parts, lineText: `    ${parts.lineText}` })).toBe(fingerprint);
    expect(fingerprintFinding({ ...parts, lineText: '\tresource  "aws_s3_bucket"\t"logs" {\r' })).toBe(fingerprint);
  });

  it("changes when the flagged line's text changes", () => {
    expect(fingerprintFinding({ ...parts, lineText: 'resource "aws_s3_bucket" "audit" {' })).not.toBe(
      fingerprintFinding(parts),
    );
  });

  it("changes with the rule, the resource and the attribute", () => {
    const fingerprint = fingerprintFinding(parts);
    expect(fingerprintFinding({ ...parts, ruleId: "aws-s3-versioning" })).not.toBe(fingerprint);
    expect(fingerprintFinding({ ...parts, resource: "terraform:module.a.aws_s3_bucket.logs" })).not.toBe(fingerprint);
    expect(fingerprintFinding({ ...parts, attribute: "bucket" })).not.toBe(fingerprint);
  });

  it("keeps fields apart: moving text from one field to the next is a different finding", () => {
    expect(fingerprintFinding({ ...parts, ruleId: "rule-a", resource: "bc" })).not.toBe(
      fingerprintFinding({ ...parts, ruleId: "rule-ab", resource: "c" }),
    );
  });
});

describe("normaliseLineText", () => {
  it("collapses whitespace runs and trims", () => {
    expect(normaliseLineText("  a \t b\r\n")).toBe("a b");
    expect(normaliseLineText("")).toBe("");
  });
});
