import {
  type ApiClient,
  ApiError,
  ApiPromise,
  type CallOptions,
  cursorCookie,
  Paged,
  type PagingOptions,
  singlePage,
} from "@trustplane/core";
import type { operations, paths } from "../generated/openapi.gen.js";

/** The core client typed with this spec's paths and operations; every area holds one. */
export type AicApi = ApiClient<paths, operations>;

/**
 * The `Accept-API-Version` each endpoint family needs. The spec declares the header as a required
 * single-value parameter; every named method puts one of these in the call's `headers`, which
 * core applies after per-call and client headers, so a user header can never displace it.
 */
export const ESV_VERSION = { "Accept-API-Version": "resource=2.0" } as const;
/** Promotion and environment-configuration endpoints. */
export const CONFIG_VERSION = { "Accept-API-Version": "protocol=1.0,resource=1.0" } as const;

/** A success body that must be a JSON object (with these fields, when given). */
export const OBJECT = { type: "object" } as const;
/** A success body that must be a JSON array. */
export const ARRAY = { type: "array" } as const;

/** Per-call options of a list: the usual call options plus paging controls. */
export interface ListOptions extends Omit<CallOptions, "signal" | "idempotent">, PagingOptions {}

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

/** Call options with the signal a pager or waiter hands in taking precedence. */
export function withSignal(options: CallOptions | undefined, signal: AbortSignal | undefined): CallOptions | undefined {
  return signal ? { ...options, signal } : options;
}

/**
 * A list the tenant returns whole, as a one-page Paged: `fetch` makes the one `api.call` (with
 * `expect: ARRAY`) under the call options it is given (the pager's signal included).
 */
export function wholeList<T>(
  options: ListOptions | undefined,
  fetch: (call: CallOptions | undefined) => Promise<T[]>,
): Paged<T> {
  const { call, paging } = splitListOptions(options);
  return new Paged<T>(
    singlePage((signal) => fetch(withSignal(call, signal))),
    paging,
  );
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

/** What an ESV list page carries that paging needs. */
export interface EsvPage<T> {
  result: T[];
  pagedResultsCookie?: string | null | undefined;
  totalPagedResults?: number | undefined;
}

/** The query of one ESV list page. */
export type EsvPageQuery = Record<"_pageSize" | "_pagedResultsCookie" | "_onlyPending", unknown>;

/** What an ESV list page must look like. */
export const ESV_PAGE = { type: "object", required: ["result"] } as const;

/**
 * A variable or secret list that follows the paged-results cookie (`_pageSize`,
 * `_pagedResultsCookie` until it is null, `_onlyPending`). `fetch` makes one `api.call` per page.
 */
export function esvList<T>(
  input: { pageSize?: number | undefined; onlyPending?: boolean | undefined },
  options: ListOptions | undefined,
  fetch: (query: EsvPageQuery, call: CallOptions | undefined) => Promise<EsvPage<T>>,
): Paged<T> {
  const { call, paging } = splitListOptions(options);
  const fetcher = cursorCookie<T>({
    fetch: async (cookie, signal) => {
      const page = await fetch(
        { _pageSize: input.pageSize ?? 100, _pagedResultsCookie: cookie, _onlyPending: input.onlyPending },
        withSignal(call, signal),
      );
      return {
        items: Array.isArray(page.result) ? page.result : [],
        cookie: nextCookie(page.pagedResultsCookie),
        total: knownTotal(page.totalPagedResults),
      };
    },
  });
  return new Paged<T>(fetcher, paging);
}

/**
 * An ApiPromise that settles with `recover(error)` when the call fails with an ApiError `recover`
 * turns into a value (it returns undefined for the others, which reject as they are).
 * `withResponse()` then gives the error answer's status, headers and request id.
 */
export function recoverWith<T>(call: ApiPromise<T>, recover: (error: ApiError) => T | undefined): ApiPromise<T> {
  const source = call.withResponse().then(
    ({ data, response }) => ({ data, response: { ...response, body: undefined }, requestId: response.requestId }),
    (error: unknown) => {
      const data = error instanceof ApiError ? recover(error) : undefined;
      if (data === undefined) throw error;
      const answer = (error as ApiError).response;
      return {
        data,
        response: {
          status: (error as ApiError).status,
          statusText: answer?.statusText ?? "",
          headers: (error as ApiError).headers,
          url: answer?.url ?? "",
          body: undefined,
        },
        requestId: (error as ApiError).requestId,
      };
    },
  );
  return new ApiPromise<T>(source);
}
