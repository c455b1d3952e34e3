import {
  asList,
  containersOf,
  getPath,
  isObject,
  isUnknown,
  podSpecOf,
  type AttributePath,
  type ContainerView,
  type Resource,
  type Value,
  type ValueObject,
} from "@tollgate/engine";

/** A workload's pod spec with every container in it (init and ephemeral ones included). */
export interface PodView {
  spec: ValueObject;
  path: AttributePath;
  containers: ContainerView[];
}

export function podOf(workload: Resource): PodView | undefined {
  const pod = podSpecOf(workload);
  if (!pod) return undefined;
  return { spec: pod.spec, path: pod.path, containers: containersOf(workload) };
}

/** Windows pods have no seccomp, capabilities, AppArmor or SELinux: the Linux-only checks skip them. */
export function isWindowsPod(pod: PodView): boolean {
  const os = getPath(pod.spec, ["os", "name"]);
  return typeof os === "string" && os.toLowerCase() === "windows";
}

/** A security setting as it applies to one container: its own, or the pod's that it inherits. */
export interface EffectiveSetting {
  value: Value;
  path: AttributePath;
  from: "container" | "pod";
}

/**
 * Reads `securityContext.<field>` for a container, falling back to the pod's
 * `securityContext`, as the kubelet does for runAsUser, runAsGroup,
 * runAsNonRoot, seccompProfile, appArmorProfile, seLinuxOptions and
 * windowsOptions. Undefined when neither sets it.
 */
export function effectiveSetting(pod: PodView, view: ContainerView, field: string): EffectiveSetting | undefined {
  const own = getPath(view.container, ["securityContext", field]);
  if (own !== undefined && own !== null) return { value: own, path: [...view.path, "securityContext", field], from: "container" };
  const inherited = getPath(pod.spec, ["securityContext", field]);
  if (inherited !== undefined && inherited !== null) return { value: inherited, path: [...pod.path, "securityContext", field], from: "pod" };
  return undefined;
}

/** Where a finding about a missing container setting points: its securityContext, or the container itself. */
export function containerSecurityContextPath(view: ContainerView): AttributePath {
  return [...view.path, "securityContext"];
}

/** True when a container's security context (or the container) cannot be read: rules stay silent. */
export function securityContextUnknown(pod: PodView, view: ContainerView): boolean {
  return isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext);
}

export interface CapabilityEntry {
  /** Upper case, without the `CAP_` prefix: `SYS_ADMIN`. */
  name: string;
  path: AttributePath;
}

/** The capabilities a container adds or drops, normalised; Unknown entries are left out. */
export function capabilities(view: ContainerView, which: "add" | "drop"): CapabilityEntry[] {
  const list = getPath(view.container, ["securityContext", "capabilities", which]);
  if (!Array.isArray(list)) return [];
  const entries: CapabilityEntry[] = [];
  list.forEach((item, index) => {
    if (typeof item !== "string") return;
    entries.push({ name: normaliseCapability(item), path: [...view.path, "securityContext", "capabilities", which, index] });
  });
  return entries;
}

export function normaliseCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}

/** Capabilities whose addition is close to running privileged: each is a known route out of the container. */
export const NODE_ESCAPE_CAPABILITIES: ReadonlySet<string> = new Set([
  "ALL",
  "SYS_ADMIN",
  "SYS_MODULE",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "DAC_READ_SEARCH",
  "BPF",
  "SYS_BOOT",
]);

/** Capabilities that let a container forge or intercept traffic of its neighbours. */
export const NETWORK_CAPABILITIES: ReadonlySet<string> = new Set(["NET_RAW", "NET_ADMIN"]);

/** The only capability the Pod Security Standards restricted profile lets a container add. */
export const RESTRICTED_ADDABLE_CAPABILITY = "NET_BIND_SERVICE";

/** Capabilities the Pod Security Standards baseline profile allows to be added. */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);

export interface PodVolume {
  name: string;
  volume: ValueObject;
  path: AttributePath;
}

export function volumesOf(pod: PodView): PodVolume[] {
  const volumes: PodVolume[] = [];
  asList(pod.spec.volumes).forEach((volume, index) => {
    if (!isObject(volume)) return;
    const name = typeof volume.name === "string" ? volume.name : `volumes[${index}]`;
    volumes.push({ name, volume, path: [...pod.path, "volumes", index] });
  });
  return volumes;
}

export type HostPathClass = "runtime-socket" | "sensitive" | "other";

export interface HostPathVolume extends PodVolume {
  /** The node path, normalised (`/var/run/docker.sock`). */
  hostPath: string;
  /** `hostPath.path` when written, else the `hostPath` key. */
  at: AttributePath;
  kind: HostPathClass;
}

/** hostPath volumes of a pod with a known path, classified by what they expose of the node. */
export function hostPathVolumes(pod: PodView): HostPathVolume[] {
  const found: HostPathVolume[] = [];
  for (const volume of volumesOf(pod)) {
    const hostPath = volume.volume.hostPath;
    if (!isObject(hostPath) || typeof hostPath.path !== "string") continue;
    const normalised = normaliseHostPath(hostPath.path);
    found.push({ ...volume, hostPath: normalised, at: [...volume.path, "hostPath", "path"], kind: classifyHostPath(normalised) });
  }
  return found;
}

export function normaliseHostPath(path: string): string {
  const collapsed = path.trim().replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}

/** Sockets of container runtimes, and the folders that hold them: whoever reaches them starts containers on the node. */
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman|dockershim)\.sock$/;
const RUNTIME_SOCKET_FOLDERS = new Set(["/run/containerd", "/var/run/containerd", "/run/crio", "/var/run/crio", "/run/docker", "/var/run/docker", "/run/podman", "/var/run/podman"]);

/** Node paths whose exposure leaks credentials or lets a writer take over the node. */
const SENSITIVE_EXACT = new Set(["/", "/var", "/var/lib", "/var/run", "/run", "/home"]);
const SENSITIVE_TREES = [
  "/etc",
  "/root",
  "/proc",
  "/sys",
  "/dev",
  "/boot",
  "/usr",
  "/bin",
  "/sbin",
  "/lib",
  "/lib64",
  "/var/lib/kubelet",
  "/var/lib/etcd",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/lib/cri-o",
  "/var/lib/rancher",
  "/var/lib/k0s",
  "/var/lib/kube-proxy",
  "/var/lib/kube-scheduler",
  "/var/lib/kube-controller-manager",
  "/srv/kubernetes",
  "/opt/cni",
];

export function classifyHostPath(path: string): HostPathClass {
  if (RUNTIME_SOCKET.test(path) || RUNTIME_SOCKET_FOLDERS.has(path)) return "runtime-socket";
  if (SENSITIVE_EXACT.has(path)) return "sensitive";
  if (SENSITIVE_TREES.some((tree) => path === tree || path.startsWith(`${tree}/`))) return "sensitive";
  return "other";
}

/** The containers of a pod that mount a volume, by name. */
export function containersMounting(pod: PodView, volume: string): string[] {
  return pod.containers
    .filter(({ container }) => asList(container.volumeMounts).some((mount) => isObject(mount) && mount.name === volume))
    .map(({ name }) => name);
}

/** `metadata.namespace`, or `default` when the manifest names none. */
export function namespaceOf(resource: Resource): string {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}

/** The string annotations under a `metadata` object (non-string values left out). */
export function annotationsAt(attributes: Value, metadataPath: AttributePath): Map<string, string> {
  const annotations = getPath(attributes, [...metadataPath, "annotations"]);
  const out = new Map<string, string>();
  if (!isObject(annotations)) return out;
  for (const [key, value] of Object.entries(annotations)) if (typeof value === "string") out.set(key, value);
  return out;
}

/** Where a pod's annotations live in a workload: the pod's own, or its template's. */
export function podMetadataPath(pod: PodView): AttributePath {
  return [...pod.path.slice(0, -1), "metadata"];
}

/** Containers that share one offending setting: a pod-level value is reported once, naming every container that inherits it. */
export interface SharedSetting {
  path: AttributePath;
  from: "container" | "pod";
  containers: string[];
}

export function groupBySetting(entries: ReadonlyArray<{ view: ContainerView; setting: EffectiveSetting }>): SharedSetting[] {
  const groups = new Map<string, SharedSetting>();
  for (const { view, setting } of entries) {
    const key = JSON.stringify(setting.path);
    const group = groups.get(key);
    if (group) group.containers.push(view.name);
    else groups.set(key, { path: setting.path, from: setting.from, containers: [view.name] });
  }
  return [...groups.values()];
}

/** `container "web"` or `containers "web", "proxy"`, for messages. */
export function containerList(names: readonly string[]): string {
  return `${names.length === 1 ? "container" : "containers"} ${names.map((name) => `"${name}"`).join(", ")}`;
}

/** The container-level annotation of a pod (`container.apparmor.security.beta.kubernetes.io/web`), with where it sits. */
export function containerAnnotation(workloadAttributes: Value, pod: PodView, prefix: string, container: string): { value: string; path: AttributePath } | undefined {
  const metadata = podMetadataPath(pod);
  const key = `${prefix}/${container}`;
  const value = annotationsAt(workloadAttributes, metadata).get(key);
  return value === undefined ? undefined : { value, path: [...metadata, "annotations", key] };
}

/** The service account a pod runs as, and whether its API token gets mounted, reading the ServiceAccount when the scan has it. */
export interface ServiceAccountUse {
  name: string;
  /** `serviceAccountName` when written, else the pod spec. */
  at: AttributePath;
  /** The pod's own `automountServiceAccountToken`, when written. */
  podAutomount: Value | undefined;
  /** The ServiceAccount's `automountServiceAccountToken`, when the object is in the scan and sets it. */
  accountAutomount: Value | undefined;
  accountInScan: boolean;
}

export function serviceAccountUse(pod: PodView, accounts: readonly Resource[]): ServiceAccountUse {
  const field = (["serviceAccountName", "serviceAccount"] as const).find((key) => typeof pod.spec[key] === "string" && pod.spec[key] !== "");
  const name = field ? String(pod.spec[field]) : "default";
  const account = accounts.find((candidate) => candidate.type === "ServiceAccount");
  return {
    name,
    at: field ? [...pod.path, field] : pod.path,
    podAutomount: pod.spec.automountServiceAccountToken ?? undefined,
    accountAutomount: account ? (account.attributes.automountServiceAccountToken ?? undefined) : undefined,
    accountInScan: account !== undefined,
  };
}
