import type { Finding } from "../evaluate/finding.js";
import type { RuleMeta } from "../evaluate/rule.js";
import type { FileKind } from "../load/document.js";
import type { BaselineOutcome } from "../suppress/baseline.js";
import type { Diagnostic } from "./diagnostic.js";

export type Stage = "discover" | "load" | "graph" | "evaluate";

export interface ScannedFile {
  path: string;
  kind: FileKind;
  /** Resources the file contributed to the graph. */
  resources: number;
}

/** Everything a reporter needs; reporters are pure functions of this. */
export interface ScanResult {
  tool: { name: "tollgate"; version: string; informationUri: string };
  /** Absolute path of the scan root; file paths elsewhere are relative to it. */
  root: string;
  files: ScannedFile[];
  resourceCount: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Metadata of every rule that was enabled, whether or not it found anything. */
  rules: RuleMeta[];
  /** Present when the scan used a baseline: how many findings it hid, and its entries that matched nothing. */
  baseline?: BaselineOutcome;
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
}

/** An input error makes the result incomplete: exit code 2 whatever was found. */
export function hasInputErrors(result: ScanResult): boolean {
  return result.diagnostics.some((diagnostic) => diagnostic.level === "error");
}
