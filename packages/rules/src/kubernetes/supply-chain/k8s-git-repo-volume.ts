import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf, volumesOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-git-repo-volume",
    title: "Pod uses the deprecated gitRepo volume",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "A `gitRepo` volume makes the kubelet run `git clone` on the node, as root, when the pod starts. The volume type is deprecated, the code it fetches is not pinned or verified unless a revision is given, and a crafted repository can run commands on the node through git hooks (CVE-2024-10220).",
    remediation: "Clone the repository in an init container into an `emptyDir` volume, at a pinned commit, or bake the content into the image.",
    precision: "very-high",
    cwe: ["CWE-494", "CWE-829"],
    frameworks: { "Pod Security Standards": ["restricted"] },
    tags: ["volumes", "deprecated", "remote-code"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#gitrepo"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const { name, volume, path } of volumesOf(pod)) {
      if (volume.gitRepo === undefined) continue;
      report({ at: [...path, "gitRepo"], message: `${workload.name} clones a repository on the node through the deprecated gitRepo volume "${name}"` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  initContainers:
    - name: clone
      image: alpine/git:2.45.2
      args: ["clone", "--depth=1", "https://git.example.com/docs.git", "/site"]
      volumeMounts: [{ name: site, mountPath: /site }]
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      emptyDir: {}
`,
      },
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: docs
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      volumeMounts: [{ name: site, mountPath: /usr/share/nginx/html }]
  volumes:
    - name: site
      gitRepo:
        repository: https://git.example.com/docs.git
`,
        errors: [{ line: 12, column: 7, messageIncludes: "gitRepo" }],
      },
    ],
  },
});
