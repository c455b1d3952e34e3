import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, repositoryRoot } from "../../../scripts/bundle.js";
import { engineDeepImports } from "./engine-imports.js";

/**
 * Bundles the CLI for pre-commit hooks and other places where a fast start
 * matters and no `pnpm install` has run: `dist/tollgate.mjs`, run with plain
 * `node`, beside the HCL parser's WebAssembly (see scripts/bundle.ts).
 */

export const DIST_DIRECTORY = path.join(repositoryRoot, "packages/cli/dist");
export const BUNDLE_NAME = "tollgate.mjs";

/** Builds into `outputDirectory` and returns the files written, relative to it. */
export async function buildCli(outputDirectory: string): Promise<string[]> {
  return bundle({
    entry: "packages/cli/src/bundled.ts",
    outputDirectory,
    outputName: BUNDLE_NAME,
    shebang: "#!/usr/bin/env node",
    splitting: true,
    loadWorker: true,
    description: "The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.",
    plugins: [
      engineDeepImports({
        engineIndex: path.join(repositoryRoot, "packages/engine/src/index.ts"),
        importers: [path.join(repositoryRoot, "packages/cli/src"), path.join(repositoryRoot, "packages/rules/src")],
      }),
    ],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildCli(DIST_DIRECTORY);
  process.stdout.write(`built ${path.relative(process.cwd(), DIST_DIRECTORY) || "."}: ${files.join(", ")}\n`);
}
