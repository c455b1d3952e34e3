import { asList, defineRule, isObject, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { podOf } from "../../support/pod-security.js";

/** The namespaced sysctls the Pod Security Standards baseline profile calls safe. */
const SAFE_SYSCTLS = new Set([
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
  "net.ipv4.tcp_wmem",
]);

export default defineRule({
  meta: {
    id: "k8s-unsafe-sysctls",
    title: "Pod sets unsafe sysctls",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod sets kernel parameters outside the safe, namespaced set. Unsafe sysctls can affect every pod on the node (memory and network tuning, `kernel.*` settings) or weaken isolation, and the kubelet only accepts them when an administrator allows them. The Pod Security Standards baseline profile allows only the safe set.",
    remediation: "Remove the sysctl, or move the tuning to the node configuration where it is reviewed once for every pod on the node.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "sysctls", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const unsafe: Array<{ name: string; path: AttributePath }> = [];
    asList(pod.spec.securityContext && isObject(pod.spec.securityContext) ? pod.spec.securityContext.sysctls : undefined).forEach((sysctl, index) => {
      if (!isObject(sysctl) || typeof sysctl.name !== "string") return;
      if (!SAFE_SYSCTLS.has(sysctl.name.replace(/\//g, "."))) unsafe.push({ name: sysctl.name, path: [...pod.path, "securityContext", "sysctls", index, "name"] });
    });
    if (unsafe.length === 0) return;
    report({ at: unsafe[0]!.path, message: `${workload.name} sets unsafe ${unsafe.length === 1 ? "sysctl" : "sysctls"} ${unsafe.map((entry) => entry.name).join(", ")}` });
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
`,
      },
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
        errors: [{ line: 18, column: 13, messageIncludes: "kernel.msgmax, net.core.somaxconn" }],
      },
    ],
  },
});
