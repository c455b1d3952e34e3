import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { repositoryRoot } from "./run-cli.js";

const schema = JSON.parse(readFileSync(path.join(repositoryRoot, "packages/engine/test/fixtures/sarif-schema-2.1.0.json"), "utf8"));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

/** The official OASIS SARIF 2.1.0 schema, compiled once. */
export const validateSarif = ajv.compile(schema);
