#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  parseUses,
  rolesDesignatedBy
} from "./chunk-7WD6VUQZ.mjs";
import {
  getPath,
  isObject
} from "./chunk-JNLKQLQK.mjs";

// packages/engine/src/graph/cross-platform/assumes.ts
var IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
function linkAssumedRoles(graph, roles) {
  linkWorkflowSteps(graph, roles);
  linkServiceAccountAnnotations(graph, roles);
  linkPodIdentityAssociations(graph);
}
function linkWorkflowSteps(graph, roles) {
  for (const step of graph.ofType("step")) {
    if (step.platform !== "github-actions" || !isConfigureAwsCredentials(step.attributes.uses)) continue;
    const via = ["with", "role-to-assume"];
    for (const role of roles.find(getPath(step.attributes, via))) graph.link({ from: step.id, to: role.id, kind: "assumes", via });
  }
}
function isConfigureAwsCredentials(uses) {
  if (typeof uses !== "string") return false;
  const parsed = parseUses(uses);
  return parsed?.kind === "repository" && parsed.owner.toLowerCase() === "aws-actions" && parsed.repo.toLowerCase() === "configure-aws-credentials" && parsed.path === void 0;
}
function linkServiceAccountAnnotations(graph, roles) {
  for (const account of graph.ofType("ServiceAccount")) {
    if (account.platform !== "kubernetes") continue;
    const annotations = getPath(account.attributes, ["metadata", "annotations"]);
    if (!isObject(annotations)) continue;
    const via = ["metadata", "annotations", IRSA_ANNOTATION];
    for (const role of roles.find(annotations[IRSA_ANNOTATION])) graph.link({ from: account.id, to: role.id, kind: "assumes", via });
  }
}
function linkPodIdentityAssociations(graph) {
  for (const association of graph.ofType("aws_eks_pod_identity_association")) {
    const { namespace, service_account: name } = association.attributes;
    if (association.platform !== "terraform" || typeof namespace !== "string" || typeof name !== "string") continue;
    for (const role of rolesDesignatedBy(graph, association, ["role_arn"])) graph.link({ from: `kubernetes:v1/ServiceAccount/${namespace}/${name}`, to: role.id, kind: "assumes" });
  }
}

export {
  linkAssumedRoles,
  isConfigureAwsCredentials
};
