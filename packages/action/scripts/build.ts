import { chmod, copyFile, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the Action into one ESM file plus the HCL parser's WebAssembly,
 * which web-tree-sitter loads from files. The output is a pure function of
 * the sources and the lockfile (no timestamps, no absolute paths, no source
 * maps), so a test can rebuild it and compare bytes with the committed dist.
 */

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const DIST_DIRECTORY = path.join(repositoryRoot, "packages/action/dist");
export const DIST_FILES = ["index.js", "tree-sitter.wasm", "tree-sitter-terraform.wasm"] as const;

// esbuild turns the `require` calls of bundled CommonJS packages into calls
// that need a real `require`; an ES module has none unless we make one.
const BANNER = [
  "// The Tollgate GitHub Action, bundled: do not edit; run `pnpm run build:action`.",
  'import { createRequire as __tollgateCreateRequire } from "node:module";',
  "const require = __tollgateCreateRequire(import.meta.url);",
].join("\n");

export async function buildAction(outputDirectory: string): Promise<void> {
  await rm(outputDirectory, { recursive: true, force: true });
  await mkdir(outputDirectory, { recursive: true });
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: ["packages/action/src/index.ts"],
    outfile: path.join(outputDirectory, "index.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    charset: "utf8",
    legalComments: "eof",
    banner: { js: BANNER },
    logLevel: "silent",
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join("\n"));

  const engine = createRequire(path.join(repositoryRoot, "packages/engine/package.json"));
  const wasm: Array<[string, string]> = [
    ["web-tree-sitter/tree-sitter.wasm", "tree-sitter.wasm"],
    ["@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm", "tree-sitter-terraform.wasm"],
  ];
  for (const [specifier, name] of wasm) {
    const target = path.join(outputDirectory, name);
    await copyFile(engine.resolve(specifier), target);
    // Packages ship some of these executable; the committed copies should not depend on that.
    await chmod(target, 0o644);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(DIST_DIRECTORY);
  process.stdout.write(`built ${path.relative(process.cwd(), DIST_DIRECTORY) || "."}\n`);
}
