import { type ApiClient, type CallOptions, callInit, requireData } from "@trustplane/core";
import type { paths } from "../generated/openapi.gen.js";

/** The core client typed with this spec's paths; every area holds one. */
export type AicApi = ApiClient<paths>;

/**
 * The `Accept-API-Version` each endpoint family needs. The spec declares the header as a required
 * single-value parameter; areas spread one of these into `params.header` on every call, so users
 * never see it and it can never be wrong. openapi-fetch applies `params.header` after per-call
 * `headers`, so a user header cannot override it by accident either.
 */
export const ESV_VERSION = { "Accept-API-Version": "resource=2.0" } as const;
/** Promotion and environment-configuration endpoints. */
export const CONFIG_VERSION = { "Accept-API-Version": "protocol=1.0,resource=1.0" } as const;

/** The body of a successful call. Core throws on error statuses, so only a missing body is left to check. */
export function bodyOf<T>(result: { data?: T; response: Response }, operation: string): T {
  return requireData(result.data, operation, result.response);
}

/** openapi-fetch init fields for a call, with the signal a pager or waiter hands in taking precedence. */
export function init(options: CallOptions | undefined, signal?: AbortSignal) {
  return callInit(signal ? { ...options, signal } : options);
}
