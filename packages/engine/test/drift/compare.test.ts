import { describe, expect, it } from "vitest";
import { compareValues, type Difference } from "../../src/drift/compare-values.js";
import { defaultPullPolicy, kubernetesPolicy, parseQuantity } from "../../src/drift/kubernetes-server-fields.js";
import { TERRAFORM_CODE_POLICY, TERRAFORM_STATE_POLICY, declarationAddress } from "../../src/drift/terraform.js";
import { formatPath } from "../../src/model/source.js";
import { Unknown, type Value, type ValueObject } from "../../src/model/value.js";

function summarise(differences: Difference[]): string[] {
  return differences.map((difference) => {
    const path = formatPath(difference.actualPath ?? difference.desiredPath ?? []);
    return `${difference.kind} ${path}: ${JSON.stringify(difference.desired)} -> ${JSON.stringify(difference.actual)}`;
  });
}

function deployment(podSpec: ValueObject, spec: ValueObject = {}): ValueObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "shop" },
    spec: { selector: { matchLabels: { app: "web" } }, ...spec, template: { metadata: { labels: { app: "web" } }, spec: podSpec } },
  };
}

describe("Kubernetes comparison", () => {
  const policy = kubernetesPolicy("Deployment");

  it("ignores bookkeeping and recognises the defaults the API server fills in", () => {
    const desired = deployment({ containers: [{ name: "web", image: "nginx:1.27.3", ports: [{ containerPort: 8080 }] }] });
    const live = deployment(
      {
        containers: [
          {
            name: "web",
            image: "nginx:1.27.3",
            imagePullPolicy: "IfNotPresent",
            ports: [{ containerPort: 8080, protocol: "TCP" }],
            resources: {},
            terminationMessagePath: "/dev/termination-log",
            terminationMessagePolicy: "File",
          },
        ],
        dnsPolicy: "ClusterFirst",
        restartPolicy: "Always",
        schedulerName: "default-scheduler",
        securityContext: {},
        terminationGracePeriodSeconds: 30,
      },
      {
        replicas: 1,
        revisionHistoryLimit: 10,
        progressDeadlineSeconds: 600,
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
      },
    );
    (live.metadata as ValueObject).annotations = { "deployment.kubernetes.io/revision": "4", "kubectl.kubernetes.io/last-applied-configuration": "{}" };
    Object.assign(live.metadata as ValueObject, { uid: "u", resourceVersion: "9", generation: 3, creationTimestamp: "2026-01-01T00:00:00Z", managedFields: [{}] });
    live.status = { replicas: 1 };
    expect(compareValues(desired, live, policy)).toEqual([]);
  });

  it("reports a live-only field that is not a default, a changed value and a removed one", () => {
    const desired = deployment({ containers: [{ name: "web", image: "nginx:1.27.3", securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true } }] });
    const live = deployment({
      containers: [{ name: "web", image: "nginx:1.28.0", securityContext: { privileged: true, readOnlyRootFilesystem: true } }],
      hostNetwork: true,
    });
    expect(summarise(compareValues(desired, live, policy))).toEqual([
      'changed spec.template.spec.containers[0].image: "nginx:1.27.3" -> "nginx:1.28.0"',
      "removed spec.template.spec.containers[0].securityContext.runAsNonRoot: true -> undefined",
      "added spec.template.spec.containers[0].securityContext.privileged: undefined -> true",
      "added spec.template.spec.hostNetwork: undefined -> true",
    ]);
  });

  it("a default with another value is drift: Recreate instead of RollingUpdate, Never instead of IfNotPresent", () => {
    const desired = deployment({ containers: [{ name: "web", image: "nginx:1.27.3" }] });
    const live = deployment({ containers: [{ name: "web", image: "nginx:1.27.3", imagePullPolicy: "Never" }] }, { strategy: { type: "Recreate" } });
    expect(summarise(compareValues(desired, live, policy))).toEqual([
      'added spec.template.spec.containers[0].imagePullPolicy: undefined -> "Never"',
      'added spec.strategy.type: undefined -> "Recreate"',
    ]);
  });

  it("matches containers by name, not by position, and reports an injected sidecar whole", () => {
    const desired = deployment({ containers: [{ name: "web", image: "web:1" }, { name: "proxy", image: "envoy:1" }] });
    const live = deployment({
      containers: [
        { name: "proxy", image: "envoy:1" },
        { name: "miner", image: "xmrig:latest", imagePullPolicy: "Always" },
        { name: "web", image: "web:1" },
      ],
    });
    expect(summarise(compareValues(desired, live, policy))).toEqual([
      'added spec.template.spec.containers[1]: undefined -> {"name":"miner","image":"xmrig:latest","imagePullPolicy":"Always"}',
    ]);
  });

  it("reads quantities in any notation and zero values the API drops as absent", () => {
    const desired = deployment({
      hostPID: false,
      containers: [{ name: "web", image: "web:1", resources: { limits: { cpu: "0.5", memory: "1Gi" }, requests: { cpu: 1 } } }],
    });
    const live = deployment({ containers: [{ name: "web", image: "web:1", resources: { limits: { cpu: "500m", memory: "1024Mi" }, requests: { cpu: "1000m" } } }] });
    expect(compareValues(desired, live, policy)).toEqual([]);
  });

  it("knows Service defaults: allocated addresses, TCP, targetPort equal to port", () => {
    const service = kubernetesPolicy("Service");
    const desired = { apiVersion: "v1", kind: "Service", metadata: { name: "web" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } };
    const live = {
      ...desired,
      spec: {
        selector: { app: "web" },
        ports: [{ port: 80, protocol: "TCP", targetPort: 80 }],
        clusterIP: "10.96.0.10",
        clusterIPs: ["10.96.0.10"],
        ipFamilies: ["IPv4"],
        ipFamilyPolicy: "SingleStack",
        sessionAffinity: "None",
        internalTrafficPolicy: "Cluster",
        type: "ClusterIP",
      },
    };
    expect(compareValues(desired, live, service)).toEqual([]);
    const retargeted = { ...live, spec: { ...live.spec, ports: [{ port: 80, protocol: "TCP", targetPort: 2222 }] } };
    expect(summarise(compareValues(desired, retargeted, service))).toEqual(["added spec.ports[0].targetPort: undefined -> 2222"]);
  });

  it("decides the pull policy default from the image reference", () => {
    expect(defaultPullPolicy("nginx")).toBe("Always");
    expect(defaultPullPolicy("nginx:latest")).toBe("Always");
    expect(defaultPullPolicy("registry.example.com:5000/web")).toBe("Always");
    expect(defaultPullPolicy("registry.example.com:5000/web:1.2")).toBe("IfNotPresent");
    expect(defaultPullPolicy("nginx@sha256:0123")).toBe("IfNotPresent");
  });

  it("parses quantities", () => {
    expect(parseQuantity("500m")).toBe(0.5);
    expect(parseQuantity("1Gi")).toBe(2 ** 30);
    expect(parseQuantity("1e3")).toBe(1000);
    expect(parseQuantity("lots")).toBeUndefined();
  });
});

describe("Terraform comparison", () => {
  const rule = (cidr: string, port: number): ValueObject => ({ cidr_blocks: [cidr], from_port: port, to_port: port, protocol: "tcp", description: "" });

  it("treats blocks as sets: an extra live rule is one added item, whatever the order", () => {
    const before: ValueObject = { name: "web", ingress: [rule("10.0.0.0/8", 443), rule("198.51.100.0/24", 22)] };
    const after: ValueObject = { name: "web", ingress: [rule("198.51.100.0/24", 22), rule("0.0.0.0/0", 22), rule("10.0.0.0/8", 443)] };
    expect(summarise(compareValues(before, after, TERRAFORM_STATE_POLICY))).toEqual([
      'added ingress[1]: undefined -> {"cidr_blocks":["0.0.0.0/0"],"from_port":22,"to_port":22,"protocol":"tcp","description":""}',
    ]);
  });

  it("pairs an edited rule with its live version", () => {
    const before: ValueObject = { ingress: [rule("10.0.0.0/8", 22)] };
    const after: ValueObject = { ingress: [rule("0.0.0.0/0", 22)] };
    expect(summarise(compareValues(before, after, TERRAFORM_STATE_POLICY))).toEqual(['changed ingress[0].cidr_blocks: ["10.0.0.0/8"] -> ["0.0.0.0/0"]']);
  });

  it("against code: compares only what the code sets, never meta-arguments or unknown values", () => {
    const code: ValueObject = { count: 2, bucket: "logs", policy: Unknown, tags: { team: "platform" }, lifecycle: [{ prevent_destroy: true }] };
    const state: ValueObject = { bucket: "logs", arn: "arn:aws:s3:::logs", policy: "{}", tags: { team: "platform", owner: "x" }, tags_all: {} };
    expect(compareValues(code, state, TERRAFORM_CODE_POLICY)).toEqual([]);
  });

  it("reads numbers written as strings and JSON documents spaced differently as equal", () => {
    const code: Record<string, Value> = { port: "22", policy: '{"Version":"2012-10-17","Statement":[]}' };
    const state: Record<string, Value> = { port: 22, policy: '{\n  "Statement": [],\n  "Version": "2012-10-17"\n}' };
    expect(compareValues(code, state, TERRAFORM_CODE_POLICY)).toEqual([]);
  });

  it("strips instance keys and module calls from addresses", () => {
    expect(declarationAddress('module.net["a"].module.sg.aws_security_group.web[0]')).toBe("aws_security_group.web");
    expect(declarationAddress('aws_s3_bucket.b["logs"]')).toBe("aws_s3_bucket.b");
  });
});
