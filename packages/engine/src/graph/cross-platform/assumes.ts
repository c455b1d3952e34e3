import { getPath, isObject } from "../../model/value.js";
import { parseUses } from "../actions/uses.js";
import type { ResourceGraph } from "../graph.js";
import { rolesDesignatedBy, type AwsRoleIndex } from "./aws-roles.js";

/** The IRSA annotation: pods of the account get credentials for this role. */
export const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";

/**
 * `assumes` edges to the AWS IAM roles of the scan:
 * - a workflow step running `aws-actions/configure-aws-credentials` with a
 *   literal `role-to-assume` → that role;
 * - a Kubernetes ServiceAccount annotated with `eks.amazonaws.com/role-arn`
 *   → that role;
 * - the ServiceAccount an `aws_eks_pod_identity_association` names → its role.
 * An expression (`${{ secrets.ROLE }}`) or unknown value links nothing.
 */
export function linkAssumedRoles(graph: ResourceGraph, roles: AwsRoleIndex): void {
  linkWorkflowSteps(graph, roles);
  linkServiceAccountAnnotations(graph, roles);
  linkPodIdentityAssociations(graph);
}

function linkWorkflowSteps(graph: ResourceGraph, roles: AwsRoleIndex): void {
  for (const step of graph.ofType("step")) {
    if (step.platform !== "github-actions" || !isConfigureAwsCredentials(step.attributes.uses)) continue;
    const via = ["with", "role-to-assume"];
    for (const role of roles.find(getPath(step.attributes, via))) graph.link({ from: step.id, to: role.id, kind: "assumes", via });
  }
}

/** `aws-actions/configure-aws-credentials@<ref>`, whatever the ref. */
export function isConfigureAwsCredentials(uses: unknown): boolean {
  if (typeof uses !== "string") return false;
  const parsed = parseUses(uses);
  return parsed?.kind === "repository" && parsed.owner.toLowerCase() === "aws-actions" && parsed.repo.toLowerCase() === "configure-aws-credentials" && parsed.path === undefined;
}

function linkServiceAccountAnnotations(graph: ResourceGraph, roles: AwsRoleIndex): void {
  for (const account of graph.ofType("ServiceAccount")) {
    if (account.platform !== "kubernetes") continue;
    const annotations = getPath(account.attributes, ["metadata", "annotations"]);
    if (!isObject(annotations)) continue;
    const via = ["metadata", "annotations", IRSA_ANNOTATION];
    for (const role of roles.find(annotations[IRSA_ANNOTATION])) graph.link({ from: account.id, to: role.id, kind: "assumes", via });
  }
}

/** EKS Pod Identity: the association, not the account, names the role; the account may live only in the cluster. */
function linkPodIdentityAssociations(graph: ResourceGraph): void {
  for (const association of graph.ofType("aws_eks_pod_identity_association")) {
    const { namespace, service_account: name } = association.attributes;
    if (association.platform !== "terraform" || typeof namespace !== "string" || typeof name !== "string") continue;
    for (const role of rolesDesignatedBy(graph, association, ["role_arn"])) graph.link({ from: `kubernetes:v1/ServiceAccount/${namespace}/${name}`, to: role.id, kind: "assumes" });
  }
}
