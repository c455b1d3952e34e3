import { podSpecPath } from "../graph/kubernetes/pod-spec.js";
import type { AttributePath } from "../model/source.js";
import { isObject, type Scalar, type Value, type ValueObject } from "../model/value.js";
import type { ComparePolicy } from "./compare-values.js";

/**
 * What the API server writes into an object that its manifest never said:
 * bookkeeping (ignored on both sides) and defaults (a live-only value equal
 * to the default is no drift; a different value, or a field the server never
 * fills in, is). Patterns use `*` for any key or list index.
 */

type Pattern = readonly string[];

interface DefaultField {
  path: Pattern;
  /** Omitted: any value is a default (an allocated cluster IP, a generated selector). */
  value?: Value;
  /** For defaults that depend on a sibling (`targetPort` is `port`). */
  when?: (value: Value, parent: ValueObject | undefined) => boolean;
}

/** Bookkeeping on every object: never compared. */
const IGNORED_EVERYWHERE: readonly Pattern[] = [
  ["status"],
  ["metadata", "managedFields"],
  ["metadata", "resourceVersion"],
  ["metadata", "uid"],
  ["metadata", "creationTimestamp"],
  ["metadata", "generation"],
  ["metadata", "selfLink"],
  // Objects are matched by namespace already; a manifest that names none means `default`.
  ["metadata", "namespace"],
  ["metadata", "ownerReferences"],
  ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"],
  ["metadata", "annotations", "deployment.kubernetes.io/revision"],
  ["metadata", "annotations", "deprecated.daemonset.template.generation"],
];

/** Relative to a pod template (`spec.template` of a Deployment). */
const IGNORED_IN_TEMPLATE: readonly Pattern[] = [
  ["metadata", "creationTimestamp"],
  // `kubectl rollout restart` stamps this to roll the pods; it changes no setting.
  ["metadata", "annotations", "kubectl.kubernetes.io/restartedAt"],
];

const CONTAINER_GROUPS = ["containers", "initContainers", "ephemeralContainers"] as const;
const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
const VOLUME_SOURCES_WITH_MODE = ["configMap", "secret", "projected", "downwardAPI"] as const;

/** The service account token volume the admission controller adds to every pod. */
const isTokenVolume = (value: Value) => isObject(value) && typeof value.name === "string" && value.name.startsWith("kube-api-access-");

/** The default tolerations the admission controller adds to every pod. */
const isDefaultToleration = (value: Value) =>
  isObject(value) &&
  (value.key === "node.kubernetes.io/not-ready" || value.key === "node.kubernetes.io/unreachable") &&
  value.operator === "Exists" &&
  value.effect === "NoExecute" &&
  value.tolerationSeconds === 300;

/** Relative to a pod spec. */
const POD_SPEC_DEFAULTS: readonly DefaultField[] = /* @__PURE__ */ (() => [
  { path: ["dnsPolicy"], value: "ClusterFirst" },
  { path: ["restartPolicy"], value: "Always" },
  { path: ["schedulerName"], value: "default-scheduler" },
  { path: ["terminationGracePeriodSeconds"], value: 30 },
  { path: ["enableServiceLinks"], value: true },
  { path: ["preemptionPolicy"], value: "PreemptLowerPriority" },
  { path: ["priority"], value: 0 },
  { path: ["serviceAccountName"], value: "default" },
  // The deprecated alias the server mirrors from serviceAccountName.
  { path: ["serviceAccount"], when: (value, parent) => value === (parent?.serviceAccountName ?? "default") },
  // Set by the scheduler on a bare Pod.
  { path: ["nodeName"] },
  { path: ["tolerations", "*"], when: isDefaultToleration },
  { path: ["volumes", "*"], when: isTokenVolume },
  ...VOLUME_SOURCES_WITH_MODE.map((source): DefaultField => ({ path: ["volumes", "*", source, "defaultMode"], value: 420 })),
  { path: ["volumes", "*", "hostPath", "type"], value: "" },
  { path: ["volumes", "*", "downwardAPI", "items", "*", "fieldRef", "apiVersion"], value: "v1" },
  ...CONTAINER_GROUPS.flatMap((group): DefaultField[] => [
    { path: [group, "*", "terminationMessagePath"], value: "/dev/termination-log" },
    { path: [group, "*", "terminationMessagePolicy"], value: "File" },
    { path: [group, "*", "imagePullPolicy"], when: (value, container) => value === defaultPullPolicy(container?.image) },
    { path: [group, "*", "ports", "*", "protocol"], value: "TCP" },
    { path: [group, "*", "env", "*", "valueFrom", "fieldRef", "apiVersion"], value: "v1" },
    { path: [group, "*", "volumeMounts", "*"], when: isTokenVolume },
    ...PROBES.flatMap((probe): DefaultField[] => [
      { path: [group, "*", probe, "timeoutSeconds"], value: 1 },
      { path: [group, "*", probe, "periodSeconds"], value: 10 },
      { path: [group, "*", probe, "successThreshold"], value: 1 },
      { path: [group, "*", probe, "failureThreshold"], value: 3 },
      { path: [group, "*", probe, "httpGet", "scheme"], value: "HTTP" },
    ]),
  ]),
])();

/** Relative to a Job spec (a Job's `spec`, a CronJob's `spec.jobTemplate.spec`). */
const JOB_SPEC_DEFAULTS: readonly DefaultField[] = /* @__PURE__ */ (() => [
  { path: ["backoffLimit"], value: 6 },
  { path: ["completionMode"], value: "NonIndexed" },
  { path: ["completions"], value: 1 },
  { path: ["parallelism"], value: 1 },
  { path: ["suspend"], value: false },
  { path: ["podReplacementPolicy"], value: "TerminatingOrFailed" },
  // The Job controller generates the selector and the labels that match it.
  { path: ["selector"] },
  ...["controller-uid", "job-name", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-name"].map(
    (label): DefaultField => ({ path: ["template", "metadata", "labels", label] }),
  ),
])();

/** Object-level defaults per kind, relative to the object. */
const KIND_DEFAULTS: Readonly<Record<string, readonly DefaultField[]>> = /* @__PURE__ */ (() => ({
  Deployment: [
    { path: ["spec", "replicas"], value: 1 },
    { path: ["spec", "revisionHistoryLimit"], value: 10 },
    { path: ["spec", "progressDeadlineSeconds"], value: 600 },
    { path: ["spec", "strategy", "type"], value: "RollingUpdate" },
    { path: ["spec", "strategy", "rollingUpdate", "maxSurge"], value: "25%" },
    { path: ["spec", "strategy", "rollingUpdate", "maxUnavailable"], value: "25%" },
  ],
  StatefulSet: [
    { path: ["spec", "replicas"], value: 1 },
    { path: ["spec", "revisionHistoryLimit"], value: 10 },
    { path: ["spec", "podManagementPolicy"], value: "OrderedReady" },
    { path: ["spec", "updateStrategy", "type"], value: "RollingUpdate" },
    { path: ["spec", "updateStrategy", "rollingUpdate", "partition"], value: 0 },
    { path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenDeleted"], value: "Retain" },
    { path: ["spec", "persistentVolumeClaimRetentionPolicy", "whenScaled"], value: "Retain" },
    { path: ["spec", "volumeClaimTemplates", "*", "apiVersion"], value: "v1" },
    { path: ["spec", "volumeClaimTemplates", "*", "kind"], value: "PersistentVolumeClaim" },
    { path: ["spec", "volumeClaimTemplates", "*", "spec", "volumeMode"], value: "Filesystem" },
    { path: ["spec", "volumeClaimTemplates", "*", "status"] },
    { path: ["spec", "volumeClaimTemplates", "*", "metadata", "creationTimestamp"] },
  ],
  DaemonSet: [
    { path: ["spec", "revisionHistoryLimit"], value: 10 },
    { path: ["spec", "updateStrategy", "type"], value: "RollingUpdate" },
    { path: ["spec", "updateStrategy", "rollingUpdate", "maxSurge"], value: 0 },
    { path: ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"], value: 1 },
  ],
  ReplicaSet: [{ path: ["spec", "replicas"], value: 1 }],
  ReplicationController: [{ path: ["spec", "replicas"], value: 1 }],
  Job: JOB_SPEC_DEFAULTS.map((field) => ({ ...field, path: ["spec", ...field.path] })),
  CronJob: [
    { path: ["spec", "concurrencyPolicy"], value: "Allow" },
    { path: ["spec", "failedJobsHistoryLimit"], value: 1 },
    { path: ["spec", "successfulJobsHistoryLimit"], value: 3 },
    { path: ["spec", "suspend"], value: false },
    { path: ["spec", "jobTemplate", "metadata", "creationTimestamp"] },
    ...JOB_SPEC_DEFAULTS.map((field) => ({ ...field, path: ["spec", "jobTemplate", "spec", ...field.path] })),
  ],
  Service: [
    { path: ["spec", "type"], value: "ClusterIP" },
    { path: ["spec", "clusterIP"] },
    { path: ["spec", "clusterIPs"] },
    { path: ["spec", "ipFamilies"] },
    { path: ["spec", "ipFamilyPolicy"], value: "SingleStack" },
    { path: ["spec", "sessionAffinity"], value: "None" },
    { path: ["spec", "internalTrafficPolicy"], value: "Cluster" },
    { path: ["spec", "externalTrafficPolicy"], value: "Cluster" },
    { path: ["spec", "allocateLoadBalancerNodePorts"], value: true },
    { path: ["spec", "healthCheckNodePort"] },
    { path: ["spec", "ports", "*", "protocol"], value: "TCP" },
    { path: ["spec", "ports", "*", "nodePort"] },
    { path: ["spec", "ports", "*", "targetPort"], when: (value, port) => port !== undefined && String(value) === String(port.port) },
    { path: ["spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"], value: 10800 },
  ],
  Secret: [{ path: ["type"], value: "Opaque" }],
  Namespace: [
    { path: ["spec", "finalizers"], when: (value) => JSON.stringify(value) === '["kubernetes"]' },
    { path: ["metadata", "labels", "kubernetes.io/metadata.name"] },
  ],
  ServiceAccount: [
    // Token secrets that clusters before 1.24 created for every service account.
    { path: ["secrets"] },
  ],
  PersistentVolumeClaim: [
    { path: ["spec", "volumeName"] },
    { path: ["spec", "storageClassName"] },
    { path: ["spec", "volumeMode"], value: "Filesystem" },
    { path: ["metadata", "finalizers"], when: (value) => JSON.stringify(value) === '["kubernetes.io/pvc-protection"]' },
    ...["pv.kubernetes.io/bind-completed", "pv.kubernetes.io/bound-by-controller", "volume.beta.kubernetes.io/storage-provisioner", "volume.kubernetes.io/storage-provisioner", "volume.kubernetes.io/selected-node"].map(
      (annotation): DefaultField => ({ path: ["metadata", "annotations", annotation] }),
    ),
  ],
  // Derived from the rules when the manifest names none.
  NetworkPolicy: [{ path: ["spec", "policyTypes"] }],
  RoleBinding: [{ path: ["subjects", "*", "apiGroup"] }],
  ClusterRoleBinding: [{ path: ["subjects", "*", "apiGroup"] }],
}))();

/** Strategic merge keys: list items with the same key are the same item. */
const POD_SPEC_MERGE_KEYS: ReadonlyArray<[Pattern, string]> = /* @__PURE__ */ (() => [
  ...CONTAINER_GROUPS.flatMap((group): Array<[Pattern, string]> => [
    [[group], "name"],
    [[group, "*", "ports"], "containerPort"],
    [[group, "*", "env"], "name"],
    [[group, "*", "volumeMounts"], "mountPath"],
    [[group, "*", "volumeDevices"], "devicePath"],
  ]),
  [["volumes"], "name"],
  [["imagePullSecrets"], "name"],
  [["hostAliases"], "ip"],
])();

const KIND_MERGE_KEYS: Readonly<Record<string, ReadonlyArray<[Pattern, string]>>> = {
  Service: [[["spec", "ports"], "port"]],
};

/** `Always` for `:latest` or an untagged image, `IfNotPresent` otherwise, as the API server decides. */
export function defaultPullPolicy(image: Value | undefined): string | undefined {
  if (typeof image !== "string") return undefined;
  if (image.includes("@")) return "IfNotPresent";
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.indexOf(":");
  if (colon === -1) return "Always";
  return lastSegment.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;
const QUANTITY_FACTORS: Readonly<Record<string, number>> = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 1024,
  Mi: 1_048_576,
  Gi: 1_073_741_824,
  Ti: 1_099_511_627_776,
  Pi: 1_125_899_906_842_624,
  Ei: 1_152_921_504_606_846_976,
};

/** A Kubernetes quantity (`500m`, `0.5`, `1Gi`) as a number; the server rewrites them in canonical form. */
export function parseQuantity(value: Scalar): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const match = QUANTITY.exec(value.trim());
  return match ? Number(match[1]) * QUANTITY_FACTORS[match[2] ?? ""] : undefined;
}

function matches(path: AttributePath, pattern: Pattern): boolean {
  if (path.length !== pattern.length) return false;
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] !== "*" && pattern[index] !== String(path[index])) return false;
  }
  return true;
}

function isQuantityPath(path: AttributePath): boolean {
  const at = path.lastIndexOf("resources");
  return at !== -1 && (path[at + 1] === "limits" || path[at + 1] === "requests") && path.length === at + 3;
}

const policies = new Map<string, ComparePolicy>();

/** The comparison policy for objects of `kind`: server fields ignored, defaults recognised, lists merged by key. */
export function kubernetesPolicy(kind: string): ComparePolicy {
  const known = policies.get(kind);
  if (known) return known;

  const podPath = podSpecPath(kind);
  const podPrefix: string[] = podPath ? podPath.map(String) : [];
  const templatePrefix = podPath && kind !== "Pod" ? podPrefix.slice(0, -1) : undefined;
  const ignored: Pattern[] = [...IGNORED_EVERYWHERE];
  if (templatePrefix) ignored.push(...IGNORED_IN_TEMPLATE.map((pattern) => [...templatePrefix, ...pattern]));
  const defaults: DefaultField[] = [...(KIND_DEFAULTS[kind] ?? [])];
  const mergeKeys: Array<[Pattern, string]> = [...(KIND_MERGE_KEYS[kind] ?? [])];
  if (podPath) {
    defaults.push(...POD_SPEC_DEFAULTS.map((field) => ({ ...field, path: [...podPrefix, ...field.path] })));
    mergeKeys.push(...POD_SPEC_MERGE_KEYS.map(([pattern, key]): [Pattern, string] => [[...podPrefix, ...pattern], key]));
  }

  const policy: ComparePolicy = {
    liveOnlyKeys: true,
    unorderedScalarLists: false,
    ignored: (path) => ignored.some((pattern) => matches(path, pattern)),
    isServerDefault(path, value, parent) {
      return defaults.some(
        (field) =>
          matches(path, field.path) &&
          (field.when ? field.when(value, parent) : field.value === undefined || JSON.stringify(field.value) === JSON.stringify(value)),
      );
    },
    mergeKey: (path) => mergeKeys.find(([pattern]) => matches(path, pattern))?.[1],
    sameScalar(path, desired, actual) {
      if (desired === actual || String(desired) === String(actual)) return true;
      if (!isQuantityPath(path)) return false;
      const a = parseQuantity(desired);
      const b = parseQuantity(actual);
      return a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(a) * 1e-9;
    },
  };
  policies.set(kind, policy);
  return policy;
}
