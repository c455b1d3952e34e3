import { asList, isObject, isUnknown, type AttributePath, type Value, type ValueObject } from "@tollgate/engine";

/**
 * Not written at all: missing, `null` (how a plan shows an optional attribute
 * left out) or an empty string (how a plan shows an unset optional string such
 * as `kms_key_id`). Unknown is set.
 */
export function isUnset(value: Value | undefined): boolean {
  return value === undefined || value === null || value === "";
}

/** `true` or `"true"`: HCL accepts either for a boolean argument. */
export function isTrue(value: Value | undefined): boolean {
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/** `false` or `"false"`. */
export function isFalse(value: Value | undefined): boolean {
  return value === false || (typeof value === "string" && value.toLowerCase() === "false");
}

/** One nested block of a resource and where it sits. */
export interface NestedBlock {
  block: ValueObject;
  at: AttributePath;
}

/**
 * The blocks written under `key` (`ingress { … }` twice is a list of two
 * objects; a plan's single nested attribute may be one object). Undefined
 * when the whole attribute is Unknown, so callers can tell "no block" from
 * "cannot know".
 */
export function blocksOf(parent: ValueObject, key: string, base: AttributePath = []): NestedBlock[] | undefined {
  const value = parent[key];
  if (isUnknown(value)) return undefined;
  if (isObject(value)) return [{ block: value, at: [...base, key] }];
  return asList(value).flatMap((item, index) => (isObject(item) ? [{ block: item, at: [...base, key, index] }] : []));
}

/** The first block under `key`, the way single-instance blocks (`vpc_config`, `encrypt_at_rest`) are read. */
export function singleBlock(parent: ValueObject, key: string, base: AttributePath = []): NestedBlock | "unknown" | undefined {
  const blocks = blocksOf(parent, key, base);
  if (blocks === undefined) return "unknown";
  return blocks[0];
}
