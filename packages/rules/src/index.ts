import type { Rule } from "@tollgate/engine";
import { githubActionsRules } from "./github-actions/index.js";
import { kubernetesRules } from "./kubernetes/index.js";
import { terraformRules } from "./terraform/index.js";

/** Every built-in rule. */
export const allRules: readonly Rule[] = [...terraformRules, ...kubernetesRules, ...githubActionsRules];
