#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  ExitCode,
  InvalidArgumentError,
  Option,
  SARIF_SCHEMA_URI,
  TOLLGATE_URI,
  TOLLGATE_VERSION,
  atOrAbove,
  buildGraph,
  compareSeverity,
  countBySeverity,
  describeDiagnostic,
  discover,
  evaluate,
  isClusterScoped,
  loadSources,
  metadataName,
  namespaceOf,
  pascalCase,
  problemSeverity,
  readPlan,
  relativeFile,
  ruleCatalog,
  ruleHelpUri,
  sarifLevel,
  scan,
  securitySeverity,
  terraformAddress,
  withoutRoot,
  writeOutputAtomically
} from "./chunk-SBHWF33V.mjs";
import {
  diagnosticFile,
  isSuppressed,
  sortDiagnostics
} from "./chunk-ZMHE2JLS.mjs";
import "./chunk-S35MFI3Y.mjs";
import "./chunk-3BHY4RL6.mjs";
import "./chunk-IWKSKUXL.mjs";
import {
  treeToValue
} from "./chunk-6VO5NUTP.mjs";
import "./chunk-BDUHOVXV.mjs";
import {
  SEVERITIES,
  podSpecPath
} from "./chunk-7WD6VUQZ.mjs";
import {
  SourceMap,
  formatPath
} from "./chunk-5PNFQAMN.mjs";
import {
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/cli/src/commands/drift.ts
import { promises as fs, readFileSync } from "node:fs";

// packages/engine/src/drift/history.ts
var DRIFT_HISTORY_VERSION = "1.0";
var MAX_HISTORY_RUNS = 366;
function emptyHistory() {
  return { schemaVersion: DRIFT_HISTORY_VERSION, runs: [] };
}
function historyRun(result) {
  const { summary } = result;
  return {
    timestamp: result.generatedAt,
    driftItems: summary.driftItems,
    newViolations: summary.newViolations,
    missingLive: summary.missingLive,
    unmanagedLive: summary.unmanagedLive,
    bySeverity: { ...summary.bySeverity }
  };
}
function appendRun(history, run, limit = MAX_HISTORY_RUNS) {
  const runs = [...history.runs, run].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  return { schemaVersion: DRIFT_HISTORY_VERSION, runs: runs.slice(Math.max(0, runs.length - limit)) };
}
function parseHistory(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isRecord(data) || !Array.isArray(data.runs)) return { error: "expected an object with a runs array" };
  const major = String(data.schemaVersion ?? "").split(".")[0];
  if (major !== DRIFT_HISTORY_VERSION.split(".")[0]) return { error: `schemaVersion ${JSON.stringify(data.schemaVersion)} is not ${DRIFT_HISTORY_VERSION}` };
  const runs = [];
  for (const [index, run] of data.runs.entries()) {
    if (!isRecord(run) || typeof run.timestamp !== "string" || Number.isNaN(Date.parse(run.timestamp))) {
      return { error: `runs[${index}] has no valid timestamp` };
    }
    const count = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
    const bySeverity = isRecord(run.bySeverity) ? run.bySeverity : {};
    runs.push({
      timestamp: run.timestamp,
      driftItems: count(run.driftItems),
      newViolations: count(run.newViolations),
      missingLive: count(run.missingLive),
      unmanagedLive: count(run.unmanagedLive),
      bySeverity: Object.fromEntries(SEVERITIES.map((severity2) => [severity2, count(bySeverity[severity2])]))
    });
  }
  return { history: { schemaVersion: DRIFT_HISTORY_VERSION, runs } };
}
function formatHistory(history) {
  return `${JSON.stringify(history, null, 2)}
`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// packages/engine/src/drift/drift.ts
import path from "node:path";

// packages/engine/src/drift/compare-values.ts
function compareValues(desired, actual, policy) {
  const out = [];
  new Comparison(policy, out).compare(desired, actual, [], [], void 0);
  return out;
}
function isEmptyValue(value) {
  if (value === void 0 || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}
function isZeroValue(value) {
  return isEmptyValue(value) || value === false || value === 0 || value === "";
}
function isScalar(value) {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
var Comparison = class _Comparison {
  constructor(policy, out) {
    this.policy = policy;
    this.out = out;
  }
  policy;
  out;
  compare(desired, actual, desiredPath, actualPath, liveParent) {
    if (this.policy.ignored(actual === void 0 ? desiredPath : actualPath)) return;
    if (isUnknown(desired) || isUnknown(actual)) return;
    if (Array.isArray(desired) && Array.isArray(actual)) return this.lists(desired, actual, desiredPath, actualPath);
    if (isObject(desired) && isObject(actual)) return this.objects(desired, actual, desiredPath, actualPath);
    if (isEmptyValue(desired)) {
      if (!isEmptyValue(actual)) this.liveOnly(actual, actualPath, liveParent);
      return;
    }
    if (isEmptyValue(actual)) {
      this.desiredOnly(desired, desiredPath);
      return;
    }
    if (isScalar(desired) && isScalar(actual)) {
      if (!this.policy.sameScalar(actualPath, desired, actual)) this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
      return;
    }
    this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
  }
  objects(desired, actual, desiredPath, actualPath) {
    for (const key of Object.keys(desired)) this.compare(desired[key], actual[key], [...desiredPath, key], [...actualPath, key], actual);
    for (const key of Object.keys(actual)) {
      if (Object.prototype.hasOwnProperty.call(desired, key)) continue;
      if (this.policy.liveOnlyKeys) this.liveOnly(actual[key], [...actualPath, key], actual);
    }
  }
  /** The desired side has it, the live side does not: recorded leaf by leaf so that zero values drop out. */
  desiredOnly(desired, desiredPath) {
    if (this.policy.ignored(desiredPath) || isUnknown(desired) || isZeroValue(desired)) return;
    if (isObject(desired)) {
      for (const key of Object.keys(desired)) this.desiredOnly(desired[key], [...desiredPath, key]);
      return;
    }
    this.out.push({ kind: "removed", desiredPath, desired });
  }
  /**
   * The live side has it, the code does not. Objects are followed key by key
   * so that server defaults inside them (a Deployment's `strategy`) drop out;
   * lists and scalars are reported whole.
   */
  liveOnly(actual, actualPath, liveParent) {
    if (this.policy.ignored(actualPath) || isUnknown(actual)) return;
    if (this.policy.isServerDefault(actualPath, actual, liveParent)) return;
    if (isEmptyValue(actual) || actual === "") return;
    if (isObject(actual)) {
      for (const key of Object.keys(actual)) this.liveOnly(actual[key], [...actualPath, key], actual);
      return;
    }
    if (Array.isArray(actual)) {
      const kept = actual.filter((item, index) => this.hasLiveContent(item, [...actualPath, index], void 0));
      if (kept.length === 0) return;
      if (kept.every((item) => isObject(item))) {
        actual.forEach((item, index) => this.liveOnlyItem(item, [...actualPath, index]));
        return;
      }
    }
    this.out.push({ kind: "added", actualPath, actual });
  }
  /** A list item only the live side has: reported whole, unless everything in it is a server default. */
  liveOnlyItem(item, actualPath) {
    if (this.hasLiveContent(item, actualPath, void 0)) this.out.push({ kind: "added", actualPath, actual: item });
  }
  hasLiveContent(value, path2, parent) {
    if (this.policy.ignored(path2) || isUnknown(value) || isEmptyValue(value) || value === "") return false;
    if (this.policy.isServerDefault(path2, value, parent)) return false;
    if (isObject(value)) return Object.keys(value).some((key) => this.hasLiveContent(value[key], [...path2, key], value));
    if (Array.isArray(value)) return value.some((item, index) => this.hasLiveContent(item, [...path2, index], void 0));
    return true;
  }
  lists(desired, actual, desiredPath, actualPath) {
    const objects = [...desired, ...actual].every((item) => isObject(item));
    if (!objects) {
      if (!this.sameScalarList(desired, actual, actualPath)) this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
      return;
    }
    const key = this.policy.mergeKey(actualPath);
    const pairs = key !== void 0 ? this.pairByKey(desired, actual, key) : this.pairByContent(desired, actual, desiredPath, actualPath);
    for (const [desiredIndex, actualIndex] of pairs.matched) {
      this.compare(desired[desiredIndex], actual[actualIndex], [...desiredPath, desiredIndex], [...actualPath, actualIndex], void 0);
    }
    for (const index of pairs.desiredOnly) {
      const itemPath = [...desiredPath, index];
      if (!this.policy.ignored(itemPath) && !isEmptyValue(desired[index])) this.out.push({ kind: "removed", desiredPath: itemPath, desired: desired[index] });
    }
    for (const index of pairs.actualOnly) this.liveOnlyItem(actual[index], [...actualPath, index]);
  }
  sameScalarList(desired, actual, path2) {
    if (desired.length !== actual.length) return false;
    const same = (a, b) => isScalar(a) && isScalar(b) ? this.policy.sameScalar(path2, a, b) : JSON.stringify(a) === JSON.stringify(b);
    if (!this.policy.unorderedScalarLists) return desired.every((item, index) => same(item, actual[index]));
    const unused = new Set(actual.keys());
    return desired.every((item) => {
      for (const index of unused) {
        if (same(item, actual[index])) {
          unused.delete(index);
          return true;
        }
      }
      return false;
    });
  }
  /** Kubernetes merge keys: containers by name, ports by number. Duplicate keys fall back to order. */
  pairByKey(desired, actual, key) {
    const keyOf = (item) => isObject(item) && isScalar(item[key]) ? String(item[key]) : void 0;
    const liveByKey = /* @__PURE__ */ new Map();
    actual.forEach((item, index) => {
      const value = keyOf(item);
      if (value !== void 0 && !liveByKey.has(value)) liveByKey.set(value, index);
    });
    const pairing = { matched: [], desiredOnly: [], actualOnly: [] };
    const used = /* @__PURE__ */ new Set();
    desired.forEach((item, index) => {
      const value = keyOf(item);
      const match = value === void 0 ? void 0 : liveByKey.get(value);
      if (match === void 0 || used.has(match)) pairing.desiredOnly.push(index);
      else {
        used.add(match);
        pairing.matched.push([index, match]);
      }
    });
    actual.forEach((_, index) => {
      if (!used.has(index)) pairing.actualOnly.push(index);
    });
    return pairing;
  }
  /**
   * Lists without a key (Terraform's ingress blocks, which are sets): an item
   * the live side covers exactly is matched first; what is left is paired
   * with the closest live item, so one edited rule reads as one change.
   */
  pairByContent(desired, actual, desiredPath, actualPath) {
    const differences = (d, a) => {
      const out = [];
      new _Comparison(this.policy, out).compare(desired[d], actual[a], [...desiredPath, d], [...actualPath, a], void 0);
      return out.length;
    };
    const pairing = { matched: [], desiredOnly: [], actualOnly: [] };
    const free = new Set(actual.keys());
    const leftover = [];
    desired.forEach((_, d) => {
      for (const a of free) {
        if (differences(d, a) === 0) {
          free.delete(a);
          pairing.matched.push([d, a]);
          return;
        }
      }
      leftover.push(d);
    });
    for (const d of leftover) {
      let best;
      for (const a of free) {
        const count = differences(d, a);
        if (!best || count < best.count) best = { index: a, count };
      }
      const size = Math.max(1, Object.keys(desired[d]).length);
      if (best && best.count * 2 <= size) {
        free.delete(best.index);
        pairing.matched.push([d, best.index]);
      } else {
        pairing.desiredOnly.push(d);
      }
    }
    pairing.actualOnly.push(...[...free].sort((a, b) => a - b));
    return pairing;
  }
};

// packages/engine/src/drift/comparison.ts
var MAX_VALUE_TEXT = 120;
function valueText(value) {
  if (value === void 0) return "(absent)";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length <= MAX_VALUE_TEXT ? text : `${text.slice(0, MAX_VALUE_TEXT - 1)}…`;
}
function locate(source, path2) {
  if (!source) return void 0;
  return source.at(path2 === void 0 ? source.header : source.locate(path2).range);
}
function driftItemsOf(comparison, severity2, names) {
  const base = {
    platform: comparison.platform,
    resource: comparison.name,
    resourceType: comparison.type,
    ...comparison.apiGroup === void 0 ? {} : { apiGroup: comparison.apiGroup },
    severity: severity2
  };
  if (!comparison.actual) {
    if (!comparison.desired) return [];
    return [
      {
        ...base,
        kind: "missing-live",
        path: "",
        message: `${comparison.name} is in ${names.desired} but does not exist live`,
        desiredLocation: locate(comparison.desired.source, void 0)
      }
    ];
  }
  if (!comparison.desired) {
    return [
      {
        ...base,
        kind: "unmanaged-live",
        path: "",
        message: `${comparison.name} exists live but not in ${names.desired}`,
        actualLocation: locate(comparison.actual.source, void 0)
      }
    ];
  }
  return comparison.differences.map((difference) => {
    const pathSegments = difference.actualPath ?? difference.desiredPath ?? [];
    const path2 = formatPath(pathSegments);
    const sensitive = comparison.isSensitive?.(difference.desiredPath ?? pathSegments) || comparison.isSensitive?.(difference.actualPath ?? pathSegments) || false;
    const desired = sensitive ? void 0 : difference.desired;
    const actual = sensitive ? void 0 : difference.actual;
    const shown = (value) => sensitive ? "(sensitive)" : valueText(value);
    const where = `${comparison.name} ${path2}`;
    const message = difference.kind === "changed" ? `${where} is ${shown(difference.actual)} live, ${shown(difference.desired)} in ${names.desired}` : difference.kind === "added" ? `${where} is ${shown(difference.actual)} live, absent from ${names.desired}` : `${where} is ${shown(difference.desired)} in ${names.desired}, absent live`;
    return {
      ...base,
      kind: difference.kind,
      path: path2,
      ...desired === void 0 ? {} : { desired },
      ...actual === void 0 ? {} : { actual },
      ...sensitive ? { sensitive: true } : {},
      message,
      desiredLocation: locate(comparison.desired.source, difference.desiredPath ?? pathSegments),
      actualLocation: locate(comparison.actual.source, difference.actualPath ?? pathSegments)
    };
  });
}

// packages/engine/src/drift/kubernetes-server-fields.ts
var IGNORED_EVERYWHERE = [
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
  ["metadata", "annotations", "deprecated.daemonset.template.generation"]
];
var IGNORED_IN_TEMPLATE = [
  ["metadata", "creationTimestamp"],
  // `kubectl rollout restart` stamps this to roll the pods; it changes no setting.
  ["metadata", "annotations", "kubectl.kubernetes.io/restartedAt"]
];
var CONTAINER_GROUPS = ["containers", "initContainers", "ephemeralContainers"];
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var VOLUME_SOURCES_WITH_MODE = ["configMap", "secret", "projected", "downwardAPI"];
var isTokenVolume = (value) => isObject(value) && typeof value.name === "string" && value.name.startsWith("kube-api-access-");
var isDefaultToleration = (value) => isObject(value) && (value.key === "node.kubernetes.io/not-ready" || value.key === "node.kubernetes.io/unreachable") && value.operator === "Exists" && value.effect === "NoExecute" && value.tolerationSeconds === 300;
var POD_SPEC_DEFAULTS = /* @__PURE__ */ (() => [
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
  ...VOLUME_SOURCES_WITH_MODE.map((source) => ({ path: ["volumes", "*", source, "defaultMode"], value: 420 })),
  { path: ["volumes", "*", "hostPath", "type"], value: "" },
  { path: ["volumes", "*", "downwardAPI", "items", "*", "fieldRef", "apiVersion"], value: "v1" },
  ...CONTAINER_GROUPS.flatMap((group) => [
    { path: [group, "*", "terminationMessagePath"], value: "/dev/termination-log" },
    { path: [group, "*", "terminationMessagePolicy"], value: "File" },
    { path: [group, "*", "imagePullPolicy"], when: (value, container) => value === defaultPullPolicy(container?.image) },
    { path: [group, "*", "ports", "*", "protocol"], value: "TCP" },
    { path: [group, "*", "env", "*", "valueFrom", "fieldRef", "apiVersion"], value: "v1" },
    { path: [group, "*", "volumeMounts", "*"], when: isTokenVolume },
    ...PROBES.flatMap((probe) => [
      { path: [group, "*", probe, "timeoutSeconds"], value: 1 },
      { path: [group, "*", probe, "periodSeconds"], value: 10 },
      { path: [group, "*", probe, "successThreshold"], value: 1 },
      { path: [group, "*", probe, "failureThreshold"], value: 3 },
      { path: [group, "*", probe, "httpGet", "scheme"], value: "HTTP" }
    ])
  ])
])();
var JOB_SPEC_DEFAULTS = /* @__PURE__ */ (() => [
  { path: ["backoffLimit"], value: 6 },
  { path: ["completionMode"], value: "NonIndexed" },
  { path: ["completions"], value: 1 },
  { path: ["parallelism"], value: 1 },
  { path: ["suspend"], value: false },
  { path: ["podReplacementPolicy"], value: "TerminatingOrFailed" },
  // The Job controller generates the selector and the labels that match it.
  { path: ["selector"] },
  ...["controller-uid", "job-name", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-name"].map(
    (label) => ({ path: ["template", "metadata", "labels", label] })
  )
])();
var KIND_DEFAULTS = /* @__PURE__ */ (() => ({
  Deployment: [
    { path: ["spec", "replicas"], value: 1 },
    { path: ["spec", "revisionHistoryLimit"], value: 10 },
    { path: ["spec", "progressDeadlineSeconds"], value: 600 },
    { path: ["spec", "strategy", "type"], value: "RollingUpdate" },
    { path: ["spec", "strategy", "rollingUpdate", "maxSurge"], value: "25%" },
    { path: ["spec", "strategy", "rollingUpdate", "maxUnavailable"], value: "25%" }
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
    { path: ["spec", "volumeClaimTemplates", "*", "metadata", "creationTimestamp"] }
  ],
  DaemonSet: [
    { path: ["spec", "revisionHistoryLimit"], value: 10 },
    { path: ["spec", "updateStrategy", "type"], value: "RollingUpdate" },
    { path: ["spec", "updateStrategy", "rollingUpdate", "maxSurge"], value: 0 },
    { path: ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"], value: 1 }
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
    ...JOB_SPEC_DEFAULTS.map((field) => ({ ...field, path: ["spec", "jobTemplate", "spec", ...field.path] }))
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
    { path: ["spec", "ports", "*", "targetPort"], when: (value, port) => port !== void 0 && String(value) === String(port.port) },
    { path: ["spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds"], value: 10800 }
  ],
  Secret: [{ path: ["type"], value: "Opaque" }],
  Namespace: [
    { path: ["spec", "finalizers"], when: (value) => JSON.stringify(value) === '["kubernetes"]' },
    { path: ["metadata", "labels", "kubernetes.io/metadata.name"] }
  ],
  ServiceAccount: [
    // Token secrets that clusters before 1.24 created for every service account.
    { path: ["secrets"] }
  ],
  PersistentVolumeClaim: [
    { path: ["spec", "volumeName"] },
    { path: ["spec", "storageClassName"] },
    { path: ["spec", "volumeMode"], value: "Filesystem" },
    { path: ["metadata", "finalizers"], when: (value) => JSON.stringify(value) === '["kubernetes.io/pvc-protection"]' },
    ...["pv.kubernetes.io/bind-completed", "pv.kubernetes.io/bound-by-controller", "volume.beta.kubernetes.io/storage-provisioner", "volume.kubernetes.io/storage-provisioner", "volume.kubernetes.io/selected-node"].map(
      (annotation) => ({ path: ["metadata", "annotations", annotation] })
    )
  ],
  // Derived from the rules when the manifest names none.
  NetworkPolicy: [{ path: ["spec", "policyTypes"] }],
  RoleBinding: [{ path: ["subjects", "*", "apiGroup"] }],
  ClusterRoleBinding: [{ path: ["subjects", "*", "apiGroup"] }]
}))();
var POD_SPEC_MERGE_KEYS = /* @__PURE__ */ (() => [
  ...CONTAINER_GROUPS.flatMap((group) => [
    [[group], "name"],
    [[group, "*", "ports"], "containerPort"],
    [[group, "*", "env"], "name"],
    [[group, "*", "volumeMounts"], "mountPath"],
    [[group, "*", "volumeDevices"], "devicePath"]
  ]),
  [["volumes"], "name"],
  [["imagePullSecrets"], "name"],
  [["hostAliases"], "ip"]
])();
var KIND_MERGE_KEYS = {
  Service: [[["spec", "ports"], "port"]]
};
function defaultPullPolicy(image) {
  if (typeof image !== "string") return void 0;
  if (image.includes("@")) return "IfNotPresent";
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.indexOf(":");
  if (colon === -1) return "Always";
  return lastSegment.slice(colon + 1) === "latest" ? "Always" : "IfNotPresent";
}
var QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;
var QUANTITY_FACTORS = {
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
  Mi: 1048576,
  Gi: 1073741824,
  Ti: 1099511627776,
  Pi: 1125899906842624,
  Ei: 1152921504606847e3
};
function parseQuantity(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const match = QUANTITY.exec(value.trim());
  return match ? Number(match[1]) * QUANTITY_FACTORS[match[2] ?? ""] : void 0;
}
function matches(path2, pattern) {
  if (path2.length !== pattern.length) return false;
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] !== "*" && pattern[index] !== String(path2[index])) return false;
  }
  return true;
}
function isQuantityPath(path2) {
  const at = path2.lastIndexOf("resources");
  return at !== -1 && (path2[at + 1] === "limits" || path2[at + 1] === "requests") && path2.length === at + 3;
}
var policies = /* @__PURE__ */ new Map();
function kubernetesPolicy(kind) {
  const known = policies.get(kind);
  if (known) return known;
  const podPath = podSpecPath(kind);
  const podPrefix = podPath ? podPath.map(String) : [];
  const templatePrefix = podPath && kind !== "Pod" ? podPrefix.slice(0, -1) : void 0;
  const ignored = [...IGNORED_EVERYWHERE];
  if (templatePrefix) ignored.push(...IGNORED_IN_TEMPLATE.map((pattern) => [...templatePrefix, ...pattern]));
  const defaults = [...KIND_DEFAULTS[kind] ?? []];
  const mergeKeys = [...KIND_MERGE_KEYS[kind] ?? []];
  if (podPath) {
    defaults.push(...POD_SPEC_DEFAULTS.map((field) => ({ ...field, path: [...podPrefix, ...field.path] })));
    mergeKeys.push(...POD_SPEC_MERGE_KEYS.map(([pattern, key]) => [[...podPrefix, ...pattern], key]));
  }
  const policy = {
    liveOnlyKeys: true,
    unorderedScalarLists: false,
    ignored: (path2) => ignored.some((pattern) => matches(path2, pattern)),
    isServerDefault(path2, value, parent) {
      return defaults.some(
        (field) => matches(path2, field.path) && (field.when ? field.when(value, parent) : field.value === void 0 || JSON.stringify(field.value) === JSON.stringify(value))
      );
    },
    mergeKey: (path2) => mergeKeys.find(([pattern]) => matches(path2, pattern))?.[1],
    sameScalar(path2, desired, actual) {
      if (desired === actual || String(desired) === String(actual)) return true;
      if (!isQuantityPath(path2)) return false;
      const a = parseQuantity(desired);
      const b = parseQuantity(actual);
      return a !== void 0 && b !== void 0 && Math.abs(a - b) <= Math.abs(a) * 1e-9;
    }
  };
  policies.set(kind, policy);
  return policy;
}

// packages/engine/src/drift/kubernetes.ts
var MOVED_GROUPS = {
  "extensions/Deployment": "apps",
  "extensions/DaemonSet": "apps",
  "extensions/ReplicaSet": "apps",
  "extensions/Ingress": "networking.k8s.io",
  "extensions/NetworkPolicy": "networking.k8s.io"
};
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease"]);
var SYSTEM_KINDS = /* @__PURE__ */ new Set([
  "Event",
  "Endpoints",
  "EndpointSlice",
  "Lease",
  "ControllerRevision",
  "Node",
  "CSINode",
  "ComponentStatus",
  "APIService",
  "CertificateSigningRequest",
  "PriorityClass",
  "FlowSchema",
  "PriorityLevelConfiguration"
]);
function currentApiGroup(resource) {
  const apiVersion = getPath(resource.attributes, ["apiVersion"]);
  const text = typeof apiVersion === "string" ? apiVersion : "";
  const slash = text.indexOf("/");
  const group = slash === -1 ? "" : text.slice(0, slash);
  return MOVED_GROUPS[`${group}/${resource.type}`] ?? group;
}
function kubernetesKey(resource) {
  return `${currentApiGroup(resource)}/${resource.type}/${namespaceOf(resource) ?? ""}/${metadataName(resource) ?? resource.name}`;
}
function isSystemObject(resource) {
  const namespace = namespaceOf(resource);
  const name = metadataName(resource) ?? "";
  if (SYSTEM_KINDS.has(resource.type)) return true;
  if (namespace !== void 0 && SYSTEM_NAMESPACES.has(namespace)) return true;
  if (resource.type === "Namespace" && (SYSTEM_NAMESPACES.has(name) || name === "default")) return true;
  if (resource.type === "ConfigMap" && name === "kube-root-ca.crt") return true;
  if (resource.type === "ServiceAccount" && name === "default") return true;
  if (resource.type === "Service" && namespace === "default" && name === "kubernetes") return true;
  if ((resource.type === "ClusterRole" || resource.type === "ClusterRoleBinding") && name.startsWith("system:")) return true;
  if (getPath(resource.attributes, ["metadata", "labels", "kubernetes.io/bootstrapping"]) === "rbac-defaults") return true;
  const owners = getPath(resource.attributes, ["metadata", "ownerReferences"]);
  return Array.isArray(owners) && owners.length > 0;
}
function compareKubernetes(desired, live) {
  const desiredByKey = /* @__PURE__ */ new Map();
  for (const resource of desired) {
    const key = kubernetesKey(resource);
    if (!desiredByKey.has(key)) desiredByKey.set(key, resource);
  }
  const managedNamespaces = /* @__PURE__ */ new Set();
  for (const resource of desiredByKey.values()) {
    const namespace = namespaceOf(resource);
    if (namespace !== void 0) managedNamespaces.add(namespace);
    if (resource.type === "Namespace") managedNamespaces.add(metadataName(resource) ?? "");
  }
  const comparisons = [];
  const desiredKeys = /* @__PURE__ */ new Map();
  const actualKeys = /* @__PURE__ */ new Map();
  const seenLive = /* @__PURE__ */ new Set();
  for (const resource of live) {
    const key = kubernetesKey(resource);
    if (seenLive.has(key)) continue;
    seenLive.add(key);
    const match = desiredByKey.get(key);
    if (!match) {
      const namespace = namespaceOf(resource);
      const inScope = isClusterScoped(resource.type) || namespace !== void 0 && managedNamespaces.has(namespace);
      if (!inScope || isSystemObject(resource)) continue;
      actualKeys.set(resource.id, [key]);
      comparisons.push({ ...describe(resource), actual: { source: resource.source }, differences: [] });
      continue;
    }
    desiredKeys.set(match.id, [key]);
    actualKeys.set(resource.id, [key]);
    const differences = isObject(match.attributes) ? compareValues(match.attributes, resource.attributes, kubernetesPolicy(resource.type)) : [];
    comparisons.push({ ...describe(match), desired: { source: match.source }, actual: { source: resource.source }, differences });
  }
  for (const [key, resource] of desiredByKey) {
    if (seenLive.has(key)) continue;
    desiredKeys.set(resource.id, [key]);
    comparisons.push({ ...describe(resource), desired: { source: resource.source }, differences: [] });
  }
  return { comparisons, desiredKeys, actualKeys };
}
function describe(resource) {
  return { platform: "kubernetes", name: resource.name, type: resource.type, apiGroup: currentApiGroup(resource) };
}

// packages/engine/src/drift/terraform.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection", "timeouts"]);
function sameTerraformScalar(desired, actual) {
  if (desired === actual || String(desired) === String(actual)) return true;
  if (typeof desired === "string" && typeof actual === "string" && /^\s*[[{]/.test(desired) && /^\s*[[{]/.test(actual)) {
    try {
      return JSON.stringify(canonicalJson(JSON.parse(desired))) === JSON.stringify(canonicalJson(JSON.parse(actual)));
    } catch {
      return false;
    }
  }
  return false;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonicalJson(value[key])]));
  }
  return value;
}
var TERRAFORM_STATE_POLICY = {
  liveOnlyKeys: true,
  unorderedScalarLists: true,
  ignored: () => false,
  isServerDefault: () => false,
  mergeKey: () => void 0,
  sameScalar: (_path, desired, actual) => sameTerraformScalar(desired, actual)
};
var TERRAFORM_CODE_POLICY = {
  liveOnlyKeys: false,
  unorderedScalarLists: true,
  ignored: (path2) => path2.length === 1 && META_ARGUMENTS.has(String(path2[0])),
  isServerDefault: () => false,
  mergeKey: () => void 0,
  sameScalar: (_path, desired, actual) => sameTerraformScalar(desired, actual)
};
function readRefreshPlan(document) {
  const { plan, diagnostics } = readPlan(document);
  if (!plan) return { comparisons: [], diagnostics };
  if (plan.kind !== "plan") {
    diagnostics.push({ level: "error", code: "drift-input", message: "expected a plan (terraform show -json of a refresh-only plan), found a state", file: document.file });
    return { comparisons: [], diagnostics };
  }
  const drifted = /* @__PURE__ */ new Map();
  for (const change of plan.resourceDrift) {
    if (change.deposed === void 0 && change.mode === "managed") drifted.set(change.address, change);
  }
  const comparisons = [];
  for (const change of drifted.values()) {
    const desired = sideOf(change, change.before, document.file);
    const actual = sideOf(change, change.after, document.file);
    const differences = desired && actual ? compareValues(desired.attributes, actual.attributes, TERRAFORM_STATE_POLICY) : [];
    const beforeMarks = change.beforeSensitive ? treeToValue(change.beforeSensitive) : void 0;
    const afterMarks = change.afterSensitive ? treeToValue(change.afterSensitive) : void 0;
    comparisons.push({
      platform: "terraform",
      name: change.address,
      type: change.type,
      desired,
      actual,
      differences,
      isSensitive: (path2) => markedSensitive(beforeMarks, path2) || markedSensitive(afterMarks, path2)
    });
  }
  const root = document.root;
  const unchanged = plan.priorStateResources.filter((entry) => !drifted.has(entry.address)).map((entry) => entry.node);
  const rebuild = (side3) => {
    const resources = [...unchanged];
    for (const change of drifted.values()) {
      const values = change[side3];
      if (values && values.kind === "map") resources.push(withValues(change.node, values));
    }
    return statesDocument(document, root, resources);
  };
  return { comparisons, desiredDocument: rebuild("before"), actualDocument: rebuild("after"), diagnostics };
}
function sideOf(change, node, file) {
  if (!node || node.kind !== "map") return void 0;
  const source = new SourceMap(file, node.range, change.header);
  return { attributes: treeToValue(node, source), source };
}
function markedSensitive(marks, path2) {
  if (marks === true) return true;
  for (let length = 1; length <= path2.length; length++) {
    if (getPath(marks, path2.slice(0, length)) === true) return true;
  }
  return false;
}
function withValues(entry, values) {
  const entries = entry.entries.filter((item) => item.key !== "change");
  entries.push({ key: "values", keyRange: values.range, value: values });
  return { kind: "map", range: entry.range, entries };
}
function statesDocument(original, root, resources) {
  const range = root.range;
  const entry = (key, value) => ({ key, keyRange: range, value });
  const kept = root.entries.filter((item) => item.key === "format_version" || item.key === "terraform_version" || item.key === "configuration");
  const rootModule = { kind: "map", range, entries: [entry("resources", { kind: "list", range, items: resources })] };
  const planned = { kind: "map", range, entries: [entry("root_module", rootModule)] };
  return { ...original, kind: "plan", root: { kind: "map", range, entries: [...kept, entry("planned_values", planned)] } };
}
function addressOf(resource) {
  return terraformAddress(resource);
}
function declarationAddress(address) {
  const withoutIndex = address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/, "");
  return withoutIndex.replace(/^(?:module\.[\w-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/, "");
}
function pairTerraformResources(desired, actual) {
  const desiredByAddress = /* @__PURE__ */ new Map();
  const declarations = /* @__PURE__ */ new Map();
  for (const resource of desired) {
    const address = addressOf(resource);
    if (!desiredByAddress.has(address)) desiredByAddress.set(address, resource);
    const list = declarations.get(address);
    if (list) list.push(resource);
    else declarations.set(address, [resource]);
  }
  const matched = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const resource of actual) {
    const address = addressOf(resource);
    const inModule = address.startsWith("module.");
    const withoutIndex = address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/, "");
    let match = desiredByAddress.get(address) ?? desiredByAddress.get(withoutIndex);
    if (!match && inModule) {
      const candidates = declarations.get(declarationAddress(address)) ?? [];
      if (candidates.length === 1) match = candidates[0];
    }
    if (match) matched.add(match);
    pairs.push({ desired: match, actual: resource });
  }
  for (const resource of desired) if (!matched.has(resource)) pairs.push({ desired: resource });
  return pairs;
}

// packages/engine/src/drift/violations.ts
function newViolations(desired, actual, items) {
  const before = /* @__PURE__ */ new Set();
  for (const finding of desired.findings) {
    for (const key of desired.keys.get(finding.resource) ?? []) before.add(identity(finding, key));
  }
  const violations = [];
  const reported = /* @__PURE__ */ new Set();
  for (const finding of actual.findings) {
    const key = actual.keys.get(finding.resource)?.[0];
    if (key === void 0 || isSuppressed(finding)) continue;
    const id = identity(finding, key);
    if (before.has(id) || reported.has(id)) continue;
    reported.add(id);
    const resource = actual.names.get(finding.resource) ?? finding.resourceName;
    violations.push({ finding, resource, relatedDrift: relatedPaths(items, resource, finding.attribute) });
  }
  return violations;
}
function identity(finding, key) {
  const message = finding.resourceName ? finding.message.split(finding.resourceName).join("\0") : finding.message;
  return `${finding.ruleId}${key}${message}`;
}
function relatedPaths(items, resource, attribute) {
  const paths = items.filter((item) => item.resource === resource && (item.path === "" || attribute === "" || overlaps(item.path, attribute))).map((item) => item.path);
  return [...new Set(paths)];
}
function overlaps(a, b) {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer === shorter || longer.startsWith(shorter) && (longer[shorter.length] === "." || longer[shorter.length] === "[");
}

// packages/engine/src/drift/drift.ts
var DEFAULT_DRIFT_SEVERITY = "medium";
var ACCEPTED_KINDS = {
  desired: ["terraform", "terraform-json", "tfvars", "plan", "kubernetes"],
  live: ["kubernetes"],
  state: ["state"],
  "refresh-plan": ["plan"]
};
var EXPECTED = {
  desired: "Terraform or Kubernetes code",
  live: "a Kubernetes export (kubectl get -o yaml)",
  state: "a Terraform state (terraform show -json)",
  "refresh-plan": "a Terraform plan (terraform show -json)"
};
async function drift(options) {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  const severity2 = options.driftSeverity ?? DEFAULT_DRIFT_SEVERITY;
  const diagnostics = [];
  const inputs = [];
  const comparisons = [];
  const sides = [];
  const scanRole = async (role, paths) => {
    if (!paths?.length) return void 0;
    const outcome = await scan({ paths, cwd, root, stdin: options.stdin, exclude: options.exclude, rules: options.rules, ruleOptions: options.ruleOptions });
    diagnostics.push(...outcome.diagnostics);
    for (const file of outcome.files) {
      inputs.push({ role, path: file.path, kind: file.kind });
      if (!ACCEPTED_KINDS[role].includes(file.kind)) {
        diagnostics.push({ level: "error", code: "drift-input", message: `expected ${EXPECTED[role]}, found a ${file.kind} file`, file: file.path });
      }
    }
    return outcome;
  };
  const desired = await scanRole("desired", options.desired);
  const live = await scanRole("live", options.live);
  const state = await scanRole("state", options.state);
  if (live) {
    if (!desired) usage(diagnostics, "a Kubernetes live export needs the manifests to compare it with (desired paths)");
    const pairing = compareKubernetes(resourcesOf(desired?.graph, "kubernetes"), resourcesOf(live.graph, "kubernetes"));
    for (const comparison of pairing.comparisons) comparisons.push({ comparison, names: { desired: "the manifests" } });
    sides.push({
      desired: sideFindings(desired?.findings ?? [], pairing.desiredKeys, desired?.graph),
      actual: sideFindings(live.findings, pairing.actualKeys, live.graph)
    });
  }
  if (state) {
    if (!desired) usage(diagnostics, "a Terraform state needs the code to compare it with (desired paths)");
    const code2 = resourcesOf(desired?.graph, "terraform").filter(isManaged);
    const pairs = pairTerraformResources(code2, resourcesOf(state.graph, "terraform").filter(isManaged));
    const desiredKeys = /* @__PURE__ */ new Map();
    const actualKeys = /* @__PURE__ */ new Map();
    for (const pair of pairs) {
      const key = addressOf(pair.actual ?? pair.desired);
      if (pair.desired) addKey(desiredKeys, pair.desired.id, key);
      if (pair.actual) addKey(actualKeys, pair.actual.id, key);
      const differences = pair.desired && pair.actual ? compareValues(pair.desired.attributes, pair.actual.attributes, TERRAFORM_CODE_POLICY) : [];
      const shown = pair.actual ?? pair.desired;
      comparisons.push({
        comparison: {
          platform: "terraform",
          name: addressOf(shown),
          type: shown.type,
          ...pair.desired ? { desired: { source: pair.desired.source } } : {},
          ...pair.actual ? { actual: { source: pair.actual.source } } : {},
          differences
        },
        names: { desired: "the code" }
      });
    }
    const desiredSide = sideFindings(desired?.findings ?? [], desiredKeys, desired?.graph);
    sides.push({ desired: desiredSide, actual: sideFindings(state.findings, actualKeys, state.graph) });
  }
  for (const planDocument of await loadRefreshPlans(options, cwd, root, inputs, diagnostics)) {
    const reading = readRefreshPlan(planDocument.document);
    diagnostics.push(...reading.diagnostics);
    for (const comparison of reading.comparisons) comparisons.push({ comparison, names: { desired: "the last applied state" } });
    if (!reading.desiredDocument || !reading.actualDocument) continue;
    const desiredSide = evaluateDocument(reading.desiredDocument, planDocument.text, options, diagnostics);
    const actualSide = evaluateDocument(reading.actualDocument, planDocument.text, options, diagnostics);
    sides.push({ desired: desiredSide, actual: actualSide });
  }
  if (!options.desired?.length && !options.live?.length && !options.state?.length && !options.refreshPlan?.length) {
    usage(diagnostics, "nothing to compare: give a refresh-only plan, or desired paths with a state or a live export");
  }
  const items = sortItems(comparisons.flatMap(({ comparison, names }) => driftItemsOf(comparison, severity2, names)));
  const violations = sides.flatMap(({ desired: before, actual: after }) => newViolations(before, after, items)).sort(
    (a, b) => compareSeverity(a.finding.severity, b.finding.severity) || compareText(a.resource, b.resource) || compareText(a.finding.ruleId, b.finding.ruleId) || compareText(a.finding.message, b.finding.message)
  );
  return {
    tool: { name: "tollgate", version: TOLLGATE_VERSION, informationUri: TOLLGATE_URI },
    root,
    generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    inputs,
    driftSeverity: severity2,
    newViolations: violations,
    items,
    summary: {
      driftItems: items.length,
      newViolations: violations.length,
      compared: comparisons.filter(({ comparison }) => comparison.desired && comparison.actual).length,
      missingLive: items.filter((item) => item.kind === "missing-live").length,
      unmanagedLive: items.filter((item) => item.kind === "unmanaged-live").length,
      bySeverity: countBySeverity([...items.map((item) => item.severity), ...violations.map((violation) => violation.finding.severity)])
    },
    diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)),
    rules: options.rules.map((rule) => rule.meta)
  };
}
function usage(diagnostics, message) {
  diagnostics.push({ level: "error", code: "drift-usage", message });
}
function resourcesOf(graph, platform) {
  return graph ? [...graph.resources()].filter((resource) => resource.platform === platform) : [];
}
function isManaged(resource) {
  return (resource.mode ?? "managed") === "managed";
}
function addKey(keys, id, key) {
  const list = keys.get(id);
  if (list) list.push(key);
  else keys.set(id, [key]);
}
function sideFindings(findings, keys, graph) {
  const names = /* @__PURE__ */ new Map();
  for (const id of keys.keys()) {
    const resource = graph?.get(id);
    if (resource) names.set(id, resource.platform === "terraform" ? addressOf(resource) : resource.name);
  }
  return { findings, keys, names };
}
async function loadRefreshPlans(options, cwd, root, inputs, diagnostics) {
  if (!options.refreshPlan?.length) return [];
  const discovered = await discover({ paths: options.refreshPlan, cwd, root, stdin: options.stdin, exclude: options.exclude });
  diagnostics.push(...discovered.diagnostics);
  const plans = discovered.files.filter((file) => {
    inputs.push({ role: "refresh-plan", path: file.path, kind: file.kind });
    if (file.kind === "plan") return true;
    diagnostics.push({ level: "error", code: "drift-input", message: `expected ${EXPECTED["refresh-plan"]}, found a ${file.kind} file`, file: file.path });
    return false;
  });
  const loaded = await loadSources(plans);
  diagnostics.push(...loaded.diagnostics);
  return loaded.trees.map((document) => ({ document, text: plans.find((file) => file.path === document.file)?.text ?? "" }));
}
function evaluateDocument(document, text, options, diagnostics) {
  const sourceText = (file) => file === document.file ? text : "";
  const graph = buildGraph({ hcl: [], trees: [document], diagnostics: [] }, sourceText);
  const evaluated = evaluate(graph, options.rules, { sourceText, ruleOptions: options.ruleOptions });
  diagnostics.push(...evaluated.diagnostics);
  const keys = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const resource of graph.resources()) {
    if (resource.platform !== "terraform") continue;
    keys.set(resource.id, [addressOf(resource)]);
    names.set(resource.id, addressOf(resource));
  }
  return { findings: evaluated.findings, keys, names };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var KIND_ORDER = { "missing-live": 0, "unmanaged-live": 1, added: 2, changed: 3, removed: 4 };
function sortItems(items) {
  return items.sort(
    (a, b) => compareText(a.platform, b.platform) || compareText(a.resource, b.resource) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.path, b.path) || compareText(a.message, b.message)
  );
}
function dedupeDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.level, diagnostic.code, diagnostic.message, diagnostic.file, diagnostic.range]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// packages/engine/src/drift/report/chart.ts
var WIDTH = 720;
var HEIGHT = 240;
var PAD = { top: 20, right: 20, bottom: 44, left: 44 };
var MAX_CHART_RUNS = 90;
var SERIES = [
  { name: "Drift items", className: "series-drift", value: (run) => run.driftItems },
  { name: "New violations", className: "series-violations", value: (run) => run.newViolations }
];
function trendChart(allRuns) {
  const runs = allRuns.slice(-MAX_CHART_RUNS);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const max = niceMax(Math.max(1, ...runs.flatMap((run) => SERIES.map((series) => series.value(run)))));
  const x = (index) => PAD.left + (runs.length <= 1 ? plotWidth / 2 : index * plotWidth / (runs.length - 1));
  const y = (value) => PAD.top + plotHeight - value / max * plotHeight;
  const parts = [];
  for (const tick of [0, max / 2, max]) {
    const at = fixed(y(tick));
    parts.push(`<line class="grid" x1="${PAD.left}" y1="${at}" x2="${WIDTH - PAD.right}" y2="${at}"></line>`);
    parts.push(`<text class="axis" x="${PAD.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${formatCount(tick)}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(runs.length / 8));
  const days = new Set(runs.map((run) => run.timestamp.slice(0, 10)));
  const label = (run) => days.size === runs.length ? run.timestamp.slice(0, 10) : run.timestamp.slice(5, 16).replace("T", " ");
  runs.forEach((run, index) => {
    if (index % labelEvery !== 0 && index !== runs.length - 1) return;
    const anchor = runs.length === 1 ? "middle" : index === 0 ? "start" : index === runs.length - 1 ? "end" : "middle";
    parts.push(`<text class="axis" x="${fixed(x(index))}" y="${HEIGHT - PAD.bottom + 18}" text-anchor="${anchor}">${escapeXml(label(run))}</text>`);
  });
  for (const series of SERIES) {
    const points = runs.map((run, index) => `${fixed(x(index))},${fixed(y(series.value(run)))}`);
    if (runs.length > 1) parts.push(`<polyline class="${series.className}" fill="none" points="${points.join(" ")}"></polyline>`);
    runs.forEach((run, index) => {
      parts.push(
        `<circle class="${series.className}" cx="${fixed(x(index))}" cy="${fixed(y(series.value(run)))}" r="3.5"><title>${escapeXml(`${run.timestamp}: ${series.value(run)} ${series.name.toLowerCase()}`)}</title></circle>`
      );
    });
  }
  SERIES.forEach((series, index) => {
    const left = PAD.left + index * 160;
    parts.push(`<rect class="${series.className}" x="${left}" y="${HEIGHT - 16}" width="12" height="12"></rect>`);
    parts.push(`<text class="legend" x="${left + 18}" y="${HEIGHT - 6}">${series.name}</text>`);
  });
  const title = runs.length === 0 ? "No runs recorded yet" : `Drift items and new violations over the last ${runs.length} run${runs.length === 1 ? "" : "s"}`;
  return `<svg id="trend-chart" class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}"><title>${escapeXml(title)}</title>${parts.join("")}</svg>`;
}
function niceMax(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}
function formatCount(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
function fixed(value) {
  return value.toFixed(1);
}
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// packages/engine/src/drift/report/json.ts
var DRIFT_JSON_VERSION = "1.0";
var DRIFT_JSON_SCHEMA_URL = "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/drift/report/json-schema.json";
function toDriftJson(result) {
  const location = (range) => ({ file: relativeFile(range.file, result.root), start: range.start, end: range.end });
  return {
    $schema: DRIFT_JSON_SCHEMA_URL,
    schemaVersion: DRIFT_JSON_VERSION,
    kind: "tollgate-drift",
    tool: result.tool,
    generatedAt: result.generatedAt,
    driftSeverity: result.driftSeverity,
    summary: result.summary,
    inputs: result.inputs.map((input) => ({ ...input, path: relativeFile(input.path, result.root) })),
    newViolations: result.newViolations.map(({ finding, resource, relatedDrift }) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      category: finding.category,
      platform: finding.platform,
      resource,
      resourceType: finding.resourceType,
      attribute: finding.attribute,
      message: withoutRoot(finding.message, result.root),
      location: location(finding.location),
      relatedDrift,
      fingerprint: finding.fingerprint
    })),
    items: result.items.map((item) => ({
      platform: item.platform,
      kind: item.kind,
      resource: item.resource,
      resourceType: item.resourceType,
      ...item.apiGroup === void 0 ? {} : { apiGroup: item.apiGroup },
      path: item.path,
      ...item.desired === void 0 ? {} : { desired: item.desired },
      ...item.actual === void 0 ? {} : { actual: item.actual },
      ...item.sensitive ? { sensitive: true } : {},
      severity: item.severity,
      message: item.message,
      ...item.desiredLocation ? { desiredLocation: location(item.desiredLocation) } : {},
      ...item.actualLocation ? { actualLocation: location(item.actualLocation) } : {}
    })),
    diagnostics: result.diagnostics.map((diagnostic) => {
      const file = diagnosticFile(diagnostic);
      return {
        level: diagnostic.level,
        code: diagnostic.code,
        message: withoutRoot(diagnostic.message, result.root),
        ...file === void 0 ? {} : { file: relativeFile(file, result.root) },
        ...diagnostic.range ? { start: diagnostic.range.start } : {}
      };
    })
  };
}
function formatDriftJson(result) {
  return `${JSON.stringify(toDriftJson(result), null, 2)}
`;
}
function locationText(range, root) {
  if (!range) return "";
  const file = relativeFile(range.file, root);
  return range.start.line >= 1 ? `${file}:${range.start.line}:${range.start.column}` : file;
}

// packages/engine/src/drift/report/html.ts
var CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
var STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --critical: #a40e26; --high: #bc4c00; --medium: #9a6700; --low: #0969da; --drift: #8250df; --violation: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 150px; }
.card .count { font-size: 28px; font-weight: 600; display: block; }
.card.alert .count { color: var(--violation); }
.verdict { font-weight: 600; margin: 12px 0 0; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 6px 8px; }
th { background: var(--panel); font-weight: 600; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.severity { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.severity-critical { color: var(--critical); } .severity-high { color: var(--high); }
.severity-medium { color: var(--medium); } .severity-low { color: var(--low); }
.empty { color: var(--muted); }
.chart { max-width: 100%; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis, .chart .legend { fill: var(--muted); font-size: 11px; }
.chart polyline { stroke-width: 2; }
.chart polyline.series-drift { stroke: var(--drift); } .chart polyline.series-violations { stroke: var(--violation); }
.chart circle.series-drift, .chart rect.series-drift { fill: var(--drift); }
.chart circle.series-violations, .chart rect.series-violations { fill: var(--violation); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;
function formatDriftHtml(result, options = {}) {
  const { summary } = result;
  const runs = options.history && options.history.length > 0 ? options.history : [historyRun(result)];
  const clean = summary.driftItems === 0 && summary.newViolations === 0;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  const cards = [
    card("New violations", summary.newViolations, summary.newViolations > 0),
    card("Drift items", summary.driftItems, false),
    card("Missing live", summary.missingLive, false),
    card("Live, not in the code", summary.unmanagedLive, false),
    card("Objects compared", summary.compared, false)
  ].join("");
  const violationRows = result.newViolations.map(
    ({ finding, resource, relatedDrift }) => tr([
      severity(finding.severity),
      `<code>${escapeXml(finding.ruleId)}</code>`,
      `<code>${escapeXml(resource)}</code>`,
      escapeXml(withoutRoot(finding.message, result.root)),
      `<code>${escapeXml(locationText(finding.location, result.root))}</code>`,
      relatedDrift.map((path2) => `<code>${escapeXml(path2 || "(object)")}</code>`).join(", ")
    ])
  );
  const driftRows = result.items.map(
    (item) => tr([
      severity(item.severity),
      escapeXml(item.kind),
      `<code>${escapeXml(item.resource)}</code>`,
      item.path ? `<code>${escapeXml(item.path)}</code>` : '<span class="empty">(object)</span>',
      side(item, "desired"),
      side(item, "actual"),
      `<code>${escapeXml(locationText(item.desiredLocation ?? item.actualLocation, result.root))}</code>`
    ])
  );
  const body = [
    `<header><h1>Drift audit</h1><p class="meta">Generated ${escapeXml(result.generatedAt)} · ${escapeXml(inputSummary(result))}</p></header>`,
    `<section id="summary"><h2>Summary</h2><div class="cards">${cards}</div>`,
    `<p class="verdict">${clean ? "No drift: what runs is what the code says." : `${summary.newViolations} new violation${plural(summary.newViolations)} and ${summary.driftItems} drift item${plural(summary.driftItems)} (drift counts as ${escapeXml(result.driftSeverity)}).`}</p>`,
    errors.length > 0 ? `<p class="verdict severity-critical">Input errors: the result is incomplete.</p><ul>${errors.map((diagnostic) => `<li>${escapeXml(withoutRoot(diagnostic.message, result.root))}${diagnostic.file ? ` (<code>${escapeXml(diagnostic.file)}</code>)` : ""}</li>`).join("")}</ul>` : "",
    "</section>",
    `<section id="trend"><h2>Trend</h2>${trendChart(runs)}</section>`,
    `<section id="new-violations"><h2>New violations</h2><p class="meta">Rules the live side breaks and the code passed.</p>`,
    table("new-violations-table", ["Severity", "Rule", "Resource", "Message", "Live location", "Drift"], violationRows, "No new violations."),
    "</section>",
    `<section id="drift"><h2>Drift</h2>`,
    table("drift-table", ["Severity", "Change", "Resource", "Attribute", "In the code", "Live", "Where"], driftRows, "No drift."),
    "</section>",
    `<footer>${escapeXml(result.tool.name)} ${escapeXml(result.tool.version)}</footer>`
  ].join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Drift audit ${escapeXml(result.generatedAt.slice(0, 10))}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
function inputSummary(result) {
  const counts = /* @__PURE__ */ new Map();
  for (const input of result.inputs) counts.set(input.role, (counts.get(input.role) ?? 0) + 1);
  const names = { desired: "code", live: "live export", state: "state", "refresh-plan": "refresh-only plan" };
  return [...counts].map(([role, count]) => `${count} ${names[role] ?? role} file${plural(count)}`).join(", ") || "no inputs";
}
function card(label, count, alert) {
  return `<div class="card${alert ? " alert" : ""}"><span class="count">${count}</span>${escapeXml(label)}</div>`;
}
function severity(value) {
  return `<span class="severity severity-${escapeXml(value)}">${escapeXml(value)}</span>`;
}
function side(item, which) {
  if (item.sensitive) return '<span class="empty">(sensitive)</span>';
  const value = item[which];
  if (value === void 0) return '<span class="empty">—</span>';
  const full = JSON.stringify(value);
  const shown = valueText(value);
  return `<code${shown === full ? "" : ` title="${escapeXml(full)}"`}>${escapeXml(shown)}</code>`;
}
function tr(cells) {
  return `<tr>${cells.map((cell2) => `<td>${cell2}</td>`).join("")}</tr>`;
}
function table(id, headers, rows, empty) {
  if (rows.length === 0) return `<p id="${id}" class="empty">${escapeXml(empty)}</p>`;
  return `<table id="${id}"><thead><tr>${headers.map((header) => `<th scope="col">${escapeXml(header)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function plural(count) {
  return count === 1 ? "" : "s";
}

// packages/engine/src/drift/report/markdown.ts
function formatDriftMarkdown(result) {
  const { summary } = result;
  const lines = [
    "# Drift audit",
    "",
    `Generated ${result.generatedAt} by ${result.tool.name} ${result.tool.version}: ${summary.compared} object${summary.compared === 1 ? "" : "s"} compared.`,
    "",
    "| | count |",
    "| --- | ---: |",
    `| New violations (rules the live side breaks and the code passed) | ${summary.newViolations} |`,
    `| Drift items (${result.driftSeverity}) | ${summary.driftItems} |`,
    `| Objects missing live | ${summary.missingLive} |`,
    `| Objects live but not in the code | ${summary.unmanagedLive} |`,
    ""
  ];
  if (summary.driftItems === 0 && summary.newViolations === 0) lines.push("No drift: what runs is what the code says.", "");
  if (result.newViolations.length > 0) {
    lines.push("## New violations", "", "| Severity | Rule | Resource | Message | Live location | Drift |", "| --- | --- | --- | --- | --- | --- |");
    for (const { finding, resource, relatedDrift } of result.newViolations) {
      lines.push(
        row([
          finding.severity,
          code(finding.ruleId),
          code(resource),
          withoutRoot(finding.message, result.root),
          code(locationText(finding.location, result.root)),
          relatedDrift.map(code).join(", ")
        ])
      );
    }
    lines.push("");
  }
  if (result.items.length > 0) {
    lines.push("## Drift", "", "| Severity | Change | Resource | Attribute | In the code | Live | Where |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const item of result.items) {
      lines.push(
        row([
          item.severity,
          item.kind,
          code(item.resource),
          item.path ? code(item.path) : "(object)",
          side2(item, "desired"),
          side2(item, "actual"),
          code(locationText(item.desiredLocation ?? item.actualLocation, result.root))
        ])
      );
    }
    lines.push("");
  }
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) {
    lines.push("## Input errors", "", "The result is incomplete.", "");
    for (const diagnostic of errors) {
      const where = diagnostic.range ? locationText(diagnostic.range, result.root) : diagnostic.file ?? "";
      lines.push(`- ${where ? `${code(where)}: ` : ""}${cell(withoutRoot(diagnostic.message, result.root))}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}
function side2(item, which) {
  if (item.sensitive) return "(sensitive)";
  const value = item[which];
  if (value === void 0) return "—";
  return code(valueText(value));
}
function code(text) {
  if (text === "") return "";
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function row(cells) {
  return `| ${cells.map(cell).join(" | ")} |`;
}

// packages/engine/src/drift/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
var DRIFT_SARIF_CATEGORY = "tollgate-drift";
var DRIFT_RULE_ID = "drift";
var SOURCE_ROOT = "%SRCROOT%";
function toDriftSarif(result, options = {}) {
  const usedRules = /* @__PURE__ */ new Map();
  const metaById = new Map(result.rules.map((meta) => [meta.id, meta]));
  for (const { finding } of result.newViolations) {
    const meta = metaById.get(finding.ruleId);
    if (meta && !usedRules.has(meta.id)) usedRules.set(meta.id, meta);
  }
  const rules = [
    driftDescriptor(result.driftSeverity),
    ...[...usedRules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map(ruleDescriptor)
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const locate2 = (range) => physicalLocation(relativeFile(range.file, result.root), range);
  const violations = result.newViolations.map(({ finding, resource, relatedDrift }) => ({
    ruleId: finding.ruleId,
    ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
    level: sarifLevel(finding.severity),
    message: { text: `New live violation: ${withoutRoot(finding.message, result.root)} (the code passes this rule).` },
    locations: [
      {
        physicalLocation: locate2(finding.location),
        logicalLocations: [{ name: resource, fullyQualifiedName: finding.resource, kind: "resource" }]
      }
    ],
    partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1` },
    properties: {
      drift: true,
      resource,
      resourceType: finding.resourceType,
      ...finding.attribute ? { attribute: finding.attribute } : {},
      platform: finding.platform,
      category: finding.category,
      severity: finding.severity,
      relatedDrift
    }
  }));
  const items = result.items.map((item) => {
    const primary = item.desiredLocation ?? item.actualLocation;
    const sarifResult = {
      ruleId: DRIFT_RULE_ID,
      ruleIndex: 0,
      level: sarifLevel(item.severity),
      message: { text: item.message },
      ...primary ? {
        locations: [
          {
            physicalLocation: locate2(primary),
            logicalLocations: [{ name: item.resource, kind: "resource" }]
          }
        ]
      } : {},
      partialFingerprints: { primaryLocationLineHash: `${driftFingerprint(item)}:1` },
      properties: {
        platform: item.platform,
        kind: item.kind,
        resource: item.resource,
        resourceType: item.resourceType,
        ...item.path ? { attribute: item.path } : {},
        severity: item.severity,
        ...item.sensitive ? { sensitive: true } : {}
      }
    };
    if (item.desiredLocation && item.actualLocation) {
      sarifResult.relatedLocations = [{ id: 1, physicalLocation: locate2(item.actualLocation), message: { text: "the live value" } }];
    }
    return sarifResult;
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: result.tool.informationUri,
            rules
          }
        },
        automationDetails: { id: `${(options.category ?? DRIFT_SARIF_CATEGORY).replace(/^\/+|\/+$/g, "")}/` },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { uri: rootUri(result.root), description: { text: "The root of the audited tree." } }
        },
        invocations: [
          {
            executionSuccessful: !result.diagnostics.some((diagnostic) => diagnostic.level === "error"),
            toolExecutionNotifications: result.diagnostics.map((diagnostic) => {
              const file = diagnosticFile(diagnostic);
              return {
                level: diagnostic.level,
                message: { text: withoutRoot(diagnostic.message, result.root) },
                descriptor: { id: diagnostic.code },
                ...file === void 0 ? {} : { locations: [{ physicalLocation: physicalLocation(relativeFile(file, result.root), diagnostic.range) }] }
              };
            })
          }
        ],
        results: [...violations, ...items],
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function formatDriftSarif(result, options = {}) {
  return `${JSON.stringify(toDriftSarif(result, options), null, 2)}
`;
}
function driftFingerprint(item) {
  return createHash("sha256").update([DRIFT_RULE_ID, item.platform, item.resource, item.kind, item.path].join("\0")).digest("hex").slice(0, 32);
}
function driftDescriptor(severity2) {
  const description = "An attribute of a live object differs from what the code (Terraform, Kubernetes manifests) or the last applied state says, or an object exists on one side only. Changes made outside the code are unreviewed, and the next apply may silently undo or depend on them.";
  const remediation = "Find out who changed the live object and why. Either bring the change into the code through a reviewed pull request, or re-apply the code to remove it.";
  return {
    id: DRIFT_RULE_ID,
    name: "Drift",
    shortDescription: { text: "Live configuration differs from the code" },
    fullDescription: { text: description },
    defaultConfiguration: { level: sarifLevel(severity2) },
    help: { text: `${description}

Remediation: ${remediation}`, markdown: `## Drift

${description}

### Remediation

${remediation}` },
    properties: {
      tags: ["security", "drift"],
      precision: "high",
      "security-severity": securitySeverity(severity2),
      "problem.severity": problemSeverity(severity2)
    }
  };
}
function ruleDescriptor(rule) {
  const description = rule.description.trim() || rule.title;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: description.slice(0, 1024) },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    helpUri: ruleHelpUri(rule.id),
    help: {
      text: `${description}

Remediation: ${rule.remediation}`,
      markdown: `## ${rule.title}

${description}

### Remediation

${rule.remediation}`
    },
    properties: {
      tags: [.../* @__PURE__ */ new Set(["security", "drift", rule.category, ...rule.platforms])],
      precision: rule.precision,
      "security-severity": securitySeverity(rule.severity),
      "problem.severity": problemSeverity(rule.severity)
    }
  };
}
function physicalLocation(relativePath, range) {
  const uri = relativePath.split("/").map(encodeURIComponent).join("/");
  const region = range && range.start.line >= 1 ? toRegion(range) : void 0;
  return { artifactLocation: { uri, uriBaseId: SOURCE_ROOT }, ...region ? { region } : {} };
}
function toRegion(range) {
  const { start, end } = range;
  const region = { startLine: start.line };
  if (start.column >= 1) region.startColumn = start.column;
  if (end.line >= start.line) {
    region.endLine = end.line;
    if (end.column >= 1 && (end.line > start.line || end.column >= (region.startColumn ?? 1))) region.endColumn = end.column;
  }
  return region;
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// packages/engine/src/drift/index.ts
var DRIFT_REPORT_FORMATS = ["sarif", "json", "markdown", "html"];
function formatDriftResult(result, format, options = {}) {
  switch (format) {
    case "sarif":
      return formatDriftSarif(result, { category: options.category });
    case "json":
      return formatDriftJson(result);
    case "markdown":
      return formatDriftMarkdown(result);
    case "html":
      return formatDriftHtml(result, { history: options.history });
  }
}

// packages/cli/src/commands/drift.ts
function registerDriftCommand(program, state) {
  program.command("drift").description("compare what runs with what the code says, and run the rules on both sides").option("--plan <file...>", "refresh-only plan JSON (terraform plan -refresh-only -out p && terraform show -json p); - reads standard input").option("--desired <path...>", "the code: Terraform (HCL or a plan) to compare with --state, Kubernetes manifests to compare with --live").option("--state <file...>", "Terraform state JSON (terraform show -json), compared with the Terraform code in --desired").option("--live <path...>", "Kubernetes live export (kubectl get … -o yaml), compared with the manifests in --desired").addOption(new Option("-f, --format <format>", "output format").choices(DRIFT_REPORT_FORMATS).default("markdown")).option("-o, --output <file>", "write the report to a file instead of standard output (written atomically)").option("--history <file>", "JSON history of previous runs: this run is appended (atomically) and the HTML chart reads it").addOption(
    new Option("--fail-on <severity>", "exit 1 when a new violation or a drift item is at or above this severity").choices([...SEVERITIES, "none"]).default("low")
  ).addOption(new Option("--drift-severity <severity>", "the severity every drift item counts as").choices(SEVERITIES).default(DEFAULT_DRIFT_SEVERITY)).option("--root <dir>", "directory that reported paths are relative to (default: the current directory)").option("--exclude <glob...>", "skip files matching these globs (relative to the root)").option("--sarif-category <name>", "SARIF automation category (default: tollgate-drift)", parseCategory).action(async (flags) => {
    const inputs = [flags.plan, flags.desired, flags.state, flags.live].flat().filter((input) => input !== void 0);
    if (inputs.filter((input) => input === "-").length > 1) throw new InvalidArgumentError("only one input can be standard input (-)");
    if (!flags.plan?.length && !flags.state?.length && !flags.live?.length) {
      process.stderr.write("tollgate drift: give --plan, --state with --desired, or --live with --desired\n");
      state.exitCode = ExitCode.InputError;
      return;
    }
    if ((flags.state?.length || flags.live?.length) && !flags.desired?.length) {
      process.stderr.write("tollgate drift: --state and --live need --desired (the code to compare with)\n");
      state.exitCode = ExitCode.InputError;
      return;
    }
    const previous = flags.history ? await readHistory(flags.history) : { history: emptyHistory() };
    if ("error" in previous) {
      process.stderr.write(`tollgate drift: ${flags.history}: ${previous.error}; fix or remove it, it was not changed
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    const stdin = inputs.includes("-") ? readFileSync(0, "utf8") : void 0;
    const result = await drift({
      refreshPlan: flags.plan,
      desired: flags.desired,
      state: flags.state,
      live: flags.live,
      cwd: process.cwd(),
      root: flags.root,
      stdin,
      exclude: flags.exclude,
      // Both sides hold resources of any type: every rule is loaded.
      rules: await Promise.all(ruleCatalog.map((rule) => rule.load())),
      driftSeverity: flags.driftSeverity
    });
    const failed = hasInputErrors(result);
    const history = appendRun(previous.history, historyRun(result));
    const report = formatDriftResult(result, flags.format, { category: flags.sarifCategory, history: history.runs });
    if (flags.output) await writeOutputAtomically(flags.output, report);
    else process.stdout.write(report);
    if (flags.history && !failed) await writeOutputAtomically(flags.history, formatHistory(history));
    for (const diagnostic of result.diagnostics.filter((d) => d.level === "error")) process.stderr.write(`error: ${describeDiagnostic(diagnostic)}
`);
    state.exitCode = exitCodeFor(result, flags.failOn);
  });
}
async function readHistory(file) {
  let text;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { history: emptyHistory() };
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return parseHistory(text);
}
function hasInputErrors(result) {
  return result.diagnostics.some((diagnostic) => diagnostic.level === "error");
}
function exitCodeFor(result, failOn) {
  if (hasInputErrors(result)) return ExitCode.InputError;
  if (failOn === "none") return ExitCode.Clean;
  const severities = [...result.newViolations.map((violation) => violation.finding.severity), ...result.items.map((item) => item.severity)];
  return severities.some((severity2) => atOrAbove(severity2, failOn)) ? ExitCode.Findings : ExitCode.Clean;
}
function parseCategory(value) {
  if (!/^[\w./-]+$/.test(value)) throw new InvalidArgumentError("letters, digits, '.', '/', '_' and '-' only");
  return value;
}
export {
  registerDriftCommand
};
