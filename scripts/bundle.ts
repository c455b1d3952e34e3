import { chmod, copyFile, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";

/**
 * Bundles a Node front end (the GitHub Action, the CLI) into ESM files plus
 * the HCL parser's WebAssembly, which web-tree-sitter loads from files next
 * to the bundle (`setHclWasmDirectory`). The output is a pure function of
 * the sources and the lockfile (no timestamps, no absolute paths, no source
 * maps), so tests rebuild it and compare bytes with the committed copy.
 */

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The HCL parser's WebAssembly: package specifier and the file name the engine looks for. */
const WASM_FILES: ReadonlyArray<readonly [string, string]> = [
  ["web-tree-sitter/tree-sitter.wasm", "tree-sitter.wasm"],
  ["@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm", "tree-sitter-terraform.wasm"],
];
export const WASM_FILE_NAMES = WASM_FILES.map(([, name]) => name);

// esbuild turns the `require` calls of bundled CommonJS packages into calls
// that need a real `require`; an ES module has none unless we make one.
const REQUIRE_BANNER = ['import { createRequire as __tollgateCreateRequire } from "node:module";', "const require = __tollgateCreateRequire(import.meta.url);"].join("\n");

export interface BundleOptions {
  /** Entry point, relative to the repository root. */
  entry: string;
  outputDirectory: string;
  /** File name of the entry's bundle. */
  outputName: string;
  /** The first comment of the bundle: what it is and how to rebuild it. */
  description: string;
  /** A `#!` line, for a bundle run as a command. */
  shebang?: string;
  /**
   * Code that only dynamic `import()`s reach goes into chunks beside the
   * bundle, read when first needed: a command that starts often pays only for
   * what it uses.
   */
  splitting?: boolean;
  /**
   * Also build the engine's load worker (`load-worker.mjs`) beside the bundle,
   * and the pool library's own worker entry beside the code that starts it,
   * so that large scans load files on worker threads.
   */
  loadWorker?: boolean;
  /** esbuild plugins for the front end's own build. */
  plugins?: Plugin[];
}

/** The engine's worker script, as `setLoadWorkerScript` expects it beside a bundle. */
export const LOAD_WORKER = { entry: "packages/engine/src/load/load-worker.ts", name: "load-worker.mjs" } as const;

export async function bundle(options: BundleOptions): Promise<string[]> {
  await rm(options.outputDirectory, { recursive: true, force: true });
  await mkdir(options.outputDirectory, { recursive: true });
  const banner = [...(options.shebang ? [options.shebang] : []), `// ${options.description}`, REQUIRE_BANNER].join("\n");
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: {
      [options.outputName.replace(/\.m?js$/, "")]: options.entry,
      ...(options.loadWorker ? { [LOAD_WORKER.name.replace(/\.mjs$/, "")]: LOAD_WORKER.entry } : {}),
    },
    outdir: options.outputDirectory,
    outExtension: { ".js": path.extname(options.outputName) || ".js" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: options.splitting === true,
    platform: "node",
    target: "node20",
    format: "esm",
    charset: "utf8",
    legalComments: "eof",
    banner: { js: banner },
    metafile: true,
    logLevel: "silent",
    plugins: options.plugins,
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join("\n"));

  // A bundle with a `#!` line is run as a command.
  if (options.shebang) await chmod(path.join(options.outputDirectory, options.outputName), 0o755);

  const engine = createRequire(path.join(repositoryRoot, "packages/engine/package.json"));
  for (const [specifier, name] of WASM_FILES) {
    const target = path.join(options.outputDirectory, name);
    await copyFile(engine.resolve(specifier), target);
    // Packages ship some of these executable; the committed copies should not depend on that.
    await chmod(target, 0o644);
  }
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.resolve(repositoryRoot, file));
  if (options.loadWorker) outputs.push(...(await buildPoolWorkerEntry(result.metafile, options.description)));
  const written = outputs.map((file) => path.relative(options.outputDirectory, file).split(path.sep).join("/"));
  return [...written, ...WASM_FILE_NAMES].sort();
}

/**
 * tinypool starts its threads on `entry/worker.js` beside its own code: once
 * bundled, beside whichever output file holds that code. That entry is built
 * there, as one file.
 */
async function buildPoolWorkerEntry(metafile: Metafile, description: string): Promise<string[]> {
  const pool = path.dirname(createRequire(path.join(repositoryRoot, "packages/engine/package.json")).resolve("tinypool"));
  const holder = Object.entries(metafile.outputs).find(([, output]) => Object.keys(output.inputs).some((input) => path.resolve(repositoryRoot, input).startsWith(pool + path.sep)));
  if (!holder) throw new Error("the bundle does not contain tinypool, so it cannot start load workers");
  const outfile = path.join(path.dirname(path.resolve(repositoryRoot, holder[0])), "entry/worker.js");
  const result = await build({
    absWorkingDir: repositoryRoot,
    entryPoints: [path.join(pool, "entry/worker.js")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    charset: "utf8",
    legalComments: "eof",
    banner: { js: `// ${description}\n${REQUIRE_BANNER}` },
    logLevel: "silent",
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join("\n"));
  return [outfile];
}
