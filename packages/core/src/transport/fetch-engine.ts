import type { Dispatcher } from "undici";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { RequestContext } from "../pipeline/types.js";
import type { FailureHints } from "./errors.js";
import { checkDeclaredLength, concat, tooLarge } from "./read-body.js";
import { connectionError, isOwnError, NULL_BODY_STATUSES } from "./transport.js";

/**
 * The fetch engine, loaded when a client uses it (a custom `fetch`, `engine: "fetch"`, or a
 * patched `globalThis.fetch` such as msw's): the same contract as the dispatcher engine.
 */
export async function sendWithFetch(
  request: HttpRequest,
  ctx: RequestContext,
  limit: number,
  dispatcher: Dispatcher | undefined,
  customFetch: typeof globalThis.fetch | undefined,
  hints: FailureHints,
): Promise<HttpResponse> {
  const signal = ctx.attemptSignal;
  const doFetch = customFetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body === undefined ? null : (request.body as BodyInit),
      redirect: "manual",
      ...(signal && { signal }),
      ...(dispatcher && { dispatcher }),
    } as RequestInit);
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw await connectionError(error, request, { phase: ctx.phase, hints });
  }
  let body: Uint8Array | undefined;
  if (!NULL_BODY_STATUSES.has(response.status) && request.method !== "HEAD" && response.body) {
    try {
      if (!response.headers.has("content-encoding")) {
        checkDeclaredLength(response.headers.get("content-length"), limit, request.url);
      }
      body = await readWebStream(response.body, limit, request.url, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (isOwnError(error)) throw error;
      throw await connectionError(error, request, { what: "the response body was cut off", phase: ctx.phase, hints });
    }
  } else {
    response.body?.cancel().catch(() => undefined);
  }
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body,
    url: response.url || request.url,
  };
}

/**
 * Reads a web stream to the end (fetch has already undone any compression), failing past
 * `limit` bytes. Not every fetch ties the body to the request's signal (mocks, injected fetches),
 * so the deadline is enforced here as well.
 */
async function readWebStream(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let onAbort: (() => void) | undefined;
  const aborted = signal
    ? new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason ?? new DOMException("The operation was aborted", "AbortError"));
        if (signal.aborted) onAbort();
        else signal.addEventListener("abort", onAbort, { once: true });
      })
    : undefined;
  aborted?.catch(() => undefined);
  try {
    for (;;) {
      const next = reader.read();
      const { done, value } = aborted ? await Promise.race([next, aborted]) : await next;
      if (done) break;
      total += value.length;
      if (total > limit) throw tooLarge(limit, url);
      chunks.push(value);
    }
    if (signal?.aborted) throw signal.reason;
    return concat(chunks, total);
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}
