#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  adminGrantsOf,
  adminRoleRelated,
  annotationsAt,
  decodeBase64Text,
  describeAdminGrants,
  externalServiceType,
  isHardcodedSecretValue,
  isInternetCidr,
  namespaceOf,
  privilegedContainersOf,
  scanHasWorkloadsIn
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/kubernetes/iam/k8s-secret-in-manifest.ts
var k8s_secret_in_manifest_default = defineRule({
  meta: {
    id: "k8s-secret-in-manifest",
    title: "Secret values committed in a manifest (hardcoded secret in Secret data)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description: "The Secret carries its values in `data` or `stringData` in the manifest. Base64 is an encoding, not encryption: whoever can read the repository or a rendered copy of the manifest has the credentials, and they stay in version-control history after rotation.",
    remediation: "Keep secret values out of manifests: create Secrets from an external secret store (External Secrets Operator, Secrets Store CSI driver), or commit them encrypted (Sealed Secrets, SOPS). Rotate credentials that were committed.",
    precision: "high",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.2"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/concepts/configuration/secret/"]
  },
  check(secret, { report }) {
    for (const field of ["stringData", "data"]) {
      const values = secret.attributes[field];
      if (!isObject(values)) continue;
      const committed = Object.entries(values).filter(([, value]) => {
        if (typeof value !== "string") return false;
        if (field === "stringData") return isHardcodedSecretValue(value);
        if (!isHardcodedSecretValue(value)) return false;
        const decoded = decodeBase64Text(value);
        return decoded === void 0 || isHardcodedSecretValue(decoded);
      });
      if (committed.length === 0) continue;
      const keys = committed.map(([key]) => key).join(", ");
      report({ at: [field], message: `${secret.name} commits hardcoded secret values in its manifest (${field}: ${keys})` });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "a service account token Secret filled in by the cluster, and a templated value",
        filename: "secrets.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: ci
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: "{{ .Values.db.password }}"
`
      }
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway
  namespace: shop
type: Opaque
data:
  api-key: c2tfbGl2ZV81MWg4S2pMM3FQZlRyWnZYYTlCYw==
  endpoint: aHR0cHM6Ly9wYXkuZXhhbXBsZS5jb20=
`,
        errors: [{ line: 7, column: 1, messageIncludes: "(data: api-key)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-assumes-admin-aws-role.ts
var k8s_service_account_assumes_admin_aws_role_default = defineRule({
  meta: {
    id: "k8s-service-account-assumes-admin-aws-role",
    title: "Service account is mapped to an AWS administrator role (IRSA)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes", "terraform"],
    resourceTypes: ["ServiceAccount"],
    description: "The ServiceAccount's `eks.amazonaws.com/role-arn` annotation names an IAM role in the scan that is an administrator of the AWS account (AdministratorAccess, IAMFullAccess, or a policy allowing `*` or `iam:*` on every resource). Every pod running as the account, and anyone who can create a pod with it in the namespace, receives administrator credentials for the AWS account.",
    remediation: "Give the role only the actions and resources the workload uses (one bucket, one queue), and restrict its trust policy to this service account with a `StringEquals` condition on the cluster OIDC provider's `:sub` (`system:serviceaccount:<namespace>:<name>`).",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["irsa", "eks", "iam", "iam-wildcard", "service-account"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html"]
  },
  check(account, { graph, report }) {
    for (const edge of graph.edgesFrom(account.id, "assumes")) {
      const role = graph.get(edge.to);
      if (!role) continue;
      const grants = adminGrantsOf(graph, role);
      if (grants.length === 0) continue;
      const users = graph.sources(account.id, "uses").map((workload) => ({ resource: workload.id, message: `${workload.name} runs as ${account.name}` }));
      report({
        at: edge.via ?? [],
        message: `${account.name} assumes ${role.name}, an AWS administrator role through ${describeAdminGrants(grants)}`,
        related: [...adminRoleRelated({ role, grants }), ...users]
      });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "role limited to one bucket",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: uploader
  namespace: media
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/media-uploader
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "uploader" {
  name               = "media-uploader"
  assume_role_policy = "{}"
  inline_policy {
    name   = "uploads"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::acme-media/*" }] })
  }
}
`
        }
      }
    ],
    invalid: [
      {
        name: "IRSA role with AdministratorAccess",
        filename: "k8s/service-account.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: operator
  namespace: platform
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/platform-operator
`,
        extraFiles: {
          "infra/iam.tf": `resource "aws_iam_role" "operator" {
  name               = "platform-operator"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "operator" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`
        },
        errors: [{ file: "k8s/service-account.yaml", line: 7, column: 5, messageIncludes: "ServiceAccount/platform/operator assumes aws_iam_role.operator" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/iam/k8s-service-account-token-secret.ts
var k8s_service_account_token_secret_default = defineRule({
  meta: {
    id: "k8s-service-account-token-secret",
    title: "Long-lived service account token Secret",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description: "A Secret of type `kubernetes.io/service-account-token` makes the cluster issue a service account token that never expires and is not bound to a pod. Anyone who reads the Secret once can act as the service account until the Secret is deleted.",
    remediation: "Use short-lived tokens instead: the projected token pods get automatically, or `kubectl create token` / the TokenRequest API for external clients.",
    precision: "very-high",
    cwe: ["CWE-613"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: short-lived service account tokens"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/", "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets"]
  },
  check(secret, { report }) {
    if (secret.attributes.type !== "kubernetes.io/service-account-token") return;
    report({ at: ["type"], message: `${secret.name} requests a long-lived service account token that never expires` });
  },
  examples: {
    valid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
  namespace: shop
type: kubernetes.io/dockerconfigjson
`
      }
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: deployer
type: kubernetes.io/service-account-token
`,
        errors: [{ line: 8, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-exposes-privileged-pods.ts
var k8s_service_exposes_privileged_pods_default = defineRule({
  meta: {
    id: "k8s-service-exposes-privileged-pods",
    title: "LoadBalancer, NodePort or Ingress exposes privileged pods",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service", "Ingress"],
    description: "A Service of type LoadBalancer or NodePort, or an Ingress, routes traffic from outside the cluster to pods with a privileged container (or one adding `SYS_ADMIN` or `ALL` capabilities). A remote code execution in that exposed process is then a takeover of the node and of every pod on it, reachable from the internet.",
    remediation: "Remove `privileged: true` and the added capabilities from the exposed containers; if node-level access is truly needed, split it into a separate, unexposed workload. Keep internet-facing Services on pods that run unprivileged, as non-root, with a read-only root filesystem.",
    precision: "high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers", "Network separation and hardening"] },
    tags: ["service", "ingress", "network-exposure", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"]
  },
  check(resource, { graph, report }) {
    if (resource.type === "Service") {
      const type = externalServiceType(resource);
      if (!type) return;
      reportPrivileged(graph.targets(resource.id, "selects"), ["spec", "type"], `${resource.name} (${type})`);
      return;
    }
    for (const edge of graph.edgesFrom(resource.id, "references")) {
      const service = graph.get(edge.to);
      if (service?.type !== "Service" || externalServiceType(service)) continue;
      reportPrivileged(graph.targets(service.id, "selects"), edge.via ?? [], `${resource.name} through ${service.name}`);
    }
    function reportPrivileged(workloads, at, exposure) {
      const exposed = workloads.flatMap((workload) => privilegedContainersOf(workload).map((container) => ({ workload, container })));
      if (exposed.length === 0) return;
      const names = [...new Set(exposed.map(({ workload, container }) => `${workload.name} (container "${container.name}" ${container.reason})`))].join(", ");
      report({
        at,
        message: `${exposure} exposes privileged pods outside the cluster: ${names}`,
        related: exposed.map(({ workload, container }) => ({ resource: workload.id, at: container.at, message: `container "${container.name}" of ${workload.name} ${container.reason === "privileged" ? "runs privileged" : container.reason}` }))
      });
    }
  },
  examples: {
    valid: [
      {
        name: "LoadBalancer in front of unprivileged pods; privileged pods behind a ClusterIP Service",
        filename: "web.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 443
---
apiVersion: v1
kind: Service
metadata:
  name: node-agent
spec:
  selector:
    app: node-agent
  ports:
    - port: 9100
`,
        extraFiles: {
          "workloads.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
      containers:
        - name: agent
          image: registry.example.com/node-agent:2.0.1
          securityContext:
            privileged: true
`
        }
      }
    ],
    invalid: [
      {
        name: "NodePort Service selecting a privileged Deployment",
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: debug
  namespace: tools
spec:
  type: NodePort
  selector:
    app: debug
  ports:
    - port: 8080
      nodePort: 30080
`,
        extraFiles: {
          "deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
  namespace: tools
spec:
  selector:
    matchLabels:
      app: debug
  template:
    metadata:
      labels:
        app: debug
    spec:
      containers:
        - name: shell
          image: registry.example.com/debug:1.0.0
          securityContext:
            privileged: true
`
        },
        errors: [{ file: "service.yaml", line: 7, column: 3, messageIncludes: 'Deployment/tools/debug (container "shell" privileged)' }]
      },
      {
        name: "Ingress to a ClusterIP Service selecting pods that add SYS_ADMIN",
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: files
spec:
  rules:
    - host: files.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: files
                port:
                  number: 80
`,
        extraFiles: {
          "files.yaml": `apiVersion: v1
kind: Service
metadata:
  name: files
spec:
  selector:
    app: files
  ports:
    - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: files
  labels:
    app: files
spec:
  containers:
    - name: fuse
      image: registry.example.com/fuse:3.1.0
      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
`
        },
        errors: [{ file: "ingress.yaml", line: 14, column: 17, messageIncludes: "adds SYS_ADMIN" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-external-ips.ts
var k8s_service_external_ips_default = defineRule({
  meta: {
    id: "k8s-service-external-ips",
    title: "Service sets externalIPs",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "`spec.externalIPs` makes every node accept traffic for those addresses and send it to the Service. Nothing checks that the addresses belong to the Service's owner: a Service can claim the address of another service or an external host and intercept the cluster's traffic to it (CVE-2020-8554). Many clusters block the field with an admission policy.",
    remediation: "Remove `externalIPs`; use a LoadBalancer Service, or assign addresses through a load-balancer implementation (MetalLB, a cloud controller) that owns them.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-300"],
    tags: ["network-exposure", "service", "external-ip"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#external-ips"]
  },
  check(service, { report }) {
    const addresses = asList(getPath(service.attributes, ["spec", "externalIPs"])).filter((address) => typeof address === "string" && address !== "");
    if (addresses.length === 0) return;
    report({ at: ["spec", "externalIPs"], message: `${service.name} claims external IPs ${addresses.join(", ")} on every node` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  ports:
    - port: 53
      protocol: UDP
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  externalIPs:
    - 192.0.2.53
  ports:
    - port: 53
      protocol: UDP
`,
        errors: [{ line: 8, column: 3, messageIncludes: "192.0.2.53" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-load-balancer.ts
var INTERNAL_ANNOTATIONS = [
  { key: "service.beta.kubernetes.io/aws-load-balancer-internal", internal: (value) => value !== "" && value.toLowerCase() !== "false" },
  { key: "service.beta.kubernetes.io/aws-load-balancer-scheme", internal: (value) => value.toLowerCase() === "internal" },
  { key: "networking.gke.io/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "cloud.google.com/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "service.beta.kubernetes.io/azure-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/oci-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/openstack-internal-load-balancer", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", internal: (value) => value.toLowerCase() === "private" },
  { key: "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", internal: (value) => value.toLowerCase() === "intranet" }
];
var SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
var k8s_service_load_balancer_default = defineRule({
  meta: {
    id: "k8s-service-load-balancer",
    title: "Service exposed to the internet through a public LoadBalancer",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "A Service of type `LoadBalancer` without an internal-load-balancer annotation or `loadBalancerSourceRanges` gets a public address from the cloud provider: its ports are open to the whole internet. That is right for a public ingress controller and a mistake for anything else.",
    remediation: "Make the load balancer internal with your provider's annotation, restrict `loadBalancerSourceRanges` to the networks that need it, or expose HTTP services through an Ingress instead.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer", "https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/"]
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "LoadBalancer") return;
    const annotations = annotationsAt(service.attributes, ["metadata"]);
    if (INTERNAL_ANNOTATIONS.some(({ key, internal }) => annotations.has(key) && internal(annotations.get(key)))) return;
    const sourceRanges = getPath(service.attributes, ["spec", "loadBalancerSourceRanges"]);
    if (isUnknown(sourceRanges) || Array.isArray(sourceRanges) && sourceRanges.some(isUnknown)) return;
    const ranges = [...asList(sourceRanges), ...annotations.get(SOURCE_RANGES_ANNOTATION)?.split(",") ?? []].map((range) => String(range).trim()).filter((range) => range !== "");
    if (ranges.length > 0 && !ranges.some(isInternetCidr)) return;
    const ports = asList(getPath(service.attributes, ["spec", "ports"])).map((port) => getPath(port, ["port"])).filter((port) => typeof port === "number");
    const on = ports.length > 0 ? ` on port ${ports.join(", ")}` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed to the internet through a public LoadBalancer${on}, open to any source` });
  },
  examples: {
    valid: [
      {
        name: "internal load balancer; public one limited to an office range",
        filename: "services.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec:
  type: LoadBalancer
  selector: { app: orders }
  ports:
    - port: 443
      targetPort: 8443
---
apiVersion: v1
kind: Service
metadata:
  name: admin
  namespace: shop
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ["203.0.113.0/24"]
  selector: { app: admin }
  ports:
    - port: 443
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: grafana
  namespace: monitoring
spec:
  type: LoadBalancer
  selector: { app: grafana }
  ports:
    - port: 80
      targetPort: 3000
`,
        errors: [{ line: 7, column: 3, messageIncludes: "internet through a public LoadBalancer on port 80" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-node-port.ts
var k8s_service_node_port_default = defineRule({
  meta: {
    id: "k8s-service-node-port",
    title: "Service exposed on every node through a NodePort",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "A Service of type `NodePort` opens its port on every node's address. Whoever can reach any node (from the node network, or the internet when nodes have public addresses) reaches the service directly, around the Ingress controller's TLS and authentication.",
    remediation: "Use a ClusterIP Service behind an Ingress, or an internal LoadBalancer; when a NodePort is unavoidable, firewall the node port range to the load balancer's addresses.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service", "node-port"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"]
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "NodePort") return;
    const nodePorts = asList(getPath(service.attributes, ["spec", "ports"])).map((port) => isObject(port) ? port.nodePort : void 0).filter((port) => typeof port === "number");
    const which = nodePorts.length > 0 ? ` (node port ${nodePorts.join(", ")})` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed on every node's address through a NodePort${which}` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
spec:
  type: ClusterIP
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
`
      }
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders-debug
  namespace: shop
spec:
  type: NodePort
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
`,
        errors: [{ line: 7, column: 3, messageIncludes: "NodePort (node port 30080)" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-service-selects-no-pods.ts
var k8s_service_selects_no_pods_default = defineRule({
  meta: {
    id: "k8s-service-selects-no-pods",
    title: "Service selector matches no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description: "The Service's `spec.selector` matches none of the workloads the scan holds in its namespace. The Service has no endpoints, and any pod that later carries the selected labels (created by anyone allowed to create pods in the namespace) receives the traffic meant for it, credentials included. Only namespaces with workloads in the scan are checked.",
    remediation: "Fix the selector to match the pod template's labels, or delete the Service. Services backed by hand-managed endpoints should have no selector at all.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["service", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors"]
  },
  check(service, { graph, report }) {
    const selector = getPath(service.attributes, ["spec", "selector"]);
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    if (getPath(service.attributes, ["spec", "type"]) === "ExternalName") return;
    if (graph.edgesFrom(service.id, "selects").length > 0) return;
    const namespace = namespaceOf(service);
    if (!scanHasWorkloadsIn(graph, namespace)) return;
    report({ at: ["spec", "selector"], message: `${service.name} selects none of the workloads of namespace ${namespace} in the scan; it has no endpoints` });
  },
  examples: {
    valid: [
      {
        name: "matches a StatefulSet; a Service without selector",
        filename: "db.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: db
  ports:
    - port: 5432
---
apiVersion: v1
kind: Service
metadata:
  name: legacy-db
spec:
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
`
      }
    ],
    invalid: [
      {
        name: "selector with a typo",
        filename: "db.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector:
    app: postgress
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
`,
        errors: [{ line: 6, column: 3, messageIncludes: "selects none of the workloads of namespace default" }]
      }
    ]
  }
});

// packages/rules/src/groups/kubernetes-secret.ts
var rules = [
  k8s_secret_in_manifest_default,
  k8s_service_account_assumes_admin_aws_role_default,
  k8s_service_account_token_secret_default,
  k8s_service_exposes_privileged_pods_default,
  k8s_service_external_ips_default,
  k8s_service_load_balancer_default,
  k8s_service_node_port_default,
  k8s_service_selects_no_pods_default
];
export {
  rules
};
