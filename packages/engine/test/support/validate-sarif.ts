import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

// Both packages are CommonJS with the class or plugin on `default`.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/sarif-schema-2.1.0.json");
const ajv = new AjvDraft04({ strict: false, allErrors: true });
addFormats(ajv);

/** The official OASIS SARIF 2.1.0 schema, compiled once; every package's tests validate with it. */
export const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
