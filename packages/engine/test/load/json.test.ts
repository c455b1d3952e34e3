import { describe, expect, it } from "vitest";
import { describeDiagnostic } from "../../src/model/diagnostic.js";
import { parseJson } from "../../src/load/json.js";
import { treeToValue } from "../../src/load/tree.js";
import { SourceMap, rangeOf } from "../../src/model/source.js";

describe("parseJson", () => {
  it("gives the same value as JSON.parse and the position of every key and value", () => {
    const text = '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { "address": "aws_s3_bucket.logs", "n": -1.5e2, "ok": true, "none": null }\n  ]\n}\n';
    const { root, diagnostics } = parseJson(text, "plan.json");
    expect(diagnostics).toEqual([]);
    const map = new SourceMap("plan.json", rangeOf(1, 1, 1, 1));
    expect(treeToValue(root!, map)).toEqual(JSON.parse(text));
    expect(map.get(["format_version"])).toEqual({ key: rangeOf(2, 3, 2, 19), value: rangeOf(2, 21, 2, 26) });
    expect(map.get(["resource_changes", 0, "address"])?.value).toEqual(rangeOf(4, 18, 4, 38));
    expect(map.get(["resource_changes", 0, "n"])?.value).toEqual(rangeOf(4, 45, 4, 51));
  });

  it("reads minified JSON and escapes", () => {
    const { root } = parseJson('{"a":"x\\ny\\u0041","b":[1,2,{"c":[]}]}', "min.json");
    expect(treeToValue(root!)).toEqual({ a: "x\nyA", b: [1, 2, { c: [] }] });
  });

  it("keeps __proto__ as an ordinary key", () => {
    const { root } = parseJson('{"__proto__": {"polluted": true}}', "p.json");
    const value = treeToValue(root!) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1,\n  "b": \n}', 4, 1, 'unexpected "}", expected a value'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
    ['[1, 2', 1, 6, 'expected "," or "]"'],
    ['{"a": "unterminated', 1, 20, "unterminated string"],
    ["{} x", 1, 4, "after the end of the JSON value"],
  ])("reports %j at its line and column", (text, line, column, cause) => {
    const { root, diagnostics } = parseJson(text, "bad.json");
    expect(root).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: "error", file: "bad.json", range: { start: { line, column } } });
    expect(diagnostics[0]!.message).toContain(cause);
    expect(describeDiagnostic(diagnostics[0]!)).toContain(`bad.json:${line}:${column}`);
  });

  it("refuses hostile nesting without overflowing the stack", () => {
    const { diagnostics } = parseJson("[".repeat(100_000), "deep.json");
    expect(diagnostics[0]!.message).toContain("nesting deeper than");
  });
});
