import type { SourceMap, SourceRange } from "./source.js";
import type { Value, ValueObject } from "./value.js";

export type Platform = "terraform" | "kubernetes" | "github-actions";
export const PLATFORMS: readonly Platform[] = ["terraform", "kubernetes", "github-actions"];

/** The input format a resource came from; a plan and HCL may describe one resource. */
export type Origin = "hcl" | "tf-json" | "plan" | "state" | "kubernetes" | "workflow" | "action-metadata";

export interface Resource<A extends ValueObject = ValueObject> {
  /** Stable address, e.g. `terraform:module.net.aws_security_group.web`. */
  id: string;
  platform: Platform;
  /** `aws_s3_bucket`, `Deployment`, `job`, `step`, `action`, … */
  type: string;
  /** Human name: the Terraform address, `Deployment/shop/web`, `jobs.build.steps[2]`. */
  name: string;
  origin: Origin;
  attributes: A;
  source: SourceMap;
  /** Terraform only: `managed` resources, `data` sources, `module` calls, … */
  mode?: string;
  /** The enclosing resource (a step's job, a job's workflow), if any. */
  parent?: string;
  /**
   * Terraform only: the module calls that instantiated the resource, innermost
   * first; findings show them as related locations.
   */
  callChain?: readonly ModuleCallSite[];
}

/** A `module "name" { … }` block that a resource was instantiated through. */
export interface ModuleCallSite {
  name: string;
  location: SourceRange;
}

export type EdgeKind = "references" | "selects" | "binds" | "uses" | "assumes" | "contains";

export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The attribute of `from` that creates the edge, when there is one. */
  via?: readonly (string | number)[];
}

export type { Value };
