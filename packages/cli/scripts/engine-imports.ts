import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "esbuild";

/**
 * The engine's public API is one module re-exporting all the others, and a
 * bundler splits code by module: whatever imports `@tollgate/engine` reaches
 * every module of the engine, and every package they import (Ajv, fast-glob,
 * the drift audit), so all of it is read when the CLI starts. This plugin
 * rewrites `import { … } from "@tollgate/engine"` in the given source
 * directories into imports from the modules that define the names, so a
 * command reads only the modules it uses and those they import.
 */
export function engineDeepImports(options: { engineIndex: string; importers: readonly string[] }): Plugin {
  const definitions = exportedNames(options.engineIndex);
  const filter = new RegExp(`^(${options.importers.map((directory) => escapeRegExp(path.resolve(directory) + path.sep)).join("|")}).*\\.ts$`);
  return {
    name: "engine-deep-imports",
    setup(build) {
      build.onLoad({ filter }, async (args) => ({
        contents: rewriteEngineImports(await readFile(args.path, "utf8"), definitions, args.path),
        loader: "ts",
      }));
    },
  };
}

interface Definition {
  /** Absolute path of the module that declares the name. */
  file: string;
  /** The name there. */
  local: string;
  /** Declared as a type only: an import of it is erased. */
  type?: boolean;
}

const ENGINE_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*"@tollgate\/engine";/g;

export function rewriteEngineImports(source: string, definitions: ReadonlyMap<string, Definition>, importer: string): string {
  if (/from\s*"@tollgate\/engine"|import\(\s*"@tollgate\/engine"\s*\)/.test(source.replace(ENGINE_IMPORT, ""))) {
    throw new Error(`${importer}: only \`import { … } from "@tollgate/engine"\` can be split by module`);
  }
  return source.replace(ENGINE_IMPORT, (_, typeOnly: string | undefined, list: string) => {
    if (typeOnly) return "";
    const byFile = new Map<string, string[]>();
    for (const item of splitList(list)) {
      if (item.startsWith("type ")) continue;
      const [imported, as = imported] = item.split(/\s+as\s+/) as [string, string?];
      const definition = definitions.get(imported);
      if (!definition) throw new Error(`${importer}: @tollgate/engine exports no ${imported}`);
      if (definition.type) continue;
      const specifiers = byFile.get(definition.file) ?? [];
      specifiers.push(definition.local === as ? as : `${definition.local} as ${as}`);
      byFile.set(definition.file, specifiers);
    }
    return [...byFile].map(([file, specifiers]) => `import { ${specifiers.join(", ")} } from ${JSON.stringify(file)};`).join(" ");
  });
}

/** Every name a module exports, with the module that declares it, following re-exports. */
export function exportedNames(file: string, known = new Map<string, Map<string, Definition>>()): Map<string, Definition> {
  const cached = known.get(file);
  if (cached) return cached;
  const names = new Map<string, Definition>();
  // Set before reading: a cycle of re-exports ends here.
  known.set(file, names);
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)";/g)) {
    const target = exportedNames(resolveModule(file, match[3]!), known);
    for (const item of splitList(match[2]!)) {
      const typeOnly = match[1] !== undefined || item.startsWith("type ");
      const [local, exported = local] = item.replace(/^type\s+/, "").split(/\s+as\s+/) as [string, string?];
      const definition = target.get(local);
      if (definition) names.set(exported, typeOnly ? { ...definition, type: true } : definition);
      else if (typeOnly) names.set(exported, { file, local, type: true });
    }
  }
  for (const match of source.matchAll(/export\s*\*\s*from\s*"([^"]+)";/g)) {
    for (const [name, definition] of exportedNames(resolveModule(file, match[1]!), known)) if (!names.has(name)) names.set(name, definition);
  }
  for (const match of source.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/gm)) {
    names.set(match[1]!, { file, local: match[1]! });
  }
  for (const match of source.matchAll(/^export\s+(?:declare\s+)?(?:interface|type)\s+([A-Za-z_$][\w$]*)/gm)) {
    names.set(match[1]!, { file, local: match[1]!, type: true });
  }
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}\s*;/gm)) {
    for (const item of splitList(match[1]!)) {
      if (item.startsWith("type ")) continue;
      const [local, exported = local] = item.split(/\s+as\s+/) as [string, string?];
      names.set(exported, { file, local });
    }
  }
  return names;
}

function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, ".ts"), `${base}.ts`, path.join(base, "index.ts")];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

function splitList(list: string): string[] {
  return list
    .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
