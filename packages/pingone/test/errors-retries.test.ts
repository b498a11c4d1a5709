import {
  AbortError,
  ApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from "@trustplane/core";
import { captureLogs, faults } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import { pingOneError, transientAfterCreateClassifier } from "../src/index.js";
import { PINGONE_DEMO, pingOneFaults } from "../src/mocks/index.js";
import { failure, signingKey, useFake } from "./helpers.js";

const { client, mocks } = useFake();
const ENV = PINGONE_DEMO.environmentId;

/** A client whose logger aborts the call at its first retry, recording the wait it was about to take. */
function abortAtFirstRetry() {
  const controller = new AbortController();
  const waits: number[] = [];
  const log = captureLogs();
  const logger = {
    ...log.logger,
    info: (message: string, fields?: Record<string, unknown>) => {
      if (message === "retrying") {
        waits.push(fields?.delayMs as number);
        controller.abort();
      }
    },
  };
  return { p1: client({ logger, logLevel: "info" }), signal: controller.signal, waits };
}

describe("errors in PingOne's terms", () => {
  it("exposes code, message, details[], innerError and the request id", async () => {
    // keyLength 4097 passes the client's checks (any positive integer) and is refused by the service.
    const error = await failure(client().keys.generate({ ...signingKey(), keyLength: 4097 }));
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.code).toBe("INVALID_DATA");
    expect(e.vendor).toBe("pingone");
    expect(e.operation).toBe("createKey");
    expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.message).toContain("[INVALID_DATA]");
    expect(Array.isArray(e.details)).toBe(true);
    expect(pingOneError(e)).toMatchObject({
      status: 400,
      id: e.requestId,
      code: "INVALID_DATA",
      details: [{ code: "INVALID_VALUE", target: "keyLength" }],
      innerError: { allowedValues: expect.arrayContaining(["2048"]) },
    });
    expect(pingOneError(new Error("x"))).toBeUndefined();
  });
});

describe("retries", () => {
  it("honours Retry-After on 429 and retries reads", async () => {
    mocks.faults.inject(pingOneFaults.rateLimited(0), { match: "/keys", times: 2 });
    expect((await client().keys.list()).items).toEqual([]);
    expect(mocks.faults.applied).toBe(2);
  });

  it("waits what Retry-After asks for", async () => {
    mocks.faults.inject(pingOneFaults.rateLimited(2), { match: "/keys/" });
    const { p1, signal, waits } = abortAtFirstRetry();
    const key = mocks.state.addKey(ENV, { name: "k" });
    await expect(p1.keys.get({ keyId: key.record.id }, { signal })).rejects.toBeInstanceOf(AbortError);
    expect(waits).toEqual([2000]);
  });

  it("caps a long Retry-After at 30 s", async () => {
    mocks.faults.inject(pingOneFaults.rateLimited(600), { match: "/keys/" });
    const { p1, signal, waits } = abortAtFirstRetry();
    const key = mocks.state.addKey(ENV, { name: "k" });
    await expect(p1.keys.get({ keyId: key.record.id }, { signal })).rejects.toBeInstanceOf(AbortError);
    expect(waits).toEqual([30_000]);
  });

  it("gives up after maxRetries with a RateLimitError carrying the wait", async () => {
    mocks.faults.inject(pingOneFaults.rateLimited(0), { match: "/keys", times: 5 });
    const error = await failure(client({ maxRetries: 1 }).keys.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("REQUEST_LIMITED");
    expect(pingOneError(error)?.innerError?.retryAfter).toBe(0);
    expect(mocks.faults.applied).toBe(2);
  });

  it("retries 5xx on reads, PUT and DELETE", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    const unavailable = () => mocks.faults.inject(faults.unavailable(503), { match: `/keys/${key.id}` });
    unavailable();
    await p1.keys.get({ keyId: key.id });
    unavailable();
    await p1.keys.update({ keyId: key.id, default: true, usageType: "SIGNING" });
    unavailable();
    await p1.keys.delete({ keyId: key.id });
    expect(mocks.faults.applied).toBe(3);
  });

  it("never replays a create that may have reached the server", async () => {
    mocks.faults.inject(faults.unavailable(503), { match: "/keys" });
    await expect(client().keys.generate(signingKey())).rejects.toBeInstanceOf(ServerError);
    expect(mocks.faults.applied).toBe(1);
    expect(mocks.state.environment(ENV).keys.size).toBe(0);
  });
});

describe("transient 403/404 after creation (opt-in)", () => {
  it("is not retried by default", async () => {
    const key = mocks.state.addKey(ENV, { name: "k" });
    mocks.faults.inject(pingOneFaults.transientNotFound(), { match: "/keys/" });
    await expect(client().keys.get({ keyId: key.record.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("retries repeatable calls with retryTransientAfterCreate: true", async () => {
    const key = mocks.state.addKey(ENV, { name: "k" });
    mocks.faults.inject(pingOneFaults.transientNotFound(), { match: "/keys/" });
    mocks.faults.inject(pingOneFaults.transientForbidden(), { match: "/keys/" });
    const p1 = client({ retryTransientAfterCreate: true });
    expect((await p1.keys.get({ keyId: key.record.id })).id).toBe(key.record.id);
    expect(mocks.faults.applied).toBe(2);
  });

  it("still never replays a create", async () => {
    mocks.faults.inject(pingOneFaults.transientForbidden(), { match: "/keys" });
    const p1 = client({ retryTransientAfterCreate: true });
    await expect(p1.keys.generate(signingKey())).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(mocks.faults.applied).toBe(1);
  });

  it("with a window, retries only inside it; each 201/202 opens it again", () => {
    let now = 0;
    const classify = transientAfterCreateClassifier(5_000, () => now);
    const answer = (status: number, method = "GET") =>
      classify({
        request: { method, url: "https://api.pingone.com/v1/x", headers: {}, body: undefined },
        response: {
          status,
          statusText: "",
          headers: new Headers(),
          body: undefined,
          url: "https://api.pingone.com/v1/x",
        },
        attempt: 1,
        ctx: {} as never,
      });
    expect(answer(404)).toBe(true);
    now = 6_000;
    expect(answer(404)).toBeUndefined();
    expect(answer(201, "POST")).toBeUndefined(); // something was created: window open again
    now = 10_000;
    expect(answer(403)).toBe(true);
    expect(answer(500)).toBeUndefined(); // the default rules decide the rest
  });
});
