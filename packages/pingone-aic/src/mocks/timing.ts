/**
 * How long a step of a fake state machine (restart, lock, promotion, unlock) lasts: a number of
 * status polls that still see it in progress, a time in ms, or both (whichever ends first). `{}`
 * ends at once.
 */
export interface StepTiming {
  /** Status polls that still see the step in progress; the next one sees it done. */
  polls?: number | undefined;
  /** Milliseconds the step lasts. */
  ms?: number | undefined;
}

/** One running step of a state machine. */
export class Step {
  readonly #timing: StepTiming;
  readonly #startedAt = Date.now();
  #polls = 0;

  constructor(timing: StepTiming) {
    this.#timing = timing;
  }

  /** Counts one status poll. */
  poll(): void {
    this.#polls++;
  }

  /** Whether the step is over (after the polls it was given, or its time). */
  get done(): boolean {
    const { polls, ms } = this.#timing;
    if (polls === undefined && ms === undefined) return true;
    if (polls !== undefined && this.#polls > polls) return true;
    return ms !== undefined && Date.now() - this.#startedAt >= ms;
  }
}
