import { promises as fs, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { HclDocument, HclExpression, HclTemplatePart } from "../../load/hcl/ast.js";
import { loadHcl, loadHclWith } from "../../load/hcl/load-hcl.js";
import { loadTfJson } from "../../load/hcl/load-tf-json.js";
import { hclParser, type HclParser } from "../../load/hcl/parser.js";
import type { Diagnostic } from "../../model/diagnostic.js";

/** A variable value given as text: `-var name=value` or `TF_VAR_name`. */
export interface RawVariable {
  name: string;
  text: string;
  /** The text read as an HCL expression, for variables of complex types; absent when it is not valid HCL. */
  expression?: HclExpression;
}

export type CommandLineInput = { kind: "var"; variable: RawVariable } | { kind: "file"; document: HclDocument };

/** Terraform variables as the command line gives them (`-var`, `-var-file`), in order: later wins. */
export type VariableOption = { name: string; value: string } | { file: string };

/**
 * What Terraform evaluation needs from outside the loaded documents: the
 * variables of the command line and the environment, and access to other
 * files of the scanned tree (for `file`, `templatefile`, installed modules).
 */
export interface TerraformInputs {
  commandLine: CommandLineInput[];
  /** `TF_VAR_<name>` variables, lowest precedence after defaults. */
  environment: RawVariable[];
  /** The text of a file by its path relative to the scan root; undefined outside the scanned tree or when missing. */
  readFile(file: string): string | undefined;
  /** Parses template text (`templatefile`); undefined when it is not a valid template. */
  parseTemplate(text: string): HclTemplatePart[] | undefined;
  /** Terraform documents of modules `terraform init` installed (`.terraform/modules`), by module directory. */
  installed: Map<string, HclDocument[]>;
  /** Per root module directory: the `.terraform/modules/modules.json` map of call path (`app.db`) to module directory. */
  manifests: Map<string, Map<string, string>>;
  /** The work one module instance may do (the scan's limits); the evaluator's defaults when absent. */
  budget?: { maxSteps: number; maxExpansion: number };
}

export const NO_INPUTS: TerraformInputs = {
  commandLine: [],
  environment: [],
  readFile: () => undefined,
  parseTemplate: () => undefined,
  installed: new Map(),
  manifests: new Map(),
};

/** Files read by evaluation are bounded: configuration files are small, a scan must not load a disk image. */
const MAX_READ_BYTES = 4 * 1024 * 1024;

export interface InputOptions {
  variables?: readonly VariableOption[];
  environment?: Readonly<Record<string, string>>;
  /** Directory the command line's relative `-var-file` paths start from. */
  cwd: string;
  /** Absolute scan root; files outside it are never read. Undefined: only `texts` are served. */
  root?: string;
  /** Texts already read by the scan, by root-relative path. */
  texts: ReadonlyMap<string, string>;
}

/**
 * Reads and parses everything evaluation needs before the (synchronous)
 * graph stage: `-var-file` documents, `-var` and `TF_VAR_` texts as HCL, and
 * a file reader confined to the scan root.
 */
export async function prepareTerraformInputs(options: InputOptions): Promise<{ inputs: TerraformInputs; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const parser = await hclParser().catch(() => undefined);
  const parseValue = (name: string, text: string): RawVariable => ({ name, text, expression: parser && parseExpression(parser, text) });
  const commandLine: CommandLineInput[] = [];
  for (const option of options.variables ?? []) {
    if ("file" in option) {
      const absolute = path.resolve(options.cwd, option.file);
      const display = options.root ? toDisplay(options.root, absolute) : option.file;
      const text = await fs.readFile(absolute, "utf8").catch(() => undefined);
      if (text === undefined) {
        diagnostics.push({ level: "error", code: "var-file-not-found", message: `variable file ${option.file} could not be read`, file: display });
        continue;
      }
      const loaded = absolute.toLowerCase().endsWith(".json")
        ? await loadTfJson({ path: display, text, kind: "tfvars" })
        : await loadHcl({ path: display, text, kind: "tfvars" });
      diagnostics.push(...loaded.diagnostics);
      for (const document of loaded.documents) commandLine.push({ kind: "file", document });
    } else {
      commandLine.push({ kind: "var", variable: parseValue(option.name, option.value) });
    }
  }
  const environment = Object.entries(options.environment ?? {})
    .filter(([key]) => key.startsWith("TF_VAR_") && key.length > "TF_VAR_".length)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => parseValue(key.slice("TF_VAR_".length), value));
  return {
    inputs: {
      commandLine,
      environment,
      readFile: fileReader(options.texts, options.root),
      parseTemplate: (text) => (parser ? parseTemplate(parser, text) : undefined),
      installed: new Map(),
      manifests: new Map(),
    },
    diagnostics,
  };
}

function toDisplay(root: string, absolute: string): string {
  const relative = path.relative(root, absolute).split(path.sep).join("/");
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.basename(absolute) : relative;
}

/** `-var 'tags={a="b"}'`: the text after `=` read as one HCL expression. */
function parseExpression(parser: HclParser, text: string): HclExpression | undefined {
  const loaded = loadHclWith(parser, { path: "-var", text: `value = ${text}\n`, kind: "tfvars" });
  if (loaded.diagnostics.length > 0) return undefined;
  const attributes = loaded.documents[0]?.body.attributes ?? [];
  return attributes.length === 1 && attributes[0].name === "value" ? attributes[0].expression : undefined;
}

const TEMPLATE_MARKER = "TOLLGATE_TEMPLATE_END";

/** Template file text as HCL reads it: the body of a heredoc (no escapes but `$${` and `%%{`). */
function parseTemplate(parser: HclParser, text: string): HclTemplatePart[] | undefined {
  if (text.includes(TEMPLATE_MARKER)) return undefined;
  const endsWithNewline = text.endsWith("\n");
  const source = `value = <<${TEMPLATE_MARKER}\n${text}${endsWithNewline ? "" : "\n"}${TEMPLATE_MARKER}\n`;
  const loaded = loadHclWith(parser, { path: "template", text: source, kind: "tfvars" });
  if (loaded.diagnostics.length > 0) return undefined;
  const expression = loaded.documents[0]?.body.attributes[0]?.expression;
  if (!expression) return undefined;
  const parts: HclTemplatePart[] = expression.kind === "template" ? [...expression.parts] : expression.kind === "literal" ? [String(expression.value)] : [expression];
  if (!endsWithNewline) {
    const last = parts[parts.length - 1];
    if (typeof last === "string" && last.endsWith("\n")) parts[parts.length - 1] = last.slice(0, -1);
  }
  return parts;
}

/**
 * Serves files by root-relative path: texts the scan already read, then
 * (when a root is given) files on disk whose real path lies inside the
 * root, so neither `..` nor a symbolic link leads out of the scanned tree.
 */
export function fileReader(texts: ReadonlyMap<string, string>, root: string | undefined): (file: string) => string | undefined {
  const realRoot = root ? safeRealpath(root) : undefined;
  const cache = new Map<string, string | undefined>();
  return (file) => {
    const normalized = path.posix.normalize(file);
    if (normalized.startsWith("../") || normalized === ".." || path.posix.isAbsolute(normalized)) return undefined;
    const known = texts.get(normalized);
    if (known !== undefined) return known;
    if (!root || !realRoot) return undefined;
    if (cache.has(normalized)) return cache.get(normalized);
    let text: string | undefined;
    try {
      const real = realpathSync(path.join(root, normalized));
      const relative = path.relative(realRoot, real);
      if (!relative.startsWith("..") && !path.isAbsolute(relative) && statSync(real).isFile() && statSync(real).size <= MAX_READ_BYTES) {
        text = readFileSync(real, "utf8");
      }
    } catch {
      text = undefined;
    }
    cache.set(normalized, text);
    return text;
  };
}

function safeRealpath(directory: string): string | undefined {
  try {
    return realpathSync(directory);
  } catch {
    return undefined;
  }
}

/** Files of a directory of the scan (installed modules), by root-relative path: from the scan's texts, or from disk under the root. */
export function directoryLister(texts: ReadonlyMap<string, string>, root: string | undefined): (dir: string) => Promise<string[]> {
  return async (dir) => {
    const inMemory = [...texts.keys()].filter((file) => path.posix.dirname(file) === dir);
    if (!root) return inMemory.filter(isTerraformFile).sort();
    // modules.json is part of the scanned tree: a directory it names outside the root is not listed.
    const relative = path.relative(root, path.resolve(root, dir));
    if (relative.startsWith("..") || path.isAbsolute(relative)) return inMemory.filter(isTerraformFile).sort();
    const names = await fs.readdir(path.join(root, dir)).catch(() => [] as string[]);
    return [...new Set([...inMemory, ...names.map((name) => path.posix.join(dir, name))])].filter(isTerraformFile).sort();
  };
}

function isTerraformFile(file: string): boolean {
  return file.endsWith(".tf") || file.endsWith(".tf.json");
}
