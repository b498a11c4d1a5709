import type { Dispatcher, EnvHttpProxyAgent } from "undici";
import { ConnectionError } from "../errors/errors.js";
import type { RequestContext } from "../pipeline/types.js";

/** PEM text or bytes. */
export type PemInput = string | Uint8Array;

/** How requests reach the network. */
export interface TransportOptions {
  /** A fetch to use instead of the global one (resolved per request when omitted, so msw works). */
  fetch?: typeof globalThis.fetch;
  /** An undici dispatcher to use instead of the one built from the options below. */
  dispatcher?: Dispatcher;
  /** Extra CA certificates (PEM) to trust, e.g. an OpenZiti controller's self-signed CA. */
  ca?: PemInput | PemInput[];
  /** Client certificate (PEM) for mutual TLS, with `key`. */
  cert?: PemInput;
  /** Private key (PEM) of the client certificate. */
  key?: PemInput;
  /** Client certificate and key as PKCS#12, with `passphrase`. */
  pfx?: Uint8Array;
  /** Passphrase of `pfx` or of an encrypted `key`. */
  passphrase?: string;
  /** Verify the server certificate (default true). Turning this off is for local experiments only. */
  rejectUnauthorized?: boolean;
  /**
   * Proxy URL. Default: `HTTPS_PROXY` / `HTTP_PROXY` from the environment, honouring `NO_PROXY`.
   * `false` ignores the environment.
   */
  proxy?: string | false;
  /** How long an idle keep-alive socket stays open, in ms (default 30000). */
  keepAliveTimeoutMs?: number;
  /** Largest number of sockets per origin (default unlimited). */
  connections?: number;
}

/** Error codes that mean no byte of the request reached the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CONNECT",
]);

/** TLS verification failures: retrying cannot fix them. */
const PERMANENT_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
]);

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Builds the dispatcher the transport options describe, or undefined when the runtime's default
 * (keep-alive) dispatcher will do. undici is loaded only here, when a dispatcher is needed:
 * loading it installs undici's own global dispatcher when none is set yet, a process-wide change
 * nobody should get just by importing trustplane.
 */
export async function createDispatcher(options: TransportOptions): Promise<Dispatcher | undefined> {
  if (options.dispatcher) return options.dispatcher;
  const configured =
    options.ca ??
    options.cert ??
    options.key ??
    options.pfx ??
    options.rejectUnauthorized ??
    options.proxy ??
    options.keepAliveTimeoutMs ??
    options.connections;
  if (configured === undefined && !proxyFromEnv()) return undefined; // the runtime's keep-alive dispatcher will do
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = await import("undici");
  const tls = {
    ...(options.ca !== undefined && { ca: toTls(options.ca) }),
    ...(options.cert !== undefined && { cert: toTls(options.cert) }),
    ...(options.key !== undefined && { key: toTls(options.key) }),
    ...(options.pfx !== undefined && { pfx: Buffer.from(options.pfx) }),
    ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
    ...(options.rejectUnauthorized !== undefined && { rejectUnauthorized: options.rejectUnauthorized }),
  };
  const pool = {
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    ...(options.connections !== undefined && { connections: options.connections }),
  };
  if (typeof options.proxy === "string") {
    return new ProxyAgent({ uri: options.proxy, requestTls: tls, ...pool });
  }
  if (options.proxy !== false && proxyFromEnv()) {
    return new EnvHttpProxyAgent({ connect: tls, requestTls: tls, ...pool } as EnvHttpProxyAgent.Options);
  }
  return new Agent({ connect: tls, ...pool });
}

function proxyFromEnv(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

function toTls(value: PemInput | PemInput[]): string | Buffer | Array<string | Buffer> {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : Buffer.from(v)));
  return typeof value === "string" ? value : Buffer.from(value);
}

/**
 * The last step: sends the request with fetch (resolved now, not at client creation) through the
 * dispatcher, reads the whole body inside the attempt, and turns network failures into
 * ConnectionError with `beforeSend` telling whether the request could have reached the server.
 */
export function createTransport(options: TransportOptions) {
  let dispatcher: Promise<Dispatcher | undefined> | undefined;
  const send = async (request: Request, ctx: RequestContext): Promise<Response> => {
    dispatcher ??= createDispatcher(options);
    const chosen = await dispatcher;
    const signal = ctx.attemptSignal ?? request.signal;
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(request, { signal, ...(chosen && { dispatcher: chosen }) } as RequestInit);
    } catch (error) {
      if (signal.aborted) throw error;
      throw toConnectionError(error, request);
    }
    return buffered(response, request, signal);
  };
  const close = async () => {
    const chosen = await dispatcher;
    if (chosen && chosen !== options.dispatcher) await chosen.close();
  };
  return { send, close };
}

async function buffered(response: Response, request: Request, signal: AbortSignal): Promise<Response> {
  const noBody = NULL_BODY_STATUSES.has(response.status) || request.method === "HEAD";
  let body: ArrayBuffer | null = null;
  if (!noBody) {
    try {
      body = await readBody(response, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw toConnectionError(error, request, "the response body was cut off");
    }
  }
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url || request.url });
  return copy;
}

/**
 * Reads the whole body, giving up the moment `signal` aborts. Not every fetch ties the body
 * stream to the request's signal (mocks, injected fetches), so the deadline is enforced here too.
 */
async function readBody(response: Response, signal: AbortSignal): Promise<ArrayBuffer | null> {
  if (!response.body) return null;
  const reason = () => signal.reason ?? new DOMException("The operation was aborted", "AbortError");
  if (signal.aborted) {
    response.body.cancel().catch(() => undefined);
    throw reason();
  }
  const body = response.arrayBuffer();
  body.catch(() => undefined); // if the abort wins, a later failure of the read is nobody's concern
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(reason());
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    const bytes = await Promise.race([body, aborted]);
    // Never treat a body cut by the abort as complete.
    if (signal.aborted) throw reason();
    return bytes;
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

function toConnectionError(error: unknown, request: Request, what = "the request failed"): ConnectionError {
  const code = errorCode(error);
  const permanent = code !== undefined && PERMANENT_CODES.has(code);
  const beforeSend = code !== undefined && (NOT_SENT_CODES.has(code) || permanent);
  const origin = new URL(request.url).origin;
  return new ConnectionError(`${request.method} ${origin}: ${what}${code ? ` (${code})` : ""}`, {
    cause: error,
    beforeSend,
    code,
    permanent,
  });
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.length) {
      const inner = errorCode(errors[0]);
      if (inner) return inner;
    }
  }
  return undefined;
}
