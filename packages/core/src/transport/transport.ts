import type { Dispatcher } from "undici";
import { HeaderMap, type RawHeaders } from "../http/headers.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import { isBlockedPort } from "../http/url.js";
import type { RequestContext } from "../pipeline/types.js";
import { canRequest, dispatcherFor, isNativeFetch, processDispatcher, type RequestDispatcher } from "./dispatcher.js";
import type { FailureHints } from "./errors.js";
import type { TransportOptions } from "./options.js";
import { checkDeclaredLength, concat, DEFAULT_MAX_RESPONSE_BYTES, decode, tooLarge } from "./read-body.js";

/** Statuses that never have a body. */
export const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A ConnectionError for a network failure (errors.ts is loaded only when something fails). */
export async function connectionError(
  error: unknown,
  request: Pick<HttpRequest, "method" | "url">,
  options: Parameters<typeof import("./errors.js").toConnectionError>[2],
): Promise<Error> {
  const { toConnectionError } = await import("./errors.js");
  return toConnectionError(error, request, options);
}

/** What the fetch engine's request `Accept-Encoding` is in Node; the dispatcher engine sends the same. */
const ACCEPT_ENCODING = "gzip, deflate, br";

/** The pipeline's last step. */
export interface Transport {
  /** Sends one request and reads its whole body under `ctx.attemptSignal`. */
  send(request: HttpRequest, ctx: RequestContext): Promise<HttpResponse>;
  /** Closes a dispatcher this transport created. */
  close(): Promise<void>;
  /** Which engine the next request will use (for tests and diagnostics). */
  engine(): "fetch" | "dispatcher";
}

/**
 * Sends requests through one of two engines behind the same contract:
 * - the dispatcher engine calls undici's `request` API on a pooled dispatcher: no WHATWG
 *   `Request`/`Response`, headers as a plain object, the body read once;
 * - the fetch engine calls `fetch` (the one given, else `globalThis.fetch` resolved per request,
 *   so msw started after the client still sees every call).
 * Both read the whole body inside the attempt, cap it at `maxResponseBytes` (after
 * decompression), never follow redirects themselves (the redirect policy does, within the
 * origin), and turn network failures into ConnectionError.
 */
export function createTransport(options: TransportOptions): Transport {
  let own: Promise<Dispatcher | undefined> | undefined;
  let shared: Promise<RequestDispatcher | undefined> | undefined;
  const hints: FailureHints = { clientCertificate: options.cert !== undefined || options.pfx !== undefined };
  // A dispatcher of its own (TLS material, proxy, pool settings) is built on first use; its code
  // and the undici package load only for clients that ask for one.
  const ownDispatcher = () => {
    own ??= dispatcherFor(options);
    return own;
  };

  const useFetch = (): boolean => {
    if (options.engine === "fetch" || options.fetch) return true;
    if (options.engine === "dispatcher") return false;
    return !isNativeFetch(globalThis.fetch);
  };

  const send = async (request: HttpRequest, ctx: RequestContext): Promise<HttpResponse> => {
    const limit = ctx.options.maxResponseBytes ?? ctx.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const url = new URL(request.url);
    if (isBlockedPort(url)) throw await connectionError(new Error("bad port"), request, { phase: ctx.phase, hints });
    const dispatcher = await ownDispatcher();
    if (!useFetch()) {
      shared ??= processDispatcher();
      const target = dispatcher ?? (await shared);
      if (canRequest(target)) return sendWithDispatcher(target, request, url, ctx, limit, hints);
    }
    const { sendWithFetch } = await import("./fetch-engine.js");
    return sendWithFetch(request, ctx, limit, dispatcher, options.fetch, hints);
  };

  const close = async () => {
    const chosen = await own;
    if (chosen && chosen !== options.dispatcher) await chosen.close();
  };
  return { send, close, engine: () => (useFetch() ? "fetch" : "dispatcher") };
}

async function sendWithDispatcher(
  dispatcher: RequestDispatcher,
  request: HttpRequest,
  url: URL,
  ctx: RequestContext,
  limit: number,
  hints: FailureHints,
): Promise<HttpResponse> {
  const signal = ctx.attemptSignal;
  const headers = request.headers["accept-encoding"]
    ? request.headers
    : { ...request.headers, "accept-encoding": ACCEPT_ENCODING };
  let answer: Dispatcher.ResponseData;
  try {
    answer = await dispatcher.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: request.method as Dispatcher.HttpMethod,
      headers,
      ...(request.body !== undefined && { body: request.body }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw await connectionError(error, request, { phase: ctx.phase, hints });
  }
  const raw = answer.headers as RawHeaders;
  const responseHeaders = new HeaderMap(raw);
  let body: Uint8Array | undefined;
  try {
    if (NULL_BODY_STATUSES.has(answer.statusCode) || request.method === "HEAD") {
      await answer.body.dump().catch(() => undefined);
    } else {
      const encoding = responseHeaders.get("content-encoding");
      checkDeclaredLength(responseHeaders.get("content-length"), limit, request.url);
      const bytes = await readStream(answer.body, limit, request.url);
      body = encoding ? await decode(bytes, encoding, limit, request.url) : bytes;
    }
  } catch (error) {
    answer.body.destroy();
    if (signal?.aborted) throw signal.reason ?? error;
    if (isOwnError(error)) throw error;
    throw await connectionError(error, request, { what: "the response body was cut off", phase: ctx.phase, hints });
  }
  return { status: answer.statusCode, statusText: "", headers: responseHeaders, body, url: request.url };
}

/** Reads a Node stream to the end, failing as soon as it passes `limit` bytes. */
async function readStream(stream: AsyncIterable<Uint8Array>, limit: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) throw tooLarge(limit, url);
    chunks.push(chunk);
  }
  return concat(chunks, total);
}

/** True for the errors the engines raise themselves (passed on as they are). */
export function isOwnError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return name === "ResponseTooLargeError" || name === "ConnectionError";
}
