import { asList, defineRule, isObject, type AttributePath } from "@tollgate/engine";
import { bindingGrant, everythingRuleIndex, grantsEverything } from "../../support/service-account-grants.js";
import { namespaceOf } from "../../support/kubernetes-scope.js";

export default defineRule({
  meta: {
    id: "k8s-service-account-bound-to-cluster-admin",
    title: "Binding grants cluster-admin or a wildcard role to service accounts",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description:
      "A RoleBinding or ClusterRoleBinding gives a ServiceAccount (or every ServiceAccount, through the `system:serviceaccounts` groups) the built-in `cluster-admin` role or a role granting every verb on every resource. Any pod running as that account, and anyone who can create a pod in its namespace or read its token, can then do anything in the cluster (or the namespace): read every Secret, run privileged pods, and grant itself more.",
    remediation:
      "Bind the account to a role listing only the API groups, resources and verbs it uses. Controllers that need wide access should still get a dedicated ClusterRole without `*`, and no workload should run as an account bound to `cluster-admin`.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"],
  },
  check(binding, { graph, report }) {
    const grant = bindingGrant(graph, binding);
    if (!grant || !grantsEverything(grant)) return;

    const accounts: string[] = [];
    const related: Array<{ resource: string; at?: AttributePath; message: string }> = [];
    for (const edge of graph.edgesFrom(binding.id, "binds")) {
      if (!edge.to.includes("/ServiceAccount/")) continue;
      const account = edge.to.slice(edge.to.indexOf("/ServiceAccount/") + "/ServiceAccount/".length);
      accounts.push(account);
      for (const workload of graph.sources(edge.to, "uses")) related.push({ resource: workload.id, message: `${workload.name} runs as ${account}` });
    }
    asList(binding.attributes.subjects).forEach((subject) => {
      if (isObject(subject) && subject.kind === "Group" && typeof subject.name === "string" && /^system:serviceaccounts(:|$)/.test(subject.name)) accounts.push(`every account of group ${subject.name}`);
    });
    if (accounts.length === 0) return;

    if (grant.role) {
      const rule = everythingRuleIndex(grant.role);
      related.unshift({ resource: grant.role.id, at: ["rules", rule ?? 0, "verbs"], message: `${grant.role.name} grants every verb on every resource` });
    }
    const role = grant.role ? `${grant.roleKind} ${grant.roleName} (every verb on every resource)` : "cluster-admin";
    const scope = grant.clusterWide ? "in every namespace" : `in namespace ${namespaceOf(binding)}`;
    report({ at: ["roleRef", "name"], message: `${binding.name} grants ${role} ${scope} to service account ${accounts.join(", ")}`, related });
  },
  examples: {
    valid: [
      {
        name: "a narrow role for a service account; cluster-admin for a group of people",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: metrics-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: ServiceAccount
    name: metrics
    namespace: monitoring
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: Group
    name: platform-admins
    apiGroup: rbac.authorization.k8s.io
`,
      },
    ],
    invalid: [
      {
        name: "cluster-admin to an account a Deployment runs as",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-runner
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: runner
    namespace: ci
`,
        extraFiles: {
          "runner.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: runner
  namespace: ci
spec:
  selector:
    matchLabels:
      app: runner
  template:
    metadata:
      labels:
        app: runner
    spec:
      serviceAccountName: runner
      containers:
        - name: runner
          image: registry.example.com/runner:3.2.0
`,
        },
        errors: [{ file: "rbac.yaml", line: 8, column: 3, messageIncludes: "grants cluster-admin in every namespace to service account ci/runner" }],
      },
      {
        name: "a namespaced wildcard Role",
        filename: "rbac.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: everything
  namespace: shop
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: deployer
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: everything
subjects:
  - kind: ServiceAccount
    name: deployer
`,
        errors: [{ line: 19, column: 3, messageIncludes: "Role everything (every verb on every resource) in namespace shop to service account shop/deployer" }],
      },
    ],
  },
});
