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

/**
 * Reads every file with the loader for its kind; a loader returns diagnostics,
 * never throws. `onFileLoaded` hears how many files are done after each one.
 */
export async function loadSources(files: readonly SourceFile[], onFileLoaded?: (filesLoaded: number) => void): Promise<LoadedSources> {
  const loaded: LoadedSources = { hcl: [], trees: [], diagnostics: [] };
  let done = 0;
  for (const file of files) {
    try {
      await loadOne(file, loaded);
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

async function loadOne(file: SourceFile, loaded: LoadedSources): Promise<void> {
  const isJson = file.text.trimStart().startsWith("{") || file.path.toLowerCase().endsWith(".json");
  switch (file.kind) {
    case "terraform":
    case "tfvars": {
      const result = file.path.toLowerCase().endsWith(".json") ? await loadTfJson(file) : await loadHcl(file);
      loaded.hcl.push(...result.documents);
      loaded.diagnostics.push(...result.diagnostics);
      return;
    }
    case "terraform-json": {
      const result = await loadTfJson(file);
      loaded.hcl.push(...result.documents);
      loaded.diagnostics.push(...result.diagnostics);
      return;
    }
    case "plan":
    case "state": {
      addJson(file, loaded);
      return;
    }
    case "kubernetes": {
      if (isJson) addJson(file, loaded);
      else addYaml(file, loaded);
      return;
    }
    case "workflow":
    case "action-metadata":
      addYaml(file, loaded);
      return;
  }
}

function addJson(file: SourceFile, loaded: LoadedSources): void {
  const { root, diagnostics } = parseJson(file.text, file.path);
  loaded.diagnostics.push(...diagnostics);
  if (root) loaded.trees.push({ file: file.path, kind: file.kind, index: 0, root, range: root.range });
}

function addYaml(file: SourceFile, loaded: LoadedSources): void {
  const result = loadYaml(file);
  loaded.trees.push(...result.documents);
  loaded.diagnostics.push(...result.diagnostics);
}
