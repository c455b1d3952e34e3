import { defineRule, getPath, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { capabilities, isWindowsPod, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-capabilities-not-dropped",
    title: "Container does not drop ALL capabilities",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Without `capabilities.drop: [ALL]` the container keeps the runtime's default capability set, which includes `NET_RAW`, `CHOWN`, `DAC_OVERRIDE`, `SETUID` and `MKNOD`: more than almost any application needs, and useful to an attacker who gets code execution. The Pod Security Standards restricted profile requires dropping `ALL`.",
    remediation: "Set `securityContext.capabilities.drop: [\"ALL\"]` on every container and add back only `NET_BIND_SERVICE` where a low port is needed.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.10"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"],
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      const drop = getPath(securityContext, ["capabilities", "drop"]);
      if (isUnknown(securityContext) || isUnknown(getPath(securityContext, ["capabilities"])) || isUnknown(drop)) continue;
      if (Array.isArray(drop) && drop.some(isUnknown)) continue;
      // A privileged container has every capability whatever it drops: the privileged rule reports it.
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "drop").some((entry) => entry.name === "ALL")) continue;
      const at = drop !== undefined ? [...view.path, "securityContext", "capabilities", "drop"] : [...view.path, "securityContext", "capabilities"];
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
`,
      },
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
          { line: 18, column: 15, messageIncludes: "\"api\"" },
          { line: 19, column: 11, messageIncludes: "\"sidecar\"" },
        ],
      },
    ],
  },
});
