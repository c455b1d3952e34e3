import { performance } from "node:perf_hooks";
import { MAX_EXPANSION, MAX_STEPS_PER_MODULE } from "./graph/terraform/budget.js";
import type { Diagnostic } from "./model/diagnostic.js";

/**
 * Bounds on what one scan may cost. The scanned tree is untrusted (a pull
 * request chooses it), so every input that could make the scan crash, hang
 * or exhaust memory meets one of these first, and each ends in a diagnostic
 * naming the file and the limit.
 */
export interface ScanLimits {
  /** Files larger than this many bytes are not read. */
  maxFileBytes: number;
  /** Nodes that YAML aliases may add to one document before it is refused (the "billion laughs"). */
  maxAliasNodes: number;
  /** Deepest nesting of collections in JSON and YAML, and of blocks and expressions in HCL. */
  maxDepth: number;
  /** Documents one YAML file may hold; the ones after are not read. */
  maxDocumentsPerFile: number;
  /** Seconds the whole scan may take; 0 for no limit. Past it the scan stops and reports what it has, with an error. */
  timeoutSeconds: number;
  /** Terraform expressions one module instance may evaluate before the rest of it is Unknown. */
  maxEvaluationSteps: number;
  /** Elements one `count`, `for_each`, `for` expression or `dynamic` block may produce. */
  maxExpansion: number;
}

export const DEFAULT_LIMITS: Readonly<ScanLimits> = Object.freeze({
  maxFileBytes: 64 * 1024 * 1024,
  maxAliasNodes: 100_000,
  maxDepth: 500,
  maxDocumentsPerFile: 10_000,
  timeoutSeconds: 0,
  maxEvaluationSteps: MAX_STEPS_PER_MODULE,
  maxExpansion: MAX_EXPANSION,
});

/** The limits a scan runs with: the defaults, overridden by whatever the caller gave. */
export function resolveLimits(given: Partial<ScanLimits> = {}): ScanLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ScanLimits>) {
    const value = given[key];
    if (value === undefined) continue;
    const least = key === "timeoutSeconds" ? 0 : 1;
    if (typeof value !== "number" || !Number.isFinite(value) || value < least || (key !== "timeoutSeconds" && !Number.isInteger(value))) {
      throw new RangeError(`limits.${key} must be ${key === "timeoutSeconds" ? "a number of seconds, 0 or more" : "a whole number, 1 or more"}; got ${String(value)}`);
    }
    limits[key] = value;
  }
  return limits;
}

/**
 * The scan's time budget. Stages ask `expired` between units of work (a
 * file, a graph builder, a resource) and stop when it is; one unit is never
 * interrupted, which the other limits keep short.
 */
export class Deadline {
  readonly #end: number;
  #reported = false;

  constructor(
    readonly seconds: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#end = seconds > 0 ? now() + seconds * 1000 : Number.POSITIVE_INFINITY;
  }

  static none(): Deadline {
    return new Deadline(0);
  }

  get expired(): boolean {
    return this.#end !== Number.POSITIVE_INFINITY && this.now() >= this.#end;
  }

  /** Milliseconds left, or Infinity without a budget. */
  remaining(): number {
    return this.#end === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : Math.max(0, this.#end - this.now());
  }

  /** The one error that says the result is incomplete, and what was skipped; later calls return nothing. */
  exceeded(skipped: string): Diagnostic[] {
    if (this.#reported) return [];
    this.#reported = true;
    return [
      {
        level: "error",
        code: "scan-timeout",
        message: `the scan took longer than its time limit of ${this.seconds} s and stopped; ${skipped}, so the result is incomplete`,
      },
    ];
  }
}
