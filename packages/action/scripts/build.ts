import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, repositoryRoot } from "../../../scripts/bundle.js";

/** Bundles the Action into one ESM file beside the HCL parser's WebAssembly (see scripts/bundle.ts). */

export const DIST_DIRECTORY = path.join(repositoryRoot, "packages/action/dist");
export const DIST_FILES = ["index.js", "tree-sitter.wasm", "tree-sitter-terraform.wasm"] as const;

export async function buildAction(outputDirectory: string): Promise<void> {
  await bundle({
    entry: "packages/action/src/index.ts",
    outputDirectory,
    outputName: "index.js",
    description: "The Tollgate GitHub Action, bundled: do not edit; run `pnpm run build:action`.",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(DIST_DIRECTORY);
  process.stdout.write(`built ${path.relative(process.cwd(), DIST_DIRECTORY) || "."}\n`);
}
