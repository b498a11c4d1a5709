import { createApiClient, NotFoundError, oauth2ClientCredentials, offsetLimit, Paged, waitFor } from "@trustplane/core";
import { fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CoreDemoConnection,
  coreDemoMocks,
  type DemoItem,
  type DemoJob,
  type Sandbox,
  startSandbox,
} from "../src/index.js";

let sandbox: Sandbox;
let c: CoreDemoConnection;
let token = "";

const api = (path: string, init: RequestInit = {}) =>
  undiciFetch(`${c.apiUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  } as Parameters<typeof undiciFetch>[1]);

async function getToken(): Promise<string> {
  const response = await undiciFetch(c.tokenUrl, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString("base64")}`,
    },
    body: "grant_type=client_credentials",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

const injectFault = (fault: Record<string, unknown>) =>
  undiciFetch(c.faultsUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    builtins: false,
    discover: false,
    vendors: [
      {
        prefix: "core-demo",
        sandboxMocks: (base) => coreDemoMocks(base, { jobTimings: { queuedMs: 150, runningMs: 300 } }),
      },
    ],
  });
  c = sandbox.vendors[0]?.connection as CoreDemoConnection;
});

beforeEach(async () => {
  sandbox.reset();
  token = await getToken();
});

afterAll(async () => {
  await sandbox?.close();
});

describe("core-demo fake", () => {
  it("describes how to connect", () => {
    const base = `${sandbox.url}/core-demo`;
    expect(c).toEqual({
      apiUrl: `${base}/api`,
      tokenUrl: `${base}/oauth/token`,
      clientId: "core-demo-client",
      clientSecret: "core-demo-secret",
      faultsUrl: `${base}/__faults`,
    });
  });

  it("refuses wrong client credentials at the token endpoint", async () => {
    const response = await undiciFetch(c.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `grant_type=client_credentials&client_id=${c.clientId}&client_secret=wrong`,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });

  it("answers 401 on every API route without a live bearer token", async () => {
    const routes: Array<[string, string]> = [
      ["GET", "/items"],
      ["GET", "/items/item-0001"],
      ["POST", "/jobs"],
      ["GET", "/jobs/job-1"],
    ];
    for (const [method, path] of routes) {
      const missing = await undiciFetch(`${c.apiUrl}${path}`, { method });
      expect(missing.status, `${method} ${path} without a token`).toBe(401);
      expect(await missing.json()).toEqual({ code: "UNAUTHENTICATED", message: "A bearer token is required" });
      const bogus = await undiciFetch(`${c.apiUrl}${path}`, {
        method,
        headers: { authorization: "Bearer not-issued" },
      });
      expect(bogus.status, `${method} ${path} with a bogus token`).toBe(401);
      expect(bogus.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
    // A token stops working once the server forgets it (here: reset).
    sandbox.reset();
    expect((await api("/items")).status).toBe(401);
  });

  it("pages 250 items by offset/limit with a total", async () => {
    const first = (await (await api("/items?limit=100")).json()) as { data: DemoItem[]; meta: unknown };
    expect(first.data).toHaveLength(100);
    expect(first.data[0]).toEqual({ id: "item-0001", name: "Demo item 1", createdAt: "2025-01-01T00:00:00.000Z" });
    expect(first.meta).toEqual({ pagination: { limit: 100, offset: 0, totalCount: 250 } });

    const last = (await (await api("/items?offset=240&limit=25")).json()) as { data: DemoItem[]; meta: unknown };
    expect(last.data.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `item-0${241 + i}`));
    expect(last.meta).toEqual({ pagination: { limit: 25, offset: 240, totalCount: 250 } });

    const beyond = (await (await api("/items?offset=300")).json()) as { data: DemoItem[] };
    expect(beyond.data).toEqual([]);

    const defaults = (await (await api("/items")).json()) as { data: DemoItem[]; meta: unknown };
    expect(defaults.data).toHaveLength(25);

    for (const query of ["limit=0", "limit=101", "offset=-1", "limit=abc"]) {
      const bad = await api(`/items?${query}`);
      expect(bad.status, query).toBe(400);
      expect(await bad.json()).toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("reads one item, and answers 404 with its error envelope for an unknown one", async () => {
    expect(await (await api("/items/item-0042")).json()).toMatchObject({ id: "item-0042", name: "Demo item 42" });
    const missing = await api("/items/item-9999");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: "NOT_FOUND", message: "No item with id item-9999" });
  });

  it("moves a job from queued to running to done over time", async () => {
    const created = await api("/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"type":"export"}',
    });
    expect(created.status).toBe(202);
    const job = (await created.json()) as DemoJob;
    expect(job).toMatchObject({ id: "job-1", type: "export", status: "queued", progress: 0 });
    expect(created.headers.get("location")).toBe(`${c.apiUrl}/jobs/job-1`);

    const seen: string[] = [];
    const started = Date.now();
    let last: DemoJob | undefined;
    while (Date.now() - started < 3_000) {
      last = (await (await api(`/jobs/${job.id}`)).json()) as DemoJob;
      if (seen.at(-1) !== last.status) seen.push(last.status);
      if (last.status === "done") break;
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(seen).toEqual(["queued", "running", "done"]);
    expect(last).toMatchObject({ status: "done", progress: 100, result: { processed: 1000 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((await api("/jobs/job-404")).status).toBe(404);
  });

  it("ends a job asked to fail as failed", async () => {
    const created = await api("/jobs", { method: "POST", body: '{"fail":true}' });
    const job = (await created.json()) as DemoJob;
    await new Promise((r) => setTimeout(r, 500));
    expect(await (await api(`/jobs/${job.id}`)).json()).toMatchObject({
      status: "failed",
      error: "the job was asked to fail",
    });
  });

  it("queues faults through the admin route", async () => {
    const queued = await injectFault({ kind: "unavailable", status: 503, times: 2, match: "/api/items" });
    expect(queued.status).toBe(201);
    expect(await queued.json()).toMatchObject({ pending: 2, applied: 0 });

    expect((await api("/items/item-0001")).status).toBe(503);
    expect((await api("/items/item-0001")).status).toBe(503);
    expect((await api("/items/item-0001")).status).toBe(200);
    expect(await (await undiciFetch(c.faultsUrl)).json()).toEqual({ pending: 0, applied: 2 });

    await injectFault({ kind: "connection-reset" });
    await expect(api("/items/item-0001")).rejects.toThrow(TypeError);

    await injectFault({ kind: "rate-limit", retryAfterSeconds: 3 });
    const limited = await api("/items");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");

    await injectFault({ kind: "status", status: 418, times: 5 });
    expect(await (await undiciFetch(c.faultsUrl, { method: "DELETE" })).json()).toMatchObject({ pending: 0 });
    expect((await api("/items")).status).toBe(200);

    const bad = await injectFault({ kind: "meteor" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/kind must be one of/);
  });
});

describe("core client against the core-demo fake over HTTP", () => {
  const profile = {
    vendor: "core-demo",
    version: "0.0.0",
    parseError: (body: unknown) => body as { code?: string; message?: string },
  };
  // The raw client is typed from a tiny hand-written paths table, as openapi-typescript would emit.
  type Paths = {
    "/items": {
      get: {
        parameters: { query?: { offset?: number; limit?: number } };
        responses: {
          200: { content: { "application/json": { data: DemoItem[]; meta: { pagination: { totalCount: number } } } } };
        };
      };
    };
    "/items/{id}": {
      get: { parameters: { path: { id: string } }; responses: { 200: { content: { "application/json": DemoItem } } } };
    };
    "/jobs": {
      post: {
        requestBody: { content: { "application/json": { type: string } } };
        responses: { 202: { content: { "application/json": DemoJob } } };
      };
    };
    "/jobs/{id}": {
      get: { parameters: { path: { id: string } }; responses: { 200: { content: { "application/json": DemoJob } } } };
    };
  };
  const client = () => {
    let attempts = 0;
    const api = createApiClient<Paths>(profile, {
      baseUrl: c.apiUrl,
      auth: oauth2ClientCredentials({ tokenUrl: c.tokenUrl, clientId: c.clientId, clientSecret: c.clientSecret }),
      retry: { baseDelayMs: 10, maxDelayMs: 50 },
      logLevel: "off",
      policies: [
        {
          name: "count",
          handle: (request, ctx, next) => {
            attempts++;
            return next(request, ctx);
          },
        },
      ],
    });
    return { api, attempts: () => attempts };
  };

  it("authenticates, pages, retries 503s and connection resets, waits for a job, and types a 404", async () => {
    const { api, attempts } = client();
    try {
      const items = new Paged<DemoItem>(
        offsetLimit({
          pageSize: 100,
          fetch: async (offset, limit, signal) => {
            const { data } = await api.raw.GET("/items", {
              params: { query: { offset, limit } },
              ...(signal && { signal }),
            });
            return { items: data?.data ?? [], total: data?.meta.pagination.totalCount };
          },
        }),
      );
      const all = await items.toArray();
      expect(all).toHaveLength(250);
      expect(new Set(all.map((i) => i.id)).size).toBe(250);

      await injectFault({ kind: "unavailable", times: 2, match: "/api/items/" });
      const before = attempts();
      const { data } = await api.raw.GET("/items/{id}", { params: { path: { id: "item-0007" } } });
      expect(data?.name).toBe("Demo item 7");
      expect(attempts() - before).toBe(3);

      await injectFault({ kind: "connection-reset", match: "/api/items/" });
      expect((await api.raw.GET("/items/{id}", { params: { path: { id: "item-0008" } } })).data?.id).toBe("item-0008");

      const { data: job } = await api.raw.POST("/jobs", { body: { type: "reindex" } });
      const statuses: string[] = [];
      const done = await waitFor(
        async () => (await api.raw.GET("/jobs/{id}", { params: { path: { id: job?.id ?? "" } } })).data as DemoJob,
        {
          until: (j) => j.status === "done",
          interval: 50,
          timeout: 5_000,
          onProgress: (p) => {
            if (p.value && statuses.at(-1) !== p.value.status) statuses.push(p.value.status);
          },
        },
      );
      expect(done.status).toBe("done");
      expect(statuses).toEqual(["queued", "running", "done"]);

      const failure = await api.raw
        .GET("/items/{id}", { params: { path: { id: "item-9999" } } })
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(NotFoundError);
      expect(failure).toMatchObject({ status: 404, code: "NOT_FOUND", vendor: "core-demo" });
    } finally {
      await api.close();
    }
  });
});
