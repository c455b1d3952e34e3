import { fail } from "./values.js";

/** Evaluation steps one module instance may take; a configuration that needs more is cut short with a diagnostic. */
export const MAX_STEPS_PER_MODULE = 2_000_000;
/** Elements one expansion may produce: resource instances of one `count`/`for_each`, items of a `for`, `dynamic` blocks… */
export const MAX_EXPANSION = 10_000;

/** Thrown when a module instance used up its steps: everything left in it is Unknown. */
export class BudgetExceeded extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * The work allowed for one module instance. Every expression evaluated
 * costs a step, so recursion through locals, `for` expressions and module
 * calls ends with a diagnostic instead of a hang.
 */
export class Budget {
  #steps = 0;
  exhausted?: string;
  /** Expansions refused for their size, reported once each as diagnostics. */
  readonly refused = new Set<string>();

  constructor(readonly maxSteps = MAX_STEPS_PER_MODULE, readonly maxExpansion = MAX_EXPANSION) {}

  step(): void {
    if (this.exhausted) throw new BudgetExceeded(this.exhausted);
    if (++this.#steps > this.maxSteps) {
      this.exhausted = `evaluation stopped after ${this.maxSteps} steps`;
      throw new BudgetExceeded(this.exhausted);
    }
  }

  /** Checks the size of something about to be produced; too large is an error the caller turns into Unknown. */
  expansion(count: number, what: string): void {
    if (count <= this.maxExpansion) return;
    const message = `${what} would produce ${count} elements, more than the limit of ${this.maxExpansion}; its value is unknown`;
    this.refused.add(message);
    fail(message);
  }
}
