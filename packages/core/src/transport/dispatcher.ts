import type { Dispatcher } from "undici";
import type { TransportOptions } from "./options.js";

/** PEM text or bytes. */
export type PemInput = string | Uint8Array;

/** The key under which undici (Node's own and the npm package) keeps the process-wide dispatcher. */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/** What the dispatcher engine needs from a dispatcher: undici's `request` API (every undici Agent has it). */
export interface RequestDispatcher {
  request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  close?(): Promise<void>;
}

/** True when `value` offers undici's `request` API. */
export function canRequest(value: unknown): value is RequestDispatcher {
  return typeof (value as RequestDispatcher | undefined)?.request === "function";
}

/** True when `fn` is the runtime's own `fetch` (not msw's, not a polyfill or another patch). */
export function isNativeFetch(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  if (fn === lastChecked) return lastNative;
  lastChecked = fn;
  lastNative = Function.prototype.toString.call(fn).includes("internal/deps/undici/undici");
  return lastNative;
}
let lastChecked: unknown;
let lastNative = false;

/**
 * The process-wide dispatcher `fetch` uses (whatever the application installed with
 * `setGlobalDispatcher`, e.g. a proxy agent, or Node's own keep-alive Agent). Node creates its own
 * lazily on the first `fetch`; a `data:` URL fetch creates it without touching the network, so
 * the dispatcher engine shares fetch's connection pool and settings instead of loading a second
 * HTTP stack.
 */
export async function processDispatcher(): Promise<RequestDispatcher | undefined> {
  let current = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  if (current === undefined && isNativeFetch(globalThis.fetch)) {
    await (await globalThis.fetch("data:,")).arrayBuffer();
    current = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  }
  return canRequest(current) ? current : undefined;
}

/** True when the options ask for a dispatcher of their own (TLS material, proxy, pool settings). */
export function needsOwnDispatcher(options: TransportOptions): boolean {
  return (
    options.ca !== undefined ||
    options.cert !== undefined ||
    options.key !== undefined ||
    options.pfx !== undefined ||
    options.rejectUnauthorized !== undefined ||
    options.proxy !== undefined ||
    options.keepAliveTimeoutMs !== undefined ||
    options.connections !== undefined ||
    proxyFromEnv()
  );
}

/** True when the environment names a proxy. */
export function proxyFromEnv(): boolean {
  const env = process.env;
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

/**
 * The undici dispatcher core's transport uses for these options: `options.dispatcher` when given,
 * else one built for the TLS material, proxy (from the options or the environment) and pool
 * settings, or undefined when the process's own dispatcher will do. For code that must make a
 * request of its own with the same network settings (a vendor's streamed download). Each call
 * builds a new one (the undici package loads only then); close it when done unless it is
 * `options.dispatcher`.
 */
export async function dispatcherFor(options: TransportOptions): Promise<Dispatcher | undefined> {
  if (options.dispatcher) return options.dispatcher;
  if (!needsOwnDispatcher(options)) return undefined;
  const { createDispatcher } = await import("./own-dispatcher.js");
  return createDispatcher(options);
}
