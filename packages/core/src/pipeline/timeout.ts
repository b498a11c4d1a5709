import { TimeoutError } from "../errors/errors.js";
import { abortErrorFrom } from "../internal/sleep.js";
import type { Policy } from "./types.js";

/**
 * Bounds each attempt (connect, headers and the whole body: the transport reads the body inside
 * the attempt). A timeout is a TimeoutError; the caller's own abort stays an AbortError.
 */
export function timeoutPolicy(options: { timeoutMs: number }): Policy {
  return {
    name: "timeout",
    async handle(request, ctx, next) {
      const ms = ctx.options.timeout ?? options.timeoutMs;
      if (ctx.signal?.aborted) throw abortErrorFrom(ctx.signal);
      if (!Number.isFinite(ms) || ms <= 0) return next(request, ctx);
      const timer = new AbortController();
      const handle = setTimeout(() => timer.abort(), ms);
      const signal = ctx.signal ? AbortSignal.any([ctx.signal, timer.signal]) : timer.signal;
      try {
        return await next(new Request(request, { signal }), ctx);
      } catch (error) {
        if (ctx.signal?.aborted) throw abortErrorFrom(ctx.signal);
        if (timer.signal.aborted) {
          throw new TimeoutError(
            `${ctx.operationId ?? request.method} timed out after ${ms} ms (attempt ${ctx.attempt})`,
            {
              timeoutMs: ms,
              cause: error,
            },
          );
        }
        throw error;
      } finally {
        clearTimeout(handle);
      }
    },
  };
}
