import { TimeoutError, WaiterError } from "../errors/errors.js";
import { abortErrorFrom, sleep } from "../internal/sleep.js";

/** What `onProgress` hears after each poll. */
export interface WaitProgress<T> {
  /** 1 for the first poll. */
  readonly attempt: number;
  readonly elapsedMs: number;
  /** The poll's value, or undefined when the poll failed with a tolerated error. */
  readonly value: T | undefined;
  /** The tolerated error, when the poll failed. */
  readonly error?: unknown;
}

export interface WaitOptions<T> {
  /** Done when this returns true. */
  until: (value: T) => boolean;
  /** A terminal failure: return a reason to stop with a WaiterError, or undefined to go on. */
  failWhen?: (value: T) => string | undefined;
  /** Wait between polls, in ms, or a function of the attempt number. Default 2000. */
  interval?: number | ((attempt: number) => number);
  /** Give up after this many ms (a TimeoutError). Default 10 minutes. */
  timeout?: number;
  /** Stop at once (an AbortError). */
  signal?: AbortSignal;
  /** Errors to ride through and poll again (e.g. 502 while services restart). */
  tolerate?: (error: unknown) => boolean;
  /** Hears every poll. */
  onProgress?: (progress: WaitProgress<T>) => void;
  /** What is being waited for, for error messages (`restart`, `promotion`). */
  description?: string;
}

/** Thrown when a waiter runs out of time; carries the last value seen. */
export class WaitTimeoutError extends TimeoutError {
  static override readonly kind: string = "WaitTimeoutError";
  readonly lastValue: unknown;

  constructor(message: string, options: { timeoutMs: number; lastValue: unknown; cause?: unknown }) {
    super(message, options);
    this.lastValue = options.lastValue;
  }
}

/**
 * Polls until `until(value)` holds, a failure state shows, time runs out, or the signal aborts.
 * Resolves with the final value.
 */
export async function waitFor<T>(poll: (attempt: number) => Promise<T>, options: WaitOptions<T>): Promise<T> {
  const started = Date.now();
  const timeout = options.timeout ?? 600_000;
  const what = options.description ?? "condition";
  let last: T | undefined;
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortErrorFrom(options.signal);
    let value: T | undefined;
    let failed = false;
    try {
      value = await poll(attempt);
    } catch (error) {
      if (!options.tolerate?.(error)) throw error;
      failed = true;
      lastError = error;
    }
    const elapsedMs = Date.now() - started;
    options.onProgress?.({ attempt, elapsedMs, value, ...(failed && { error: lastError }) });
    if (!failed) {
      last = value as T;
      if (options.until(last)) return last;
      const reason = options.failWhen?.(last);
      if (reason !== undefined) throw new WaiterError(`${what} failed: ${reason}`, { lastValue: last });
    }
    const interval = typeof options.interval === "function" ? options.interval(attempt) : (options.interval ?? 2000);
    const remaining = timeout - (Date.now() - started);
    if (remaining <= 0) {
      throw new WaitTimeoutError(`Timed out after ${timeout} ms waiting for ${what}`, {
        timeoutMs: timeout,
        lastValue: last,
        cause: failed ? lastError : undefined,
      });
    }
    // The last sleep is cut to the deadline, so the final poll happens right at it.
    await sleep(Math.min(interval, remaining), options.signal);
  }
}
