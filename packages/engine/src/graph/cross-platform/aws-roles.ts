import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import { getPath, type Value } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { referencedThrough } from "./referenced-through.js";

export const AWS_IAM_ROLE = "aws_iam_role";

/** What a role reference names: `arn:aws:iam::123456789012:role/path/name`, or a bare role name. */
export interface RoleReference {
  name: string;
  /** `/` when the ARN has no path; undefined for a bare name. */
  path?: string;
  /** The whole ARN when every part of it is literal text. */
  arn?: string;
}

/** Role names allow letters, digits and `+=,.@_-`; anything else (an expression, a variable) names no known role. */
const ROLE_NAME = /^[\w+=,.@-]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::([^:]*):role(\/.*)$/;

/**
 * Reads an ARN or a bare role name, as `configure-aws-credentials` and the
 * IRSA annotation accept them. An account that is an expression
 * (`${{ vars.ACCOUNT }}`) still leaves the role name known.
 */
export function parseRoleReference(value: Value | undefined): RoleReference | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const arn = ROLE_ARN.exec(text);
  if (!arn) return ROLE_NAME.test(text) ? { name: text } : undefined;
  const pathAndName = arn[2];
  const slash = pathAndName.lastIndexOf("/");
  const name = pathAndName.slice(slash + 1);
  if (!ROLE_NAME.test(name)) return undefined;
  const literalAccount = /^\d{12}$/.test(arn[1]);
  return { name, path: pathAndName.slice(0, slash + 1), ...(literalAccount ? { arn: text } : {}) };
}

interface IndexedRole {
  resource: Resource;
  name: string;
  /** The role's `path`, when literal (`/` by default). */
  path?: string;
  /** Known for plan and state roles. */
  arn?: string;
}

/**
 * The AWS IAM roles of a scan by name and by ARN. A role is indexed by name
 * only when its `name` is literal: a generated or `name_prefix` name, or a
 * name built from variables, could be anything, and a guess would link the
 * wrong role.
 */
export class AwsRoleIndex {
  readonly #byName = new Map<string, IndexedRole[]>();
  readonly #byArn = new Map<string, IndexedRole[]>();

  constructor(graph: ResourceGraph) {
    for (const resource of graph.ofType(AWS_IAM_ROLE)) {
      if (resource.platform !== "terraform" || (resource.mode !== undefined && resource.mode !== "managed")) continue;
      const { name, path, arn } = resource.attributes;
      const role: IndexedRole = {
        resource,
        name: typeof name === "string" ? name : "",
        ...(typeof path === "string" ? { path } : path === undefined || path === null ? { path: "/" } : {}),
        ...(typeof arn === "string" ? { arn } : {}),
      };
      if (role.arn) push(this.#byArn, role.arn, role);
      if (role.name !== "") push(this.#byName, role.name, role);
    }
  }

  /**
   * The roles an ARN or role name designates. A literal ARN matches a role
   * whose ARN is known only by that ARN, and matches by name and path the
   * roles whose ARN is not known (declared in HCL, created by the plan).
   */
  find(reference: Value | undefined): Resource[] {
    const parsed = parseRoleReference(reference);
    if (!parsed) return [];
    const found = new Set<Resource>();
    if (parsed.arn) for (const role of this.#byArn.get(parsed.arn) ?? []) found.add(role.resource);
    for (const role of this.#byName.get(parsed.name) ?? []) {
      if (parsed.arn && role.arn) continue;
      if (parsed.path !== undefined && role.path !== undefined && parsed.path !== role.path) continue;
      found.add(role.resource);
    }
    return [...found];
  }
}

const indexes = new WeakMap<ResourceGraph, AwsRoleIndex>();

/** The role index of a graph, built on first use; call it once the graph is complete. */
export function awsRoleIndex(graph: ResourceGraph): AwsRoleIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = new AwsRoleIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/**
 * The roles that `attribute` of a Terraform resource designates: by a
 * reference in HCL or in a plan's configuration (`role = aws_iam_role.x.arn`),
 * or by a literal ARN or name of a role in the scan.
 */
export function rolesDesignatedBy(graph: ResourceGraph, resource: Resource, attribute: AttributePath): Resource[] {
  const referenced = referencedThrough(graph, resource, attribute).filter((target) => target.type === AWS_IAM_ROLE && target.mode !== "data");
  if (referenced.length > 0) return referenced;
  return awsRoleIndex(graph).find(getPath(resource.attributes, attribute));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
