import { defineRule, getPath, isObject } from "@tollgate/engine";
import { namespaceOf, scanHasWorkloadsIn } from "../../support/kubernetes-scope.js";

export default defineRule({
  meta: {
    id: "k8s-service-selects-no-pods",
    title: "Service selector matches no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description:
      "The Service's `spec.selector` matches none of the workloads the scan holds in its namespace. The Service has no endpoints, and any pod that later carries the selected labels (created by anyone allowed to create pods in the namespace) receives the traffic meant for it, credentials included. Only namespaces with workloads in the scan are checked.",
    remediation: "Fix the selector to match the pod template's labels, or delete the Service. Services backed by hand-managed endpoints should have no selector at all.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["service", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors"],
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
`,
      },
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
        errors: [{ line: 6, column: 3, messageIncludes: "selects none of the workloads of namespace default" }],
      },
    ],
  },
});
