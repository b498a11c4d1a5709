import { toHeaders } from "../http/headers.js";
import type { HeaderReader, HttpResponse } from "../http/types.js";
import { redactHeaders } from "../logging/redact.js";
import { hidden, TrustplaneError } from "./trustplane-error.js";

/** What a vendor's error envelope says, in trustplane's terms. */
export interface ParsedErrorBody {
  /** The vendor's error code (`-1400`, `INVALID_DATA`, `NOT_FOUND`...). */
  code?: string | number | undefined;
  /** The vendor's human message. */
  message?: string | undefined;
  /** The vendor's request / transaction id, if the body carries one. */
  requestId?: string | undefined;
  /** Anything else worth exposing (PingOne `details[]`, OpenZiti `cause`...). */
  details?: unknown;
}

/**
 * Turns a vendor's error body into trustplane fields. Gets the parsed JSON body (or the raw text
 * when it was not JSON, or undefined when empty) and the response.
 */
export type ErrorEnvelopeParser = (body: unknown, response: ErrorResponseInfo) => ParsedErrorBody | undefined;

/** The request an error came from: no body, credentials redacted, query values that are secrets masked. */
export interface ErrorRequestInfo {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/** The answer an ApiError came from. */
export interface ErrorResponseInfo {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
}

/** What an {@link ApiError} is made from. */
export interface ApiErrorInit {
  status: number;
  message: string;
  code?: string | number | undefined;
  requestId?: string | undefined;
  vendor: string;
  operation?: string | undefined;
  headers: HeaderReader;
  body: unknown;
  details?: unknown;
  /** The request, without its body; credential headers are redacted here. */
  request?: { method: string; url: string; headers: Headers | Record<string, string> } | undefined;
  response?: Pick<HttpResponse, "status" | "statusText" | "url"> | undefined;
}

/** The server answered with an HTTP error status. Subclasses name the meaning. */
export class ApiError extends TrustplaneError {
  static override readonly kind: string = "ApiError";
  /** HTTP status code. */
  readonly status: number;
  /** The vendor's own error code, when its envelope has one. */
  readonly code: string | number | undefined;
  /** The vendor's request / transaction id (from the body or response headers). */
  readonly requestId: string | undefined;
  /** Which trustplane client raised it (`pingone-aic`, `openziti`...). */
  readonly vendor: string;
  /** The operationId of the call, when known. */
  readonly operation: string | undefined;
  /** Response headers. */
  declare readonly headers: Headers;
  /** The parsed error body (JSON when it was JSON, else text; undefined when empty). */
  declare readonly body: unknown;
  /** Vendor-specific detail (PingOne `details[]`, OpenZiti `cause`...). */
  readonly details: unknown;
  /** The request that failed, without its body and with credentials removed. Not enumerable. */
  declare readonly request: ErrorRequestInfo | undefined;
  /** The response (status, headers, URL). Not enumerable. */
  declare readonly response: ErrorResponseInfo | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.vendor = init.vendor;
    this.operation = init.operation;
    this.details = init.details;
    const headers = toHeaders(init.headers);
    hidden(this, "headers", headers);
    hidden(this, "body", init.body);
    hidden(
      this,
      "request",
      init.request
        ? {
            method: init.request.method,
            url: init.request.url,
            headers: redactHeaders(
              init.request.headers instanceof Headers ? init.request.headers : new Headers(init.request.headers),
            ),
          }
        : undefined,
    );
    hidden(
      this,
      "response",
      init.response
        ? { status: init.response.status, statusText: init.response.statusText, headers, url: init.response.url }
        : undefined,
    );
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      vendor: this.vendor,
      operation: this.operation,
      details: this.details,
    };
  }
}

/** 400 / 422: the server rejected the input. */
export class BadRequestError extends ApiError {
  static override readonly kind: string = "BadRequestError";
}
/** 401: credentials missing, wrong or expired (after one re-auth and replay). */
export class AuthenticationError extends ApiError {
  static override readonly kind: string = "AuthenticationError";
}
/** 403: authenticated but not allowed (scope, role, policy). */
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = "PermissionDeniedError";
}
/** 404: no such resource. */
export class NotFoundError extends ApiError {
  static override readonly kind: string = "NotFoundError";
}
/** 409 / 412: the resource's state conflicts with the request. */
export class ConflictError extends ApiError {
  static override readonly kind: string = "ConflictError";
}
/** 429: rate limited. `retryAfterMs` tells how long the server asked to wait. */
export class RateLimitError extends ApiError {
  static override readonly kind: string = "RateLimitError";
  /** The wait the server asked for, from `Retry-After` / `retry-after-ms`, in ms. */
  get retryAfterMs(): number | undefined {
    return retryAfterFromHeaders(this.headers);
  }
}
/** 5xx: the server failed. */
export class ServerError extends ApiError {
  static override readonly kind: string = "ServerError";
}

/** The subclass that names what an HTTP status means. */
export function apiErrorClassFor(status: number): typeof ApiError {
  if (status === 400 || status === 422) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 409 || status === 412) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return ApiError;
}

/** Reads `retry-after-ms`, then `Retry-After` (seconds or HTTP date). Undefined when absent or unreadable. */
export function retryAfterFromHeaders(headers: HeaderReader, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
