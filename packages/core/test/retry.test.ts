import { createMockServer, FaultInjector, faults } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConnectionError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
} from "../src/index.js";
import { BASE, testClient } from "./helpers.js";

const injector = new FaultInjector();
let hits: Request[] = [];
const server = createMockServer(
  http.all("*", ({ request }) => {
    hits.push(request.clone());
  }),
  injector.handler(),
  http.get(`${BASE}/items/:id`, ({ params }) => HttpResponse.json({ id: params.id, name: "widget" })),
  http.post(`${BASE}/items`, () => HttpResponse.json({ id: "new" }, { status: 201 })),
  http.post(`${BASE}/items/search`, () => HttpResponse.json([{ id: "1" }])),
  http.patch(`${BASE}/items/:id`, () => HttpResponse.json({ id: "1" })),
);

beforeAll(() => server.listen());
afterEach(() => {
  server.resetHandlers();
  injector.clear();
  hits = [];
});
afterAll(() => server.close());

const get = (client = testClient()) => client.raw.GET("/items/{id}", { params: { path: { id: "7" } } });

describe("retry: each fault kind", () => {
  it.each([
    ["429 with Retry-After", faults.rateLimit({ retryAfterMs: 1 })],
    ["503", faults.unavailable(503)],
    ["500", faults.unavailable(500)],
    ["502", faults.unavailable(502)],
    ["504", faults.unavailable(504)],
    ["408", faults.status(408)],
    ["connection reset", faults.connectionReset()],
  ])("a GET recovers from %s", async (_name, fault) => {
    injector.inject(fault, { times: 2 });
    const { data } = await get();
    expect(data).toEqual({ id: "7", name: "widget" });
    expect(hits).toHaveLength(3);
  });

  it("slow headers past the attempt timeout are retried, then succeed", async () => {
    // The stalled attempt always times out; the retry has a whole second even on a loaded machine.
    injector.inject(faults.slowHeaders(3_000));
    const { data } = await get(testClient({ timeout: 1_000 }));
    expect(data?.id).toBe("7");
    expect(hits).toHaveLength(2);
  });

  it("a slow body past the attempt timeout is retried, then succeeds", async () => {
    injector.inject(faults.slowBody(3_000));
    const { data } = await get(testClient({ timeout: 1_000 }));
    expect(data?.id).toBe("7");
    expect(hits).toHaveLength(2);
  });

  it("gives up after maxRetries and throws the vendor's error", async () => {
    injector.inject(faults.unavailable(503, { code: 503, message: "maintenance" }), { times: 5 });
    const error = await get(testClient({ maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect((error as ServerError).message).toContain("maintenance");
    expect((error as ServerError).operation).toBe("getItem");
    expect(hits).toHaveLength(3);
  });

  it.each([501, 505, 400, 404])("does not retry %i", async (status) => {
    injector.inject(faults.status(status, { message: "nope" }), { times: 3 });
    await expect(get()).rejects.toThrow(/nope/);
    expect(hits).toHaveLength(1);
  });

  it("a 429 that outlives retries is a RateLimitError with retryAfterMs", async () => {
    injector.inject(faults.rateLimit({ retryAfterMs: 2 }), { times: 3 });
    const error = (await get(testClient({ maxRetries: 1 })).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(2);
    expect(hits).toHaveLength(2);
  });

  it("malformed JSON is not retried and fails clearly", async () => {
    injector.inject(faults.malformedJson());
    const error = await get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain("not valid JSON");
    expect((error as Error).message).not.toContain("{not json"); // the body is never quoted
    expect(hits).toHaveLength(1);
  });

  it("maxRetries per call overrides the client", async () => {
    injector.inject(faults.unavailable(), { times: 5 });
    const client = testClient({ maxRetries: 4 });
    await expect(
      client.raw.GET("/items/{id}", { params: { path: { id: "1" } }, ...{ trustplane: { maxRetries: 0 } } }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(hits).toHaveLength(1);
  });
});

describe("retry: writes are never duplicated", () => {
  it("a POST that reached the server (503) is not retried", async () => {
    injector.inject(faults.unavailable(503), { times: 3 });
    const client = testClient();
    await expect(client.fetch(`${BASE}/items`, { method: "POST", body: "{}" })).rejects.toBeInstanceOf(ServerError);
    expect(hits.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a POST whose connection dropped mid-flight is not retried", async () => {
    injector.inject(faults.connectionReset(), { times: 3 });
    await expect(testClient().fetch(`${BASE}/items`, { method: "POST", body: "{}" })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(hits).toHaveLength(1);
  });

  it("a PATCH that timed out is not retried", async () => {
    injector.inject(faults.slowHeaders(300));
    await expect(
      testClient({ timeout: 50 }).fetch(`${BASE}/items/1`, { method: "PATCH", body: "{}" }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(hits).toHaveLength(1);
  });

  it("a POST declared safe to repeat (x-trustplane-idempotent) is retried", async () => {
    injector.inject(faults.unavailable(503), { times: 2 });
    const response = await testClient().fetch(`${BASE}/items/search`, { method: "POST", body: "{}" });
    expect(response.status).toBe(200);
    expect(hits).toHaveLength(3);
  });

  it("a POST is retried when the connection failed before any byte was sent", async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      calls++;
      if (calls === 1) throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
      return globalThis.fetch(input, init);
    };
    const response = await testClient({ fetch }).fetch(`${BASE}/items`, { method: "POST", body: "{}" });
    expect(response.status).toBe(201);
    expect(calls).toBe(2);
    expect(hits.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a POST that got ECONNRESET (may have been received) is not retried", async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    };
    const error = await testClient({ fetch })
      .fetch(`${BASE}/items`, { method: "POST", body: "{}" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).beforeSend).toBe(false);
    expect((error as ConnectionError).code).toBe("ECONNRESET");
    expect(calls).toBe(1);
  });

  it("idempotent: true on the call makes a POST retryable", async () => {
    injector.inject(faults.unavailable(503), { times: 1 });
    const response = await testClient().raw.POST("/items" as never, { trustplane: { idempotent: true } } as never);
    expect(response.response.status).toBe(201);
    expect(hits).toHaveLength(2);
  });

  it("every replay sends the same body", async () => {
    injector.inject(faults.unavailable(503), { times: 2 });
    await testClient().fetch(`${BASE}/items/search`, { method: "POST", body: JSON.stringify({ q: "x" }) });
    const bodies = await Promise.all(hits.map((r) => r.text()));
    expect(bodies).toEqual(Array(3).fill('{"q":"x"}'));
  });
});

describe("vendor classifier", () => {
  it("adds a retryable status (Vault 412) for repeatable calls", async () => {
    injector.inject(faults.status(412, { message: "not yet consistent" }), { times: 1 });
    const client = testClient({}, { retryClassifier: ({ response }) => (response?.status === 412 ? true : undefined) });
    const { data } = await get(client);
    expect(data?.id).toBe("7");
    expect(hits).toHaveLength(2);
  });

  it("can veto a default retry", async () => {
    injector.inject(faults.unavailable(503), { times: 2 });
    const client = testClient({}, { retryClassifier: () => false });
    await expect(get(client)).rejects.toBeInstanceOf(ServerError);
    expect(hits).toHaveLength(1);
  });
});

describe("errors map to meaning", () => {
  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
  ])("%i", async (status, Class) => {
    injector.inject(faults.status(status, { code: "E1", message: "explained", txid: "tx-9" }));
    const error = (await get().catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(Class);
    expect(error.code).toBe("E1");
    expect(error.requestId).toBe("tx-9");
    expect(error.vendor).toBe("testvendor");
    expect(error.message).toBe(
      `getItem failed with ${status} ${status === 400 ? "Bad Request" : "Not Found"} [E1]: explained (GET ${BASE}/items/7)`,
    );
    expect(error.body).toEqual({ code: "E1", message: "explained", txid: "tx-9" });
  });

  it("the caller's abort is an AbortError, not a timeout", async () => {
    injector.inject(faults.slowHeaders(500));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await testClient({ timeout: 5000 })
      .raw.GET("/items/{id}", { params: { path: { id: "1" } }, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it("a slow body hits the timeout even though the headers came at once", async () => {
    injector.inject(faults.slowBody(3_000), { times: 5 });
    const error = await get(testClient({ timeout: 100, maxRetries: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
  });

  it("a timeout is a TimeoutError, not an AbortError", async () => {
    injector.inject(faults.slowHeaders(500), { times: 5 });
    const error = await get(testClient({ timeout: 30, maxRetries: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(AbortError);
    expect((error as TimeoutError).timeoutMs).toBe(30);
  });
});
