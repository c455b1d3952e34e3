import { loadHcl } from "../../src/load/hcl/load-hcl.js";
import { NO_INPUTS, type TerraformInputs } from "../../src/graph/terraform/inputs.js";
import { terraformModules } from "../../src/graph/terraform/modules.js";
import { ModuleScope, type EvaluationRun } from "../../src/graph/terraform/scope.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { Value } from "../../src/model/value.js";

/**
 * Evaluates expressions as locals of one root module (`locals { e0 = … }`),
 * the way the graph stage evaluates any expression. Extra files may declare
 * variables, resources or more locals for the expressions to use.
 */
export async function evaluateLocals(
  expressions: Readonly<Record<string, string>>,
  extraFiles: Readonly<Record<string, string>> = {},
  inputs: TerraformInputs = NO_INPUTS,
): Promise<{ values: Record<string, Value>; diagnostics: Diagnostic[] }> {
  const text = `locals {\n${Object.entries(expressions)
    .map(([name, expression]) => `  ${name} = ${expression}\n`)
    .join("")}}\n`;
  const files = { "main.tf": text, ...extraFiles };
  const documents = [];
  for (const [path, source] of Object.entries(files)) {
    const loaded = await loadHcl({ path, text: source, kind: path.endsWith(".tfvars") ? "tfvars" : "terraform" });
    if (loaded.diagnostics.length > 0) throw new Error(`${path}: ${loaded.diagnostics.map((diagnostic) => diagnostic.message).join("; ")}`);
    documents.push(...loaded.documents);
  }
  const [module] = terraformModules(documents);
  const diagnostics: Diagnostic[] = [];
  const run: EvaluationRun = { inputs, diagnostics, modulesByDir: new Map([[module.dir, module]]), installedModuleDir: () => undefined, reported: new Set() };
  const scope = new ModuleScope(run, module, "", module.dir, [], []);
  const values: Record<string, Value> = {};
  for (const name of Object.keys(expressions)) values[name] = scope.local(name);
  return { values, diagnostics };
}
