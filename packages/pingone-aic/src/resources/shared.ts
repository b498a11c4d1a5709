import type { CallOptions, PagingOptions } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";

/** Schemas of the spec, by name. */
export type Schemas = components["schemas"];

/** Per-call options of a list: the usual call options plus paging controls. */
export interface ListOptions extends Omit<CallOptions, "signal" | "idempotent">, PagingOptions {}

/** Options of a waiter (a method that polls until a long-running flow is over). */
export interface WaitOptions<P> {
  /** Give up after this many ms with a `WaitTimeoutError`. */
  timeout?: number;
  /** Wait between polls, in ms. */
  interval?: number;
  /** Stops waiting at once with an `AbortError`. */
  signal?: AbortSignal;
  /** Hears each step and poll. */
  onProgress?: (progress: P) => void;
}

/** Splits list options into per-request call options and the pager's own (the pager hands each request its signal). */
export function splitListOptions(options: ListOptions = {}): { call: CallOptions; paging: PagingOptions } {
  const { maxPages, prefetch, signal, ...call } = options;
  return {
    call,
    paging: {
      ...(maxPages !== undefined && { maxPages }),
      ...(prefetch !== undefined && { prefetch }),
      ...(signal && { signal }),
    },
  };
}

/** The cookie to ask for next, or undefined on the last page (null, absent, empty, or the text "null"). */
export function nextCookie(cookie: string | null | undefined): string | undefined {
  // The secrets list has been seen to send the string "null" on its last page.
  return cookie && cookie !== "null" ? cookie : undefined;
}

/** A total the server actually computed (it sends -1 when it did not). */
export function knownTotal(total: number | undefined): number | undefined {
  return typeof total === "number" && total >= 0 ? total : undefined;
}
