import type { Policy } from "./types.js";

/** Where `@opentelemetry/api` keeps its registered globals (tracer provider, propagator, context manager). */
const OTEL_GLOBAL = Symbol.for("opentelemetry.js.api.1");

type Spans = typeof import("./tracing-spans.js");
let spans: Promise<Spans> | undefined;

/**
 * A policy that makes spans only when OpenTelemetry is in use (an application registered its API
 * globals). Otherwise one property lookup per call is the whole cost: neither the span code nor
 * `@opentelemetry/api` is loaded.
 */
function whenTracing(name: string, make: (s: Spans) => Policy): Policy {
  let real: Policy | undefined;
  return {
    name,
    async handle(request, ctx, next) {
      if ((globalThis as Record<symbol, unknown>)[OTEL_GLOBAL] === undefined) return next(request, ctx);
      spans ??= import("./tracing-spans.js");
      real ??= make(await spans);
      return real.handle(request, ctx, next);
    },
  };
}

/**
 * One CLIENT span per operation call: vendor, operationId, method, URL (query values masked),
 * final status, retry count and request id. With `propagate`, attempts carry `traceparent`.
 */
export function operationSpanPolicy(options: { propagate: boolean }): Policy {
  return whenTracing("tracing", (s) => s.operationSpanPolicy(options));
}

/** One span per attempt under the operation's span. */
export function attemptSpanPolicy(): Policy {
  return whenTracing("tracing-attempt", (s) => s.attemptSpanPolicy());
}
