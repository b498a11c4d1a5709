import {
  type ApiClient,
  ApiPromise,
  type ApiResponse,
  type CallOptions,
  type CallOutcome,
  type ExpectedBody,
  halNext,
  Paged,
  ValidationError,
  type WithResponse,
} from "@trustplane/core";
import type { operations, paths } from "../generated/openapi.gen.js";
import type { ListOptions } from "../types.js";

/** The core client typed from the PingOne spec: `call("<operationId>", ...)` for every named method. */
export type PingOneApi = ApiClient<paths, operations>;

/** What every resource area shares: the typed API client and the default environment. */
export interface ResourceContext {
  readonly api: PingOneApi;
  readonly environmentId: string;
}

/** Page size when the caller names none. */
export const DEFAULT_PAGE_SIZE = 100;

/** A body that must be a JSON object with an `id` (a key, a certificate). */
export const ENTITY: ExpectedBody = { type: "object", required: ["id"] };

/** A body that must be a JSON object. */
export const OBJECT: ExpectedBody = { type: "object" };

/** The environment a call acts on. */
export function environmentOf(ctx: ResourceContext, input: { environmentId?: string | undefined } | undefined): string {
  return input?.environmentId ?? ctx.environmentId;
}

/** PingOne's own correlation header: our request id goes there (PingOne records it in its audit trail). */
export const TRANSACTION_ID_HEADER = "X-Ping-External-Transaction-ID";

/** Longest transaction id PingOne accepts. */
export const TRANSACTION_ID_MAX_LENGTH = 100;

/**
 * Refuses a caller-set `X-Ping-External-Transaction-ID` longer than PingOne accepts (100
 * characters), naming the header; the value is not echoed.
 */
export function checkTransactionId(headers: Readonly<Record<string, unknown>> | undefined, what: string): void {
  if (!headers || typeof headers !== "object") return;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== TRANSACTION_ID_HEADER.toLowerCase()) continue;
    if (typeof value === "string" && value.length > TRANSACTION_ID_MAX_LENGTH) {
      const path = `headers.${name}`;
      const message = `must be at most ${TRANSACTION_ID_MAX_LENGTH} characters (PingOne's limit)`;
      throw new ValidationError(`Invalid ${what}: ${path}: ${message}`, [{ path, message }]);
    }
  }
}

/** A method's per-call options, after PingOne's header rule (core checks the rest when the call starts). */
export function callOptions<O extends CallOptions | ListOptions>(
  options: O | undefined,
  method: string,
): O | undefined {
  checkTransactionId(options?.headers, `${method} options`);
  return options;
}

/** The `CallOutcome` an ApiPromise is made of, from a `withResponse()` result. */
function outcomeOf<T>({ data, response }: WithResponse<T>): CallOutcome<T> {
  const { status, statusText, headers, url, requestId } = response;
  return { data, requestId, response: { status, statusText, headers, url, body: undefined } };
}

/**
 * An ApiPromise whose body is `fn(body, response)`: like core's `map`, but `fn` also sees the
 * response (downloads are decoded by their `Content-Type`). `withResponse()` still gives the raw
 * answer's status and headers. (Core's `map` passes the body only.)
 */
export function mapWithResponse<T, U>(
  promise: ApiPromise<T>,
  fn: (data: T, response: ApiResponse) => U,
): ApiPromise<U> {
  return new ApiPromise<U>(
    promise
      .withResponse()
      .then((result) => outcomeOf({ data: fn(result.data, result.response), response: result.response })),
  );
}

/**
 * An ApiPromise for a call that needs asynchronous preparation first (reading a Blob to build a
 * multipart body): `start` makes the call once `prepare` is done; a preparation that fails (a
 * ValidationError) rejects it. (Core's `guard` covers synchronous preparation only. `start` is a
 * callback because an ApiPromise returned from `then` would be unwrapped to its body.)
 */
export function after<P, T>(prepare: Promise<P>, start: (prepared: P) => ApiPromise<T>): ApiPromise<T> {
  return new ApiPromise<T>(prepare.then((prepared) => start(prepared).withResponse()).then(outcomeOf));
}

interface HalBody {
  _links?: { next?: { href?: unknown } };
  _embedded?: Record<string, unknown>;
  count?: unknown;
}

/**
 * A HAL collection that pages itself through core's `halNext`: `fetchPage(undefined, ...)` calls
 * the list operation for the first page, `fetchPage(href, ...)` calls the same operation with the
 * `_links.next.href` URL. A next link to another origin is refused by `halNext` (the bearer
 * token would go with it).
 */
export function halPaged<T>(
  api: PingOneApi,
  embedded: string,
  options: ListOptions | undefined,
  fetchPage: (url: string | undefined, options: CallOptions) => ApiPromise<unknown>,
): Paged<T> {
  const { maxPages, prefetch, signal, ...perCall } = options ?? {};
  const read = async (url: string | undefined, pageSignal: AbortSignal | undefined) => {
    const { data, response } = await fetchPage(url, {
      ...perCall,
      ...(pageSignal && { signal: pageSignal }),
    }).withResponse();
    const body = (data ?? {}) as HalBody;
    const items = body._embedded?.[embedded];
    const next = body._links?.next?.href;
    return {
      items: Array.isArray(items) ? (items as T[]) : [],
      next: typeof next === "string" && next !== "" ? next : undefined,
      url: response.url,
      total: typeof body.count === "number" ? body.count : undefined,
    };
  };
  return new Paged<T>(
    halNext<T>({
      origin: api.baseUrl,
      first: (s) => read(undefined, s),
      follow: (href, s) => read(href, s),
    }),
    { maxPages, prefetch, signal },
  );
}
