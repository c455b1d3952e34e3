import path from "node:path";
import type { Resource } from "../../model/resource.js";
import { isUnknown } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { terraformRoots, type HclOrigin, type TerraformRoots } from "./build-terraform.js";
import { planOrigins, type PlanOrigin } from "./build-plan.js";
import { isLocalSource, localModuleDir, moduleSource, type TerraformModule } from "./modules.js";

/**
 * Joins each plan resource to the HCL declaration it came from, when both
 * are scanned. The plan resource keeps its values (more complete: defaults
 * and provider-computed settings) and takes the HCL resource's positions and
 * module call chain, so findings point at `.tf` lines (attributes the plan
 * leaves unknown and the HCL does not set read as unset); the HCL resource
 * leaves the graph (its edges move to the plan resource), so each rule
 * reports each resource address once.
 *
 * Which root module a plan belongs to (see the README's design section):
 * the root module in the plan file's own directory or the nearest parent
 * directory, if its declarations agree with the plan; otherwise the scan's
 * only root module, if it agrees. A plan that fits no root stays on its
 * own (a plan kept beside unrelated code is not joined to it).
 */
export function joinPlansToSource(graph: ResourceGraph): void {
  const roots = terraformRoots(graph);
  const origins = planOrigins(graph);
  if (roots.roots.length === 0 || origins.size === 0) return;

  const byPlanFile = new Map<string, Array<{ resource: Resource; origin: PlanOrigin }>>();
  for (const [id, origin] of origins) {
    const resource = graph.get(id);
    if (!resource || resource.origin !== "plan") continue;
    const file = resource.source.file;
    const list = byPlanFile.get(file);
    if (list) list.push({ resource, origin });
    else byPlanFile.set(file, [{ resource, origin }]);
  }

  const hclIndex = indexHcl(roots);
  const rootDirs = new Set(roots.roots);
  for (const [file, resources] of byPlanFile) {
    const rootDir = chooseRoot(file, resources.map((entry) => entry.origin), roots, rootDirs);
    if (rootDir === undefined) continue;
    const planInstances = new Set(resources.map(({ origin }) => instanceKey(origin, origin.index)));
    for (const { resource, origin } of resources) {
      const matches = hclIndex.get(declarationKey(rootDir, origin.moduleCallChain, origin.configAddress)) ?? [];
      if (matches.length === 0) continue;
      // The same instance when HCL could expand it; otherwise any instance of the declaration has its positions.
      const exact = matches.find((match) => match.id === `terraform:${rootDir}::${resource.name}`);
      const declared = graph.get((exact ?? matches[0]).id);
      if (!declared) continue;
      resource.source = declared.source;
      forgetUnconfiguredUnknowns(resource, declared);
      if (declared.callChain) resource.callChain = declared.callChain;
      const superseded = exact ? [exact] : matches.filter((match) => match.origin.key === undefined || !planInstances.has(instanceKey(origin, match.origin.key)));
      for (const match of superseded) graph.replace(match.id, resource.id);
    }
  }
}

/**
 * A plan shows an optional attribute the configuration leaves out as
 * Unknown ("known after apply": the provider picks it). The HCL says the
 * user did not set it, which is what rules about missing settings ask; so
 * such a top-level attribute reads as absent, as it does in the HCL.
 */
function forgetUnconfiguredUnknowns(planned: Resource, declared: Resource): void {
  for (const key of Object.keys(planned.attributes)) {
    if (isUnknown(planned.attributes[key]) && !Object.prototype.hasOwnProperty.call(declared.attributes, key)) delete planned.attributes[key];
  }
}

interface HclEntry {
  id: string;
  origin: HclOrigin;
}

function declarationKey(rootDir: string, callPath: readonly string[], configAddress: string): string {
  return [rootDir, ...callPath, configAddress].join("\u001f");
}

function indexHcl(roots: TerraformRoots): Map<string, HclEntry[]> {
  const index = new Map<string, HclEntry[]>();
  for (const [id, origin] of roots.origins) {
    const key = declarationKey(origin.rootDir, origin.callPath, origin.configAddress);
    const list = index.get(key);
    if (list) list.push({ id, origin });
    else index.set(key, [{ id, origin }]);
  }
  return index;
}

/** Identifies an instance of a declaration: the plan's own instance for an HCL instance key replaces it, not another one. */
function instanceKey(like: PlanOrigin, key: string | number | undefined): string {
  return `${like.moduleAddress}\u001f${like.configAddress}\u001f${typeof key}:${String(key)}`;
}

function chooseRoot(planFile: string, origins: readonly PlanOrigin[], roots: TerraformRoots, rootDirs: ReadonlySet<string>): string | undefined {
  const fits = (dir: string) => agrees(roots.modules.get(dir), origins, roots);
  // The root module beside the plan, or in a parent directory (a plan written to `plans/`).
  for (let dir = path.posix.dirname(planFile); ; dir = path.posix.dirname(dir)) {
    if (rootDirs.has(dir) && fits(dir)) return dir;
    if (dir === "." || dir === "/" || dir === "") break;
  }
  // Elsewhere only when the scan holds a single root module: a plan next to unrelated code is not joined to it.
  return roots.roots.length === 1 && fits(roots.roots[0]) ? roots.roots[0] : undefined;
}

/**
 * A root module agrees with a plan when it declares every resource and
 * module call of the plan's root module, and the module calls the plan goes
 * through lead to modules declaring the plan's resources there.
 */
function agrees(module: TerraformModule | undefined, origins: readonly PlanOrigin[], roots: TerraformRoots): boolean {
  if (!module) return false;
  let matched = 0;
  for (const origin of origins) {
    const target = moduleAt(module, origin.moduleCallChain, roots);
    if (target === null) continue; // a module we could not follow (registry, not installed): no evidence either way
    if (!target || !target.declarations.has(origin.configAddress)) return false;
    matched++;
  }
  return matched > 0;
}

/** The module reached through a chain of local calls; null when a call leads somewhere not scanned. */
function moduleAt(root: TerraformModule, callChain: readonly string[], roots: TerraformRoots): TerraformModule | undefined | null {
  let current = root;
  for (const name of callChain) {
    const call = current.declarations.get(`module.${name}`);
    if (!call) return undefined;
    const source = moduleSource(call.block);
    if (source === undefined || !isLocalSource(source)) return null;
    const dir = localModuleDir(current.dir, source);
    const next = dir === undefined ? undefined : roots.modules.get(dir);
    if (!next) return null;
    current = next;
  }
  return current;
}
