import { isObject, isUnknown, type Resource, type Value } from "@tollgate/engine";

/** The `permissions:` that apply to a job: its own, else the workflow's, else none (the repository default). */
export function effectivePermissions(job: Resource, workflow: Resource | undefined): { value: Value; from: Resource } | undefined {
  if (job.attributes.permissions !== undefined) return { value: job.attributes.permissions, from: job };
  if (workflow && workflow.attributes.permissions !== undefined) return { value: workflow.attributes.permissions, from: workflow };
  return undefined;
}

/** Whether `permissions` grants `scope: write` (or everything, with `write-all`). */
export function grantsWrite(permissions: Value | undefined, scope: string): boolean {
  if (permissions === "write-all") return true;
  return isObject(permissions) && permissions[scope] === "write";
}

/** The scopes a `permissions:` mapping grants write access to. */
export function writeScopes(permissions: Value | undefined): string[] {
  if (!isObject(permissions) || isUnknown(permissions)) return [];
  return Object.entries(permissions)
    .filter(([, level]) => level === "write")
    .map(([scope]) => scope);
}
