#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  loadCustomRules,
  parseCustomRules
} from "./chunk-X3S3D3K3.mjs";
import "./chunk-IWKSKUXL.mjs";
import "./chunk-6VO5NUTP.mjs";
import "./chunk-XVC44WZQ.mjs";
import "./chunk-5PNFQAMN.mjs";
import "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";
export {
  loadCustomRules,
  parseCustomRules
};
