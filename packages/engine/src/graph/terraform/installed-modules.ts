import path from "node:path";
import type { HclDocument } from "../../load/hcl/ast.js";
import { loadHcl } from "../../load/hcl/load-hcl.js";
import { loadTfJson } from "../../load/hcl/load-tf-json.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { TerraformInputs } from "./inputs.js";
import { isLocalSource, moduleSource, terraformModules } from "./modules.js";

/** Modules of one root read at most: a scan reads what `terraform init` installed, not a mirror of the registry. */
const MAX_INSTALLED_MODULES = 200;
const MAX_FILES_PER_MODULE = 200;

/** The directory `terraform init` put a module call's module in, relative to the scan root. */
export function installedModuleDir(inputs: TerraformInputs, rootDir: string, callPath: readonly string[]): string | undefined {
  return inputs.manifests.get(rootDir)?.get(callPath.join("."));
}

/**
 * For every scanned directory that calls a registry or git module and has
 * `.terraform/modules/modules.json`, reads the manifest and the Terraform
 * files of the installed modules it lists (the scan itself skips
 * `.terraform`). Files are read through `listFiles` and the inputs' reader,
 * so nothing outside the scan root is touched.
 */
export async function loadInstalledModules(
  documents: readonly HclDocument[],
  inputs: TerraformInputs,
  listFiles: (dir: string) => Promise<string[]>,
): Promise<{ diagnostics: Diagnostic[]; texts: Map<string, string> }> {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const callers = terraformModules(documents).filter((module) =>
    [...module.declarations.values()].some((declaration) => {
      if (declaration.mode !== "module") return false;
      const source = moduleSource(declaration.block);
      return source !== undefined && !isLocalSource(source);
    }),
  );
  for (const module of callers) {
    const manifestPath = path.posix.join(module.dir, ".terraform/modules/modules.json");
    const manifestText = inputs.readFile(manifestPath);
    if (manifestText === undefined) continue;
    let entries: Array<{ Key?: unknown; Dir?: unknown }>;
    try {
      const parsed = JSON.parse(manifestText) as { Modules?: unknown };
      entries = Array.isArray(parsed.Modules) ? (parsed.Modules as Array<{ Key?: unknown; Dir?: unknown }>) : [];
    } catch {
      diagnostics.push({ level: "warning", code: "terraform-modules-manifest", message: "not valid JSON; installed modules are not evaluated", file: manifestPath });
      continue;
    }
    const manifest = new Map<string, string>();
    for (const entry of entries.slice(0, MAX_INSTALLED_MODULES)) {
      if (typeof entry.Key !== "string" || typeof entry.Dir !== "string" || entry.Key === "") continue;
      const dir = path.posix.normalize(path.posix.join(module.dir, entry.Dir.replace(/\\/g, "/")));
      if (dir.startsWith("../") || dir === "..") continue;
      manifest.set(entry.Key, dir);
      if (!dir.includes(".terraform/") || inputs.installed.has(dir)) continue;
      const loaded: HclDocument[] = [];
      for (const file of (await listFiles(dir)).slice(0, MAX_FILES_PER_MODULE)) {
        const text = inputs.readFile(file);
        if (text === undefined) continue;
        texts.set(file, text);
        const result = file.endsWith(".tf.json") ? await loadTfJson({ path: file, text, kind: "terraform-json" }) : await loadHcl({ path: file, text, kind: "terraform" });
        loaded.push(...result.documents);
        // A vendored module's syntax errors are not the scanned repository's input errors.
        diagnostics.push(...result.diagnostics.map((diagnostic) => ({ ...diagnostic, level: diagnostic.level === "error" ? ("warning" as const) : diagnostic.level })));
      }
      inputs.installed.set(dir, loaded);
    }
    inputs.manifests.set(module.dir, manifest);
  }
  return { diagnostics, texts };
}
