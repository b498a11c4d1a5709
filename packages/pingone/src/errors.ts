import { type ErrorEnvelopeParser, isApiError, type RetryClassifier, TrustplaneError } from "@trustplane/core";
import type { components } from "./generated/openapi.gen.js";

/** One entry of a PingOne error's `details[]`. */
export type PingOneErrorDetail = components["schemas"]["ErrorDetail"];

/** Extra data of a detail (`rangeMaximumValue`, `allowedValues`, `retryAfter`...). */
export type PingOneInnerError = components["schemas"]["ErrorInnerError"];

/** The PingOne error envelope: `{ id, code, message, details[] }`. */
export type PingOneErrorBody = components["schemas"]["Error"];

/** A PingOne error in its own terms, read from an `ApiError` thrown by this client. */
export interface PingOneErrorInfo {
  /** HTTP status. */
  status: number;
  /** Request id PingOne gave the failed call (quote it to Ping support). */
  id: string | undefined;
  /** Top-level code: `INVALID_DATA`, `NOT_FOUND`, `ACCESS_FAILED`, `REQUEST_LIMITED`... */
  code: string | undefined;
  message: string | undefined;
  /** Per-field or per-cause details (empty when the envelope had none). */
  details: PingOneErrorDetail[];
  /** The first detail's `innerError`, where PingOne puts limits and `retryAfter`. */
  innerError: PingOneInnerError | undefined;
}

const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** Reads PingOne's `{ id, code, message, details }` envelope into core's error fields. */
export const parsePingOneError: ErrorEnvelopeParser = (body) => {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (b.code === undefined && b.message === undefined && b.details === undefined) return undefined;
  return {
    code: asString(b.code),
    message: asString(b.message),
    requestId: asString(b.id),
    details: Array.isArray(b.details) ? (b.details as PingOneErrorDetail[]) : [],
  };
};

/**
 * The PingOne view of an error this client threw: `code`, `details[]`, `innerError` and the
 * request `id`. Undefined for anything that is not an HTTP error answer.
 *
 * @example
 * ```ts
 * try { await client.keys.generate(input); }
 * catch (e) {
 *   const p1 = pingOneError(e);
 *   if (p1?.code === "INVALID_DATA") for (const d of p1.details) console.log(d.target, d.message);
 * }
 * ```
 */
export function pingOneError(error: unknown): PingOneErrorInfo | undefined {
  if (!isApiError(error)) return undefined;
  const body = error.body;
  const b = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const details = Array.isArray(b.details) ? (b.details as PingOneErrorDetail[]) : [];
  return {
    status: error.status,
    id: asString(b.id) ?? error.requestId,
    code: asString(b.code) ?? (typeof error.code === "string" ? error.code : undefined),
    message: asString(b.message),
    details,
    innerError: details.find((d) => d && typeof d === "object" && d.innerError)?.innerError,
  };
}

/**
 * A 2xx answer whose body is not in the form asked for (JSON where a PEM or DER download was
 * expected, or a PKCS#7 bundle where a single PEM certificate was asked for).
 */
export class UnexpectedContentError extends TrustplaneError {
  static override readonly kind: string = "UnexpectedContentError";
  /** The response `Content-Type`. */
  readonly contentType: string;
  /** The operation that answered. */
  readonly operation: string;

  constructor(message: string, options: { contentType: string; operation: string }) {
    super(message);
    this.contentType = options.contentType;
    this.operation = options.operation;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), contentType: this.contentType, operation: this.operation };
  }
}

/**
 * The opt-in rule for PingOne's transient 403/404: right after an environment is created or a
 * role is granted, reads and other repeatable calls can briefly answer 403 or 404. This
 * classifier retries those answers (writes that are not safe to repeat are never replayed, core
 * checks that) while a window is open: `true` keeps it open for the client's lifetime; a number
 * of ms opens it when the client is built and again after every 201/202 this client receives.
 */
export function transientAfterCreateClassifier(window: true | number, now: () => number = Date.now): RetryClassifier {
  const windowMs = window === true ? Number.POSITIVE_INFINITY : window;
  let openUntil = now() + windowMs;
  return ({ response }) => {
    if (!response) return undefined;
    if (response.status === 201 || response.status === 202) {
      openUntil = Math.max(openUntil, now() + windowMs);
      return undefined;
    }
    if ((response.status === 403 || response.status === 404) && now() < openUntil) return true;
    return undefined;
  };
}
