import { asList, isObject, isUnknown, type AttributePath, type Resource, type Value } from "@tollgate/engine";
import { isInternetCidr, parsePortRange } from "./network.js";

/** Members that mean "anyone": anonymous users, or anyone signed in to any Google account. */
export const PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"] as const;

export function isPublicMember(value: Value | undefined): value is string {
  return typeof value === "string" && (PUBLIC_MEMBERS as readonly string[]).includes(value.trim());
}

/** The Compute Engine default service account, by address or by GKE's `default` alias. */
export function isDefaultComputeServiceAccount(value: Value | undefined): boolean {
  return typeof value === "string" && (value === "default" || /-compute@developer\.gserviceaccount\.com$/i.test(value.trim()));
}

/**
 * Reads a metadata flag as GCE does: booleans, or strings such as `"TRUE"`,
 * `"false"`, `"1"`, `"0"`. Undefined for anything else (unknown included).
 */
export function metadataFlag(value: Value | undefined): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (["true", "1", "yes", "y", "on"].includes(text)) return true;
  if (["false", "0", "no", "n", "off"].includes(text)) return false;
  return undefined;
}

/** A metadata key as set on an instance, an instance template or the project. */
export interface MetadataEntry {
  at: AttributePath;
  value: Value;
}

/** Resource types that set instance or project metadata. */
export const METADATA_TYPES = [
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_project_metadata",
  "google_compute_project_metadata_item",
];

/**
 * The value of metadata `key` on the resource; undefined when the resource
 * does not set it, Unknown when the whole metadata map is unknown.
 */
export function metadataEntry(resource: Resource, key: string): MetadataEntry | undefined {
  const attributes = resource.attributes;
  if (resource.type === "google_compute_project_metadata_item") {
    return attributes.key === key && attributes.value !== undefined ? { at: ["value"], value: attributes.value } : undefined;
  }
  const metadata = attributes.metadata;
  if (isUnknown(metadata)) return { at: ["metadata"], value: metadata };
  if (!isObject(metadata) || !Object.prototype.hasOwnProperty.call(metadata, key)) return undefined;
  return { at: ["metadata", key], value: metadata[key]! };
}

/** True when the scan holds project metadata turning `key` on (e.g. OS Login for every instance). */
export function projectMetadataEnables(resources: Iterable<Resource>, key: string): boolean {
  for (const resource of resources) {
    const entry = metadataEntry(resource, key);
    if (entry && metadataFlag(entry.value) === true) return true;
  }
  return false;
}

/** `"7776000s"` → 7776000; undefined when not a duration in seconds. */
export function durationSeconds(value: Value | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** Protocols whose rules carry ports; `all` means every protocol and port. */
const PORT_PROTOCOLS = new Set(["tcp", "udp", "sctp", "6", "17", "132"]);

/** A `google_compute_firewall` ingress rule that admits the internet, with the ports it opens. */
export interface OpenFirewall {
  /** Path of the internet source range. */
  at: AttributePath;
  cidr: string;
  ranges: Array<{ from: number; to: number }>;
}

/**
 * The internet exposure of an enabled ingress `google_compute_firewall`:
 * undefined when it denies, is egress or disabled, admits no internet range,
 * or when a direction, range or port cannot be known.
 */
export function openFirewallIngress(firewall: Resource): OpenFirewall | undefined {
  const attributes = firewall.attributes;
  const direction = attributes.direction ?? "INGRESS";
  if (direction !== "INGRESS" || (attributes.disabled !== undefined && attributes.disabled !== false)) return undefined;
  const sources = attributes.source_ranges;
  if (!Array.isArray(sources)) return undefined;
  const index = sources.findIndex((cidr) => isInternetCidr(cidr));
  if (index < 0) return undefined;

  const allows = attributes.allow;
  if (isUnknown(allows)) return undefined;
  const ranges: Array<{ from: number; to: number }> = [];
  for (const allow of asList(allows)) {
    if (!isObject(allow) || typeof allow.protocol !== "string") return undefined;
    const protocol = allow.protocol.toLowerCase();
    if (protocol === "all") {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!PORT_PROTOCOLS.has(protocol)) continue;
    const ports = allow.ports;
    if (ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0)) {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!Array.isArray(ports)) return undefined;
    for (const port of ports) {
      const range = parsePortRange(port);
      if (!range) return undefined;
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return undefined;
  return { at: ["source_ranges", index], cidr: sources[index] as string, ranges };
}

const FULL_ACCESS_SCOPES = new Set(["cloud-platform", "https://www.googleapis.com/auth/cloud-platform"]);

/** The service account an instance runs as, read from its `service_account` block. */
export interface InstanceServiceAccount {
  /** Path of the block. */
  at: AttributePath;
  /** True when the email is absent or the Compute Engine default account. */
  isDefault: boolean;
  /** Index of the `cloud-platform` scope in `scopes`, or -1. */
  fullScopeIndex: number;
}

/** Undefined when the instance has no service account, or when its email or scopes are unknown. */
export function instanceServiceAccount(instance: Resource): InstanceServiceAccount | undefined {
  const block = asList(instance.attributes.service_account)[0];
  if (!isObject(block)) return undefined;
  const email = block.email;
  if (isUnknown(email) || isUnknown(block.scopes)) return undefined;
  const scopes = Array.isArray(block.scopes) ? block.scopes : [];
  return {
    at: ["service_account", 0],
    isDefault: email === undefined || email === null || isDefaultComputeServiceAccount(email),
    fullScopeIndex: scopes.findIndex((scope) => typeof scope === "string" && FULL_ACCESS_SCOPES.has(scope)),
  };
}

/** The `settings.ip_configuration` of a Cloud SQL instance, with its path; `unknown` when it cannot be read statically. */
export function sqlIpConfiguration(instance: Resource): { config: Record<string, Value>; at: AttributePath } | "missing" | "unknown" {
  const settings = instance.attributes.settings;
  if (isUnknown(settings)) return "unknown";
  const first = asList(settings)[0];
  if (first === undefined) return "missing";
  if (!isObject(first) || isUnknown(first.ip_configuration)) return "unknown";
  const config = asList(first.ip_configuration)[0];
  if (config === undefined) return "missing";
  if (!isObject(config)) return "unknown";
  return { config, at: ["settings", 0, "ip_configuration", 0] };
}

/** Index of the first authorized network open to the internet, or -1. */
export function openAuthorizedNetwork(config: Record<string, Value>): number {
  return asList(config.authorized_networks).findIndex((network) => isObject(network) && isInternetCidr(network.value));
}
