import type { Rule } from "@tollgate/engine";
import { registeredRules } from "./registry.js";

/** Every built-in rule. */
export const allRules: readonly Rule[] = registeredRules;

export { ruleCatalog } from "./catalog.js";
