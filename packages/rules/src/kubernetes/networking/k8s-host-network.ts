import { defineRule, podSpecOf, WORKLOAD_KINDS } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-host-network",
    title: "Pod shares the host's network namespace",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`hostNetwork: true` puts the pod on the node's network stack: it can bind node ports, reach services listening on the node's loopback (the kubelet, cloud metadata proxies) and sniff traffic, and NetworkPolicies no longer apply to it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `hostNetwork: true`; expose the pod through a Service, or use a hostPort-free design such as a NodePort or LoadBalancer Service.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.5"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "host-namespaces"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
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
`,
      },
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
        errors: [{ line: 13, column: 7 }],
      },
    ],
  },
});
