import { createHash } from "node:crypto";
import YAML from "yaml";
import { emptyObject, isObject, isUnknown, Unknown, type Value } from "../../../model/value.js";
import { encodeJson } from "../literal.js";
import { asString, fail, isFullyKnown, objectOf } from "../values.js";
import { fn, type TerraformFunction } from "./function.js";

/** Decoded documents larger than this are refused: configuration does not need them, a scan must not choke on them. */
const MAX_DECODED_LENGTH = 4 * 1024 * 1024;

/** Plain JSON data into a Value: objects without prototype, so every key is just data. */
export function fromJson(data: unknown): Value {
  if (data === null || typeof data === "string" || typeof data === "boolean") return data;
  if (typeof data === "number") return data;
  if (Array.isArray(data)) return data.map(fromJson);
  if (typeof data === "object") {
    const object = emptyObject();
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) object[key] = fromJson(value);
    return object;
  }
  if (typeof data === "bigint") return Number(data);
  if (data instanceof Date) return data.toISOString();
  return fail("unsupported value in document");
}

function jsonDecode(text: string): Value {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  try {
    return fromJson(JSON.parse(text) as unknown);
  } catch (error) {
    return fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function yamlDecode(text: string): Value {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  let data: unknown;
  let problem: string | undefined;
  try {
    // YAML 1.1, as Terraform reads it: `yes` and `on` are booleans.
    const documents = YAML.parseAllDocuments(text, { version: "1.1", uniqueKeys: true }) as YAML.Document[];
    if (documents.length > 1) problem = "only one document is allowed";
    else if (documents.length === 1 && documents[0].errors.length > 0) problem = documents[0].errors[0].message;
    else data = documents.length === 0 ? null : documents[0].toJS({ maxAliasCount: 100 });
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== undefined) fail(`invalid YAML: ${problem}`);
  return fromJson(data);
}

/** YAML as Terraform's `yamlencode` writes it: quoted keys and strings, block literals for multi-line text. */
function yamlEncode(value: Value): string {
  const document = new YAML.Document(toPlain(value));
  YAML.visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && node.value.includes("\n")) node.type = "BLOCK_LITERAL";
    },
  });
  return document.toString({ defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "QUOTE_DOUBLE", lineWidth: 0, indentSeq: false });
}

function toPlain(value: Value): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((key) => [key, toPlain(value[key])]));
  return value;
}

/** RFC 4180 CSV with a header row; every value is a string, every row must have the header's width. */
function csvDecode(text: string): Value {
  if (text.length > MAX_DECODED_LENGTH) fail("document too large");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      index++;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endField();
      if (!(row.length === 1 && row[0] === "")) rows.push(row);
      row = [];
    } else field += char;
    index++;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  if (rows.length === 0) return [];
  const [header, ...body] = rows;
  return body.map((cells, line) => {
    if (cells.length !== header.length) fail(`csvdecode: line ${line + 2} has ${cells.length} fields, the header ${header.length}`);
    return objectOf(header.map((name, column) => [name, cells[column]]));
  });
}

/** Go's url.QueryEscape. */
function urlEncode(text: string): string {
  return Array.from(Buffer.from(text, "utf8"))
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-_.~]/.test(char)) return char;
      if (char === " ") return "+";
      return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
}

function base64Decode(text: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) fail(`failed to decode base64 data`);
  const bytes = Buffer.from(text, "base64");
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (decoded.includes("\ufffd") && !text.includes("77-9")) fail("the result of decoding the provided string is not valid UTF-8");
  return decoded;
}

function hash(algorithm: string, encoding: "hex" | "base64") {
  return fn([1, 1], ([value]) => createHash(algorithm).update(asString(value), "utf8").digest(encoding));
}

export const encodingFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  [
    "jsonencode",
    fn(
      [1, 1],
      ([value]) => {
        if (isUnknown(value)) return Unknown;
        // A document with unknown parts (an ARN from a reference) stays decoded, so
        // policy rules still read its known statements; string rules see no string.
        return isFullyKnown(value) ? encodeJson(value) : value;
      },
      true,
    ),
  ],
  ["jsondecode", fn([1, 1], ([text]) => jsonDecode(asString(text)))],
  ["yamlencode", fn([1, 1], ([value]) => yamlEncode(value))],
  ["yamldecode", fn([1, 1], ([text]) => yamlDecode(asString(text)))],
  ["base64encode", fn([1, 1], ([text]) => Buffer.from(asString(text), "utf8").toString("base64"))],
  ["base64decode", fn([1, 1], ([text]) => base64Decode(asString(text)))],
  ["urlencode", fn([1, 1], ([text]) => urlEncode(asString(text)))],
  ["csvdecode", fn([1, 1], ([text]) => csvDecode(asString(text)))],
  ["md5", hash("md5", "hex")],
  ["sha1", hash("sha1", "hex")],
  ["sha256", hash("sha256", "hex")],
  ["sha512", hash("sha512", "hex")],
  ["base64sha256", hash("sha256", "base64")],
  ["base64sha512", hash("sha512", "base64")],
]);
