import path from "node:path";
import type { HclBlock, HclDocument, HclExpression } from "../../load/hcl/ast.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { evaluateStatic } from "./literal.js";
import { readVariable, type VariableDeclaration } from "./variables.js";

/** What a top-level block declares: its address in the module, type and mode. */
export interface Declaration {
  type: string;
  mode: string;
  address: string;
  block: HclBlock;
  file: string;
  syntax: HclDocument["syntax"];
}

/** The files of one directory: one Terraform module, indexed once however many times it is called. */
export interface TerraformModule {
  /** Directory relative to the scan root; `.` for the root itself. */
  dir: string;
  /** `.tf` and `.tf.json` documents, in file name order (Terraform's order). */
  documents: HclDocument[];
  /** `.tfvars` documents of the directory. */
  variableFiles: HclDocument[];
  /** Every `locals` entry of the module by name; the first declaration wins. */
  locals: Map<string, { expression: HclExpression; file: string }>;
  /** Declared objects by address (`aws_s3_bucket.b`, `data.x.y`, `module.m`, `var.v`, `output.o`, `provider.aws`), in file order. */
  declarations: Map<string, Declaration>;
  variables: Map<string, VariableDeclaration>;
  /** Duplicate declarations, reported once per module. */
  diagnostics: Diagnostic[];
}

/** What a top-level block declares, or undefined for blocks that declare no object (terraform, locals, moved, …). */
export function declarationOf(block: HclBlock): Omit<Declaration, "block" | "file" | "syntax"> | undefined {
  const [first, second] = block.labels;
  switch (block.type) {
    case "resource":
      return block.labels.length === 2 ? { type: first, mode: "managed", address: `${first}.${second}` } : undefined;
    case "data":
      return block.labels.length === 2 ? { type: first, mode: "data", address: `data.${first}.${second}` } : undefined;
    case "module":
      return block.labels.length === 1 ? { type: "module", mode: "module", address: `module.${first}` } : undefined;
    case "variable":
      return block.labels.length === 1 ? { type: "variable", mode: "variable", address: `var.${first}` } : undefined;
    case "output":
      return block.labels.length === 1 ? { type: "output", mode: "output", address: `output.${first}` } : undefined;
    case "provider": {
      if (block.labels.length !== 1) return undefined;
      const alias = block.body.attributes.find((attribute) => attribute.name === "alias");
      const aliasValue = alias ? evaluateStatic(alias.expression) : undefined;
      const suffix = typeof aliasValue === "string" ? `.${aliasValue}` : "";
      return { type: "provider", mode: "provider", address: `provider.${first}${suffix}` };
    }
    default:
      return undefined;
  }
}

/** Groups documents into modules by directory and indexes their declarations and locals. */
export function terraformModules(documents: readonly HclDocument[]): TerraformModule[] {
  const modules = new Map<string, TerraformModule>();
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const document of sorted) {
    const dir = path.posix.dirname(document.file);
    let module = modules.get(dir);
    if (!module) {
      module = { dir, documents: [], variableFiles: [], locals: new Map(), declarations: new Map(), variables: new Map(), diagnostics: [] };
      modules.set(dir, module);
    }
    if (document.kind === "tfvars") {
      module.variableFiles.push(document);
      continue;
    }
    module.documents.push(document);
    for (const block of document.body.blocks) {
      if (block.type === "locals") {
        for (const attribute of block.body.attributes) {
          if (!module.locals.has(attribute.name)) module.locals.set(attribute.name, { expression: attribute.expression, file: document.file });
        }
        continue;
      }
      const declaration = declarationOf(block);
      if (!declaration) continue;
      const existing = module.declarations.get(declaration.address);
      if (existing) {
        module.diagnostics.push({
          level: "warning",
          code: "terraform-duplicate",
          message: `${document.file}:${block.range.start.line}:${block.range.start.column}: ${declaration.address} is already declared at ${existing.file}:${existing.block.headerRange.start.line}; the first declaration is used`,
          file: document.file,
          range: { file: document.file, ...block.headerRange },
        });
        continue;
      }
      // Spelled out: spreading `declaration` and adding properties takes V8's slow path, microseconds per block.
      module.declarations.set(declaration.address, { type: declaration.type, mode: declaration.mode, address: declaration.address, block, file: document.file, syntax: document.syntax });
      if (declaration.mode === "variable") module.variables.set(block.labels[0], readVariable(block, document.file));
    }
  }
  return [...modules.values()];
}

/** A module call's `source`, when it is a literal string. */
export function moduleSource(block: HclBlock): string | undefined {
  const source = block.body.attributes.find((attribute) => attribute.name === "source");
  const value = source ? evaluateStatic(source.expression) : undefined;
  return typeof value === "string" ? value : undefined;
}

/** `./x`, `../x`: a module in the same tree, not fetched by `terraform init`. */
export function isLocalSource(source: string): boolean {
  return source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
}

/** The directory a local source names, relative to the scan root; undefined when it leaves the scanned tree. */
export function localModuleDir(callerDir: string, source: string): string | undefined {
  const joined = path.posix.normalize(path.posix.join(callerDir, source)).replace(/\/$/, "");
  if (joined === ".." || joined.startsWith("../")) return undefined;
  return joined === "" ? "." : joined;
}

/**
 * Directories that some other scanned module calls with a local source:
 * they are evaluated through those calls, never as root modules of their own.
 */
export function calledDirectories(modules: readonly TerraformModule[]): Set<string> {
  const called = new Set<string>();
  for (const module of modules) {
    for (const declaration of module.declarations.values()) {
      if (declaration.mode !== "module") continue;
      const source = moduleSource(declaration.block);
      if (source === undefined || !isLocalSource(source)) continue;
      const dir = localModuleDir(module.dir, source);
      if (dir !== undefined && dir !== module.dir) called.add(dir);
    }
  }
  return called;
}

/** Arguments of a module block that configure Terraform rather than set the module's variables. */
export const MODULE_META_ARGUMENTS: ReadonlySet<string> = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
