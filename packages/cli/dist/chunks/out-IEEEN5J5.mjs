#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  require_out
} from "./chunk-XVC44WZQ.mjs";
import "./chunk-XLRDP7NM.mjs";
export default require_out();
