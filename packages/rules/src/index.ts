import type { Rule } from "@tollgate/engine";
import { registeredRules } from "./registry.js";

/** Every built-in rule. (`@tollgate/rules/catalog` has them by metadata, their code loaded on use.) */
export const allRules: readonly Rule[] = registeredRules;
