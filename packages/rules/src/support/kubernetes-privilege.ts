import { asList, containersOf, getPath, type AttributePath, type Resource } from "@tollgate/engine";

/** Capabilities that amount to root on the node. */
const NODE_ROOT_CAPABILITIES: ReadonlySet<string> = new Set(["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"]);

/** A container that can take over its node, and the setting that lets it. */
export interface PrivilegedContainer {
  name: string;
  at: AttributePath;
  reason: string;
}

/** Containers running `privileged: true` or adding `SYS_ADMIN` or `ALL` capabilities. */
export function privilegedContainersOf(workload: Resource): PrivilegedContainer[] {
  const found: PrivilegedContainer[] = [];
  for (const { container, path, name } of containersOf(workload)) {
    if (getPath(container, ["securityContext", "privileged"]) === true) {
      found.push({ name, at: [...path, "securityContext", "privileged"], reason: "privileged" });
      continue;
    }
    const added = asList(getPath(container, ["securityContext", "capabilities", "add"]));
    const index = added.findIndex((capability) => typeof capability === "string" && NODE_ROOT_CAPABILITIES.has(capability.toUpperCase()));
    if (index !== -1) found.push({ name, at: [...path, "securityContext", "capabilities", "add", index], reason: `adds ${String(added[index])}` });
  }
  return found;
}
