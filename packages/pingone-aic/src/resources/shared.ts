import type { components } from "../generated/openapi.gen.js";

export type { ListOptions } from "../internal/api.js";

/** Schemas of the spec, by name. */
export type Schemas = components["schemas"];

/** Options of a waiter (a method that polls until a long-running flow is over). */
export interface WaitOptions<P> {
  /** Give up after this many ms with a `WaitTimeoutError`; the polls in flight are cut off then too. */
  timeout?: number | undefined;
  /**
   * Wait between polls, in ms, or a function of the poll number (1 for the first). Default: start
   * at 500 ms and double after each poll up to a cap (10 s for restarts, 5 s for promotions).
   */
  interval?: number | ((attempt: number) => number) | undefined;
  /** Stops waiting at once with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Hears each step and poll. */
  onProgress?: ((progress: P) => void) | undefined;
}

/** Polls after 0.5 s, 1 s, 2 s, 4 s... up to `maxMs`: a quick flow is seen quickly, a slow one is not hammered. */
export function backoff(maxMs: number): (attempt: number) => number {
  return (attempt) => Math.min(500 * 2 ** Math.max(0, attempt - 1), maxMs);
}
