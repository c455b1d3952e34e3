#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  annotationsAt,
  bindingGrant,
  describeGrant,
  describeSubject,
  everythingRuleIndex,
  explicitGrants,
  grantsEverything,
  isHardcodedSecretValue,
  isSecretName,
  namespaceOf,
  roleRefOf,
  secretsInText,
  subjectsOf
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  getPath,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/kubernetes/iam/k8s-configmap-credentials.ts
var k8s_configmap_credentials_default = defineRule({
  meta: {
    id: "k8s-configmap-credentials",
    title: "ConfigMap holds credentials (hardcoded secret in a ConfigMap)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ConfigMap"],
    description: "A ConfigMap key named like a password, token or key holds a literal value, or a value contains a recognisable credential. ConfigMaps are not meant for secrets: they are readable by many more roles than Secrets, are not encrypted at rest by the API server's encryption configuration, and end up in logs and dumps.",
    remediation: "Move the credential into a Secret (created from an external secret store) and reference it from the workload; rotate the exposed value.",
    precision: "medium",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/configuration/configmap/", "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"]
  },
  check(configMap, { report }) {
    const data = configMap.attributes.data;
    if (!isObject(data)) return;
    const found = [];
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== "string") continue;
      const formats = secretsInText(value);
      if (formats.length > 0) found.push({ key, what: formats[0] });
      else if (isSecretName(key) && isHardcodedSecretValue(value) && !value.includes("\n")) found.push({ key, what: "a credential" });
    }
    if (found.length === 0) return;
    report({
      at: ["data", found[0].key],
      message: `${configMap.name} holds credentials in a ConfigMap instead of a Secret: ${found.map(({ key, what }) => `${key} (${what})`).join(", ")}`
    });
  },
  examples: {
    valid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  LOG_LEVEL: info
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD_FILE: /run/secrets/db/password
  application.yaml: |
    datasource:
      url: jdbc:postgresql://orders-db:5432/orders
      password: \${DB_PASSWORD}
`
      }
    ],
    invalid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD: Orders-2024!prod
  SMTP_TOKEN: 5e1f0c9a7b3d4e2f8a6c
`,
        errors: [{ line: 8, column: 3, messageIncludes: "DB_PASSWORD (a credential), SMTP_TOKEN (a credential)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-ingress-nginx-snippet.ts
var SNIPPET_ANNOTATIONS = [
  "nginx.ingress.kubernetes.io/configuration-snippet",
  "nginx.ingress.kubernetes.io/server-snippet",
  "nginx.ingress.kubernetes.io/auth-snippet",
  "nginx.ingress.kubernetes.io/stream-snippet"
];
var k8s_ingress_nginx_snippet_default = defineRule({
  meta: {
    id: "k8s-ingress-nginx-snippet",
    title: "Ingress injects raw nginx configuration (snippet annotation)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: "Snippet annotations paste their text into the ingress-nginx controller's configuration. Anyone allowed to edit Ingresses in any namespace can then run nginx directives in the controller, read its service account token and every Secret it can see (CVE-2021-25742), or break routing for other tenants. Current controller releases refuse snippets unless an administrator enables them.",
    remediation: "Replace the snippet with the dedicated annotations or ConfigMap options of the controller; keep `allow-snippet-annotations` disabled on the controller.",
    precision: "high",
    cwe: ["CWE-94"],
    tags: ["ingress", "ingress-nginx", "insecure-feature"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet", "https://github.com/kubernetes/ingress-nginx/issues/7837"]
  },
  check(ingress, { report }) {
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const used = SNIPPET_ANNOTATIONS.filter((key) => (annotations.get(key)?.trim() ?? "") !== "");
    if (used.length === 0) return;
    report({ at: ["metadata", "annotations", used[0]], message: `${ingress.name} injects raw nginx configuration into the shared ingress controller (${used.map((key) => key.split("/")[1]).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "configuration-snippet" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-cluster-admin-binding.ts
var REPORTED_ELSEWHERE = /^system:(anonymous|unauthenticated|authenticated|serviceaccounts(:.*)?|masters)$/;
var k8s_rbac_cluster_admin_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-cluster-admin-binding",
    title: "RBAC binding grants cluster-admin to users or groups",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description: "The binding gives the built-in `cluster-admin` role to users or groups: through a ClusterRoleBinding, full control of the cluster; through a RoleBinding, full control of the namespace, Secrets and RBAC included. Standing administrator access should be rare, named and reviewed; day-to-day work needs narrower roles.",
    remediation: "Bind the built-in `admin`, `edit` or `view` roles, or a custom role, instead; keep cluster-admin for a small break-glass group with just-in-time access.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || role.kind !== "ClusterRole" || role.name !== "cluster-admin") return;
    const people = subjectsOf(binding).filter((subject) => (subject.kind === "User" || subject.kind === "Group") && !REPORTED_ELSEWHERE.test(subject.name));
    if (people.length === 0) return;
    const scope = binding.type === "ClusterRoleBinding" ? "across the cluster" : "in its namespace";
    report({ at: ["roleRef", "name"], message: `${binding.name} grants cluster-admin ${scope} to ${people.map(describeSubject).join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: shop-developers
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: shop-developers
`
      }
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-team
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: platform-team
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: jane@example.com
`,
        errors: [{ line: 8, column: 3, messageIncludes: "cluster-admin across the cluster to group platform-team, user jane@example.com" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-csr-approval.ts
var k8s_rbac_csr_approval_default = defineRule({
  meta: {
    id: "k8s-rbac-csr-approval",
    title: "RBAC role can approve certificate signing requests",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "`update` on `certificatesigningrequests/approval` lets a subject approve its own certificate requests: with a signer that issues client certificates it can get one for any user or group, `system:masters` included on some clusters, which RBAC cannot revoke.",
    remediation: "Leave approval to the cluster's built-in approver; grant it to a dedicated controller only, limited to its signer.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.11"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "certificatesigningrequest"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["certificates.k8s.io"], resources: /* @__PURE__ */ new Set(["certificatesigningrequests/approval"]), verbs: ["update", "patch"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can approve certificate signing requests (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-requester
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests"]
    verbs: ["create", "get"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
    verbs: ["get", "list", "update"]
`,
        errors: [{ line: 7, column: 47 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-nodes-proxy.ts
var k8s_rbac_nodes_proxy_default = defineRule({
  meta: {
    id: "k8s-rbac-nodes-proxy",
    title: "RBAC role grants access to the kubelet API (nodes/proxy)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "`nodes/proxy` reaches the kubelet API of every node through the API server: its subjects can run commands in any pod on any node, and those requests bypass the audit log entries and admission control that `pods/exec` goes through.",
    remediation: "Remove `nodes/proxy`; monitoring agents should read `nodes/metrics` and `nodes/stats` instead.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.10"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "kubelet"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["nodes/proxy"]), verbs: ["get", "create", "update", "patch", "delete"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} reaches the kubelet API of every node (${describeGrant(grant)}), enough to run commands in any pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes/metrics", "nodes/stats"]
    verbs: ["get"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes", "nodes/proxy"]
    verbs: ["get", "list"]
`,
        errors: [{ line: 7, column: 26, messageIncludes: "get on nodes/proxy" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-persistent-volume-create.ts
var k8s_rbac_persistent_volume_create_default = defineRule({
  meta: {
    id: "k8s-rbac-persistent-volume-create",
    title: "RBAC role can create PersistentVolumes (hostPath volumes on any node)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "PersistentVolumes are cluster-wide and may be of type `hostPath`: a subject that can create them can hand any claim a directory of the node's filesystem, which admission policies checking pod volumes do not see. Volumes should come from StorageClasses and CSI provisioners instead.",
    remediation: "Remove `create` on `persistentvolumes`; let users request storage through PersistentVolumeClaims and dynamic provisioning.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.9"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "host-path"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["persistentvolumes"]), verbs: ["create"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can create PersistentVolumes, including hostPath volumes on the nodes (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-viewer
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes", "persistentvolumeclaims"]
    verbs: ["get", "list", "watch"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-admin
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes"]
    verbs: ["get", "list", "create", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create on persistentvolumes" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-webhook-configuration.ts
var k8s_rbac_webhook_configuration_default = defineRule({
  meta: {
    id: "k8s-rbac-webhook-configuration",
    title: "RBAC role can change admission webhook configurations",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description: "Write access to `mutatingwebhookconfigurations` or `validatingwebhookconfigurations` lets a subject send every object created in the cluster (Secrets included) to a server it controls, rewrite pods as they are admitted, or remove the webhooks that enforce security policy.",
    remediation: "Grant webhook configuration writes only to the controller that owns them, limited with `resourceNames` to its own configurations.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.12"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "admission-webhook"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"]
  },
  check(role, { report }) {
    const resources = /* @__PURE__ */ new Set(["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]);
    for (const grant of explicitGrants(role, { groups: ["admissionregistration.k8s.io"], resources, verbs: ["create", "update", "patch", "delete"], ignoreNamed: true })) {
      report({ at: grant.resources[0].path, message: `${role.name} can change admission webhooks (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "a controller limited to its own webhook",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cert-injector
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["validatingwebhookconfigurations"]
    resourceNames: ["shop-validator"]
    verbs: ["get", "update"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: policy-operator
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]
    verbs: ["get", "list", "create", "update", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create, update, delete on mutatingwebhookconfigurations, validatingwebhookconfigurations" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-bound-to-cluster-admin.ts
var k8s_service_account_bound_to_cluster_admin_default = defineRule({
  meta: {
    id: "k8s-service-account-bound-to-cluster-admin",
    title: "Binding grants cluster-admin or a wildcard role to service accounts",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description: "A RoleBinding or ClusterRoleBinding gives a ServiceAccount (or every ServiceAccount, through the `system:serviceaccounts` groups) the built-in `cluster-admin` role or a role granting every verb on every resource. Any pod running as that account, and anyone who can create a pod in its namespace or read its token, can then do anything in the cluster (or the namespace): read every Secret, run privileged pods, and grant itself more.",
    remediation: "Bind the account to a role listing only the API groups, resources and verbs it uses. Controllers that need wide access should still get a dedicated ClusterRole without `*`, and no workload should run as an account bound to `cluster-admin`.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege"]
  },
  check(binding, { graph, report }) {
    const grant = bindingGrant(graph, binding);
    if (!grant || !grantsEverything(grant)) return;
    const accounts = [];
    const related = [];
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
`
      }
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
`
        },
        errors: [{ file: "rbac.yaml", line: 8, column: 3, messageIncludes: "grants cluster-admin in every namespace to service account ci/runner" }]
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
        errors: [{ line: 19, column: 3, messageIncludes: "Role everything (every verb on every resource) in namespace shop to service account shop/deployer" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/encryption/k8s-ingress-ssl-redirect-disabled.ts
var REDIRECT_ANNOTATIONS = ["nginx.ingress.kubernetes.io/ssl-redirect", "ingress.kubernetes.io/ssl-redirect"];
var k8s_ingress_ssl_redirect_disabled_default = defineRule({
  meta: {
    id: "k8s-ingress-ssl-redirect-disabled",
    title: "Ingress serves plain HTTP beside TLS (ssl-redirect disabled)",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: 'The Ingress has TLS but its `ssl-redirect` annotation is `"false"`, so the controller also answers on plain HTTP instead of redirecting to HTTPS: links, bookmarks and downgrade attacks keep credentials and session cookies travelling unencrypted.',
    remediation: "Remove the annotation (the controller redirects to HTTPS by default when TLS is configured) and send an HSTS header.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit", "tls"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect", "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"]
  },
  check(ingress, { report }) {
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length === 0) return;
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const key = REDIRECT_ANNOTATIONS.find((name) => annotations.get(name)?.trim().toLowerCase() === "false");
    if (!key) return;
    report({ at: ["metadata", "annotations", key], message: `${ingress.name} disables the HTTPS redirect (${key}: "false"): its hosts are also served over plain HTTP without TLS` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/force-ssl-redirect: "true"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "disables the HTTPS redirect" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/encryption/k8s-ingress-without-tls.ts
var k8s_ingress_without_tls_default = defineRule({
  meta: {
    id: "k8s-ingress-without-tls",
    title: "Ingress serves plain HTTP",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description: "The Ingress has no `spec.tls` section, so its hosts are served over unencrypted HTTP: credentials and session cookies cross the network in clear text and can be altered in transit.",
    remediation: "Add a `spec.tls` entry for every host with a certificate Secret (for example issued by cert-manager), and redirect HTTP to HTTPS in the ingress controller.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"]
  },
  check(ingress, { report }) {
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length > 0) return;
    report({ at: ["spec"], message: `${ingress.name} has no TLS section: its hosts are served over plain HTTP` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 443 } }
`
      }
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 5, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/groups/kubernetes-clusterrole.ts
var rules = [
  k8s_configmap_credentials_default,
  k8s_ingress_nginx_snippet_default,
  k8s_rbac_cluster_admin_binding_default,
  k8s_rbac_csr_approval_default,
  k8s_rbac_nodes_proxy_default,
  k8s_rbac_persistent_volume_create_default,
  k8s_rbac_webhook_configuration_default,
  k8s_service_account_bound_to_cluster_admin_default,
  k8s_ingress_ssl_redirect_disabled_default,
  k8s_ingress_without_tls_default
];
export {
  rules
};
