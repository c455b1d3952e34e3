import { defineRule, podSpecOf, WORKLOAD_KINDS, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { externalExposures } from "../../support/kubernetes-exposure.js";
import { grantReadsSecrets, grantsToServiceAccount, secretReadRuleIndex } from "../../support/service-account-grants.js";
import { namespaceOf } from "../../support/kubernetes-scope.js";

export default defineRule({
  meta: {
    id: "k8s-exposed-workload-can-read-secrets",
    title: "Workload exposed outside the cluster runs as a service account that can read Secrets",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The workload is reachable from outside the cluster (a LoadBalancer or NodePort Service, or an Ingress) and its pods mount the token of a ServiceAccount that a RoleBinding or ClusterRoleBinding allows to get, list or watch Secrets. An attacker who gets code execution or a file read in the exposed process reads the token and, with it, every Secret in scope: database passwords, cloud keys, other service account tokens.",
    remediation:
      "Run the exposed pods as a ServiceAccount without access to Secrets, or limit the rule to the named Secrets it needs with `resourceNames`. Set `automountServiceAccountToken: false` on pods that do not call the API. Prefer a RoleBinding in one namespace to a ClusterRoleBinding.",
    precision: "medium",
    cwe: ["CWE-522", "CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2", "5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"],
  },
  check(workload, { graph, report }) {
    const podSpec = podSpecOf(workload);
    if (!podSpec || podSpec.spec.automountServiceAccountToken === false) return;
    const exposure = externalExposures(graph, workload)[0];
    if (!exposure) return;
    const uses = graph.edgesFrom(workload.id, "uses").find((edge) => edge.to.includes("/ServiceAccount/"));
    if (!uses || !mountsToken(graph, uses.to, podSpec.spec.automountServiceAccountToken)) return;

    // A cluster-wide grant is the worse one to name when there are several.
    const grants = grantsToServiceAccount(graph, uses.to)
      .filter(grantReadsSecrets)
      .sort((a, b) => Number(b.clusterWide) - Number(a.clusterWide));
    const grant = grants[0];
    if (!grant) return;

    const account = uses.to.slice(uses.to.indexOf("/ServiceAccount/") + "/ServiceAccount/".length);
    const scope = grant.clusterWide ? "in every namespace" : `in namespace ${namespaceOf(grant.binding)}`;
    const related: Array<{ resource: string; at?: AttributePath; message: string }> = [
      { resource: exposure.by.id, at: exposure.at, message: `exposed by ${exposure.description}` },
      { resource: grant.binding.id, at: ["roleRef", "name"], message: `${grant.binding.name} grants ${grant.roleKind} ${grant.roleName} to ${account}` },
    ];
    if (grant.role) related.push({ resource: grant.role.id, at: ["rules", secretReadRuleIndex(grant.role) ?? 0, "resources"], message: `${grant.role.name} can read Secrets` });
    report({
      at: uses.via ?? [],
      message: `${workload.name} is exposed by ${exposure.description} and runs as ${account}, which can read Secrets ${scope} (${grant.binding.name})`,
      related,
    });
  },
  examples: {
    valid: [
      {
        name: "exposed, but the token is not mounted",
        filename: "app.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: LoadBalancer
  selector:
    app: api
  ports:
    - port: 443
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: api-secrets
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: api
    namespace: default
`,
      },
      {
        name: "reads one named Secret",
        filename: "app.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  type: NodePort
  selector:
    app: api
  ports:
    - port: 443
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: api-tls
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["api-tls"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-tls
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: api-tls
subjects:
  - kind: ServiceAccount
    name: api
`,
      },
    ],
    invalid: [
      {
        name: "LoadBalancer, ClusterRoleBinding to a role listing Secrets",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: edge
spec:
  selector:
    matchLabels:
      app: gateway
  template:
    metadata:
      labels:
        app: gateway
    spec:
      serviceAccountName: gateway
      containers:
        - name: gateway
          image: registry.example.com/gateway:1.9.0
`,
        extraFiles: {
          "service.yaml": `apiVersion: v1
kind: Service
metadata:
  name: gateway
  namespace: edge
spec:
  type: LoadBalancer
  selector:
    app: gateway
  ports:
    - port: 443
`,
          "rbac.yaml": `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: gateway
rules:
  - apiGroups: [""]
    resources: ["secrets", "configmaps"]
    verbs: ["list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: gateway
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: gateway
subjects:
  - kind: ServiceAccount
    name: gateway
    namespace: edge
`,
        },
        errors: [{ file: "deployment.yaml", line: 15, column: 7, messageIncludes: "can read Secrets in every namespace" }],
      },
    ],
  },
});

/** Whether pods get the account's token: the pod's setting wins, then the account's, then the default (yes). */
function mountsToken(graph: ResourceGraph, accountId: string, podSetting: unknown): boolean {
  if (podSetting === true) return true;
  const account: Resource | undefined = graph.get(accountId);
  return account?.attributes.automountServiceAccountToken !== false;
}
