#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);

// packages/cli/src/exit-code.ts
var ExitCode = {
  /** No finding at or above the threshold, and every input was read. */
  Clean: 0,
  /** Findings at or above `--fail-on`. */
  Findings: 1,
  /** Usage, configuration or input errors: the result is incomplete. */
  InputError: 2
};

export {
  ExitCode
};
