import { getPath, isObject } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import type { ObjectIndex } from "./object-index.js";
import { DEFAULT_NAMESPACE, isBuiltIn, namespaceOf } from "./scope.js";

const RBAC_API_VERSION = "rbac.authorization.k8s.io/v1";

/**
 * RoleBinding and ClusterRoleBinding `binds` → the role in `roleRef` and →
 * each ServiceAccount subject. Users and groups are not objects, so they get
 * no edge.
 */
export function linkRoleBindings(graph: ResourceGraph, objects: ObjectIndex): void {
  for (const kind of ["RoleBinding", "ClusterRoleBinding"]) {
    for (const binding of graph.ofType(kind)) {
      if (!isBuiltIn(binding, ["rbac.authorization.k8s.io"])) continue;
      const bindingNamespace = namespaceOf(binding);

      const roleKind = getPath(binding.attributes, ["roleRef", "kind"]);
      const roleName = getPath(binding.attributes, ["roleRef", "name"]);
      if ((roleKind === "Role" || roleKind === "ClusterRole") && typeof roleName === "string") {
        // A Role is always in the binding's namespace; a ClusterRole has none.
        const roleNamespace = roleKind === "Role" ? (bindingNamespace ?? DEFAULT_NAMESPACE) : undefined;
        const to = objects.idOf(roleKind, roleNamespace, roleName, RBAC_API_VERSION);
        graph.link({ from: binding.id, to, kind: "binds", via: ["roleRef"] });
      }

      const subjects = getPath(binding.attributes, ["subjects"]);
      if (!Array.isArray(subjects)) continue;
      subjects.forEach((subject, index) => {
        if (!isObject(subject) || subject.kind !== "ServiceAccount" || typeof subject.name !== "string") return;
        const namespace = typeof subject.namespace === "string" && subject.namespace !== "" ? subject.namespace : (bindingNamespace ?? DEFAULT_NAMESPACE);
        const to = objects.idOf("ServiceAccount", namespace, subject.name, "v1");
        graph.link({ from: binding.id, to, kind: "binds", via: ["subjects", index] });
      });
    }
  }
}
