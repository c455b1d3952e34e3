import { describe, expect, it } from "vitest";
import type { FileKind } from "../../src/load/document.js";
import { loadYaml } from "../../src/load/yaml.js";
import { ResourceGraph } from "../../src/graph/graph.js";
import { buildKubernetes } from "../../src/graph/kubernetes/build-kubernetes.js";
import { labelSelector, matchesSelector } from "../../src/graph/kubernetes/label-selector.js";
import { containersOf, podSpecOf, podSpecPath, podTemplateLabelsPath, WORKLOAD_KINDS } from "../../src/graph/kubernetes/pod-spec.js";
import { rangeOf } from "../../src/model/source.js";

function build(files: Record<string, string>, kind: FileKind = "kubernetes"): ResourceGraph {
  const graph = new ResourceGraph();
  const documents = Object.entries(files).flatMap(([path, text]) => {
    const result = loadYaml({ path, text, kind });
    expect(result.diagnostics).toEqual([]);
    return result.documents;
  });
  buildKubernetes(documents, graph);
  return graph;
}

function edges(graph: ResourceGraph, kind: string): string[] {
  return graph
    .edges()
    .filter((edge) => edge.kind === kind)
    .map((edge) => `${edge.from} -> ${edge.to}`)
    .sort();
}

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      serviceAccountName: web-sa
      containers:
        - name: nginx
          image: nginx:1.27
          securityContext:
            privileged: true
`;

describe("buildKubernetes resources", () => {
  it("makes one resource per object with id, name, type and positions", () => {
    const graph = build({ "k8s/web.yaml": deployment });
    const web = graph.get("kubernetes:apps/v1/Deployment/shop/web");
    expect(web).toMatchObject({ platform: "kubernetes", origin: "kubernetes", type: "Deployment", name: "Deployment/shop/web" });
    expect(web!.source.file).toBe("k8s/web.yaml");
    expect(web!.source.header).toEqual(rangeOf(2, 1, 2, 17));
    expect(web!.source.get(["spec", "template", "spec", "containers", 0, "securityContext", "privileged"])).toEqual({
      key: rangeOf(24, 13, 24, 23),
      value: rangeOf(24, 25, 24, 29),
    });
    expect(web!.attributes).toMatchObject({ spec: { replicas: 2 } });
  });

  it("puts namespaced objects without a namespace in default, and cluster-scoped ones in none", () => {
    const graph = build({
      "rbac.yaml": `apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: reader, namespace: ignored}
---
apiVersion: example.com/v1alpha1
kind: Widget
metadata: {name: w1, namespace: tools}
`,
    });
    expect([...graph.resources()].map((resource) => [resource.id, resource.name])).toEqual([
      ["kubernetes:v1/ConfigMap/default/settings", "ConfigMap/default/settings"],
      ["kubernetes:rbac.authorization.k8s.io/v1/ClusterRole/reader", "ClusterRole/reader"],
      ["kubernetes:example.com/v1alpha1/Widget/tools/w1", "Widget/tools/w1"],
    ]);
  });

  it("expands List and typed lists, each item with its own positions", () => {
    const graph = build({
      "export.yaml": `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: builder
      namespace: ci
  - apiVersion: v1
    kind: Secret
    metadata:
      name: token
      namespace: ci
---
apiVersion: v1
kind: PodList
items:
  - metadata:
      name: runner
    spec:
      containers: [{name: main, image: busybox}]
`,
    });
    expect([...graph.resources()].map((resource) => resource.id)).toEqual([
      "kubernetes:v1/ServiceAccount/ci/builder",
      "kubernetes:v1/Secret/ci/token",
      "kubernetes:v1/Pod/default/runner",
    ]);
    const secret = graph.get("kubernetes:v1/Secret/ci/token")!;
    expect(secret.source.header).toEqual(rangeOf(10, 5, 10, 17));
    expect(secret.source.get(["metadata", "name"])?.value).toEqual(rangeOf(12, 13, 12, 18));
    expect(secret.source.range.start).toEqual({ line: 9, column: 5 });
    expect(graph.get("kubernetes:v1/Pod/default/runner")!.source.get(["spec", "containers", 0, "image"])?.value.start).toEqual({ line: 21, column: 40 });
  });

  it("names unnamed objects after their file and document, and keeps duplicates from two files", () => {
    const graph = build({
      "base/pod.yaml": "apiVersion: v1\nkind: Pod\nspec: {}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: same}\n",
      "overlay/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: same}\n",
    });
    expect([...graph.resources()].map((resource) => resource.id)).toEqual([
      "kubernetes:v1/Pod/default/base/pod.yaml#0",
      "kubernetes:v1/Pod/default/same",
      "kubernetes:v1/Pod/default/same@overlay/pod.yaml#0",
    ]);
  });

  it("warns about documents that are not objects only in files classified as Kubernetes", () => {
    const text = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\njust: data\n";
    const graph = new ResourceGraph();
    const kubernetes = loadYaml({ path: "k.yaml", text, kind: "kubernetes" }).documents;
    const workflow = loadYaml({ path: "w.yaml", text: "just: data\n", kind: "workflow" }).documents;
    buildKubernetes([...kubernetes, ...workflow], graph);
    expect(graph.size).toBe(1);
    expect(graph.diagnostics).toEqual([
      expect.objectContaining({ level: "warning", code: "kubernetes-not-an-object", file: "k.yaml", range: expect.objectContaining({ start: { line: 5, column: 1 } }) }),
    ]);
  });
});

describe("pod-spec view", () => {
  it("finds a CronJob's containers of every group with their paths", () => {
    const graph = build({
      "cron.yaml": `apiVersion: batch/v1
kind: CronJob
metadata: {name: backup, namespace: ops}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
            - name: wait
              image: busybox
          containers:
            - name: dump
              image: postgres:16
            - image: unnamed:1
          restartPolicy: OnFailure
`,
    });
    const cron = graph.get("kubernetes:batch/v1/CronJob/ops/backup")!;
    const specPath = ["spec", "jobTemplate", "spec", "template", "spec"];
    expect(podSpecPath("CronJob")).toEqual(specPath);
    expect(podSpecOf(cron)).toMatchObject({ path: specPath, spec: { restartPolicy: "OnFailure" } });
    expect(containersOf(cron).map(({ name, group, path, container }) => [name, group, path, container.image])).toEqual([
      ["wait", "initContainers", [...specPath, "initContainers", 0], "busybox"],
      ["dump", "containers", [...specPath, "containers", 0], "postgres:16"],
      ["containers[1]", "containers", [...specPath, "containers", 1], "unnamed:1"],
    ]);
    expect(cron.source.get([...specPath, "containers", 0, "image"])?.value).toEqual(rangeOf(15, 22, 15, 33));
  });

  it("knows where every workload kind keeps its pod spec and labels", () => {
    expect(WORKLOAD_KINDS).toEqual(expect.arrayContaining(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"]));
    expect(podSpecPath("Pod")).toEqual(["spec"]);
    expect(podSpecPath("StatefulSet")).toEqual(["spec", "template", "spec"]);
    expect(podSpecPath("Service")).toBeUndefined();
    expect(podTemplateLabelsPath("Pod")).toEqual(["metadata", "labels"]);
    expect(podTemplateLabelsPath("Job")).toEqual(["spec", "template", "metadata", "labels"]);
    expect(podTemplateLabelsPath("CronJob")).toEqual(["spec", "jobTemplate", "spec", "template", "metadata", "labels"]);
  });

  it("has no containers for objects that are not workloads", () => {
    const graph = build({ "svc.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {containers: [{name: x}]}\n" });
    expect(containersOf(graph.get("kubernetes:v1/Service/default/s")!)).toEqual([]);
  });
});

describe("Kubernetes edges", () => {
  const workloads = `${deployment}---
apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: shop
  labels: {app: debug, tier: front}
spec:
  containers: [{name: sh, image: busybox}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  template:
    metadata:
      labels: {app: db}
    spec:
      serviceAccount: db-legacy
      containers: [{name: pg, image: postgres}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: other}
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: nginx, image: nginx}]
`;

  it("links a Service to the workloads its selector matches in its namespace", () => {
    const graph = build({
      "workloads.yaml": workloads,
      "svc.yaml": `apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: front, namespace: shop}
spec:
  selector: {tier: front}
---
apiVersion: v1
kind: Service
metadata: {name: external, namespace: shop}
spec:
  type: ExternalName
  externalName: example.com
`,
    });
    expect(edges(graph, "selects")).toEqual([
      "kubernetes:v1/Service/shop/front -> kubernetes:apps/v1/Deployment/shop/web",
      "kubernetes:v1/Service/shop/front -> kubernetes:v1/Pod/shop/debug",
      "kubernetes:v1/Service/shop/web -> kubernetes:apps/v1/Deployment/shop/web",
    ]);
    expect(graph.edgesFrom("kubernetes:v1/Service/shop/web")[0]!.via).toEqual(["spec", "selector"]);
  });

  it("links a NetworkPolicy by matchLabels, matchExpressions and the empty selector", () => {
    const graph = build({
      "workloads.yaml": workloads,
      "netpol.yaml": `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: not-db, namespace: shop}
spec:
  podSelector:
    matchExpressions:
      - {key: app, operator: NotIn, values: [db]}
      - {key: tier, operator: Exists}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-or-db, namespace: shop}
spec:
  podSelector:
    matchLabels: {}
    matchExpressions:
      - {key: app, operator: In, values: [web, db]}
      - {key: tier, operator: DoesNotExist}
`,
    });
    expect(edges(graph, "selects")).toEqual([
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/deny-all -> kubernetes:apps/v1/Deployment/shop/web",
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/deny-all -> kubernetes:apps/v1/StatefulSet/shop/db",
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/deny-all -> kubernetes:v1/Pod/shop/debug",
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/not-db -> kubernetes:apps/v1/Deployment/shop/web",
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/not-db -> kubernetes:v1/Pod/shop/debug",
      "kubernetes:networking.k8s.io/v1/NetworkPolicy/shop/web-or-db -> kubernetes:apps/v1/StatefulSet/shop/db",
    ]);
  });

  it("does not read custom resources that reuse a built-in kind name as the built-in", () => {
    const graph = build({
      "workloads.yaml": workloads,
      "calico.yaml": `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: calico-allow, namespace: shop}
spec:
  selector: app == 'web'
---
apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: fn, namespace: shop}
spec:
  template:
    spec:
      containers: [{image: fn}]
`,
    });
    expect(edges(graph, "selects")).toEqual([]);
    expect(graph.get("kubernetes:projectcalico.org/v3/NetworkPolicy/shop/calico-allow")).toBeDefined();
  });

  it("links bindings to their role and ServiceAccount subjects", () => {
    const graph = build({
      "rbac.yaml": `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: shop}
rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: web-reads, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
  - {kind: ServiceAccount, name: web-sa}
  - {kind: ServiceAccount, name: robot, namespace: ci}
  - {kind: User, name: alice}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: admins}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects:
  - {kind: ServiceAccount, name: deployer, namespace: ci}
  - {kind: Group, name: "system:masters"}
`,
    });
    expect(edges(graph, "binds")).toEqual([
      "kubernetes:rbac.authorization.k8s.io/v1/ClusterRoleBinding/admins -> kubernetes:rbac.authorization.k8s.io/v1/ClusterRole/cluster-admin",
      "kubernetes:rbac.authorization.k8s.io/v1/ClusterRoleBinding/admins -> kubernetes:v1/ServiceAccount/ci/deployer",
      "kubernetes:rbac.authorization.k8s.io/v1/RoleBinding/shop/web-reads -> kubernetes:rbac.authorization.k8s.io/v1/Role/shop/reader",
      "kubernetes:rbac.authorization.k8s.io/v1/RoleBinding/shop/web-reads -> kubernetes:v1/ServiceAccount/ci/robot",
      "kubernetes:rbac.authorization.k8s.io/v1/RoleBinding/shop/web-reads -> kubernetes:v1/ServiceAccount/shop/web-sa",
    ]);
    expect(graph.targets("kubernetes:rbac.authorization.k8s.io/v1/RoleBinding/shop/web-reads", "binds").map((role) => role.type)).toEqual(["Role"]);
  });

  it("links workloads to the ServiceAccount they run as, default when unnamed", () => {
    const graph = build({ "workloads.yaml": workloads });
    expect(edges(graph, "uses")).toEqual([
      "kubernetes:apps/v1/Deployment/other/web -> kubernetes:v1/ServiceAccount/other/default",
      "kubernetes:apps/v1/Deployment/shop/web -> kubernetes:v1/ServiceAccount/shop/web-sa",
      "kubernetes:apps/v1/StatefulSet/shop/db -> kubernetes:v1/ServiceAccount/shop/db-legacy",
      "kubernetes:v1/Pod/shop/debug -> kubernetes:v1/ServiceAccount/shop/default",
    ]);
    expect(graph.edgesFrom("kubernetes:apps/v1/Deployment/shop/web", "uses")[0]!.via).toEqual(["spec", "template", "spec", "serviceAccountName"]);
  });

  it("links an Ingress to the Services of its backends, in both API shapes", () => {
    const graph = build({
      "ingress.yaml": `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: public, namespace: shop}
spec:
  defaultBackend:
    service: {name: fallback, port: {number: 80}}
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 80}}
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: legacy, namespace: shop}
spec:
  rules:
    - http:
        paths:
          - backend: {serviceName: old-web, servicePort: 80}
`,
    });
    expect(edges(graph, "references")).toEqual([
      "kubernetes:extensions/v1beta1/Ingress/shop/legacy -> kubernetes:v1/Service/shop/old-web",
      "kubernetes:networking.k8s.io/v1/Ingress/shop/public -> kubernetes:v1/Service/shop/fallback",
      "kubernetes:networking.k8s.io/v1/Ingress/shop/public -> kubernetes:v1/Service/shop/web",
    ]);
    expect(graph.edgesFrom("kubernetes:networking.k8s.io/v1/Ingress/shop/public").map((edge) => edge.via)).toContainEqual([
      "spec", "rules", 0, "http", "paths", 0, "backend", "service", "name",
    ]);
  });

  it("selects among many workloads through the label index", () => {
    const pods = Array.from({ length: 1500 }, (_, index) => `apiVersion: v1
kind: Pod
metadata: {name: p${index}, namespace: big, labels: {app: a${index % 500}}}
spec: {containers: [{name: c, image: x}]}
`).join("---\n");
    const services = Array.from({ length: 500 }, (_, index) => `apiVersion: v1
kind: Service
metadata: {name: s${index}, namespace: big}
spec: {selector: {app: a${index}}}
`).join("---\n");
    const documents = [
      ...loadYaml({ path: "pods.yaml", text: pods, kind: "kubernetes" }).documents,
      ...loadYaml({ path: "services.yaml", text: services, kind: "kubernetes" }).documents,
    ];
    const graph = new ResourceGraph();
    const started = performance.now();
    buildKubernetes(documents, graph);
    // All pairs would be 750,000 selector checks; the index makes it a few thousand.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(edges(graph, "selects")).toHaveLength(1500);
    expect(graph.targets("kubernetes:v1/Service/big/s7", "selects").map((pod) => pod.name)).toEqual(["Pod/big/p7", "Pod/big/p507", "Pod/big/p1007"]);
  });
});

describe("label selectors", () => {
  it("rejects unknown operators instead of selecting everything", () => {
    expect(labelSelector({ matchExpressions: [{ key: "app", operator: "Like", values: ["x"] }] })).toBeUndefined();
    expect(labelSelector(undefined)).toEqual([]);
    const selector = labelSelector({ matchLabels: { app: "web", version: 2 } })!;
    expect(matchesSelector(selector, new Map([["app", "web"], ["version", "2"]]))).toBe(true);
    expect(matchesSelector(selector, new Map([["app", "web"]]))).toBe(false);
  });
});
