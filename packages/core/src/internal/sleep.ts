import { AbortError } from "../errors/errors.js";

/** Waits `ms`, or rejects with AbortError the moment `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortErrorFrom(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The AbortError to throw for an aborted signal, keeping the caller's reason as the cause. */
export function abortErrorFrom(signal: AbortSignal): AbortError {
  return new AbortError("The operation was aborted", { cause: signal.reason });
}
