import { defineRule, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf, volumesOf } from "../../support/pod-security.js";

/** Volume sources the Pod Security Standards restricted profile allows. */
const RESTRICTED_VOLUME_SOURCES = new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);
/** Volume sources reported by their own rules. */
const OWN_RULES = new Set(["hostPath", "gitRepo"]);

export default defineRule({
  meta: {
    id: "k8s-restricted-volume-types",
    title: "Pod uses a volume type outside the restricted profile (NFS, iSCSI, RBD, FlexVolume...)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod mounts a volume source that the Pod Security Standards restricted profile does not allow: an in-tree network or cloud volume (NFS, iSCSI, RBD, CephFS, cloud disks) or a FlexVolume. Such volumes bypass PersistentVolumeClaim access control, embed storage endpoints and credentials in the pod spec, and FlexVolume drivers run as root on the node.",
    remediation: "Mount storage through a PersistentVolumeClaim bound to an administrator-managed PersistentVolume or a CSI driver, and configuration through ConfigMaps, Secrets or projected volumes.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["pod-security", "volumes", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/storage/volumes/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      const sources = Object.keys(volume).filter((key) => key !== "name");
      if (sources.some((source) => isUnknown(volume[source]) || OWN_RULES.has(source))) continue;
      const outside = sources.find((source) => !RESTRICTED_VOLUME_SOURCES.has(source));
      if (!outside) continue;
      report({ at: [...path, outside], message: `${workload.name} mounts volume "${name}" of type ${outside}, which the restricted pod security profile does not allow` });
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
  volumes:
    - name: config
      configMap: { name: api-config }
    - name: data
      persistentVolumeClaim: { claimName: api-data }
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, expirationSeconds: 3600 }
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: media
  namespace: web
spec:
  selector:
    matchLabels: { app: media }
  template:
    metadata:
      labels: { app: media }
    spec:
      containers:
        - name: media
          image: registry.example.com/web/media:3.3.0
      volumes:
        - name: assets
          nfs:
            server: nfs.internal.example.com
            path: /exports/assets
`,
        errors: [{ line: 18, column: 11, messageIncludes: "type nfs" }],
      },
    ],
  },
});
