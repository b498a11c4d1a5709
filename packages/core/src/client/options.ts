import type { Dispatcher } from "undici";
import { z } from "zod";
import type { Logger, LogLevel } from "../logging/logger.js";
import type { Policy } from "../pipeline/types.js";
import type { RetryOptions } from "../retry/retry-policy.js";
import type { TransportOptions } from "../transport/transport.js";
import { isFunction } from "../validation/validate.js";

/** Options every trustplane client accepts, next to its vendor-specific ones. */
export interface CoreClientOptions {
  /** Per-attempt timeout in ms, covering headers and body. Default 60000. */
  timeout?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Fine-tuning of retries. */
  retry?: {
    baseDelayMs?: number;
    maxDelayMs?: number;
    /** Longest `Retry-After` honoured, in ms (vendor default, usually 60000). */
    retryAfterCapMs?: number;
    /** Total time for all attempts and waits of one call, in ms. Default 120000. */
    budgetMs?: number;
    /** Hears every retry before its backoff sleep (attempt, delay, reason): for metrics or progress output. */
    onRetry?: RetryOptions["onRetry"];
  };
  /** Where logs go (default: console). */
  logger?: Logger;
  /** Log threshold (default: `TRUSTPLANE_LOG`, else `warn`). Bodies are logged only at `debug`. */
  logLevel?: LogLevel;
  /** Appended to the User-Agent (e.g. `my-pipeline/1.2`). */
  userAgent?: string;
  /** Headers sent on every request. */
  headers?: Record<string, string>;
  /** Network: CA bundle, client certificate, proxy, keep-alive, injected fetch or dispatcher. */
  transport?: TransportOptions;
  /** Shorthand for `transport.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Shorthand for `transport.dispatcher`. */
  dispatcher?: Dispatcher;
  /** Extra policies, run between logging and the transport (closest to the wire). */
  policies?: Policy[];
}

const pem = z.union([z.string(), z.instanceof(Uint8Array)], { error: "must be PEM text or bytes" });
const ms = (what: string) =>
  z
    .number({ error: `${what} must be a number of milliseconds` })
    .finite()
    .nonnegative(`${what} must be >= 0`);

/** zod schema for CoreClientOptions; vendor schemas extend it. */
export const coreClientOptionsSchema = z.object({
  timeout: ms("timeout").optional(),
  maxRetries: z
    .number({ error: "maxRetries must be a number" })
    .int("maxRetries must be an integer")
    .min(0, "maxRetries must be >= 0")
    .max(10, "maxRetries must be <= 10")
    .optional(),
  retry: z
    .object({
      baseDelayMs: ms("retry.baseDelayMs").optional(),
      maxDelayMs: ms("retry.maxDelayMs").optional(),
      retryAfterCapMs: ms("retry.retryAfterCapMs").optional(),
      budgetMs: ms("retry.budgetMs").optional(),
      onRetry: isFunction("retry.onRetry").optional(),
    })
    .strict()
    .optional(),
  logger: z
    .custom<Logger>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        ["debug", "info", "warn", "error"].every((m) => typeof (v as Record<string, unknown>)[m] === "function"),
      "logger must have debug, info, warn and error methods",
    )
    .optional(),
  logLevel: z.enum(["debug", "info", "warn", "error", "off"]).optional(),
  userAgent: z.string().optional(),
  headers: z.record(z.string(), z.string({ error: "header values must be strings" })).optional(),
  transport: z
    .object({
      fetch: isFunction("transport.fetch").optional(),
      dispatcher: z
        .custom<Dispatcher>((v) => typeof v === "object" && v !== null, "dispatcher must be an undici Dispatcher")
        .optional(),
      ca: z.union([pem, z.array(pem)]).optional(),
      cert: pem.optional(),
      key: pem.optional(),
      pfx: z.instanceof(Uint8Array, { error: "pfx must be bytes (Buffer or Uint8Array)" }).optional(),
      passphrase: z.string().optional(),
      rejectUnauthorized: z.boolean().optional(),
      proxy: z.union([z.string().refine((v) => URL.canParse(v), "proxy must be a URL"), z.literal(false)]).optional(),
      keepAliveTimeoutMs: ms("transport.keepAliveTimeoutMs").optional(),
      connections: z.number().int().positive().optional(),
    })
    .strict()
    .refine((t) => (t.cert === undefined) === (t.key === undefined), {
      message: "cert and key must be given together",
      path: ["cert"],
    })
    .optional(),
  fetch: isFunction("fetch").optional(),
  dispatcher: z
    .custom<Dispatcher>((v) => typeof v === "object" && v !== null, "dispatcher must be an undici Dispatcher")
    .optional(),
  policies: z
    .array(z.custom<Policy>((v) => typeof (v as Policy)?.handle === "function", "each policy needs handle()"))
    .optional(),
});
