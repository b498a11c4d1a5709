/**
 * The request and response shapes the pipeline passes between policies. They are plain objects,
 * not WHATWG `Request`/`Response`: a named method builds one request, every policy works on it,
 * and the transport sends it without rebuilding or re-reading anything.
 */

/** A request body the pipeline can send any number of times (retries, re-auth, redirects). */
export type RequestBody = string | Uint8Array;

/** One HTTP request as it travels through the pipeline. */
export interface HttpRequest {
  /** Upper-case method. */
  method: string;
  /** Absolute URL, path parameters encoded and query serialized. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body, already serialized; undefined for none. */
  body: RequestBody | undefined;
}

/** Read access to response headers (WHATWG `Headers` satisfies it). */
export interface HeaderReader {
  /** The header's value, or null when absent. */
  get(name: string): string | null;
  /** True when the header is present. */
  has(name: string): boolean;
  /** Calls `callback` for every header. */
  forEach(callback: (value: string, name: string) => void): void;
}

/** One HTTP response, its body read in full inside the attempt. */
export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: HeaderReader;
  /** The body bytes (after content decoding); undefined when there was none. */
  readonly body: Uint8Array | undefined;
  /** The URL that answered (after same-origin redirects). */
  readonly url: string;
}
