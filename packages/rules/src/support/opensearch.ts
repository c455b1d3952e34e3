import { isUnknown, type Resource } from "@tollgate/engine";
import { singleBlock } from "./terraform-values.js";

/** OpenSearch domains under both provider names (the Elasticsearch one is the older). */
export const SEARCH_DOMAIN_TYPES = ["aws_opensearch_domain", "aws_elasticsearch_domain"];

export function domainKind(resource: Resource): string {
  return resource.type === "aws_elasticsearch_domain" ? "Elasticsearch domain" : "OpenSearch domain";
}

/** True when the domain is placed in a VPC (`vpc_options` with subnets), undefined when that cannot be known. */
export function isInVpc(domain: Resource): boolean | undefined {
  const options = singleBlock(domain.attributes, "vpc_options");
  if (options === "unknown") return undefined;
  if (!options) return false;
  const subnets = options.block.subnet_ids;
  if (isUnknown(subnets)) return undefined;
  return Array.isArray(subnets) ? subnets.length > 0 : subnets !== undefined && subnets !== null;
}
