import { containersOf, defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { imageReference } from "../../support/container-image.js";

export default defineRule({
  meta: {
    id: "k8s-image-mutable-tag",
    title: "Container image is untagged or uses :latest",
    severity: "medium",
    category: "supply-chain",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "An image without a tag, or tagged `latest`, names whatever was pushed last: each node may run a different build, a rollback does not roll back, and a compromised registry push reaches production on the next restart.",
    remediation: "Pin the image to a version tag and, better, to its digest (`image: app:1.4.2@sha256:…`).",
    precision: "very-high",
    cwe: ["CWE-1357"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Use immutable container images"] },
    tags: ["images", "unpinned-dependency"],
    references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"],
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      const image = container.image;
      if (typeof image !== "string" || image.includes("{{")) continue;
      const { tag, digest } = imageReference(image);
      if (digest) continue;
      if (tag === undefined) report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses untagged image ${image}` });
      else if (tag === "latest") report({ at: [...path, "image"], message: `container "${name}" of ${workload.name} uses ${image}` });
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
      image: registry.example.com:5000/shop/web:1.4.2
    - name: proxy
      image: envoyproxy/envoy@sha256:7f0c3a4a0d3bb1d6b1dbe5f8d23c0e5a3cf8b6e1b5c7f0b8e2d5c4a3b2a1f0e9
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
  initContainers:
    - name: migrate
      image: registry.example.com:5000/shop/migrate
  containers:
    - name: web
      image: nginx:latest
`,
        errors: [
          { line: 8, column: 7, messageIncludes: "untagged" },
          { line: 11, column: 7, messageIncludes: "nginx:latest" },
        ],
      },
    ],
  },
});
