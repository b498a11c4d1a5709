import { retryAfterFromHeaders } from "../errors/api-error.js";
import { AbortError, ConnectionError, TimeoutError } from "../errors/errors.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import { sleep } from "../internal/sleep.js";
import { isIdempotentCall, type Policy, type RequestContext } from "../pipeline/types.js";
import { backoffDelay } from "./backoff.js";

/** What a vendor's classifier sees after each attempt. */
export interface RetryCandidate {
  readonly request: HttpRequest;
  readonly response?: HttpResponse | undefined;
  readonly error?: unknown;
  readonly attempt: number;
  readonly ctx: RequestContext;
}

/**
 * A vendor hook: `true` retries an answer the defaults would not (Vault 412, PingOne's transient
 * 403 after creation), `false` refuses one they would, `undefined` keeps the default. The
 * safe-to-repeat rule still applies: a write that reached the server is never replayed.
 */
export type RetryClassifier = (candidate: RetryCandidate) => boolean | undefined;

/** Options of the retry policy (see {@link CoreClientOptions.retry}). */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** First backoff ceiling in ms. Default 500. */
  baseDelayMs?: number | undefined;
  /** Largest backoff ceiling in ms. Default 8000. */
  maxDelayMs?: number | undefined;
  /** Longest `Retry-After` honoured, in ms; longer asks are cut to this. Default 60000. */
  retryAfterCapMs?: number | undefined;
  /** Total time for all attempts and waits, in ms; no retry starts past it. Default 120000. */
  budgetMs?: number | undefined;
  /** Statuses retried by default. */
  statuses?: readonly number[] | undefined;
  /** Vendor classifier for extra (or fewer) retryable answers. */
  classify?: RetryClassifier | undefined;
  /** Called before each backoff sleep (for logs, metrics, tests). */
  onRetry?: ((info: { attempt: number; delayMs: number; reason: string; ctx: RequestContext }) => void) | undefined;
  /** Source of randomness for jitter (tests pin it). */
  random?: (() => number) | undefined;
}

/** Statuses retried by default: 408, 429, 500, 502, 503, 504 (not 501 or 505). */
export const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Retry settings when nothing else is given. */
export const RETRY_DEFAULTS = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  retryAfterCapMs: 60_000,
  budgetMs: 120_000,
} as const;

/** Replays failed attempts within the rules above (bodies are strings or bytes: a replay sends them again). */
export function retryPolicy(options: RetryOptions = {}): Policy {
  const cfg = {
    maxRetries: options.maxRetries ?? RETRY_DEFAULTS.maxRetries,
    baseDelayMs: options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs,
    retryAfterCapMs: options.retryAfterCapMs ?? RETRY_DEFAULTS.retryAfterCapMs,
    budgetMs: options.budgetMs ?? RETRY_DEFAULTS.budgetMs,
  };
  const statuses = options.statuses ?? DEFAULT_RETRY_STATUSES;
  return {
    name: "retry",
    async handle(request, ctx, next) {
      const maxRetries = ctx.options.maxRetries ?? cfg.maxRetries;
      const started = Date.now();
      for (let retry = 0; ; retry++) {
        ctx.attempt = retry + 1;
        let response: HttpResponse | undefined;
        let error: unknown;
        try {
          response = await next(request, ctx);
        } catch (e) {
          error = e;
        }
        const reason = retryReason({ request, response, error, attempt: ctx.attempt, ctx }, statuses, options.classify);
        if (reason === undefined || retry >= maxRetries) return settle(response, error);

        const asked = response ? retryAfterFromHeaders(response.headers) : undefined;
        const delayMs =
          asked !== undefined ? Math.min(asked, cfg.retryAfterCapMs) : backoffDelay(retry, cfg, options.random);
        if (Date.now() - started + delayMs > cfg.budgetMs) return settle(response, error);

        options.onRetry?.({ attempt: ctx.attempt, delayMs, reason, ctx });
        ctx.logger.info("retrying", {
          vendor: ctx.vendor,
          operation: ctx.operationId,
          requestId: ctx.requestId,
          attempt: ctx.attempt,
          reason,
          delayMs,
        });
        await sleep(delayMs, ctx.signal);
      }
    },
  };
}

/** Why this outcome should be retried, or undefined when it should not. */
function retryReason(
  candidate: RetryCandidate,
  statuses: readonly number[],
  classify: RetryClassifier | undefined,
): string | undefined {
  const { request, response, error, ctx } = candidate;
  if (error instanceof AbortError) return undefined;
  const verdict = classify?.(candidate);
  if (verdict === false) return undefined;

  const repeatable = isIdempotentCall(request, ctx);
  if (error !== undefined) {
    if (error instanceof ConnectionError) {
      if (error.permanent) return undefined;
      if (error.beforeSend) return `connection failed before sending (${error.code ?? "network"})`;
      return repeatable ? `connection failed (${error.code ?? "network"})` : undefined;
    }
    if (error instanceof TimeoutError) return repeatable ? "attempt timed out" : undefined;
    return verdict === true && repeatable ? "classified retryable" : undefined;
  }
  if (!response || response.status < 400) return undefined;
  if (!repeatable) return undefined;
  if (verdict === true) return `status ${response.status} (vendor rule)`;
  return statuses.includes(response.status) ? `status ${response.status}` : undefined;
}

function settle(response: HttpResponse | undefined, error: unknown): HttpResponse {
  if (response) return response;
  throw error;
}
