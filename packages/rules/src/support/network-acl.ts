import { asList, isObject, type AttributePath, type Resource, type ValueObject } from "@tollgate/engine";
import { isAllProtocols, isInternetCidr, sensitivePortsIn } from "./network.js";
import { isFalse } from "./terraform-values.js";

/** An inbound network ACL entry that allows the internet to reach administration ports or every port. */
export interface OpenAclEntry {
  /** Path of the CIDR that opens it. */
  at: AttributePath;
  cidr: string;
  /** "all ports", or the sensitive ports it covers: "22 (SSH), 3389 (RDP)". */
  reach: string;
}

export const NETWORK_ACL_TYPES = ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"];

/**
 * The inbound allow entries of a network ACL (inline `ingress` blocks) or of an
 * `aws_network_acl_rule` with `egress = false` that let `0.0.0.0/0` or `::/0`
 * reach every port or a remote-administration / database port.
 */
export function openAclIngressOf(resource: Resource): OpenAclEntry[] {
  const attributes = resource.attributes;
  if (resource.type === "aws_network_acl_rule") {
    // Egress rules, and rules whose direction cannot be known, open nothing inbound.
    if (!(attributes.egress === undefined || attributes.egress === null || isFalse(attributes.egress))) return [];
    return fromEntry(attributes, attributes.rule_action, []);
  }
  return asList(attributes.ingress).flatMap((entry, index) => (isObject(entry) ? fromEntry(entry, entry.action, ["ingress", index]) : []));
}

function fromEntry(entry: ValueObject, action: unknown, base: AttributePath): OpenAclEntry[] {
  if (typeof action !== "string" || action.toLowerCase() !== "allow") return [];
  const reach = reachOf(entry);
  if (!reach) return [];
  const open: OpenAclEntry[] = [];
  for (const key of ["cidr_block", "ipv6_cidr_block"]) {
    if (isInternetCidr(entry[key])) open.push({ at: [...base, key], cidr: entry[key] as string, reach });
  }
  return open;
}

function reachOf(entry: ValueObject): string | undefined {
  if (isAllProtocols(entry.protocol)) return "all ports";
  // Only TCP and UDP carry ports; ICMP and other protocols reach no service port.
  const protocol = typeof entry.protocol === "string" ? entry.protocol.toLowerCase() : entry.protocol;
  if (!["tcp", "udp", "6", "17", 6, 17].includes(protocol as string | number)) return undefined;
  const from = Number(entry.from_port);
  const to = Number(entry.to_port);
  if (!Number.isInteger(from) || !Number.isInteger(to) || typeof entry.from_port === "boolean") return undefined;
  if (from <= 0 && to >= 65535) return "all ports";
  const ports = sensitivePortsIn(from, to);
  return ports.length > 0 ? ports.map(({ port, name }) => `${port} (${name})`).join(", ") : undefined;
}
