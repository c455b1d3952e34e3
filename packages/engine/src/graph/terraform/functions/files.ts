import path from "node:path";
import { Unknown } from "../../../model/value.js";
import { asString } from "../values.js";
import { fn, type TerraformFunction } from "./function.js";

/**
 * Functions that read files. They read only through the context, which
 * serves files of the scanned tree and nothing else; a file that cannot be
 * served is Unknown (it may exist where Terraform runs), not an error.
 */
export const fileFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  ["file", fn([1, 1], ([name], context) => context.readFile(asString(name)) ?? Unknown)],
  ["filebase64", fn([1, 1], ([name], context) => {
    const text = context.readFile(asString(name));
    return text === undefined ? Unknown : Buffer.from(text, "utf8").toString("base64");
  })],
  ["fileexists", fn([1, 1], ([name], context) => (context.readFile(asString(name)) === undefined ? Unknown : true))],
  [
    "templatefile",
    fn(
      [2, 2],
      ([name, vars], context) => {
        const text = context.readFile(asString(name));
        if (text === undefined) return Unknown;
        return context.renderTemplate(text, vars);
      },
      true,
    ),
  ],
  ["basename", fn([1, 1], ([name]) => path.posix.basename(asString(name)))],
  ["dirname", fn([1, 1], ([name]) => path.posix.dirname(asString(name)))],
  ["pathexpand", fn([1, 1], ([name]) => (asString(name).startsWith("~") ? Unknown : asString(name)))],
  ["abspath", fn([1, 1], () => Unknown)],
]);

/** Functions whose result changes from run to run or depends on the machine: always Unknown. */
export const unknowableFunctions: ReadonlyMap<string, TerraformFunction> = new Map(
  ["timestamp", "plantimestamp", "uuid", "bcrypt", "uuidv5", "filemd5", "filesha1", "filesha256", "filesha512", "filebase64sha256", "filebase64sha512", "fileset", "ephemeralasnull", "timeadd", "formatdate", "timecmp", "rsadecrypt", "textdecodebase64", "textencodebase64", "type"].map(
    (name): [string, TerraformFunction] => [name, fn([0], () => Unknown, true)],
  ),
);
