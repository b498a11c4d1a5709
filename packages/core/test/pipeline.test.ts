import { createMockServer, FaultInjector, faults } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { OperationMatcher } from "../src/client/operation-matcher.js";
import { callInit, type Policy, TimeoutError } from "../src/index.js";
import { BASE, testClient } from "./helpers.js";

const injector = new FaultInjector();
const seen: Request[] = [];
const server = createMockServer(
  injector.handler(),
  http.get(`${BASE}/items/:id`, ({ request, params }) => {
    seen.push(request.clone());
    return HttpResponse.json({ id: params.id, name: "w" });
  }),
);
afterEach(() => {
  server.close();
  injector.clear();
  seen.length = 0;
});

describe("pipeline", () => {
  it("resolves fetch per request: msw started after the client was built still answers", async () => {
    const client = testClient(); // built before msw patches fetch
    server.listen();
    const { data } = await client.raw.GET("/items/{id}", { params: { path: { id: "42" } } });
    expect(data).toEqual({ id: "42", name: "w" });
  });

  it("sends one request id on every attempt of a call, a new one per call", async () => {
    server.listen();
    injector.inject(faults.unavailable(), { times: 2, match: "/items/1" });
    const client = testClient();
    const ids: Array<string | null> = [];
    server.events.on("request:start", ({ request }) => {
      ids.push(request.headers.get("x-request-id"));
    });
    await client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    await client.raw.GET("/items/{id}", { params: { path: { id: "2" } } });
    server.events.removeAllListeners();
    expect(ids).toHaveLength(4);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it("sets a User-Agent naming the vendor package and the user's product", async () => {
    server.listen();
    await testClient({ userAgent: "my-pipeline/2.0" }).raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(seen[0]?.headers.get("user-agent")).toMatch(
      /^trustplane-testvendor\/1\.2\.3 node\/\d+\.\d+\.\d+ my-pipeline\/2\.0$/,
    );
  });

  it("sends client-wide headers and lets a call override them", async () => {
    server.listen();
    const client = testClient({ headers: { "x-tenant": "a", "x-env": "prod" } });
    await client.raw.GET("/items/{id}", {
      params: { path: { id: "1" } },
      ...callInit({ headers: { "x-tenant": "b" } }),
    });
    expect(seen[0]?.headers.get("x-tenant")).toBe("b");
    expect(seen[0]?.headers.get("x-env")).toBe("prod");
  });

  it("a per-call timeout overrides the client's", async () => {
    server.listen();
    injector.inject(faults.slowHeaders(300), { times: 5 });
    const client = testClient({ timeout: 10_000, maxRetries: 0 });
    const error = await client.raw
      .GET("/items/{id}", { params: { path: { id: "1" } }, ...callInit({ timeout: 20 }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(20);
  });

  it("runs user policies next to the wire, once per attempt", async () => {
    server.listen();
    injector.inject(faults.unavailable(), { times: 1 });
    const attempts: number[] = [];
    const spy: Policy = {
      name: "spy",
      handle: (request, ctx, next) => {
        attempts.push(ctx.attempt);
        return next(request, ctx);
      },
    };
    await testClient({ policies: [spy] }).raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(attempts).toEqual([1, 2]);
  });
});

describe("OperationMatcher", () => {
  const matcher = new OperationMatcher({
    getReport: { method: "GET", path: "/promotion/report/{reportId}" },
    getProvisional: { method: "GET", path: "/promotion/report/provisional" },
    listCas: { method: "GET", path: "/.well-known/est/cacerts" },
    listKeys: { method: "GET", path: "/environments/{environmentId}/keys" },
  });

  it("prefers the literal path over a parameter", () => {
    expect(matcher.match("GET", "https://t/environment/promotion/report/provisional")?.id).toBe("getProvisional");
    expect(matcher.match("GET", "https://t/environment/promotion/report/abc-123")?.id).toBe("getReport");
  });

  it("matches below any base path and ignores the query", () => {
    expect(matcher.match("get", "https://api.pingone.eu/v1/environments/e1/keys?limit=5")?.id).toBe("listKeys");
    expect(matcher.match("GET", "https://ziti:1280/.well-known/est/cacerts")?.id).toBe("listCas");
  });

  it("does not match another method or a longer path", () => {
    expect(matcher.match("POST", "https://t/environments/e1/keys")).toBeUndefined();
    expect(matcher.match("GET", "https://t/environments/e1/keys/k1")).toBeUndefined();
  });
});

describe("retry hook", () => {
  it("retry.onRetry hears each retry with its reason", async () => {
    server.listen();
    injector.inject(faults.unavailable(503), { times: 2 });
    const heard: Array<{ attempt: number; reason: string }> = [];
    await testClient({
      retry: { baseDelayMs: 1, onRetry: ({ attempt, reason }) => heard.push({ attempt, reason }) },
    }).raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(heard).toEqual([
      { attempt: 1, reason: "status 503" },
      { attempt: 2, reason: "status 503" },
    ]);
  });
});
