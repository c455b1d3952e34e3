import { broadestTrust, githubOidcTrust, type AttributePath, type GitHubOidcTrust, type Resource, type ResourceGraph } from "@tollgate/engine";

/** A role's broadest GitHub OIDC trust, with where a finding about it points and what it relates to. */
export interface GitHubTrustFinding {
  trust: GitHubOidcTrust;
  /** The role's `assume_role_policy`, or the statement itself when the role spells it out. */
  at: AttributePath;
  related: Array<{ resource: string; at?: AttributePath; message: string }>;
}

export function githubTrustFinding(graph: ResourceGraph, role: Resource): GitHubTrustFinding | undefined {
  const trust = broadestTrust(githubOidcTrust(graph, role));
  if (!trust) return undefined;
  const related: GitHubTrustFinding["related"] = [];
  if (trust.resource !== role) related.push({ resource: trust.resource.id, at: trust.at, message: `the trust statement in ${trust.resource.name}` });
  for (const step of graph.sources(role.id, "assumes")) {
    if (step.platform === "github-actions") related.push({ resource: step.id, at: ["with", "role-to-assume"], message: `assumed by ${step.name} of ${step.source.file}` });
  }
  return { trust, at: trust.resource === role ? trust.at : ["assume_role_policy"], related };
}
