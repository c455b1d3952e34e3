import { asList, isObject, type AttributePath, type Resource, type Value } from "@tollgate/engine";
import { isAllProtocols, isInternetCidr } from "./network.js";

/** One ingress permission open to the internet, wherever the security group declares it. */
export interface OpenIngress {
  /** Path of the CIDR that opens it. */
  at: AttributePath;
  cidr: string;
  from: number;
  to: number;
  allProtocols: boolean;
}

/**
 * The internet-open ingress of an `aws_security_group` (inline `ingress`
 * blocks), an `aws_security_group_rule` of type ingress, or an
 * `aws_vpc_security_group_ingress_rule`. Unknown ports or CIDRs are skipped.
 */
export function openIngressOf(resource: Resource): OpenIngress[] {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "aws_security_group":
      return asList(attributes.ingress).flatMap((rule, index) => (isObject(rule) ? fromRule(rule, ["ingress", index]) : []));
    case "aws_security_group_rule":
      return attributes.type === "ingress" ? fromRule(attributes, []) : [];
    case "aws_vpc_security_group_ingress_rule": {
      const open: OpenIngress[] = [];
      const allProtocols = isAllProtocols(attributes.ip_protocol);
      const from = allProtocols ? 0 : attributes.from_port;
      const to = allProtocols ? 65535 : attributes.to_port;
      if (typeof from !== "number" || typeof to !== "number") return [];
      for (const key of ["cidr_ipv4", "cidr_ipv6"]) {
        if (isInternetCidr(attributes[key])) open.push({ at: [key], cidr: attributes[key] as string, from, to, allProtocols });
      }
      return open;
    }
    default:
      return [];
  }
}

function fromRule(rule: { [key: string]: Value }, base: AttributePath): OpenIngress[] {
  const allProtocols = isAllProtocols(rule.protocol);
  const from = allProtocols ? 0 : rule.from_port;
  const to = allProtocols ? 65535 : rule.to_port;
  if (typeof from !== "number" || typeof to !== "number") return [];
  const open: OpenIngress[] = [];
  for (const key of ["cidr_blocks", "ipv6_cidr_blocks"]) {
    const cidrs = rule[key];
    if (!Array.isArray(cidrs)) continue;
    cidrs.forEach((cidr, index) => {
      if (isInternetCidr(cidr)) open.push({ at: [...base, key, index], cidr: cidr as string, from, to, allProtocols });
    });
  }
  return open;
}

export const SECURITY_GROUP_TYPES = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];
