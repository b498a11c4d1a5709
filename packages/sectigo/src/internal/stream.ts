/**
 * Streaming downloads through core's pipeline. Core reads every body whole inside the attempt
 * (capped by `maxResponseBytes`); a report can be larger than memory should hold. This policy sits
 * closest to the wire, after auth, retries, timeout, redirects and logging, so a streamed call gets
 * all of them: for a call registered in {@link StreamSinks} it sends the request itself and, on a
 * 2xx, hands the live body to the method that asked for it and gives the pipeline an answer
 * without body. Error answers are read whole (they are small) and go back through the pipeline, so
 * they become ApiErrors and 429/503 are retried as usual.
 *
 * The request goes out on the dispatcher core's transport would use (`dispatcherFor`: the same TLS
 * material, proxy and pool settings). Core should offer streaming itself (`parseAs: "stream"` on
 * `api.call`): see the package README.
 */
import {
  type CallOptions,
  ConnectionError,
  dispatcherFor,
  type HttpRequest,
  type HttpResponse,
  type Policy,
  ResponseTooLargeError,
  type TransportOptions,
} from "@trustplane/core";

/** A live answer: status, headers and the body as a web stream. */
export interface StreamedAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly url: string;
  readonly body: ReadableStream<Uint8Array>;
}

/** Calls that want their body streamed, keyed by the CallOptions object of the call. */
export class StreamSinks {
  readonly #wanted = new WeakSet<object>();
  readonly #delivered = new WeakMap<object, StreamedAnswer>();

  /** A fresh CallOptions object for one streamed call. */
  open(options: CallOptions | undefined): CallOptions {
    const mine: CallOptions = { ...options };
    this.#wanted.add(mine);
    return mine;
  }

  /** @internal */
  wants(options: object): boolean {
    return this.#wanted.has(options);
  }

  /** @internal */
  deliver(options: object, answer: StreamedAnswer): void {
    const previous = this.#delivered.get(options);
    previous?.body.cancel().catch(() => undefined);
    this.#delivered.set(options, answer);
  }

  /** The stream of a finished call (once). */
  take(options: CallOptions): StreamedAnswer | undefined {
    const answer = this.#delivered.get(options);
    this.#delivered.delete(options);
    this.#wanted.delete(options);
    return answer;
  }
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Reads an error body whole, bounded. */
async function readAll(body: ReadableStream<Uint8Array> | null, limit: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(`the error body from ${new URL(url).origin} is larger than ${limit} bytes`, {
        limit,
      });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The policy that serves streamed calls (registered in `sinks`); every other call passes through. */
export function streamingPolicy(sinks: StreamSinks, transport: TransportOptions): Policy & { close(): Promise<void> } {
  let dispatcher: ReturnType<typeof dispatcherFor> | undefined;
  return {
    name: "sectigo-stream",
    async handle(request: HttpRequest, ctx, next): Promise<HttpResponse> {
      if (!sinks.wants(ctx.options)) return next(request, ctx);
      dispatcher ??= dispatcherFor(transport);
      const own = await dispatcher;
      const doFetch = transport.fetch ?? globalThis.fetch;
      const signal = ctx.attemptSignal;
      let response: Response;
      try {
        response = await doFetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body === undefined ? null : (request.body as BodyInit),
          redirect: "manual",
          ...(signal && { signal }),
          ...(own && { dispatcher: own }),
        } as RequestInit);
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const code = (error as { cause?: { code?: unknown } }).cause?.code;
        throw new ConnectionError(`${request.method} ${new URL(request.url).origin}: the request failed`, {
          cause: error,
          beforeSend: false,
          code: typeof code === "string" ? code : undefined,
        });
      }
      const base = { status: response.status, statusText: response.statusText, headers: response.headers };
      const url = response.url || request.url;
      if (response.status >= 200 && response.status < 300 && response.body && !NULL_BODY.has(response.status)) {
        sinks.deliver(ctx.options, { status: response.status, headers: response.headers, url, body: response.body });
        return { ...base, body: undefined, url };
      }
      const limit = ctx.options.maxResponseBytes ?? ctx.maxResponseBytes ?? 1024 * 1024;
      return { ...base, body: await readAll(response.body, limit, url), url };
    },
    async close() {
      const own = await dispatcher;
      if (own && own !== transport.dispatcher) await own.close();
    },
  };
}
