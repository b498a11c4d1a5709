/**
 * The defects of the core-hardening issue, each against real HTTP servers on 127.0.0.1 and through
 * both engines (undici's dispatcher API and fetch).
 */
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionError,
  createApiClient,
  NotFoundError,
  oauth2ClientCredentials,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  type TransportEngine,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
  waitFor,
} from "../src/index.js";
import { json, startServer, type TestServer } from "./http-server.js";

const operations = {
  getItem: { method: "GET", path: "/items/{id}" },
  createItem: { method: "POST", path: "/items" },
  getData: { method: "GET", path: "/data" },
};

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startServer();
  b = await startServer();
});
afterEach(() => {
  a.reset();
  b.reset();
});
afterAll(async () => {
  await a.close();
  await b.close();
});

const engines: TransportEngine[] = ["dispatcher", "fetch"];

describe.each(engines)("engine: %s", (engine) => {
  const client = (extra: Record<string, unknown> = {}) =>
    createApiClient(
      { vendor: "hardening", version: "0.0.0", operations },
      { baseUrl: a.url, transport: { engine }, logLevel: "off", retry: { baseDelayMs: 1, maxDelayMs: 2 }, ...extra },
    );

  it("uses the engine it was asked for", () => {
    expect(client().engine()).toBe(engine);
  });

  describe("redirects stay on the origin the user named", () => {
    it("a token endpoint's 307 to another host is a RedirectError; the secret never reaches that host", async () => {
      a.route("/token", (_req, res) => {
        res.writeHead(307, { location: `${b.url}/token` });
        res.end();
      });
      b.route("/token", (_req, res) => json(res, 200, { access_token: "stolen", expires_in: 60 }));
      const auth = oauth2ClientCredentials({
        tokenUrl: `${a.url}/token`,
        clientId: "app",
        clientSecret: "s3cret-value",
        authMethod: "post",
      });
      const error = await client({ auth })
        .call("getItem", { path: { id: "1" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).message).toContain(a.url);
      expect((error as RedirectError).message).toContain(b.url);
      expect(b.seen).toHaveLength(0);
    });

    it.each([302, 307, 308])("an API call's %i to another host sends nothing there", async (status) => {
      a.route("/items", (_req, res) => {
        res.writeHead(status, { location: `${b.url}/items` });
        res.end();
      });
      b.route("/items", (_req, res) => json(res, 201, { id: "evil" }));
      const error = await client({ headers: { "x-api-key": "custom-secret" } })
        .call("createItem", { body: { password: "p" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).status).toBe(status);
      expect(b.seen).toHaveLength(0);
      expect(a.seen).toHaveLength(1); // and the redirect is not retried
    });

    it("a redirect within the origin is followed", async () => {
      a.route("/items/old", (_req, res) => {
        res.writeHead(301, { location: "/items/new" });
        res.end();
      });
      a.route("/items/new", (_req, res) => json(res, 200, { id: "new" }));
      expect(await client().call("getItem", { path: { id: "old" } })).toEqual({ id: "new" });
    });

    it("303 after a POST continues as a GET without the body", async () => {
      a.route("/items", (_req, res) => {
        res.writeHead(303, { location: "/items/created" });
        res.end();
      });
      a.route("/items/created", (req, res, body) => json(res, 200, { method: req.method, body }));
      expect(await client().call("createItem", { body: { name: "x" } })).toEqual({ method: "GET", body: "" });
    });
  });

  describe("path parameters cannot escape their segment", () => {
    it.each([
      ["..", 'must not be ".."'],
      [".", 'must not be "."'],
      ["", "must not be empty"],
      [null, "is required"],
      [undefined, "is required"],
      [{ toString: () => "x" }, "must be a string or a finite number"],
      [Number.NaN, "must be a string or a finite number"],
    ])("id %j is refused before sending", async (id, rule) => {
      const error = await client()
        .call("getItem", { path: { id } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toBe("path.id");
      expect((error as ValidationError).issues[0]?.message).toContain(rule);
      const raw = await client()
        .raw.GET("/items/{id}" as never, { params: { path: { id } } } as never)
        .catch((e: unknown) => e);
      expect(raw).toBeInstanceOf(ValidationError);
      expect(a.seen).toHaveLength(0);
    });

    it("a value with / ? # % is one encoded segment", async () => {
      a.route("/items/a%2F..%2Fb%3Fc%23d%25", (_req, res) => json(res, 200, { ok: true }));
      expect(await client().call("getItem", { path: { id: "a/../b?c#d%" } })).toEqual({ ok: true });
      expect(a.seen[0]?.url).toBe("/items/a%2F..%2Fb%3Fc%23d%25");
    });
  });

  describe("response size", () => {
    it("a gzip bomb (100 KB inflating to 100 MB) fails with ResponseTooLargeError at the limit", async () => {
      const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
      expect(bomb.length).toBeLessThan(200 * 1024);
      a.route("/data", (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(bomb);
      });
      const before = process.memoryUsage().rss;
      const error = await client({ maxResponseBytes: 1024 * 1024 })
        .call("getData")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).limit).toBe(1024 * 1024);
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    });

    it("a plain body over the limit fails, per call too", async () => {
      a.route("/data", (_req, res) => json(res, 200, { blob: "x".repeat(5000) }));
      await expect(client({ maxResponseBytes: 1000 }).call("getData")).rejects.toBeInstanceOf(ResponseTooLargeError);
      await expect(client().call("getData", {}, { maxResponseBytes: 1000 })).rejects.toBeInstanceOf(
        ResponseTooLargeError,
      );
      expect(await client().call("getData", {}, { maxResponseBytes: 10_000 })).toHaveProperty("blob");
    });

    it("a compressed body within the limit is decoded as fetch would", async () => {
      a.route("/data", (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(gzipSync(JSON.stringify({ hello: "world" })));
      });
      expect(await client().call("getData")).toEqual({ hello: "world" });
    });
  });

  describe("unexpected bodies are TrustplaneErrors that do not quote the body", () => {
    it("HTML with status 200 where JSON was promised", async () => {
      a.route("/data", (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "x-request-id": "rid-1" });
        res.end("<html>secret-session-page</html>");
      });
      const error = (await client()
        .call("getData")
        .catch((e: unknown) => e)) as UnexpectedResponseError;
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error.status).toBe(200);
      expect(error.operation).toBe("getData");
      expect(error.requestId).toBe("rid-1");
      expect(error.message).not.toContain("secret-session-page");
    });

    it.each([
      ["null", null, { type: "object" as const }],
      ["{}", {}, { required: ["id"] }],
      ["an array", [1], { type: "object" as const }],
    ])("%s where an object with fields is required", async (_name, body, expect_) => {
      a.route("/data", (_req, res) => json(res, 200, body));
      const error = await client()
        .call("getData", { expect: expect_ })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
    });
  });

  describe("per-call options are checked like client options", () => {
    it.each([
      [{ timeout: "abc" }, "timeout"],
      [{ timeout: -1 }, "timeout"],
      [{ timeout: 0 }, "timeout"],
      [{ maxRetries: Number.NaN }, "maxRetries"],
      [{ maxRetries: 99 }, "maxRetries"],
      [{ signal: "x" }, "signal"],
      [{ headers: { "x-a": "1\r\nx-b: 2" } }, "headers.x-a"],
      [{ tiemout: 5 }, "tiemout"],
    ])("%j is a ValidationError naming %s, and nothing is sent", async (options, field) => {
      const error = await client()
        .call("getItem", { path: { id: "1" } }, options as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
      expect(a.seen).toHaveLength(0);
    });

    it("without a timeout (Infinity), an abort is still an AbortError", async () => {
      a.route("/items/slow", () => undefined); // never answers
      const controller = new AbortController();
      const call = client({ timeout: Number.POSITIVE_INFINITY })
        .call("getItem", { path: { id: "slow" } }, { signal: controller.signal })
        .catch((e: unknown) => e);
      setTimeout(() => controller.abort(), 20);
      expect(await call).toBeInstanceOf(AbortError);
    });

    it("a per-call timeout is honoured", async () => {
      a.route("/items/slow", () => undefined);
      const error = await client({ maxRetries: 0 })
        .call("getItem", { path: { id: "slow" } }, { timeout: 50 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
    });
  });

  describe("network failures say what happened", () => {
    it("a refused token endpoint is a ConnectionError with phase token, not an AuthError", async () => {
      const closed = await startServer();
      const tokenUrl = `${closed.url}/token`;
      await closed.close();
      const auth = oauth2ClientCredentials({ tokenUrl, clientId: "c", clientSecret: "s" });
      const error = (await client({ auth, maxRetries: 0 })
        .call("getItem", { path: { id: "1" } })
        .catch((e: unknown) => e)) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.phase).toBe("token");
      expect(error.code).toBe("ECONNREFUSED");
    });

    it("a 404 names the method and URL that were called, without the query", async () => {
      const error = (await client()
        .call("getItem", { path: { id: "nope" }, query: { token: "q-secret" } })
        .catch((e: unknown) => e)) as NotFoundError;
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toContain(`(GET ${a.url}/items/nope)`);
      expect(error.message).not.toContain("q-secret");
    });

    it("a URL on a port the fetch standard blocks says so, without trying", async () => {
      const error = (await client()
        .fetch("http://127.0.0.1:6000/x")
        .catch((e: unknown) => e)) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.code).toBe("ERR_BLOCKED_PORT");
      expect(error.permanent).toBe(true);
      expect(error.message).toContain("port 6000 is blocked by the fetch standard");
    });
  });
});

describe("client options", () => {
  const make = (options: Record<string, unknown>) => () =>
    createApiClient({ vendor: "v", version: "0" }, { baseUrl: a.url, ...options } as never);

  it.each([
    ["baseUrl with user:password", { baseUrl: "https://admin:hunter2@api.test" }, "baseUrl", "hunter2"],
    ["a blocked port", { baseUrl: "http://127.0.0.1:6000" }, "baseUrl", undefined],
    ["CR/LF in a header", { headers: { "x-a": "ok\r\nx-injected: 1" } }, "headers.x-a", undefined],
    ["an invalid header name", { headers: { "bad name": "v" } }, "headers.bad name", undefined],
    ["CR/LF in the user agent", { userAgent: "me/1\r\nx: y" }, "userAgent", undefined],
    ["a typo", { timout: 5 }, "timout", undefined],
  ])("%s is refused at creation", (_name, options, field, secret) => {
    let error: unknown;
    try {
      make(options)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
    if (secret) expect((error as Error).message).not.toContain(secret);
  });

  it("a typo names the closest valid option", () => {
    expect(make({ maxRetry: 1 })).toThrow(/did you mean "maxRetries"/);
  });

  it("a token URL with credentials is refused without echoing them", () => {
    const build = () =>
      oauth2ClientCredentials({ tokenUrl: "https://u:pw-123@auth.test/token", clientId: "c", clientSecret: "s" });
    expect(build).toThrow(ValidationError);
    expect(build).not.toThrow(/pw-123/);
  });
});

describe("waiters", () => {
  it("timeout bounds a poll that hangs: 300 ms means 300 ms", async () => {
    a.route("/data", () => undefined); // the status poll never answers
    const api = createApiClient({ vendor: "w", version: "0", operations }, { baseUrl: a.url, logLevel: "off" });
    const started = Date.now();
    const error = await waitFor(
      (_attempt, { signal, remainingMs }) => api.call("getData", {}, { signal, timeout: remainingMs }),
      {
        until: () => false,
        timeout: 300,
        interval: 10,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a deadline shared by phases ends the second phase when the first used the budget", async () => {
    const deadline = Date.now() + 200;
    await waitFor(async () => "ok", { until: () => true, deadline });
    await new Promise((r) => setTimeout(r, 250));
    await expect(waitFor(async () => "late", { until: () => true, deadline, timeout: 60_000 })).rejects.toBeInstanceOf(
      WaitTimeoutError,
    );
  });

  it("a late phase's timeout names the flow's timeout, not the few ms the phase had left", async () => {
    const timeout = 300;
    const deadline = Date.now() + timeout;
    await waitFor(async () => "ok", { until: () => true, deadline, timeout });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const error = (await waitFor(async () => "pending", { until: () => false, interval: 10, deadline, timeout }).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(250);
    expect(error.message).toBe("Timed out after 300 ms waiting for condition");
    expect(error.timeoutMs).toBe(300);
  });
});
