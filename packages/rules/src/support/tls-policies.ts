/**
 * Elastic Load Balancing security policies that still accept TLS 1.0 or 1.1
 * (the provider's historical default `ELBSecurityPolicy-2016-08` among them).
 */
const OUTDATED_ELB_POLICIES = new Set([
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-2015-03",
  "ELBSecurityPolicy-2015-02",
  "ELBSecurityPolicy-2014-10",
  "ELBSecurityPolicy-2014-01",
  "ELBSecurityPolicy-2011-08",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSample-ELBDefaultCipherPolicy",
  "ELBSample-OpenSSLDefaultCipherPolicy",
]);

/** Named policies with a TLS 1.0 or 1.1 minimum: `ELBSecurityPolicy-TLS-1-0-2015-04`, `ELBSecurityPolicy-TLS13-1-1-2021-06`… */
const OUTDATED_ELB_POLICY_PATTERN = /^ELBSecurityPolicy-(TLS13-)?(TLS-)?1-[01]-/i;

export function isOutdatedElbPolicy(policy: unknown): policy is string {
  if (typeof policy !== "string") return false;
  return OUTDATED_ELB_POLICIES.has(policy) || OUTDATED_ELB_POLICY_PATTERN.test(policy);
}

/** CloudFront `minimum_protocol_version` values below TLS 1.2. */
const OUTDATED_CLOUDFRONT_PROTOCOLS = new Set(["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"]);

export function isOutdatedCloudFrontProtocol(version: unknown): version is string {
  return typeof version === "string" && OUTDATED_CLOUDFRONT_PROTOCOLS.has(version);
}

/** OpenSearch / Elasticsearch domain endpoint policy that accepts TLS 1.0. */
export const OPENSEARCH_TLS_1_0_POLICY = "Policy-Min-TLS-1-0-2019-07";
