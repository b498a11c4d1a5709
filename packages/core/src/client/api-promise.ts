import { toHeaders } from "../http/headers.js";
import type { HttpResponse } from "../http/types.js";

/** What `withResponse()` gives beside the data: the raw answer's status, headers and request id. */
export interface ApiResponse {
  readonly status: number;
  readonly statusText: string;
  /** Response headers (rate-limit headers, ETag, Location...). */
  readonly headers: Headers;
  /** The URL that answered. */
  readonly url: string;
  /** The request id the vendor returned, else the one trustplane sent. */
  readonly requestId: string | undefined;
  /**
   * The whole parsed body as the server sent it, before the method unwrapped or decoded it (an
   * envelope's `meta`, `warnings`, `wrap_info`...).
   */
  readonly body: unknown;
}

/** A call's body and its raw answer. */
export interface WithResponse<T> {
  data: T;
  response: ApiResponse;
}

/** What a call settles with before it becomes an ApiPromise. */
export interface CallOutcome<T> {
  data: T;
  response: HttpResponse;
  requestId: string | undefined;
  /** The parsed body before any `map` (an envelope). */
  body?: unknown;
}

/**
 * The promise every named method returns: `await` it for the body, or call `.withResponse()` for
 * `{ data, response }` with status and headers (rate limits, ETags, `Location`). Both come from
 * the same single request. It is a real `Promise` (`instanceof Promise`, `.catch`, `.finally`).
 */
export class ApiPromise<T> extends Promise<T> {
  readonly #source: Promise<CallOutcome<T>>;
  #data: Promise<T> | undefined;

  /**
   * Wraps the outcome of a call. Methods create these from `api.call`; hand-written methods that
   * chain calls build one from their own outcome promise so `withResponse()` keeps working.
   */
  constructor(source: Promise<CallOutcome<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#source = source;
  }

  /** Derived promises (`then`, `catch`) are plain Promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The body together with the raw answer. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#source.then(({ data, response, requestId, body }) => ({
      data,
      response: toApiResponse(response, requestId, body === undefined ? data : body),
    }));
  }

  /** A new ApiPromise whose body is `fn(body)`; `withResponse()` on it still gives the raw answer. */
  map<U>(fn: (data: T) => U): ApiPromise<U> {
    return new ApiPromise(
      this.#source.then((outcome) => ({
        ...outcome,
        body: outcome.body === undefined ? outcome.data : outcome.body,
        data: fn(outcome.data),
      })),
    );
  }

  #settled(): Promise<T> {
    this.#data ??= this.#source.then((outcome) => outcome.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: ApiPromise is a Promise; `then` reads the body.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#settled().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#settled().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#settled().finally(onfinally);
  }
}

function toApiResponse(response: HttpResponse, requestId: string | undefined, body: unknown): ApiResponse {
  const headers = toHeaders(response.headers);
  return { status: response.status, statusText: response.statusText, headers, url: response.url, requestId, body };
}

/**
 * Runs a method's synchronous part (input checks, building the call) and gives its ApiPromise; a
 * synchronous throw (a ValidationError) becomes a rejected ApiPromise, so methods never throw
 * outside the promise they return.
 */
export function guard<T>(start: () => ApiPromise<T>): ApiPromise<T> {
  try {
    return start();
  } catch (error) {
    const failed = Promise.reject(error);
    failed.catch(() => undefined);
    return new ApiPromise<T>(failed as Promise<CallOutcome<T>>);
  }
}
