#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  PUBLIC_DEFAULT_ROLES,
  broadSubjects,
  describeGrant,
  explicitGrants,
  rbacRules,
  roleRefOf,
  wildcardShape
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/kubernetes/iam/k8s-rbac-all-authenticated-binding.ts
var k8s_rbac_all_authenticated_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-all-authenticated-binding",
    title: "RBAC binding grants a role to every authenticated user or every service account",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description: "The binding gives a role to `system:authenticated` or `system:serviceaccounts`: every user and every pod of the cluster with a token. On managed clusters `system:authenticated` can include anyone with an account at the cloud provider, not only your organisation.",
    remediation: "Bind the role to the specific users, groups or service accounts that need it.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const everyone = broadSubjects(binding, /* @__PURE__ */ new Set(["system:authenticated", "system:serviceaccounts"]));
    if (everyone.length === 0) return;
    const who = everyone.map((subject) => subject.name === "system:authenticated" ? "every authenticated user (system:authenticated)" : "every service account (system:serviceaccounts)").join(" and ");
    report({ at: everyone[0].path, message: `${binding.name} grants ${role.kind} ${role.name} to ${who}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: team-view
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
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
  name: everyone-can-view
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:authenticated
`,
        errors: [{ line: 10, column: 5, messageIncludes: "every authenticated user" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-anonymous-binding.ts
var k8s_rbac_anonymous_binding_default = defineRule({
  meta: {
    id: "k8s-rbac-anonymous-binding",
    title: "RBAC binding grants a role to anonymous users (system:anonymous, system:unauthenticated)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description: "The binding gives a role to `system:anonymous` or `system:unauthenticated`: anyone who can reach the API server, without any credential, gets its permissions. Exposed API servers are scanned for this constantly.",
    remediation: "Remove the anonymous subjects; bind the role to the authenticated users, groups or service accounts that need it.",
    precision: "very-high",
    cwe: ["CWE-306", "CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: disable anonymous access"] },
    tags: ["rbac", "k8s-rbac", "anonymous"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const anonymous = broadSubjects(binding, /* @__PURE__ */ new Set(["system:unauthenticated"]), /* @__PURE__ */ new Set(["system:anonymous"]));
    if (anonymous.length === 0) return;
    report({ at: anonymous[0].path, message: `${binding.name} grants ${role.kind} ${role.name} to anonymous, unauthenticated users (${anonymous.map((subject) => subject.name).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: system:public-info-viewer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: system:public-info-viewer
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:unauthenticated
`
      }
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-dashboard
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: system:anonymous
`,
        errors: [{ line: 10, column: 5, messageIncludes: "anonymous, unauthenticated users (system:anonymous)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-create-workloads.ts
var WORKLOAD_RESOURCES = /* @__PURE__ */ new Set(["pods", "deployments", "daemonsets", "statefulsets", "replicasets", "replicationcontrollers", "jobs", "cronjobs"]);
var k8s_rbac_create_workloads_default = defineRule({
  meta: {
    id: "k8s-rbac-create-workloads",
    title: "RBAC role can create pods or workloads",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role can create pods, or controllers that create pods (Deployments, DaemonSets, Jobs...). Whoever can create a pod in a namespace can run it as any service account of that namespace and mount any of its Secrets; without an admission policy it can also run privileged and mount the node.",
    remediation: "Keep workload creation to deployment pipelines and controllers; enforce the Pod Security Standards on namespaces where such roles are bound.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.4"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "workload-creation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["", "apps", "batch", "extensions"], resources: WORKLOAD_RESOURCES, verbs: ["create"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can create workloads, and so run pods as any service account of their namespace (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: restarter
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "patch"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: job-runner
  namespace: batch
rules:
  - apiGroups: ["batch"]
    resources: ["jobs"]
    verbs: ["create", "get", "list"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "create on jobs" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-escalate-bind-impersonate.ts
var ESCALATION_VERBS = ["escalate", "bind", "impersonate"];
var k8s_rbac_escalate_bind_impersonate_default = defineRule({
  meta: {
    id: "k8s-rbac-escalate-bind-impersonate",
    title: "RBAC role grants escalate, bind or impersonate verbs",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "`escalate` lets a subject write roles with permissions it does not have, `bind` lets it bind any role (cluster-admin included) to itself, and `impersonate` lets it act as other users, groups or service accounts. Each one bypasses RBAC's built-in protection against privilege escalation.",
    remediation: "Remove these verbs; when a controller must bind roles, limit `bind` with `resourceNames` to the roles it manages.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.8"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "privilege-escalation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (rule.partial || wildcardShape(rule) !== "none") continue;
      const verbs = rule.verbs.filter((verb) => ESCALATION_VERBS.includes(verb));
      if (verbs.length === 0) continue;
      const on = rule.resources.filter((resource) => resource !== "").join(", ");
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf(verbs[0])], message: `${role.name} grants ${verbs.join(", ")} on ${on}: a way around RBAC privilege escalation checks` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: rbac-viewer
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
    verbs: ["get", "list", "watch"]
`
      },
      {
        name: "a wildcard resource list is reported by k8s-rbac-wildcard-resources instead",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: binder
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["*"]
    verbs: ["bind"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: team-onboarding
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["get", "bind", "escalate"]
  - apiGroups: [""]
    resources: ["users", "groups", "serviceaccounts"]
    verbs:
      - impersonate
`,
        errors: [
          { line: 8, column: 20, messageIncludes: "bind, escalate" },
          { line: 12, column: 9, messageIncludes: "impersonate" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-pod-exec.ts
var k8s_rbac_pod_exec_default = defineRule({
  meta: {
    id: "k8s-rbac-pod-exec",
    title: "RBAC role allows exec or attach into pods (pods/exec, pods/attach)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role grants `create` (or `get`, which older API servers accepted for websocket exec) on `pods/exec` or `pods/attach`: its subjects can run commands in any pod of its scope, with that pod's service account token, mounted Secrets and network position.",
    remediation: "Remove exec and attach from roles used by applications and automation; grant them to people through a separate, audited role, limited with `resourceNames` where possible.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "exec"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["pods/exec", "pods/attach"]), verbs: ["create", "get"] })) {
      report({ at: grant.resources[0].path, message: `${role.name} can run commands in pods (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: log-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "create on pods/exec" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-secrets-read.ts
var k8s_rbac_secrets_read_default = defineRule({
  meta: {
    id: "k8s-rbac-secrets-read",
    title: "RBAC role can read secrets (get/list/watch on secrets)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "The role can get, list or watch every Secret in its scope: database passwords, TLS keys, registry credentials and, where they still exist, service account tokens of more privileged accounts. In a ClusterRole that is every Secret of the cluster. `list` and `watch` return the values too, not only the names.",
    remediation: "Restrict the rule with `resourceNames` to the Secrets the subject needs, or mount those Secrets into the workload instead of reading them through the API.",
    precision: "high",
    cwe: ["CWE-269", "CWE-522"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"]
  },
  check(role, { report }) {
    const grants = explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["secrets"]), verbs: ["get", "list", "watch"], ignoreNamed: true });
    for (const grant of grants) {
      const scope = role.type === "ClusterRole" ? "every Secret of the cluster" : "every Secret of its namespace";
      report({ at: grant.resources[0].path, message: `${role.name} can read ${scope} (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "named secrets only",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: tls-reader
  namespace: web
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["web-tls"]
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
  name: config-sync
rules:
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 7, column: 31, messageIncludes: "every Secret of the cluster" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-service-account-token-create.ts
var k8s_rbac_service_account_token_create_default = defineRule({
  meta: {
    id: "k8s-rbac-service-account-token-create",
    title: "RBAC role can mint service account tokens (serviceaccounts/token)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "`create` on `serviceaccounts/token` issues API tokens for service accounts in the role's scope: its subjects can act as the most privileged account there, without running a pod or reading a Secret.",
    remediation: "Remove the permission, or limit it with `resourceNames` to the accounts the subject must issue tokens for.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.13"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: /* @__PURE__ */ new Set(["serviceaccounts/token"]), verbs: ["create"], ignoreNamed: true })) {
      report({ at: grant.resources[0].path, message: `${role.name} can mint tokens for any service account in its scope (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-issuer
  namespace: ci
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    resourceNames: ["deployer"]
    verbs: ["create"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: token-issuer
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    verbs: ["create"]
`,
        errors: [{ line: 7, column: 17 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard-resources.ts
var k8s_rbac_wildcard_resources_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard-resources",
    title: "RBAC role grants verbs on wildcard resources (*), secrets included",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule of the role grants its verbs on `*` resources: every resource type of its API groups, including Secrets, `pods/exec` and resource types added later by new versions or CustomResourceDefinitions. Even read-only verbs on `*` in the core group read every Secret. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the resources the subject needs; leave out `secrets` and subresources such as `pods/exec` unless they are required.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "resources") continue;
      const core = rule.apiGroups.includes("") || rule.apiGroups.includes("*");
      const reads = rule.verbs.some((verb) => verb === "get" || verb === "list" || verb === "watch");
      const secrets = core && reads ? ", secrets included" : "";
      const escalation = rule.verbs.filter((verb) => verb === "escalate" || verb === "bind" || verb === "impersonate");
      const escalates = escalation.length > 0 ? `, with the privilege escalation ${escalation.length === 1 ? "verb" : "verbs"} ${escalation.join(", ")}` : "";
      const groups = rule.apiGroups.map((group) => group === "" ? "core" : group).join(", ") || "no";
      report({
        at: ["rules", rule.index, "resources", rule.resources.indexOf("*")],
        message: `${role.name} grants ${rule.verbs.join(", ")} on every resource (*) of the ${groups} API ${rule.apiGroups.length === 1 ? "group" : "groups"}${secrets}${escalates} (rule ${rule.index + 1})`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: pod-reader
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list", "watch"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "every resource (*) of the core API group, secrets included" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard-verbs.ts
var k8s_rbac_wildcard_verbs_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard-verbs",
    title: "RBAC role grants wildcard verbs (*) on resources",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule of the role grants `*` verbs on named resources: every action on them, including `delete`, `deletecollection`, `escalate`, `bind` and `impersonate` where they apply, and any verb added by future Kubernetes versions or extensions. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the verbs the subject needs (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`).",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "verbs") continue;
      const resources = rule.resources.filter((resource) => resource !== "").join(", ") || "no named resources";
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf("*")], message: `${role.name} grants every verb (*) on ${resources} (rule ${rule.index + 1})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch", "update", "patch"]
`
      },
      {
        name: "every verb on every resource is reported by k8s-rbac-wildcard instead",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`
      }
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments", "replicasets"]
    verbs: ["*"]
`,
        errors: [{ line: 9, column: 13, messageIncludes: "every verb (*) on deployments, replicasets" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-rbac-wildcard.ts
var k8s_rbac_wildcard_default = defineRule({
  meta: {
    id: "k8s-rbac-wildcard",
    title: "RBAC role grants wildcard verbs on wildcard resources",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description: "A rule grants `*` verbs on `*` resources: every current and future permission in its scope, including reading secrets, creating pods that mount the host and granting itself more roles. In a ClusterRole that is the equivalent of cluster-admin.",
    remediation: "List the API groups, resources and verbs the subject needs; bind the built-in `view` or `edit` roles where they fit.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
  },
  check(role, { report }) {
    asList(role.attributes.rules).forEach((rule, index) => {
      if (!isObject(rule)) return;
      const verbs = asList(rule.verbs);
      const resources = asList(rule.resources);
      if (verbs.includes("*") && resources.includes("*")) {
        report({ at: ["rules", index, "verbs"], message: `${role.name} grants every verb on every resource (rule ${index + 1})` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get", "list"]
`
      }
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/groups/kubernetes-role.ts
var rules = [
  k8s_rbac_all_authenticated_binding_default,
  k8s_rbac_anonymous_binding_default,
  k8s_rbac_create_workloads_default,
  k8s_rbac_escalate_bind_impersonate_default,
  k8s_rbac_pod_exec_default,
  k8s_rbac_secrets_read_default,
  k8s_rbac_service_account_token_create_default,
  k8s_rbac_wildcard_resources_default,
  k8s_rbac_wildcard_verbs_default,
  k8s_rbac_wildcard_default
];
export {
  rules
};
