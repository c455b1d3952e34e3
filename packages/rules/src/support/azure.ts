import { asList, isObject, isUnknown, type AttributePath, type Resource, type Value, type ValueObject } from "@tollgate/engine";
import { isInternetCidr, parsePortRange } from "./network.js";
import type { PortRange } from "./open-ports.js";

/** One inbound Allow rule of a network security group whose source is the whole internet. */
export interface OpenInboundRule {
  /** Path of the source prefix that opens it. */
  at: AttributePath;
  /** Display name: the rule's `name`, else its position. */
  label: string;
  source: string;
  ranges: PortRange[];
}

const PORTLESS_PROTOCOLS = new Set(["icmp", "esp", "ah"]);

/**
 * The internet-open inbound rules of an `azurerm_network_security_group`
 * (inline `security_rule` blocks) or an `azurerm_network_security_rule`.
 * A rule with any unknown direction, access, protocol, source or port is skipped.
 */
export function openInboundRules(resource: Resource): OpenInboundRule[] {
  if (resource.type === "azurerm_network_security_rule") {
    const open = openInbound(resource.attributes, []);
    return open ? [{ ...open, label: resource.name }] : [];
  }
  return asList(resource.attributes.security_rule).flatMap((rule, index) => {
    if (!isObject(rule)) return [];
    const open = openInbound(rule, ["security_rule", index]);
    if (!open) return [];
    return [{ ...open, label: typeof rule.name === "string" ? rule.name : `security_rule ${index + 1}` }];
  });
}

export const NETWORK_SECURITY_TYPES = ["azurerm_network_security_group", "azurerm_network_security_rule"];

function openInbound(rule: ValueObject, base: AttributePath): Omit<OpenInboundRule, "label"> | undefined {
  if (!equalsIgnoringCase(rule.direction, "inbound") || !equalsIgnoringCase(rule.access, "allow")) return undefined;
  const protocol = rule.protocol;
  if (typeof protocol !== "string" || PORTLESS_PROTOCOLS.has(protocol.toLowerCase())) return undefined;

  let source: { at: AttributePath; value: string } | undefined;
  if (isInternetCidr(rule.source_address_prefix)) source = { at: [...base, "source_address_prefix"], value: rule.source_address_prefix as string };
  else if (Array.isArray(rule.source_address_prefixes)) {
    const index = rule.source_address_prefixes.findIndex((prefix) => isInternetCidr(prefix));
    if (index >= 0) source = { at: [...base, "source_address_prefixes", index], value: rule.source_address_prefixes[index] as string };
  }
  if (!source) return undefined;

  const specs: Value[] = [];
  if (rule.destination_port_range !== undefined && rule.destination_port_range !== null) specs.push(rule.destination_port_range);
  if (Array.isArray(rule.destination_port_ranges)) specs.push(...rule.destination_port_ranges);
  else if (isUnknown(rule.destination_port_ranges)) return undefined;
  const ranges: PortRange[] = [];
  for (const spec of specs) {
    const range = parsePortRange(spec);
    if (!range) return undefined;
    ranges.push(range);
  }
  if (ranges.length === 0) return undefined;
  return { at: source.at, source: source.value, ranges };
}

function equalsIgnoringCase(value: Value | undefined, expected: string): boolean {
  return typeof value === "string" && value.toLowerCase() === expected;
}

/**
 * Reads a TLS version as Azure spells it across services (`TLS1_0`, `1.1`,
 * `TLS1_2`, `Disabled`, `TLSEnforcementDisabled`). Returns the version number,
 * `0` when TLS enforcement is off, or undefined when not a version.
 */
export function tlsVersionOf(value: Value | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^(tls)?enforcementdisabled$|^disabled$/i.test(text)) return 0;
  const match = /^(?:tls)?\s*(\d)[._](\d)$/i.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : undefined;
}

/** True for a TLS setting that allows versions older than 1.2. */
export function allowsTlsBelow12(value: Value | undefined): boolean {
  const version = tlsVersionOf(value);
  return version !== undefined && version < 1.2;
}

/** A password or secret written in the configuration itself (not a reference, variable or generated value). */
export function isLiteralSecret(value: Value | undefined): value is string {
  return typeof value === "string" && value.trim().length > 0;
}
