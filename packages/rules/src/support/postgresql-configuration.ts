import type { Resource, Value } from "@tollgate/engine";

/** Server parameter resources of Azure Database for PostgreSQL (single server and flexible server). */
export const POSTGRESQL_CONFIGURATION_TYPES = ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"];

/** A server parameter set to off, as Azure spells it: `off`, `false`, `0` (any case). */
export function isOffSetting(value: Value | undefined): boolean {
  if (value === false || value === 0) return true;
  return typeof value === "string" && ["off", "false", "0"].includes(value.trim().toLowerCase());
}

/**
 * The parameter a configuration resource turns off, lower-cased, when it is
 * one of `names`; undefined when it sets another parameter, a value other than
 * off, or anything unknown.
 */
export function parameterTurnedOff(resource: Resource, names: readonly string[]): string | undefined {
  const { name, value } = resource.attributes;
  if (typeof name !== "string") return undefined;
  const parameter = name.trim().toLowerCase();
  return names.includes(parameter) && isOffSetting(value) ? parameter : undefined;
}
