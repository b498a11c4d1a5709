import { type CallOptions, cursorCookie, Paged, type PagingOptions } from "@trustplane/core";
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

/** The query of one ESV list page (`_pageSize`, the cookie, `_onlyPending`). */
export interface EsvPageQuery {
  _pageSize: number;
  _pagedResultsCookie?: string;
  _onlyPending?: boolean;
}

/** What an ESV list page carries that paging needs. */
interface EsvPage<T> {
  result: T[];
  pagedResultsCookie?: string | null;
  totalPagedResults?: number;
}

/**
 * A variable or secret list that follows the paged-results cookie. `getPage` makes the one typed
 * call (its path literal stays in the area's own file); this does the query, cookie and totals.
 */
export function esvPaged<T>(
  input: { pageSize?: number | undefined; onlyPending?: boolean | undefined },
  options: ListOptions,
  getPage: (query: EsvPageQuery, call: CallOptions, signal: AbortSignal | undefined) => Promise<EsvPage<T>>,
): Paged<T> {
  const { call, paging } = splitListOptions(options);
  const fetcher = cursorCookie<T>({
    fetch: async (cookie, signal) => {
      const page = await getPage(
        {
          _pageSize: input.pageSize ?? 100,
          ...(cookie && { _pagedResultsCookie: cookie }),
          ...(input.onlyPending !== undefined && { _onlyPending: input.onlyPending }),
        },
        call,
        signal,
      );
      return {
        items: page.result,
        cookie: nextCookie(page.pagedResultsCookie),
        total: knownTotal(page.totalPagedResults),
      };
    },
  });
  return new Paged(fetcher, paging);
}
