import type { ResourceGraph } from "../graph.js";
import { linkAssumedRoles } from "./assumes.js";
import { awsRoleIndex } from "./aws-roles.js";

/**
 * Edges between platforms, once every platform's resources are in the
 * graph: workflow steps and Kubernetes service accounts `assumes` the AWS
 * IAM roles they obtain credentials for.
 */
export function linkCrossPlatform(graph: ResourceGraph): void {
  linkAssumedRoles(graph, awsRoleIndex(graph));
}
