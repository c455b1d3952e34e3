import type { Rule } from "@tollgate/engine";
import ghaPermissionsWriteAll from "./iam/gha-permissions-write-all.js";
import ghaActionNotPinned from "./supply-chain/gha-action-not-pinned.js";
import ghaTemplateInjection from "./supply-chain/gha-template-injection.js";

export const githubActionsRules: readonly Rule[] = [
  ghaPermissionsWriteAll,
  ghaActionNotPinned,
  ghaTemplateInjection,
];
