#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  loadCustomRules,
  parseCustomRules
} from "./chunk-T5W3RSWD.mjs";
import "./chunk-IWKSKUXL.mjs";
import "./chunk-FVJABXDV.mjs";
import "./chunk-XVC44WZQ.mjs";
import "./chunk-6HKBSJTB.mjs";
import "./chunk-ZKI6WGH6.mjs";
import "./chunk-XLRDP7NM.mjs";
export {
  loadCustomRules,
  parseCustomRules
};
