import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { capabilities, NETWORK_CAPABILITIES, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-capability-net-raw",
    title: "Container adds the NET_RAW or NET_ADMIN capability",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`NET_RAW` lets a container craft raw packets (ARP and DNS spoofing of its neighbours on the node's bridge); `NET_ADMIN` lets it reconfigure interfaces, routes and firewall rules of its network namespace, or of the node's when it shares it. Neither is in the Pod Security Standards baseline set.",
    remediation: "Remove the capability. Use `ping` replacements that rely on unprivileged ICMP sockets, and leave network plumbing to the CNI plugin.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.8"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter((entry) => NETWORK_CAPABILITIES.has(entry.name));
      if (added.length === 0) continue;
      report({ at: added[0]!.path, message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}` });
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
`,
      },
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
        errors: [{ line: 18, column: 21, messageIncludes: "NET_ADMIN, NET_RAW" }],
      },
    ],
  },
});
