/** The span-making halves of the tracing policies, loaded once OpenTelemetry is seen (see tracing.ts). */
import type { HttpResponse } from "../http/types.js";
import { safeUrl } from "./log.js";
import type { Policy, RequestContext } from "./types.js";

/** Where `@opentelemetry/api` keeps its registered globals (tracer provider, propagator, context manager). */
const OTEL_GLOBAL = Symbol.for("opentelemetry.js.api.1");

/** The parts of `@opentelemetry/api` used here (typed locally: the package is an optional peer). */
interface OtelSpan {
  setAttribute(key: string, value: string | number | boolean): void;
  setStatus(status: { code: number; message?: string }): void;
  recordException(exception: { name: string; message: string }): void;
  end(): void;
}
interface OtelApi {
  trace: {
    getTracer(
      name: string,
      version?: string,
    ): {
      startSpan(
        name: string,
        options: { kind: number; attributes: Record<string, string | number> },
        ctx?: unknown,
      ): OtelSpan;
    };
    setSpan(ctx: unknown, span: OtelSpan): unknown;
  };
  context: { active(): unknown; with<T>(ctx: unknown, fn: () => T): T };
  propagation: { inject(ctx: unknown, carrier: Record<string, string>): void };
}

const SPAN_KIND_INTERNAL = 0;
const SPAN_KIND_CLIENT = 2;
const STATUS_ERROR = 2;

let api: Promise<OtelApi | undefined> | undefined;

/**
 * The OpenTelemetry API, when an application has registered a tracer provider (the API's global
 * exists) and the package can be loaded; undefined otherwise.
 */
function otel(): Promise<OtelApi | undefined> | undefined {
  if ((globalThis as Record<symbol, unknown>)[OTEL_GLOBAL] === undefined) return undefined;
  api ??= import("@opentelemetry/api").then(
    (m) =>
      (m as { default?: OtelApi }).default?.trace ? (m as { default: OtelApi }).default : (m as unknown as OtelApi),
    () => undefined,
  );
  return api;
}

const spanName = (ctx: RequestContext, method: string) => `${ctx.vendor} ${ctx.operationId ?? method}`;

/**
 * One CLIENT span per operation call: vendor, operationId, method, URL (secret query values
 * masked), final status, retry count and request id.
 */
export function operationSpanPolicy(options: { propagate: boolean }): Policy {
  return {
    name: "tracing",
    async handle(request, ctx, next) {
      const loading = otel();
      const o = loading && (await loading);
      if (!o) return next(request, ctx);
      const url = new URL(request.url);
      const span = o.trace.getTracer("@trustplane/core").startSpan(spanName(ctx, request.method), {
        kind: SPAN_KIND_CLIENT,
        attributes: {
          "trustplane.vendor": ctx.vendor,
          ...(ctx.operationId && { "trustplane.operation": ctx.operationId }),
          "http.request.method": request.method,
          "url.full": safeUrl(request.url, () => true),
          "server.address": url.hostname,
        },
      });
      (ctx as { span?: unknown }).span = { api: o, span, propagate: options.propagate };
      const active = o.trace.setSpan(o.context.active(), span);
      try {
        const response: HttpResponse = await o.context.with(active, () => next(request, ctx));
        span.setAttribute("http.response.status_code", response.status);
        if (response.status >= 400) span.setStatus({ code: STATUS_ERROR });
        return response;
      } catch (error) {
        const e = error as { name?: string; message?: string; status?: number };
        if (typeof e.status === "number") span.setAttribute("http.response.status_code", e.status);
        span.recordException({ name: e.name ?? "Error", message: e.message ?? String(error) });
        span.setStatus({ code: STATUS_ERROR, message: e.name ?? "Error" });
        throw error;
      } finally {
        span.setAttribute("trustplane.retry_count", ctx.attempt - 1);
        if (ctx.requestId) span.setAttribute("trustplane.request_id", ctx.requestId);
        span.end();
      }
    },
  };
}

/** One span per attempt under the operation's span; with `propagate`, `traceparent` goes out with it. */
export function attemptSpanPolicy(): Policy {
  return {
    name: "tracing-attempt",
    async handle(request, ctx, next) {
      const parent = (ctx as { span?: { api: OtelApi; span: OtelSpan; propagate: boolean } }).span;
      if (!parent) return next(request, ctx);
      const { api: o, propagate } = parent;
      const span = o.trace
        .getTracer("@trustplane/core")
        .startSpan(`${spanName(ctx, request.method)} attempt ${ctx.attempt}`, {
          kind: SPAN_KIND_INTERNAL,
          attributes: { "http.request.resend_count": ctx.attempt - 1 },
        });
      const active = o.trace.setSpan(o.context.active(), span);
      const attempt = propagate ? { ...request, headers: { ...request.headers } } : request;
      if (propagate) o.propagation.inject(active, attempt.headers);
      try {
        const response = await o.context.with(active, () => next(attempt, ctx));
        span.setAttribute("http.response.status_code", response.status);
        if (response.status >= 400) span.setStatus({ code: STATUS_ERROR });
        return response;
      } catch (error) {
        span.setStatus({ code: STATUS_ERROR, message: (error as { name?: string }).name ?? "Error" });
        throw error;
      } finally {
        span.end();
      }
    },
  };
}
