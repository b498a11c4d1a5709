/**
 * OpenTelemetry: one CLIENT span per operation and one per attempt when an application registered
 * a tracer provider; `traceparent` only when asked for; nothing at all when OpenTelemetry is unused.
 */
import { type Context, context, propagation, type Span, type SpanOptions, trace } from "@opentelemetry/api";
import { createMockServer, FaultInjector, faults } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BASE, testClient } from "./helpers.js";

interface Recorded {
  name: string;
  kind: number | undefined;
  attributes: Record<string, unknown>;
  status: number | undefined;
  ended: boolean;
  traceId: string;
  spanId: string;
}

const spans: Recorded[] = [];
let counter = 0;
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** A tiny tracer provider (what an OpenTelemetry SDK registers), recording spans. */
const provider = {
  getTracer: () => ({
    startSpan(name: string, options?: SpanOptions, ctx?: Context): Span {
      const parent = ctx ? trace.getSpanContext(ctx) : undefined;
      const record: Recorded = {
        name,
        kind: options?.kind,
        attributes: { ...options?.attributes },
        status: undefined,
        ended: false,
        traceId: parent?.traceId ?? hex(++counter, 32),
        spanId: hex(++counter, 16),
      };
      spans.push(record);
      const span = {
        spanContext: () => ({ traceId: record.traceId, spanId: record.spanId, traceFlags: 1 }),
        setAttribute: (k: string, v: unknown) => {
          record.attributes[k] = v;
          return span;
        },
        setStatus: (s: { code: number }) => {
          record.status = s.code;
          return span;
        },
        recordException: () => undefined,
        end: () => {
          record.ended = true;
        },
      };
      return span as unknown as Span;
    },
    startActiveSpan: () => {
      throw new Error("not used");
    },
  }),
};

/** A W3C trace-context propagator, injecting from the span in the given context. */
const w3c = {
  inject(ctx: Context, carrier: Record<string, string>) {
    const sc = trace.getSpanContext(ctx);
    if (sc) carrier.traceparent = `00-${sc.traceId}-${sc.spanId}-01`;
  },
  extract: (ctx: Context) => ctx,
  fields: () => ["traceparent"],
};

const injector = new FaultInjector();
const seen: Request[] = [];
const server = createMockServer(
  injector.handler(),
  http.get(`${BASE}/items/:id`, ({ request }) => {
    seen.push(request);
    return HttpResponse.json({ id: "1", name: "x" });
  }),
);

beforeAll(() => server.listen());
afterEach(() => {
  spans.length = 0;
  seen.length = 0;
  injector.reset();
  trace.disable();
  propagation.disable();
  context.disable();
});
afterAll(() => server.close());

describe("OpenTelemetry", () => {
  it("without a registered provider: no spans, no traceparent, nothing loaded", async () => {
    await testClient().call("getItem", { path: { id: "1" } });
    expect(spans).toHaveLength(0);
    expect(seen[0]?.headers.get("traceparent")).toBeNull();
  });

  it("one CLIENT span per operation with its attributes, one per attempt, no traceparent by default", async () => {
    trace.setGlobalTracerProvider(provider);
    propagation.setGlobalPropagator(w3c);
    injector.inject(faults.unavailable(503), { times: 1 });
    await testClient().call("getItem", { path: { id: "1" }, query: { token: "q-secret" } });
    const operation = spans.find((s) => s.name === "testvendor getItem");
    expect(operation).toMatchObject({
      kind: 2,
      ended: true,
      attributes: {
        "trustplane.vendor": "testvendor",
        "trustplane.operation": "getItem",
        "http.request.method": "GET",
        "http.response.status_code": 200,
        "trustplane.retry_count": 1,
      },
    });
    expect(String(operation?.attributes["url.full"])).not.toContain("q-secret");
    expect(operation?.attributes["trustplane.request_id"]).toEqual(expect.any(String));
    const attempts = spans.filter((s) => s.name.startsWith("testvendor getItem attempt"));
    expect(attempts.map((s) => s.attributes["http.response.status_code"])).toEqual([503, 200]);
    expect(seen[0]?.headers.get("traceparent")).toBeNull();
  });

  it("tracing.propagate sends traceparent naming the attempt's span", async () => {
    trace.setGlobalTracerProvider(provider);
    propagation.setGlobalPropagator(w3c);
    await testClient({ tracing: { propagate: true } }).call("getItem", { path: { id: "1" } });
    const attempt = spans.find((s) => s.name.endsWith("attempt 1"));
    expect(seen[0]?.headers.get("traceparent")).toBe(`00-${attempt?.traceId}-${attempt?.spanId}-01`);
  });

  it("tracing.enabled: false makes no spans even with a provider", async () => {
    trace.setGlobalTracerProvider(provider);
    await testClient({ tracing: { enabled: false } }).call("getItem", { path: { id: "1" } });
    expect(spans).toHaveLength(0);
  });
});
