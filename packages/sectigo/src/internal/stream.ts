/**
 * Streaming downloads through core's pipeline. Core reads every body whole inside the attempt
 * (capped by `maxResponseBytes`); a report can be larger than memory should hold. This policy sits
 * closest to the wire, after auth, retries, timeout, redirects and logging, so a streamed call gets
 * all of them: for a call registered in {@link StreamSinks} it sends the request itself and, on a
 * 2xx, hands the live body to the method that asked for it and gives the pipeline an answer
 * without body. Error answers are read whole (they are small) and go back through the pipeline, so
 * they become ApiErrors and 429/503 are retried as usual.
 *
 * Core should offer this itself (`parseAs: "stream"` on `api.call`): see the package README.
 */
import {
  type CallOptions,
  ConnectionError,
  type HttpRequest,
  type HttpResponse,
  type PemInput,
  type Policy,
  ResponseTooLargeError,
  type TransportOptions,
} from "@trustplane/core";
import type { Dispatcher } from "undici";

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

const pem = (value: PemInput | PemInput[]): string | Buffer | Array<string | Buffer> =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === "string" ? v : Buffer.from(v)))
    : typeof value === "string"
      ? value
      : Buffer.from(value);

/**
 * The dispatcher for the transport's TLS material and proxy (what core builds for its own calls),
 * or undefined when the process's own will do. undici is loaded only here. As core does, the
 * runtime's own dispatcher is put in place first, so loading undici does not install its Agent
 * as the process-wide one.
 */
async function ownDispatcher(options: TransportOptions): Promise<Dispatcher | undefined> {
  if (options.dispatcher) return options.dispatcher;
  const needed =
    options.ca !== undefined ||
    options.cert !== undefined ||
    options.key !== undefined ||
    options.pfx !== undefined ||
    options.rejectUnauthorized !== undefined ||
    typeof options.proxy === "string";
  if (!needed) return undefined;
  if (Function.prototype.toString.call(globalThis.fetch).includes("internal/deps/undici")) {
    await (await globalThis.fetch("data:,")).arrayBuffer();
  }
  const { Agent, ProxyAgent } = await import("undici");
  const tls = {
    ...(options.ca !== undefined && { ca: pem(options.ca) }),
    ...(options.cert !== undefined && { cert: pem(options.cert) }),
    ...(options.key !== undefined && { key: pem(options.key) }),
    ...(options.pfx !== undefined && { pfx: Buffer.from(options.pfx) }),
    ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
    ...(options.rejectUnauthorized !== undefined && { rejectUnauthorized: options.rejectUnauthorized }),
  };
  if (typeof options.proxy === "string") return new ProxyAgent({ uri: options.proxy, requestTls: tls });
  return new Agent({ connect: tls });
}

/** The policy that serves streamed calls (registered in `sinks`); every other call passes through. */
export function streamingPolicy(sinks: StreamSinks, transport: TransportOptions): Policy & { close(): Promise<void> } {
  let dispatcher: Promise<Dispatcher | undefined> | undefined;
  return {
    name: "sectigo-stream",
    async handle(request: HttpRequest, ctx, next): Promise<HttpResponse> {
      if (!sinks.wants(ctx.options)) return next(request, ctx);
      dispatcher ??= ownDispatcher(transport);
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
