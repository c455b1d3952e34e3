import type { ScanLimits } from "../limits.js";
import type { SourceFile } from "./document.js";
import { loadHcl } from "./hcl/load-hcl.js";
import { loadTfJson } from "./hcl/load-tf-json.js";
import { parseJson } from "./json.js";
import type { LoadedSources } from "./load.js";
import { loadYaml } from "./yaml.js";

/** One run of files through their loaders, on this thread: the whole load, or one worker's share of it. */
export interface BatchOptions {
  limits: ScanLimits;
  /** True once the scan is out of time: the files not yet loaded are counted, not read. */
  expired?: () => boolean;
  onFileLoaded?: (filesLoaded: number) => void;
}

export async function loadBatch(files: readonly SourceFile[], options: BatchOptions): Promise<{ loaded: LoadedSources; notLoaded: number }> {
  const loaded: LoadedSources = { hcl: [], trees: [], diagnostics: [] };
  let done = 0;
  for (const file of files) {
    if (options.expired?.()) return { loaded, notLoaded: files.length - done };
    try {
      await loadOne(file, loaded, options.limits, options.expired);
    } catch (error) {
      loaded.diagnostics.push({
        level: "error",
        code: "internal-error",
        message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        file: file.path,
      });
    }
    options.onFileLoaded?.(++done);
  }
  return { loaded, notLoaded: 0 };
}

async function loadOne(file: SourceFile, loaded: LoadedSources, limits: ScanLimits, expired: (() => boolean) | undefined): Promise<void> {
  const depth = { maxDepth: limits.maxDepth };
  const hcl = { maxDepth: limits.maxDepth, cancelled: expired };
  const isJson = file.text.trimStart().startsWith("{") || file.path.toLowerCase().endsWith(".json");
  switch (file.kind) {
    case "terraform":
    case "tfvars": {
      const result = file.path.toLowerCase().endsWith(".json") ? await loadTfJson(file, depth) : await loadHcl(file, hcl);
      loaded.hcl.push(...result.documents);
      loaded.diagnostics.push(...result.diagnostics);
      return;
    }
    case "terraform-json": {
      const result = await loadTfJson(file, depth);
      loaded.hcl.push(...result.documents);
      loaded.diagnostics.push(...result.diagnostics);
      return;
    }
    case "plan":
    case "state": {
      addJson(file, loaded, limits);
      return;
    }
    case "kubernetes": {
      if (isJson) addJson(file, loaded, limits);
      else addYaml(file, loaded, limits);
      return;
    }
    case "workflow":
    case "action-metadata":
      addYaml(file, loaded, limits);
      return;
  }
}

function addJson(file: SourceFile, loaded: LoadedSources, limits: ScanLimits): void {
  const { root, diagnostics } = parseJson(file.text, file.path, { maxDepth: limits.maxDepth });
  loaded.diagnostics.push(...diagnostics);
  if (root) loaded.trees.push({ file: file.path, kind: file.kind, index: 0, root, range: root.range });
}

function addYaml(file: SourceFile, loaded: LoadedSources, limits: ScanLimits): void {
  const result = loadYaml(file, { maxAliasNodes: limits.maxAliasNodes, maxDepth: limits.maxDepth, maxDocuments: limits.maxDocumentsPerFile });
  loaded.trees.push(...result.documents);
  loaded.diagnostics.push(...result.diagnostics);
}
