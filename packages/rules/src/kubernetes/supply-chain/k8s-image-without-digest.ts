import { containersOf, defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { imageReference } from "../../support/container-image.js";

export default defineRule({
  meta: {
    id: "k8s-image-without-digest",
    title: "Container image not pinned by digest",
    severity: "low",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The image is referenced by a version tag only. Tags can be moved: whoever can push to the repository (or compromise it) can replace the image behind the tag, and nodes pull the new content on the next restart. A digest names exactly one image. Untagged and `latest` images are reported by k8s-image-mutable-tag.",
    remediation: "Reference the image by digest, keeping the tag for readers: `image: app:1.4.2@sha256:…`; let a dependency bot update both.",
    precision: "very-high",
    cwe: ["CWE-1357", "CWE-494"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"],
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{") || image.includes("$")) continue;
      const { tag, digest } = imageReference(image);
      if (digest || tag === undefined || tag === "latest") continue;
      report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}, pinned by tag only (no sha256 digest)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0@sha256:04ba374043ccd2fc5c593885c0eacddebabd5ca375f9323666f28dfd5a9710e3
`,
      },
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
`,
        errors: [{ line: 8, column: 7, messageIncludes: "pinned by tag only" }],
      },
    ],
  },
});
