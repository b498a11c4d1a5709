import { AbortError, TimeoutError, WaiterError } from "../errors/errors.js";
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

/** What each poll gets: a signal that ends it at the deadline (or the caller's abort), and the time left. */
export interface PollContext {
  /** Aborts when the waiter's time is up or the caller aborts: pass it to the poll's calls. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline: use it as the poll call's `timeout`. */
  readonly remainingMs: number;
}

/** Options of {@link waitFor}. */
export interface WaitOptions<T> {
  /** Done when this returns true. */
  until: (value: T) => boolean;
  /** A terminal failure: return a reason to stop with a WaiterError, or undefined to go on. */
  failWhen?: ((value: T) => string | undefined) | undefined;
  /** Wait between polls, in ms, or a function of the attempt number. Default 2000. */
  interval?: number | ((attempt: number) => number) | undefined;
  /** Give up after this many ms (a WaitTimeoutError naming it). Default 10 minutes. */
  timeout?: number | undefined;
  /**
   * Give up at this moment (epoch ms), whichever comes first with `timeout`. A flow made of
   * several waits (lock, then promote, then unlock) passes one deadline to all, so they share
   * one budget, and its own `timeout` to each, so a timeout in a late phase names the flow's
   * timeout rather than the few ms that phase had left.
   */
  deadline?: number | undefined;
  /** Stop at once (an AbortError). */
  signal?: AbortSignal | undefined;
  /** Errors to ride through and poll again (e.g. 502 while services restart). */
  tolerate?: ((error: unknown) => boolean) | undefined;
  /** Hears every poll. */
  onProgress?: ((progress: WaitProgress<T>) => void) | undefined;
  /** What is being waited for, for error messages (`restart`, `promotion`). */
  description?: string | undefined;
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
 * Resolves with the final value. The deadline also bounds each poll: a poll that hangs is cut off
 * when time runs out (it gets a signal and the time left), so `timeout: 1000` means one second
 * even when the server stops answering.
 */
export async function waitFor<T>(
  poll: (attempt: number, ctx: PollContext) => Promise<T>,
  options: WaitOptions<T>,
): Promise<T> {
  const started = Date.now();
  const timeout = options.timeout ?? 600_000;
  const deadline = Math.min(started + timeout, options.deadline ?? Number.POSITIVE_INFINITY);
  // The limit the caller set: its `timeout` when given, else the time this wait had to the deadline.
  const budget = Math.max(0, options.timeout !== undefined ? timeout : deadline - started);
  const what = options.description ?? "condition";
  let last: T | undefined;
  let lastError: unknown;
  const timedOut = (cause?: unknown) =>
    new WaitTimeoutError(`Timed out after ${Math.round(budget)} ms waiting for ${what}`, {
      timeoutMs: budget,
      lastValue: last,
      cause,
    });
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortErrorFrom(options.signal);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timedOut(lastError);
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new DOMException("waiter deadline", "TimeoutError")), remaining);
    let value: T | undefined;
    let failed = false;
    try {
      value = await poll(attempt, { signal: controller.signal, remainingMs: remaining });
    } catch (error) {
      if (options.signal?.aborted) throw abortErrorFrom(options.signal);
      if (controller.signal.aborted) throw timedOut(error);
      if (!options.tolerate?.(error) || error instanceof AbortError) throw error;
      failed = true;
      lastError = error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
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
    const left = deadline - Date.now();
    if (left <= 0) throw timedOut(failed ? lastError : undefined);
    // The last sleep is cut to the deadline, so the final poll happens right at it.
    await sleep(Math.min(interval, left), options.signal);
  }
}
