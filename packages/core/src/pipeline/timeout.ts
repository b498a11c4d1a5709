import { TimeoutError } from "../errors/errors.js";
import { abortErrorFrom } from "../internal/sleep.js";
import type { Policy } from "./types.js";

/**
 * Bounds each attempt (connect, headers and the whole body: the transport reads the body inside
 * the attempt) with one timer. A timeout is a TimeoutError; the caller's own abort is an
 * AbortError, with or without a timeout.
 *
 * The attempt gets its own AbortController, which the caller's signal feeds through a listener
 * removed when the attempt ends (`AbortSignal.any` would cost more per call and, on Node 20,
 * keeps a little memory alive on a long-lived caller signal for every call). The signal travels in
 * `ctx.attemptSignal` to the transport. `timeout: Infinity` turns the timer off.
 */
export function timeoutPolicy(options: { timeoutMs: number }): Policy {
  return {
    name: "timeout",
    async handle(request, ctx, next) {
      const ms = ctx.options.timeout ?? options.timeoutMs;
      const caller = ctx.signal;
      if (caller?.aborted) throw abortErrorFrom(caller);
      if (ms === Number.POSITIVE_INFINITY) {
        ctx.attemptSignal = caller;
        try {
          return await next(request, ctx);
        } catch (error) {
          if (caller?.aborted) throw abortErrorFrom(caller);
          throw error;
        } finally {
          ctx.attemptSignal = undefined;
        }
      }
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException(`attempt timed out after ${ms} ms`, "TimeoutError"));
      }, ms);
      const forward = () => controller.abort(caller?.reason);
      caller?.addEventListener("abort", forward, { once: true });
      ctx.attemptSignal = controller.signal;
      try {
        return await next(request, ctx);
      } catch (error) {
        if (caller?.aborted) throw abortErrorFrom(caller);
        if (timedOut) {
          throw new TimeoutError(
            `${ctx.operationId ?? request.method} timed out after ${ms} ms (attempt ${ctx.attempt})`,
            { timeoutMs: ms, cause: error },
          );
        }
        throw error;
      } finally {
        clearTimeout(timer);
        caller?.removeEventListener("abort", forward);
        ctx.attemptSignal = undefined;
      }
    },
  };
}
