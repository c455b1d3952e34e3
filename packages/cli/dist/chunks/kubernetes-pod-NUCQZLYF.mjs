#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  BASELINE_CAPABILITIES,
  NETWORK_CAPABILITIES,
  NODE_ESCAPE_CAPABILITIES,
  RESTRICTED_ADDABLE_CAPABILITY,
  annotationsAt,
  capabilities,
  containerAnnotation,
  containerList,
  containersMounting,
  effectiveSetting,
  externalExposures,
  grantReadsSecrets,
  grantsToServiceAccount,
  groupBySetting,
  hostPathVolumes,
  imageReference,
  isHardcodedSecretValue,
  isSecretName,
  isWindowsPod,
  namespaceOf,
  namespaceOf2,
  podMetadataPath,
  podOf,
  secretReadRuleIndex,
  secretsInText,
  serviceAccountUse,
  volumesOf
} from "./chunk-IAHTTWI6.mjs";
import {
  WORKLOAD_KINDS,
  containersOf,
  defineRule,
  podSpecOf
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/kubernetes/iam/k8s-apparmor-unconfined.ts
var ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io";
var k8s_apparmor_unconfined_default = defineRule({
  meta: {
    id: "k8s-apparmor-unconfined",
    title: "AppArmor profile set to unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container runs with AppArmor `unconfined` (through the `appArmorProfile` field or the older `container.apparmor.security.beta.kubernetes.io` annotation), which removes the runtime's default profile that blocks writes to `/proc` and `/sys`, mounts and other container-escape techniques. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove the override so the runtime's default profile applies, or set `appArmorProfile: { type: RuntimeDefault }` (or a `Localhost` profile).",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "apparmor", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/apparmor/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      let path;
      let fromPod = false;
      const profile = effectiveSetting(pod, view, "appArmorProfile");
      const annotation = containerAnnotation(workload.attributes, pod, ANNOTATION_PREFIX, view.name);
      if (profile?.from === "container" || profile && !annotation) {
        if (getPath(profile.value, ["type"]) === "Unconfined") {
          path = [...profile.path, "type"];
          fromPod = profile.from === "pod";
        }
      } else if (annotation?.value === "unconfined") {
        path = annotation.path;
      }
      if (!path) continue;
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: fromPod });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${workload.name}`;
      report({ at: group.path, message: `${where} runs ${containerList(group.containers)} with AppArmor unconfined` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
  annotations:
    container.apparmor.security.beta.kubernetes.io/api: runtime/default
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: builder
  namespace: ci
spec:
  selector:
    matchLabels: { app: builder }
  template:
    metadata:
      labels: { app: builder }
      annotations:
        container.apparmor.security.beta.kubernetes.io/buildkit: unconfined
    spec:
      containers:
        - name: buildkit
          image: moby/buildkit:v0.15.1-rootless
        - name: agent
          image: registry.example.com/ci/agent:2.0.0
          securityContext:
            appArmorProfile:
              type: Unconfined
`,
        errors: [
          { line: 13, column: 9, messageIncludes: 'container "buildkit"' },
          { line: 22, column: 15, messageIncludes: 'container "agent"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capabilities-added.ts
var k8s_capabilities_added_default = defineRule({
  meta: {
    id: "k8s-capabilities-added",
    title: "Container adds Linux capabilities beyond NET_BIND_SERVICE",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container adds Linux capabilities other than `NET_BIND_SERVICE`, the only one the Pod Security Standards restricted profile allows; capabilities outside the baseline set (such as `AUDIT_CONTROL` or `SYS_TIME`) also break the baseline profile. Each one widens what a compromised process can do to the node. The most dangerous ones are reported by their own rules.",
    remediation: "Drop `ALL` capabilities and add back only `NET_BIND_SERVICE` when the process binds a port below 1024; redesign the workload if it needs more.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline", "restricted"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter(
        (entry) => entry.name !== RESTRICTED_ADDABLE_CAPABILITY && !NODE_ESCAPE_CAPABILITIES.has(entry.name) && !NETWORK_CAPABILITIES.has(entry.name)
      );
      if (added.length === 0) continue;
      const beyondBaseline = added.some((entry) => !BASELINE_CAPABILITIES.has(entry.name));
      report({
        at: added[0].path,
        message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}${beyondBaseline ? " (outside the baseline set)" : ""}`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge
  namespace: web
spec:
  selector:
    matchLabels: { app: edge }
  template:
    metadata:
      labels: { app: edge }
    spec:
      containers:
        - name: haproxy
          image: haproxy:3.0.3
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: audit-tool
spec:
  containers:
    - name: auditor
      image: registry.example.com/security/auditor:3.1.0
      securityContext:
        capabilities:
          add: ["AUDIT_CONTROL", "CHOWN"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "AUDIT_CONTROL, CHOWN capabilities (outside the baseline set)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capabilities-not-dropped.ts
var k8s_capabilities_not_dropped_default = defineRule({
  meta: {
    id: "k8s-capabilities-not-dropped",
    title: "Container does not drop ALL capabilities",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Without `capabilities.drop: [ALL]` the container keeps the runtime's default capability set, which includes `NET_RAW`, `CHOWN`, `DAC_OVERRIDE`, `SETUID` and `MKNOD`: more than almost any application needs, and useful to an attacker who gets code execution. The Pod Security Standards restricted profile requires dropping `ALL`.",
    remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only `NET_BIND_SERVICE` where a low port is needed.',
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.10"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      const drop = getPath(securityContext, ["capabilities", "drop"]);
      if (isUnknown(securityContext) || isUnknown(getPath(securityContext, ["capabilities"])) || isUnknown(drop)) continue;
      if (Array.isArray(drop) && drop.some(isUnknown)) continue;
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "drop").some((entry) => entry.name === "ALL")) continue;
      const at = drop !== void 0 ? [...view.path, "securityContext", "capabilities", "drop"] : [...view.path, "securityContext", "capabilities"];
      report({ at, message: `container "${view.name}" of ${workload.name} does not drop ALL capabilities: it keeps the runtime's default set, NET_RAW included` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        capabilities:
          drop: ["ALL"]
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
          securityContext:
            capabilities:
              drop: ["NET_RAW"]
        - name: sidecar
          image: registry.example.com/shop/sidecar:1.2.0
`,
        errors: [
          { line: 18, column: 15, messageIncludes: '"api"' },
          { line: 19, column: 11, messageIncludes: '"sidecar"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-capability-net-raw.ts
var k8s_capability_net_raw_default = defineRule({
  meta: {
    id: "k8s-capability-net-raw",
    title: "Container adds the NET_RAW or NET_ADMIN capability",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`NET_RAW` lets a container craft raw packets (ARP and DNS spoofing of its neighbours on the node's bridge); `NET_ADMIN` lets it reconfigure interfaces, routes and firewall rules of its network namespace, or of the node's when it shares it. Neither is in the Pod Security Standards baseline set.",
    remediation: "Remove the capability. Use `ping` replacements that rely on unprivileged ICMP sockets, and leave network plumbing to the CNI plugin.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.8"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter((entry) => NETWORK_CAPABILITIES.has(entry.name));
      if (added.length === 0) continue;
      report({ at: added[0].path, message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  containers:
    - name: probe
      image: registry.example.com/tools/probe:1.1.0
      securityContext:
        capabilities:
          drop: ["NET_RAW"]
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: vpn-gateway
  namespace: network
spec:
  selector:
    matchLabels: { app: vpn-gateway }
  template:
    metadata:
      labels: { app: vpn-gateway }
    spec:
      containers:
        - name: wireguard
          image: registry.example.com/network/wireguard:1.0.20210914
          securityContext:
            capabilities:
              add: ["NET_ADMIN", "NET_RAW"]
`,
        errors: [{ line: 18, column: 21, messageIncludes: "NET_ADMIN, NET_RAW" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-container-runtime-socket.ts
var k8s_container_runtime_socket_default = defineRule({
  meta: {
    id: "k8s-container-runtime-socket",
    title: "Pod mounts the container runtime socket (docker.sock, containerd.sock)",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts the Docker, containerd or CRI-O socket of its node. Whoever can talk to that socket can start a privileged container with the node's root filesystem mounted: it is root on the node, whatever the pod's own security context says, and a read-only mount does not prevent it.",
    remediation: "Do not mount runtime sockets into workloads. Build images with rootless builders (BuildKit rootless, kaniko) and read container metadata through the Kubernetes API instead.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "docker-socket", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "runtime-socket")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts the container runtime socket ${volume.hostPath}${by}: root on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: gcr.io/kaniko-project/executor:v1.23.2
          args: ["--context=git://git.example.com/shop.git", "--destination=registry.example.com/shop:1.0.0"]
`
      }
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: docker:27.1.1-cli
          command: ["docker", "build", "-t", "registry.example.com/shop:1.0.0", "."]
          volumeMounts:
            - name: docker
              mountPath: /var/run/docker.sock
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
            type: Socket
`,
        errors: [{ line: 20, column: 13, messageIncludes: "docker.sock" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-dangerous-capabilities.ts
var k8s_dangerous_capabilities_default = defineRule({
  meta: {
    id: "k8s-dangerous-capabilities",
    title: "Container adds dangerous capabilities (SYS_ADMIN, ALL, SYS_PTRACE, SYS_MODULE)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The container adds a Linux capability that is a known way out of the container: `SYS_ADMIN` (mount, namespaces, cgroup escapes), `ALL`, `SYS_MODULE` (load kernel modules), `SYS_PTRACE` (inject into processes), `SYS_RAWIO`, `DAC_READ_SEARCH` (read any host file through open handles), `BPF` or `SYS_BOOT`. Such a container is nearly as powerful as a privileged one.",
    remediation: "Remove the capability from `securityContext.capabilities.add`, drop `ALL`, and add back only the narrow capability the process needs (often `NET_BIND_SERVICE`, or none).",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const dangerous = capabilities(view, "add").filter((entry) => NODE_ESCAPE_CAPABILITIES.has(entry.name));
      if (dangerous.length === 0) continue;
      report({
        at: dangerous[0].path,
        message: `container "${view.name}" of ${workload.name} adds the ${dangerous.map((entry) => entry.name).join(", ")} ${dangerous.length === 1 ? "capability" : "capabilities"}, enough to escape to the node`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27.0
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: fuse-mounter
spec:
  containers:
    - name: mounter
      image: registry.example.com/storage/s3fs:1.94
      securityContext:
        capabilities:
          add:
            - CHOWN
            - SYS_ADMIN
    - name: tracer
      image: registry.example.com/tools/tracer:0.2.0
      securityContext:
        capabilities:
          add: ["cap_sys_ptrace"]
`,
        errors: [
          { line: 13, column: 15, messageIncludes: "SYS_ADMIN" },
          { line: 18, column: 17, messageIncludes: "SYS_PTRACE" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-default-service-account.ts
var k8s_default_service_account_default = defineRule({
  meta: {
    id: "k8s-default-service-account",
    title: "Pod runs as the namespace's default service account with its token mounted",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod names no service account, so it runs as the namespace's `default` account and gets its API token. Every pod in the namespace shares that identity: a permission granted to `default` for one workload is granted to all of them, and its token is in every container.",
    remediation: "Create a ServiceAccount per workload and set `serviceAccountName`; set `automountServiceAccountToken: false` on the `default` ServiceAccount of every namespace.",
    precision: "medium",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.5"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"]
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    if (use.name !== "default" || isUnknown(use.accountAutomount)) return;
    if (use.podAutomount === false || use.podAutomount === void 0 && use.accountAutomount === false) return;
    if (use.podAutomount !== void 0 && use.podAutomount !== true) return;
    report({ at: use.at, message: `${workload.name} runs as the default service account of its namespace, with its API token mounted` });
  },
  examples: {
    valid: [
      {
        name: "a dedicated account; the default account with its token not mounted",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: static-site
  namespace: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: nginx
      image: nginx:1.27.0
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
        errors: [{ line: 12, column: 5, messageIncludes: "default service account" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-exposed-workload-can-read-secrets.ts
var k8s_exposed_workload_can_read_secrets_default = defineRule({
  meta: {
    id: "k8s-exposed-workload-can-read-secrets",
    title: "Workload exposed outside the cluster runs as a service account that can read Secrets",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The workload is reachable from outside the cluster (a LoadBalancer or NodePort Service, or an Ingress) and its pods mount the token of a ServiceAccount that a RoleBinding or ClusterRoleBinding allows to get, list or watch Secrets. An attacker who gets code execution or a file read in the exposed process reads the token and, with it, every Secret in scope: database passwords, cloud keys, other service account tokens.",
    remediation: "Run the exposed pods as a ServiceAccount without access to Secrets, or limit the rule to the named Secrets it needs with `resourceNames`. Set `automountServiceAccountToken: false` on pods that do not call the API. Prefer a RoleBinding in one namespace to a ClusterRoleBinding.",
    precision: "medium",
    cwe: ["CWE-522", "CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2", "5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"]
  },
  check(workload, { graph, report }) {
    const podSpec = podSpecOf(workload);
    if (!podSpec || podSpec.spec.automountServiceAccountToken === false) return;
    const exposure = externalExposures(graph, workload)[0];
    if (!exposure) return;
    const uses = graph.edgesFrom(workload.id, "uses").find((edge) => edge.to.includes("/ServiceAccount/"));
    if (!uses || !mountsToken(graph, uses.to, podSpec.spec.automountServiceAccountToken)) return;
    const grants = grantsToServiceAccount(graph, uses.to).filter(grantReadsSecrets).sort((a, b) => Number(b.clusterWide) - Number(a.clusterWide));
    const grant = grants[0];
    if (!grant) return;
    const account = uses.to.slice(uses.to.indexOf("/ServiceAccount/") + "/ServiceAccount/".length);
    const scope = grant.clusterWide ? "in every namespace" : `in namespace ${namespaceOf(grant.binding)}`;
    const related = [
      { resource: exposure.by.id, at: exposure.at, message: `exposed by ${exposure.description}` },
      { resource: grant.binding.id, at: ["roleRef", "name"], message: `${grant.binding.name} grants ${grant.roleKind} ${grant.roleName} to ${account}` }
    ];
    if (grant.role) related.push({ resource: grant.role.id, at: ["rules", secretReadRuleIndex(grant.role) ?? 0, "resources"], message: `${grant.role.name} can read Secrets` });
    report({
      at: uses.via ?? [],
      message: `${workload.name} is exposed by ${exposure.description} and runs as ${account}, which can read Secrets ${scope} (${grant.binding.name})`,
      related
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
`
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
`
      }
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
`
        },
        errors: [{ file: "deployment.yaml", line: 15, column: 7, messageIncludes: "can read Secrets in every namespace" }]
      }
    ]
  }
});
function mountsToken(graph, accountId, podSetting) {
  if (podSetting === true) return true;
  const account = graph.get(accountId);
  return account?.attributes.automountServiceAccountToken !== false;
}

// packages/rules/src/kubernetes/iam/k8s-hardcoded-secret-env.ts
var k8s_hardcoded_secret_env_default = defineRule({
  meta: {
    id: "k8s-hardcoded-secret-env",
    title: "Hardcoded secret in a container environment variable",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A container environment variable named like a password, token or key is set to a literal value in the manifest. The credential is in version control for everyone with read access, in every rendered copy of the manifest, and visible to anyone who can read the workload through the API.",
    remediation: "Move the value to a Secret (ideally synced from an external secret store) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; then rotate the exposed credential.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.1"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      asList(view.container.env).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        const value = variable.value;
        if (!isHardcodedSecretValue(value) || /\$\([A-Za-z_][\w.-]*\)/.test(value)) return;
        const formats = secretsInText(value);
        if (!isSecretName(variable.name) && formats.length === 0) return;
        const what = formats.length > 0 ? ` (${formats[0]})` : "";
        report({
          at: [...view.path, "env", index, "value"],
          message: `container "${view.name}" of ${workload.name} has a hardcoded secret in environment variable ${variable.name}${what}`
        });
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: orders-db, key: password }
            - name: DB_PASSWORD_FILE
              value: /run/secrets/db/password
            - name: TOKEN_TTL
              value: "3600"
            - name: API_KEY
              value: $(SHARED_API_KEY)
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              value: "Orders-2024!prod"
            - name: PAYMENT_API_KEY
              value: 9f8c2e71d04b4a6f8e3b5c1d7a2f6e90
`,
        errors: [
          { line: 20, column: 15, messageIncludes: "hardcoded secret in environment variable DB_PASSWORD" },
          { line: 22, column: 15, messageIncludes: "PAYMENT_API_KEY" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-ipc.ts
var k8s_host_ipc_default = defineRule({
  meta: {
    id: "k8s-host-ipc",
    title: "Pod shares the host IPC namespace (hostIPC)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostIPC: true` joins the pod to the node's IPC namespace: it can read and write the shared memory segments and message queues of every process on the node, including other tenants' containers.",
    remediation: "Remove `hostIPC: true`; containers that need shared memory with each other can share an `emptyDir` with `medium: Memory` inside the pod.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.4"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostIPC === true) report({ at: [...pod.path, "hostIPC"], message: `${workload.name} shares the host IPC namespace (hostIPC): it can read the shared memory of every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "statefulset.yaml",
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
  namespace: shop
spec:
  serviceName: cache
  selector:
    matchLabels: { app: cache }
  template:
    metadata:
      labels: { app: cache }
    spec:
      containers:
        - name: redis
          image: redis:7.2.5
      volumes:
        - name: shm
          emptyDir: { medium: Memory }
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: perf-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: perf-agent }
  template:
    metadata:
      labels: { app: perf-agent }
    spec:
      hostIPC: true
      containers:
        - name: agent
          image: registry.example.com/perf-agent:0.9.1
`,
        errors: [{ line: 13, column: 7, messageIncludes: "hostIPC" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-path-sensitive.ts
var k8s_host_path_sensitive_default = defineRule({
  meta: {
    id: "k8s-host-path-sensitive",
    title: "Pod mounts a sensitive host path (/, /etc, /proc, kubelet or system folders)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts a node folder that holds credentials or the node's own software: the root filesystem, `/etc` (kubelet and kubeadm credentials), `/proc`, `/sys`, `/dev`, system binaries or the kubelet, etcd and container runtime state. Read access leaks cluster credentials; write access takes over the node.",
    remediation: "Do not mount node system folders into pods. Mount only the narrowest, non-sensitive path a node agent needs, read-only, and keep such agents in a dedicated, locked-down namespace.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "sensitive")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      const what = volume.hostPath === "/" ? "the node's root filesystem (host path /)" : `sensitive host path ${volume.hostPath}`;
      report({ at: volume.at, message: `${workload.name} mounts ${what}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        name: "a data folder of the node is the general hostPath rule's concern",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: local-cache
spec:
  containers:
    - name: cache
      image: registry.example.com/cache:1.0.4
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      hostPath:
        path: /mnt/fast-ssd/cache
        type: DirectoryOrCreate
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: node-inspector
  namespace: ops
spec:
  selector:
    matchLabels: { app: node-inspector }
  template:
    metadata:
      labels: { app: node-inspector }
    spec:
      containers:
        - name: inspector
          image: registry.example.com/ops/inspector:0.4.0
          volumeMounts:
            - name: host-root
              mountPath: /host
            - name: kubelet
              mountPath: /host-kubelet
              readOnly: true
      volumes:
        - name: host-root
          hostPath:
            path: /
        - name: kubelet
          hostPath:
            path: /var/lib/kubelet/
`,
        errors: [
          { line: 25, column: 13, messageIncludes: "root filesystem" },
          { line: 28, column: 13, messageIncludes: "/var/lib/kubelet" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-path-volume.ts
var k8s_host_path_volume_default = defineRule({
  meta: {
    id: "k8s-host-path-volume",
    title: "Pod mounts a host path (hostPath volume)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A hostPath volume gives the pod a directory of the node's filesystem. Files written there outlive the pod and are seen by the node and other pods, symbolic links in it can lead outside it, and it ties the pod to one node. The Pod Security Standards baseline profile forbids hostPath volumes.",
    remediation: "Use an `emptyDir`, a PersistentVolumeClaim or a CSI volume instead; if node files are truly needed, mount the narrowest path read-only and run the pod under a reviewed exception.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-path", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "other")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts host path ${volume.hostPath}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  selector:
    matchLabels: { app: worker }
  template:
    metadata:
      labels: { app: worker }
    spec:
      containers:
        - name: worker
          image: registry.example.com/jobs/worker:4.0.2
          volumeMounts:
            - name: scratch
              mountPath: /tmp/work
      volumes:
        - name: scratch
          emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: logging
spec:
  selector:
    matchLabels: { app: log-shipper }
  template:
    metadata:
      labels: { app: log-shipper }
    spec:
      containers:
        - name: shipper
          image: registry.example.com/logging/shipper:2.2.0
          volumeMounts:
            - name: varlog
              mountPath: /var/log
              readOnly: true
      volumes:
        - name: varlog
          hostPath:
            path: /var/log
`,
        errors: [{ line: 23, column: 13, messageIncludes: "host path /var/log" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-host-pid.ts
var k8s_host_pid_default = defineRule({
  meta: {
    id: "k8s-host-pid",
    title: "Pod shares the host PID namespace (hostPID)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostPID: true` lets the pod see every process on the node. A root process in it can read other containers' environment and memory through `/proc`, signal them, or enter the node's namespaces with `nsenter` when combined with privilege.",
    remediation: "Remove `hostPID: true`. Node-level process monitoring belongs in a dedicated, reviewed agent, not in application pods.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.3"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostPID === true) report({ at: [...pod.path, "hostPID"], message: `${workload.name} shares the host PID namespace (hostPID): it sees and can signal every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      hostPID: false
      containers:
        - name: api
          image: registry.example.com/shop/api:2.8.0
`
      }
    ],
    invalid: [
      {
        filename: "debug-pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: node-debugger
  namespace: ops
spec:
  hostPID: true
  containers:
    - name: shell
      image: registry.example.com/tools/debug:1.3.0
      command: ["sleep", "3600"]
`,
        errors: [{ line: 7, column: 3, messageIncludes: "hostPID" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-kube-system-workload.ts
var k8s_kube_system_workload_default = defineRule({
  meta: {
    id: "k8s-kube-system-workload",
    title: "Workload deployed into the kube-system namespace",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`kube-system` holds the cluster's own components and their highly privileged service accounts and secrets, and admission policies usually exempt it. An application placed there shares that trust: anyone who can manage it can reach the control-plane credentials next to it.",
    remediation: "Deploy applications and add-ons into their own namespace with their own service account; keep `kube-system` for components installed by the cluster itself.",
    precision: "medium",
    cwe: ["CWE-653"],
    frameworks: { "CIS Kubernetes 1.9": ["5.7.1"] },
    tags: ["namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/multi-tenancy/", "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"]
  },
  check(workload, { report }) {
    if (namespaceOf2(workload) !== "kube-system") return;
    report({ at: ["metadata", "namespace"], message: `${workload.name} is deployed into kube-system, next to the cluster's own privileged components` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privilege-escalation-allowed.ts
var k8s_privilege_escalation_allowed_default = defineRule({
  meta: {
    id: "k8s-privilege-escalation-allowed",
    title: "Container explicitly allows privilege escalation (allowPrivilegeEscalation: true)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`allowPrivilegeEscalation: true` leaves the kernel's `no_new_privs` flag off, so a process in the container can gain more privileges than its parent through setuid binaries or file capabilities: a non-root foothold becomes root in the container. The Pod Security Standards restricted profile requires `false`.",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on the container; run it as a non-root user and remove setuid binaries from the image.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.6"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "privilege-escalation", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "allowPrivilegeEscalation"]) !== true) continue;
      report({ at: [...view.path, "securityContext", "allowPrivilegeEscalation"], message: `container "${view.name}" of ${workload.name} allows privilege escalation (allowPrivilegeEscalation: true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        allowPrivilegeEscalation: false
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy-app
  namespace: back-office
spec:
  selector:
    matchLabels: { app: legacy-app }
  template:
    metadata:
      labels: { app: legacy-app }
    spec:
      containers:
        - name: app
          image: registry.example.com/back-office/legacy:7.4.0
          securityContext:
            runAsUser: 1000
            allowPrivilegeEscalation: true
`,
        errors: [{ line: 18, column: 13, messageIncludes: "allows privilege escalation" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privilege-escalation-not-disabled.ts
var k8s_privilege_escalation_not_disabled_default = defineRule({
  meta: {
    id: "k8s-privilege-escalation-not-disabled",
    title: "Container does not disable privilege escalation (allowPrivilegeEscalation not set to false)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Containers allow privilege escalation unless `allowPrivilegeEscalation: false` is set: setuid binaries in the image (`su`, `sudo`, `ping` on older images) can turn a non-root foothold into root inside the container. The Pod Security Standards restricted profile requires the setting on every container.",
    remediation: "Add `securityContext.allowPrivilegeEscalation: false` to every container.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.6"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "privilege-escalation", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      if (isUnknown(securityContext)) continue;
      const setting = getPath(securityContext, ["allowPrivilegeEscalation"]);
      if (setting !== void 0 && setting !== null) continue;
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "add").some((entry) => entry.name === "SYS_ADMIN" || entry.name === "ALL")) continue;
      report({
        at: isObject(securityContext) ? [...view.path, "securityContext"] : view.path,
        message: `container "${view.name}" of ${workload.name} does not set allowPrivilegeEscalation: false, so setuid binaries can escalate to root`
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        allowPrivilegeEscalation: false
`
      }
    ],
    invalid: [
      {
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: finance
spec:
  schedule: "30 6 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: registry.example.com/finance/fetch:1.0.3
          containers:
            - name: report
              image: registry.example.com/finance/report:2.4.0
              securityContext:
                runAsNonRoot: true
`,
        errors: [
          { line: 14, column: 15, messageIncludes: '"fetch"' },
          { line: 19, column: 15, messageIncludes: '"report"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-privileged-container.ts
var k8s_privileged_container_default = defineRule({
  meta: {
    id: "k8s-privileged-container",
    title: "Container runs privileged",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`securityContext.privileged: true` gives the container every capability and access to the host's devices: a process in it can take over the node and every pod on it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `privileged: true`; grant the one capability the workload needs with `capabilities.add` instead, or move node-level work to a dedicated, audited DaemonSet.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      if (getPath(container, ["securityContext", "privileged"]) === true) {
        report({ at: [...path, "securityContext", "privileged"], message: `container "${name}" of ${workload.name} runs privileged` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      securityContext:
        privileged: false
`
      }
    ],
    invalid: [
      {
        name: "CronJob through the pod-spec view",
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: registry.example.com/backup:2.1.0
              securityContext:
                privileged: true
`,
        errors: [{ line: 16, column: 17 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-proc-mount-unmasked.ts
var k8s_proc_mount_unmasked_default = defineRule({
  meta: {
    id: "k8s-proc-mount-unmasked",
    title: "Container mounts /proc unmasked (procMount: Unmasked)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`procMount: Unmasked` removes the masking and read-only paths the runtime applies to `/proc` (such as `/proc/sys`, `/proc/sysrq-trigger` and `/proc/kcore`), exposing kernel interfaces that can leak host information or change node settings. The Pod Security Standards baseline profile requires the `Default` proc mount.",
    remediation: "Remove `procMount` or set it to `Default`. Nested container runtimes should run in user-namespaced pods (`hostUsers: false`) built for it.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "procMount"]) !== "Unmasked") continue;
      report({ at: [...view.path, "securityContext", "procMount"], message: `container "${view.name}" of ${workload.name} mounts /proc unmasked (procMount: Unmasked)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        procMount: Default
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: nested-runtime
spec:
  containers:
    - name: sysbox
      image: registry.example.com/ci/nested:0.6.4
      securityContext:
        procMount: Unmasked
`,
        errors: [{ line: 10, column: 9 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-read-only-root-filesystem.ts
var k8s_read_only_root_filesystem_default = defineRule({
  meta: {
    id: "k8s-read-only-root-filesystem",
    title: "Container root filesystem is writable (readOnlyRootFilesystem not true)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Without `readOnlyRootFilesystem: true`, an attacker who gets code execution in the container can drop tools, modify binaries and libraries of the image, or plant persistence that survives until the container is replaced.",
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and give the process `emptyDir` volumes for the paths it writes (`/tmp`, caches).",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: immutable container file systems"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      if (view.group === "ephemeralContainers") continue;
      const securityContext = view.container.securityContext;
      const setting = getPath(securityContext, ["readOnlyRootFilesystem"]);
      if (setting === true || isUnknown(securityContext) || isUnknown(setting)) continue;
      const at = setting !== void 0 && setting !== null ? [...view.path, "securityContext", "readOnlyRootFilesystem"] : isObject(securityContext) ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has a writable root filesystem (readOnlyRootFilesystem is not true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        readOnlyRootFilesystem: true
      volumeMounts:
        - { name: tmp, mountPath: /tmp }
  volumes:
    - name: tmp
      emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        readOnlyRootFilesystem: false
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
`,
        errors: [
          { line: 10, column: 9, messageIncludes: '"api"' },
          { line: 11, column: 7, messageIncludes: '"proxy"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-restricted-volume-types.ts
var RESTRICTED_VOLUME_SOURCES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);
var OWN_RULES = /* @__PURE__ */ new Set(["hostPath", "gitRepo"]);
var k8s_restricted_volume_types_default = defineRule({
  meta: {
    id: "k8s-restricted-volume-types",
    title: "Pod uses a volume type outside the restricted profile (NFS, iSCSI, RBD, FlexVolume...)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod mounts a volume source that the Pod Security Standards restricted profile does not allow: an in-tree network or cloud volume (NFS, iSCSI, RBD, CephFS, cloud disks) or a FlexVolume. Such volumes bypass PersistentVolumeClaim access control, embed storage endpoints and credentials in the pod spec, and FlexVolume drivers run as root on the node.",
    remediation: "Mount storage through a PersistentVolumeClaim bound to an administrator-managed PersistentVolume or a CSI driver, and configuration through ConfigMaps, Secrets or projected volumes.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["pod-security", "volumes", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/storage/volumes/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      const sources = Object.keys(volume).filter((key) => key !== "name");
      if (sources.some((source) => isUnknown(volume[source]) || OWN_RULES.has(source))) continue;
      const outside = sources.find((source) => !RESTRICTED_VOLUME_SOURCES.has(source));
      if (!outside) continue;
      report({ at: [...path, outside], message: `${workload.name} mounts volume "${name}" of type ${outside}, which the restricted pod security profile does not allow` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
  volumes:
    - name: config
      configMap: { name: api-config }
    - name: data
      persistentVolumeClaim: { claimName: api-data }
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600 }
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: media
  namespace: web
spec:
  selector:
    matchLabels: { app: media }
  template:
    metadata:
      labels: { app: media }
    spec:
      containers:
        - name: media
          image: registry.example.com/web/media:3.3.0
      volumes:
        - name: assets
          nfs:
            server: nfs.internal.example.com
            path: /exports/assets
`,
        errors: [{ line: 18, column: 11, messageIncludes: "type nfs" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-non-root-not-set.ts
var k8s_run_as_non_root_not_set_default = defineRule({
  meta: {
    id: "k8s-run-as-non-root-not-set",
    title: "Container may run as root (runAsNonRoot not true, no non-root runAsUser)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the container nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`, so the container runs as whatever user its image names, which for most images is root. The Pod Security Standards restricted profile requires `runAsNonRoot: true`, so that the kubelet refuses to start a container as root.",
    remediation: "Set `securityContext.runAsNonRoot: true` at the pod level (containers inherit it), together with a non-zero `runAsUser` if the image does not name a numeric non-root user.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.7"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    const explicitFalse = [];
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      const nonRoot = effectiveSetting(pod, view, "runAsNonRoot");
      const user = effectiveSetting(pod, view, "runAsUser");
      if (nonRoot?.value === true || isUnknown(nonRoot?.value) || isUnknown(user?.value)) continue;
      if (typeof user?.value === "number") continue;
      if (nonRoot?.value === false) {
        explicitFalse.push({ view, setting: nonRoot });
        continue;
      }
      const at = view.container.securityContext !== void 0 ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} may run as root: neither it nor its pod sets runAsNonRoot: true or a non-root runAsUser` });
    }
    for (const group of groupBySetting(explicitFalse)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsNonRoot: false: ${containerList(group.containers)} may run as root` });
    }
  },
  examples: {
    valid: [
      {
        name: "inherited from the pod, or a numeric non-root user",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
      initContainers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
          securityContext:
            runAsUser: 65532
`
      }
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
          securityContext:
            readOnlyRootFilesystem: true
        - name: metrics
          image: registry.example.com/shop/metrics:1.0.0
          securityContext:
            runAsNonRoot: false
`,
        errors: [
          { line: 16, column: 11, messageIncludes: '"api"' },
          { line: 21, column: 13, messageIncludes: "runAsNonRoot: false" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-root-group.ts
var k8s_run_as_root_group_default = defineRule({
  meta: {
    id: "k8s-run-as-root-group",
    title: "Container runs with the root group (runAsGroup: 0)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`runAsGroup: 0` gives the container's processes the root group: they can read and write every file of the image and of mounted volumes that is group-owned by root, which often includes files meant only for root.",
    remediation: "Set `runAsGroup` to a non-zero GID, and use `fsGroup` with a non-zero GID for volume access.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"] },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsGroup");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsGroup: 0: ${containerList(group.containers)} run with the root group` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 10001
    runAsGroup: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`,
        errors: [{ line: 8, column: 5, messageIncludes: "runAsGroup: 0" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-run-as-root-user.ts
var k8s_run_as_root_user_default = defineRule({
  meta: {
    id: "k8s-run-as-root-user",
    title: "Container runs as root (runAsUser: 0)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`runAsUser: 0` runs the container's processes as root. Root in a container owns every file of the image and of its volumes, and is one kernel bug or misconfiguration (a writable hostPath, an added capability) away from root on the node. The Pod Security Standards restricted profile forbids user 0.",
    remediation: "Set `runAsUser` to a non-zero UID that the image is built for (and `runAsNonRoot: true`); fix file ownership in the image rather than running as root.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.7"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsUser");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name} sets runAsUser: 0` : `${containerList(group.containers)} of ${workload.name} sets runAsUser: 0`;
      const who = group.from === "pod" ? `: ${containerList(group.containers)} run as root` : ": runs as root";
      report({ at: group.path, message: `${where}${who}` });
    }
  },
  examples: {
    valid: [
      {
        name: "a container overrides the pod's root user",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        runAsUser: 10001
        runAsNonRoot: true
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-audit
  namespace: security
spec:
  selector:
    matchLabels: { app: node-audit }
  template:
    metadata:
      labels: { app: node-audit }
    spec:
      securityContext:
        runAsUser: 0
      containers:
        - name: audit
          image: registry.example.com/security/audit:1.8.0
        - name: exporter
          image: registry.example.com/security/exporter:1.8.0
          securityContext:
            runAsUser: 0
`,
        errors: [
          { line: 14, column: 9, messageIncludes: "pod securityContext" },
          { line: 21, column: 13, messageIncludes: 'container "exporter"' }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-seccomp-profile-missing.ts
var k8s_seccomp_profile_missing_default = defineRule({
  meta: {
    id: "k8s-seccomp-profile-missing",
    title: "Container has no seccomp profile (seccompProfile not set)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the container nor its pod sets a seccomp profile, so on most clusters it runs without system call filtering (the kubelet applies `RuntimeDefault` only when `--seccomp-default` is on). The Pod Security Standards restricted profile requires `RuntimeDefault` or `Localhost`.",
    remediation: "Add `securityContext.seccompProfile.type: RuntimeDefault` to the pod spec; every container inherits it.",
    precision: "high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["restricted"]
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).has("seccomp.security.alpha.kubernetes.io/pod");
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      if (effectiveSetting(pod, view, "seccompProfile") || podAnnotation) continue;
      if (containerAnnotation(workload.attributes, pod, "container.seccomp.security.alpha.kubernetes.io", view.name)) continue;
      const at = view.container.securityContext !== void 0 ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has no seccomp profile: set seccompProfile type RuntimeDefault on the pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: shop
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext:
        runAsNonRoot: true
      containers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
`,
        errors: [{ line: 13, column: 11, messageIncludes: "no seccomp profile" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-seccomp-unconfined.ts
var POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io";
var k8s_seccomp_unconfined_default = defineRule({
  meta: {
    id: "k8s-seccomp-unconfined",
    title: "Seccomp profile set to Unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A seccomp profile of type `Unconfined` turns off system call filtering: the container can call `unshare`, `keyctl`, `bpf`, `ptrace` and other calls that most kernel privilege-escalation exploits depend on. The Pod Security Standards baseline profile forbids `Unconfined`.",
    remediation: "Use `seccompProfile: { type: RuntimeDefault }` at the pod level, or a `Localhost` profile tailored to the workload.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    const add = (path, container, fromPod) => {
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(container);
      else groups.set(key, { path, containers: [container], pod: fromPod });
    };
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).get(POD_ANNOTATION);
    for (const view of pod.containers) {
      const profile = effectiveSetting(pod, view, "seccompProfile");
      if (profile) {
        if (getPath(profile.value, ["type"]) === "Unconfined") add([...profile.path, "type"], view.name, profile.from === "pod");
        continue;
      }
      const annotation = containerAnnotation(workload.attributes, pod, CONTAINER_ANNOTATION_PREFIX, view.name);
      if (annotation) {
        if (annotation.value === "unconfined") add(annotation.path, view.name, false);
      } else if (podAnnotation === "unconfined") {
        add([...podMetadataPath(pod), "annotations", POD_ANNOTATION], view.name, true);
      }
    }
    for (const group of groups.values()) {
      const where = group.pod ? `${workload.name} sets its pod seccomp profile to Unconfined` : `${containerList(group.containers)} of ${workload.name} set the seccomp profile to Unconfined`;
      report({ at: group.path, message: `${where}: no system call filtering for ${containerList(group.containers)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        name: "pod field and the deprecated container annotation",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracer
  namespace: observability
spec:
  selector:
    matchLabels: { app: tracer }
  template:
    metadata:
      labels: { app: tracer }
      annotations:
        container.seccomp.security.alpha.kubernetes.io/sidecar: unconfined
    spec:
      securityContext:
        seccompProfile:
          type: Unconfined
      containers:
        - name: tracer
          image: registry.example.com/observability/tracer:0.7.0
        - name: sidecar
          image: registry.example.com/observability/sidecar:0.7.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`,
        errors: [{ line: 17, column: 11, messageIncludes: "pod seccomp profile to Unconfined" }]
      },
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: legacy
  annotations:
    container.seccomp.security.alpha.kubernetes.io/app: unconfined
spec:
  containers:
    - name: app
      image: registry.example.com/legacy:1.0.0
`,
        errors: [{ line: 6, column: 5, messageIncludes: 'container "app"' }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-selinux-custom-options.ts
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
var k8s_selinux_custom_options_default = defineRule({
  meta: {
    id: "k8s-selinux-custom-options",
    title: "Custom SELinux type, user or role (seLinuxOptions)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod or container sets an SELinux type outside the container types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`), or a custom SELinux user or role. A type such as `spc_t` or `unconfined_t` lifts the SELinux confinement that keeps containers away from host files. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `seLinuxOptions.type`, `user` and `role`, keeping only `level` when the workload needs a specific MCS label.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"]
    },
    tags: ["pod-security", "selinux", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "seLinuxOptions");
      if (!options || !isObject(options.value)) continue;
      const { type, user, role } = options.value;
      let problem;
      if (typeof type === "string" && type !== "" && !ALLOWED_TYPES.has(type)) problem = { field: "type", text: `SELinux type ${type}` };
      else if (typeof user === "string" && user !== "") problem = { field: "user", text: `SELinux user ${user}` };
      else if (typeof role === "string" && role !== "") problem = { field: "role", text: `SELinux role ${role}` };
      if (!problem) continue;
      const path = [...options.path, problem.field];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod", problem: problem.text });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets a custom ${group.problem} for ${containerList(group.containers)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seLinuxOptions:
      level: "s0:c123,c456"
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        seLinuxOptions:
          type: container_t
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: storage
spec:
  selector:
    matchLabels: { app: csi-node }
  template:
    metadata:
      labels: { app: csi-node }
    spec:
      securityContext:
        seLinuxOptions:
          type: spc_t
      containers:
        - name: driver
          image: registry.example.com/storage/csi-driver:1.12.0
        - name: registrar
          image: registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1
`,
        errors: [{ line: 15, column: 11, messageIncludes: 'SELinux type spc_t for containers "driver", "registrar"' }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-token-automount.ts
var k8s_service_account_token_automount_default = defineRule({
  meta: {
    id: "k8s-service-account-token-automount",
    title: "Service account API token mounted by default (automountServiceAccountToken not disabled)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Neither the pod nor its ServiceAccount sets `automountServiceAccountToken`, so every container gets an API token for the account. Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code execution to move on to the cluster with the account's permissions.",
    remediation: "Set `automountServiceAccountToken: false` on the ServiceAccount (or the pod), and set it to `true` explicitly only on pods that call the API.",
    precision: "medium",
    cwe: ["CWE-200"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"]
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    if (use.name === "default" || use.podAutomount !== void 0 || use.accountAutomount !== void 0) return;
    const account = use.accountInScan ? `service account ${use.name}` : `service account ${use.name} (not in the scan)`;
    report({ at: use.at, message: `${workload.name} mounts an API token for ${account} in every container: neither the pod nor the account sets automountServiceAccountToken: false` });
  },
  examples: {
    valid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`
      }
    ],
    invalid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
        errors: [{ line: 19, column: 7, messageIncludes: "API token for service account orders" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-share-process-namespace.ts
var k8s_share_process_namespace_default = defineRule({
  meta: {
    id: "k8s-share-process-namespace",
    title: "Pod containers share one process namespace (shareProcessNamespace)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`shareProcessNamespace: true` lets every container of the pod see and signal the others' processes and read their environment and files through `/proc/<pid>/root`: a compromised sidecar reaches the main container's secrets, and the reverse.",
    remediation: "Remove `shareProcessNamespace` unless a debugging or process-supervision sidecar requires it; use ephemeral debug containers instead.",
    precision: "very-high",
    cwe: ["CWE-668"],
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.shareProcessNamespace === true) {
      report({ at: [...pod.path, "shareProcessNamespace"], message: `${workload.name} shares one process namespace between its containers (shareProcessNamespace): each can read the others' processes and secrets` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  shareProcessNamespace: true
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
    - name: log-agent
      image: registry.example.com/log-agent:2.0.0
`,
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-unsafe-sysctls.ts
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem"
]);
var k8s_unsafe_sysctls_default = defineRule({
  meta: {
    id: "k8s-unsafe-sysctls",
    title: "Pod sets unsafe sysctls",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The pod sets kernel parameters outside the safe, namespaced set. Unsafe sysctls can affect every pod on the node (memory and network tuning, `kernel.*` settings) or weaken isolation, and the kubelet only accepts them when an administrator allows them. The Pod Security Standards baseline profile allows only the safe set.",
    remediation: "Remove the sysctl, or move the tuning to the node configuration where it is reviewed once for every pod on the node.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "sysctls", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const unsafe = [];
    asList(pod.spec.securityContext && isObject(pod.spec.securityContext) ? pod.spec.securityContext.sysctls : void 0).forEach((sysctl, index) => {
      if (!isObject(sysctl) || typeof sysctl.name !== "string") return;
      if (!SAFE_SYSCTLS.has(sysctl.name.replace(/\//g, "."))) unsafe.push({ name: sysctl.name, path: [...pod.path, "securityContext", "sysctls", index, "name"] });
    });
    if (unsafe.length === 0) return;
    report({ at: unsafe[0].path, message: `${workload.name} sets unsafe ${unsafe.length === 1 ? "sysctl" : "sysctls"} ${unsafe.map((entry) => entry.name).join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: proxy
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.ip_unprivileged_port_start
        value: "80"
  containers:
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
`
      }
    ],
    invalid: [
      {
        filename: "statefulset.yaml",
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: search
  namespace: data
spec:
  serviceName: search
  selector:
    matchLabels: { app: search }
  template:
    metadata:
      labels: { app: search }
    spec:
      securityContext:
        sysctls:
          - name: net.ipv4.tcp_syncookies
            value: "1"
          - name: kernel.msgmax
            value: "65536"
          - name: net.core.somaxconn
            value: "4096"
      containers:
        - name: search
          image: registry.example.com/data/search:8.15.0
`,
        errors: [{ line: 18, column: 13, messageIncludes: "kernel.msgmax, net.core.somaxconn" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-windows-host-process.ts
var k8s_windows_host_process_default = defineRule({
  meta: {
    id: "k8s-windows-host-process",
    title: "Windows HostProcess container runs directly on the node",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`windowsOptions.hostProcess: true` runs the container as a process on the Windows node, with the node's network and filesystem and, typically, a SYSTEM or administrator account: it is full control of the node. The Pod Security Standards baseline profile forbids HostProcess pods.",
    remediation: "Remove `hostProcess: true`; keep node-management HostProcess DaemonSets in a dedicated, admin-only namespace exempted by policy.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.11"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "windows", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = /* @__PURE__ */ new Map();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "windowsOptions");
      if (!options || getPath(options.value, ["hostProcess"]) !== true) continue;
      const path = [...options.path, "hostProcess"];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod" });
    }
    for (const group of groups.values()) {
      report({ at: group.path, message: `${workload.name} runs ${containerList(group.containers)} as Windows HostProcess containers, privileged on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: win-node-agent
  namespace: ops
spec:
  selector:
    matchLabels: { app: win-node-agent }
  template:
    metadata:
      labels: { app: win-node-agent }
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
        - name: agent
          image: registry.example.com/ops/win-agent:1.0.0
`,
        errors: [{ line: 16, column: 11, messageIncludes: "HostProcess" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-host-network.ts
var k8s_host_network_default = defineRule({
  meta: {
    id: "k8s-host-network",
    title: "Pod shares the host's network namespace",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "`hostNetwork: true` puts the pod on the node's network stack: it can bind node ports, reach services listening on the node's loopback (the kubelet, cloud metadata proxies) and sniff traffic, and NetworkPolicies no longer apply to it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `hostNetwork: true`; expose the pod through a Service, or use a hostPort-free design such as a NodePort or LoadBalancer Service.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.5"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "host-namespaces"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"]
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostNetwork === true) report({ at: [...pod.path, "hostNetwork"], message: `${workload.name} uses the host's network namespace` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.example.com/api:3.2.1
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: node-agent }
  template:
    metadata:
      labels: { app: node-agent }
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: registry.example.com/agent:1.0.0
`,
        errors: [{ line: 13, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-host-port.ts
var k8s_host_port_default = defineRule({
  meta: {
    id: "k8s-host-port",
    title: "Container binds a port on the node (hostPort)",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A `hostPort` opens the port on the node's own address and forwards it to the container: the workload is reachable by anything that can reach the node, outside Services and often outside NetworkPolicies, and the port can shadow a node service. The Pod Security Standards baseline profile forbids host ports.",
    remediation: "Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress, or LoadBalancer when it must be public).",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.13"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "network-exposure", "host-port"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/configuration/overview/#services"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const bound = [];
      asList(view.container.ports).forEach((port, index) => {
        if (isObject(port) && typeof port.hostPort === "number" && port.hostPort > 0) bound.push({ port: port.hostPort, path: [...view.path, "ports", index, "hostPort"] });
      });
      if (bound.length === 0) continue;
      report({ at: bound[0].path, message: `container "${view.name}" of ${workload.name} is exposed on the node's address through hostPort ${bound.map((entry) => entry.port).join(", ")}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      ports:
        - containerPort: 8080
`
      }
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: edge-proxy
  namespace: ingress
spec:
  selector:
    matchLabels: { app: edge-proxy }
  template:
    metadata:
      labels: { app: edge-proxy }
    spec:
      containers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          ports:
            - containerPort: 8443
              hostPort: 443
`,
        errors: [{ line: 18, column: 15, messageIncludes: "hostPort 443" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/supply-chain/k8s-git-repo-volume.ts
var k8s_git_repo_volume_default = defineRule({
  meta: {
    id: "k8s-git-repo-volume",
    title: "Pod uses the deprecated gitRepo volume",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "A `gitRepo` volume makes the kubelet run `git clone` on the node, as root, when the pod starts. The volume type is deprecated, the code it fetches is not pinned or verified unless a revision is given, and a crafted repository can run commands on the node through git hooks (CVE-2024-10220).",
    remediation: "Clone the repository in an init container into an `emptyDir` volume, at a pinned commit, or bake the content into the image.",
    precision: "very-high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["volumes", "deprecated", "remote-code"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#gitrepo"]
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      if (volume.gitRepo === void 0) continue;
      report({ at: [...path, "gitRepo"], message: `${workload.name} clones a repository on the node through the deprecated gitRepo volume "${name}"` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  initContainers:
    - name: clone
      image: alpine/git:2.45.2
      args: ["clone", "--depth=1", "https://git.example.com/docs.git", "/site"]
      volumeMounts: [{ name: site, mountPath: /site }]
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      emptyDir: {}
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      gitRepo:
        repository: https://git.example.com/docs.git
`,
        errors: [{ line: 12, column: 7, messageIncludes: "gitRepo" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/supply-chain/k8s-image-mutable-tag.ts
var k8s_image_mutable_tag_default = defineRule({
  meta: {
    id: "k8s-image-mutable-tag",
    title: "Container image is untagged or uses :latest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "An image without a tag, or tagged `latest`, names whatever was pushed last: each node may run a different build, a rollback does not roll back, and a compromised registry push reaches production on the next restart.",
    remediation: "Pin the image to a version tag and, better, to its digest (`image: app:1.4.2@sha256:…`).",
    precision: "very-high",
    cwe: ["CWE-1357"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{")) continue;
      const { tag, digest } = imageReference(image);
      if (digest) continue;
      if (tag === void 0) report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses untagged image ${image}` });
      else if (tag === "latest") report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com:5000/shop/web:1.4.2
    - name: proxy
      image: envoyproxy/envoy@sha256:7f0c3a4a0d3bb1d6b1dbe5f8d23c0e5a3cf8b6e1b5c7f0b8e2d5c4a3b2a1f0e9
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: migrate
      image: registry.example.com:5000/shop/migrate
  containers:
    - name: web
      image: nginx:latest
`,
        errors: [
          { line: 8, column: 7, messageIncludes: "untagged" },
          { line: 11, column: 7, messageIncludes: "nginx:latest" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/supply-chain/k8s-image-without-digest.ts
var k8s_image_without_digest_default = defineRule({
  meta: {
    id: "k8s-image-without-digest",
    title: "Container image not pinned by digest",
    severity: "low",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "The image is referenced by a version tag only. Tags can be moved: whoever can push to the repository (or compromise it) can replace the image behind the tag, and nodes pull the new content on the next restart. A digest names exactly one image. Untagged and `latest` images are reported by k8s-image-mutable-tag.",
    remediation: "Reference the image by digest, keeping the tag for readers: `image: app:1.4.2@sha256:…`; let a dependency bot update both.",
    precision: "very-high",
    cwe: ["CWE-1357", "CWE-494"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"]
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{") || image.includes("$")) continue;
      const { tag, digest } = imageReference(image);
      if (digest || tag === void 0 || tag === "latest") continue;
      report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}, pinned by tag only (no sha256 digest)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0@sha256:04ba374043ccd2fc5c593885c0eacddebabd5ca375f9323666f28dfd5a9710e3
`
      }
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
`,
        errors: [{ line: 8, column: 7, messageIncludes: "pinned by tag only" }]
      }
    ]
  }
});

// packages/rules/src/groups/kubernetes-pod.ts
var rules = [
  k8s_apparmor_unconfined_default,
  k8s_capabilities_added_default,
  k8s_capabilities_not_dropped_default,
  k8s_capability_net_raw_default,
  k8s_container_runtime_socket_default,
  k8s_dangerous_capabilities_default,
  k8s_default_service_account_default,
  k8s_exposed_workload_can_read_secrets_default,
  k8s_hardcoded_secret_env_default,
  k8s_host_ipc_default,
  k8s_host_path_sensitive_default,
  k8s_host_path_volume_default,
  k8s_host_pid_default,
  k8s_kube_system_workload_default,
  k8s_privilege_escalation_allowed_default,
  k8s_privilege_escalation_not_disabled_default,
  k8s_privileged_container_default,
  k8s_proc_mount_unmasked_default,
  k8s_read_only_root_filesystem_default,
  k8s_restricted_volume_types_default,
  k8s_run_as_non_root_not_set_default,
  k8s_run_as_root_group_default,
  k8s_run_as_root_user_default,
  k8s_seccomp_profile_missing_default,
  k8s_seccomp_unconfined_default,
  k8s_selinux_custom_options_default,
  k8s_service_account_token_automount_default,
  k8s_share_process_namespace_default,
  k8s_unsafe_sysctls_default,
  k8s_windows_host_process_default,
  k8s_host_network_default,
  k8s_host_port_default,
  k8s_git_repo_volume_default,
  k8s_image_mutable_tag_default,
  k8s_image_without_digest_default
];
export {
  rules
};
