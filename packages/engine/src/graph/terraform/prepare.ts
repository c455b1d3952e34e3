import type { HclDocument } from "../../load/hcl/ast.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { directoryLister, prepareTerraformInputs, type InputOptions, type TerraformInputs } from "./inputs.js";
import { loadInstalledModules } from "./installed-modules.js";

/**
 * Everything Terraform evaluation reads besides the scanned documents,
 * gathered before the synchronous graph stage: command-line and
 * environment variables, and the modules `terraform init` installed.
 * `texts` are the files read on the way (for fingerprints and reports).
 */
export async function prepareTerraform(
  documents: readonly HclDocument[],
  options: InputOptions,
): Promise<{ inputs: TerraformInputs; diagnostics: Diagnostic[]; texts: Map<string, string> }> {
  const prepared = await prepareTerraformInputs(options);
  if (documents.length === 0) return { ...prepared, texts: new Map() };
  const installed = await loadInstalledModules(documents, prepared.inputs, directoryLister(options.texts, options.root));
  return { inputs: prepared.inputs, diagnostics: [...prepared.diagnostics, ...installed.diagnostics], texts: installed.texts };
}
