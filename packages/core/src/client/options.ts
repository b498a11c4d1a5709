import type { Dispatcher } from "undici";
import { isHeaderName, isHeaderValue } from "../http/headers.js";
import type { Logger, LogLevel } from "../logging/logger.js";
import type { CallOptions, Policy } from "../pipeline/types.js";
import type { RetryOptions } from "../retry/retry-policy.js";
import type { TransportOptions } from "../transport/options.js";
import {
  anyOf,
  arrayOf,
  bool,
  type Check,
  checkValue,
  custom,
  func,
  num,
  object,
  oneOf,
  optional,
  recordOf,
  type Shape,
  str,
} from "../validation/rules.js";

/** Tracing with OpenTelemetry (used when `@opentelemetry/api` is installed and a tracer provider is registered). */
export interface TracingOptions {
  /** Create spans (default true when OpenTelemetry is active). */
  enabled?: boolean | undefined;
  /** Send W3C `traceparent`/`tracestate` so the vendor can join the trace (default false: opt in). */
  propagate?: boolean | undefined;
}

/** Options every trustplane client accepts, next to its vendor-specific ones. */
export interface CoreClientOptions {
  /** Per-attempt timeout in ms, covering headers and body. Default 60000; `Infinity` for none. */
  timeout?: number | undefined;
  /** Retries after the first attempt, 0 to 10. Default 2. */
  maxRetries?: number | undefined;
  /** Fine-tuning of retries. */
  retry?:
    | {
        baseDelayMs?: number | undefined;
        maxDelayMs?: number | undefined;
        /** Longest `Retry-After` honoured, in ms (vendor default, usually 60000). */
        retryAfterCapMs?: number | undefined;
        /** Total time for all attempts and waits of one call, in ms. Default 120000. */
        budgetMs?: number | undefined;
        /** Hears every retry before its backoff sleep (attempt, delay, reason): for metrics or progress output. */
        onRetry?: RetryOptions["onRetry"] | undefined;
      }
    | undefined;
  /** Where logs go (default: console). */
  logger?: Logger | undefined;
  /** Log threshold (default: `TRUSTPLANE_LOG`, else `warn`). Bodies are logged only at `debug`. */
  logLevel?: LogLevel | undefined;
  /** Appended to the User-Agent (e.g. `my-pipeline/1.2`). */
  userAgent?: string | undefined;
  /** Headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** Largest response body accepted, in bytes after decompression. Default 64 MiB. */
  maxResponseBytes?: number | undefined;
  /** Network: engine, CA bundle, client certificate, proxy, keep-alive, injected fetch or dispatcher. */
  transport?: TransportOptions | undefined;
  /** Shorthand for `transport.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Shorthand for `transport.dispatcher`. */
  dispatcher?: Dispatcher | undefined;
  /** Extra policies, run between logging and the transport (closest to the wire). */
  policies?: Policy[] | undefined;
  /** OpenTelemetry spans and propagation. */
  tracing?: TracingOptions | undefined;
}

const ms = (what = "ms") => num({ gt: 0, unit: what });
const timeout = num({ gt: 0, infinity: true, unit: "ms" });
const maxRetries = num({ int: true, min: 0, max: 10 });
const bytes = num({ int: true, gt: 0, unit: "bytes" });
const pem: Check = anyOf([str(), custom((v) => v instanceof Uint8Array, "")], "must be PEM text or bytes");
const headerName = custom((k) => typeof k === "string" && isHeaderName(k), "is not a valid header name");
const headerValue: Check = (value, path, issues) => {
  if (typeof value !== "string") issues.push({ path, message: "must be a string" });
  else if (!isHeaderValue(value)) issues.push({ path, message: "must not contain line breaks or control characters" });
};
/** Header records: valid names, values without CR/LF (which would fail every call later). */
export const headersCheck: Check = recordOf(headerValue, headerName);
const dispatcher = custom(
  (v) => typeof v === "object" && v !== null && typeof (v as Dispatcher).dispatch === "function",
  "must be an undici Dispatcher",
);
const signal = custom(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as AbortSignal).aborted === "boolean" &&
    typeof (v as AbortSignal).addEventListener === "function",
  "must be an AbortSignal",
);

const transportShape = {
  fetch: optional(func()),
  dispatcher: optional(dispatcher),
  engine: optional(oneOf(["auto", "fetch", "dispatcher"])),
  ca: optional(anyOf([pem, arrayOf(pem)], "must be PEM text or bytes, or an array of them")),
  cert: optional(pem),
  key: optional(pem),
  pfx: optional(custom((v) => v instanceof Uint8Array, "must be bytes (Buffer or Uint8Array)")),
  passphrase: optional(str({ empty: true })),
  rejectUnauthorized: optional(bool()),
  proxy: optional(
    anyOf(
      [custom((v) => typeof v === "string" && URL.canParse(v), ""), custom((v) => v === false, "")],
      "must be a URL or false",
    ),
  ),
  keepAliveTimeoutMs: optional(ms()),
  connections: optional(num({ int: true, gt: 0 })),
};

const transportCheck: Check = (value, path, issues) => {
  object(transportShape)(value, path, issues);
  const t = value as TransportOptions;
  if (t && typeof t === "object" && (t.cert === undefined) !== (t.key === undefined)) {
    issues.push({ path: path ? `${path}.cert` : "cert", message: "cert and key must be given together" });
  }
};

/** The checks of every CoreClientOptions field; vendor factories spread these into their own shape. */
export const coreOptionFields: Shape = {
  timeout: optional(timeout),
  maxRetries: optional(maxRetries),
  retry: optional(
    object({
      baseDelayMs: optional(num({ min: 0, unit: "ms" })),
      maxDelayMs: optional(num({ min: 0, unit: "ms" })),
      retryAfterCapMs: optional(num({ min: 0, unit: "ms" })),
      budgetMs: optional(num({ min: 0, unit: "ms" })),
      onRetry: optional(func()),
    }),
  ),
  logger: optional(
    custom(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        ["debug", "info", "warn", "error"].every((m) => typeof (v as Record<string, unknown>)[m] === "function"),
      "must have debug, info, warn and error methods",
    ),
  ),
  logLevel: optional(oneOf(["debug", "info", "warn", "error", "off"])),
  userAgent: optional(str({ pattern: /^[\t\x20-\x7e]*$/, rule: "must be printable ASCII without line breaks" })),
  headers: optional(headersCheck),
  maxResponseBytes: optional(bytes),
  transport: optional(transportCheck),
  fetch: optional(func()),
  dispatcher: optional(dispatcher),
  policies: optional(
    arrayOf(custom((v) => typeof (v as Policy)?.handle === "function", "must be a policy with handle()")),
  ),
  tracing: optional(object({ enabled: optional(bool()), propagate: optional(bool()) })),
};

/** Checks a whole options object: core fields plus the vendor's `extra` fields; unknown keys are refused. */
export function checkClientOptions<T>(options: T, what: string, extra: Shape = {}): T {
  return checkValue(object({ ...coreOptionFields, ...extra }), options, what);
}

const callShape: Shape = {
  signal: optional(signal),
  timeout: optional(timeout),
  maxRetries: optional(maxRetries),
  idempotent: optional(bool()),
  headers: optional(headersCheck),
  maxResponseBytes: optional(bytes),
};

/** Checks per-call options as strictly as client options (a bad timeout must not turn the timeout off). */
export function checkCallOptions(options: CallOptions | undefined, what: string): void {
  if (options === undefined) return;
  checkValue(object(callShape), options, what);
}

/** The options `withOptions` may change; the transport (pool) and auth (token cache) stay shared. */
const OVERRIDABLE = [
  "timeout",
  "maxRetries",
  "retry",
  "logger",
  "logLevel",
  "userAgent",
  "headers",
  "maxResponseBytes",
  "tracing",
] as const;

/** The fields `withOptions` may change; the transport (pool) and auth (token cache) stay shared. */
export type ClientOverrides = Pick<CoreClientOptions, (typeof OVERRIDABLE)[number]>;

/** Checks `withOptions` overrides. */
export function checkOverrides(overrides: ClientOverrides, what: string): ClientOverrides {
  const shape: Record<string, Check> = {};
  for (const key of OVERRIDABLE) shape[key] = coreOptionFields[key] as Check;
  return checkValue(object(shape), overrides, what);
}
