/** The CLI's exit codes, as documented in the README. */
export const ExitCode = {
  /** No finding at or above the threshold, and every input was read. */
  Clean: 0,
  /** Findings at or above `--fail-on`. */
  Findings: 1,
  /** Usage, configuration or input errors: the result is incomplete. */
  InputError: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export interface RunState {
  exitCode: ExitCodeValue;
}
