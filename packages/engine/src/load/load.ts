import { DEFAULT_LIMITS, type Deadline, type ScanLimits } from "../limits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceFile, TreeDocument } from "./document.js";
import { loadHcl, type HclDocument } from "./hcl/load-hcl.js";
import { loadTfJson } from "./hcl/load-tf-json.js";
import { parseJson } from "./json.js";
import { loadYaml } from "./yaml.js";

export interface LoadedSources {
  /** Terraform native and JSON syntax, and variable files. */
  hcl: HclDocument[];
  /** Plans, states, Kubernetes objects, workflows and action metadata. */
  trees: TreeDocument[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Depth, alias and document bounds for every loader; the defaults when absent. */
  limits?: ScanLimits;
  /** Past it, the files not yet loaded are left out with an error. */
  deadline?: Deadline;
}

/**
 * Reads every file with the loader for its kind; a loader returns diagnostics,
 * never throws. `onFileLoaded` hears how many files are done after each one.
 */
export async function loadSources(files: readonly SourceFile[], onFileLoaded?: (filesLoaded: number) => void, options: LoadOptions = {}): Promise<LoadedSources> {
  const loaded: LoadedSources = { hcl: [], trees: [], diagnostics: [] };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadline = options.deadline;
  let done = 0;
  for (const file of files) {
    if (deadline?.expired) {
      const left = files.length - done;
      loaded.diagnostics.push(...deadline.exceeded(`${left} ${left === 1 ? "file was" : "files were"} not loaded`));
      break;
    }
    try {
      await loadOne(file, loaded, limits, deadline);
    } catch (error) {
      loaded.diagnostics.push({
        level: "error",
        code: "internal-error",
        message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        file: file.path,
      });
    }
    onFileLoaded?.(++done);
  }
  return loaded;
}

async function loadOne(file: SourceFile, loaded: LoadedSources, limits: ScanLimits, deadline: Deadline | undefined): Promise<void> {
  const depth = { maxDepth: limits.maxDepth };
  const hcl = { maxDepth: limits.maxDepth, cancelled: deadline ? () => deadline.expired : undefined };
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
