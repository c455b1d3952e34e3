import type { Rule } from "@tollgate/engine";
import k8sIngressWithoutTls from "./encryption/k8s-ingress-without-tls.js";
import k8sPrivilegedContainer from "./iam/k8s-privileged-container.js";
import k8sRbacWildcard from "./iam/k8s-rbac-wildcard.js";
import k8sHostNetwork from "./networking/k8s-host-network.js";
import k8sImageMutableTag from "./supply-chain/k8s-image-mutable-tag.js";

export const kubernetesRules: readonly Rule[] = [
  k8sIngressWithoutTls,
  k8sPrivilegedContainer,
  k8sRbacWildcard,
  k8sHostNetwork,
  k8sImageMutableTag,
];
