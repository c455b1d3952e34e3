import { isObject, isUnknown, type AttributePath, type Resource, type Value } from "@tollgate/engine";

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
