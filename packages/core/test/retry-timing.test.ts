import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, backoffDelay, ServerError } from "../src/index.js";
import { testClient } from "./helpers.js";

/** A fetch that answers from a script and records when each call happened (fake clock). */
function scriptedFetch(answers: Array<() => Response>) {
  const calls: number[] = [];
  const fetch: typeof globalThis.fetch = async () => {
    calls.push(Date.now());
    const next = answers.shift() ?? (() => Response.json({ id: "1", name: "ok" }));
    return next();
  };
  return { fetch, calls };
}

const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    Response.json({ message: "x" }, { status: code, headers });

// Core loads some code on first use (the raw client, the fetch engine, the error builder): load it
// once on the real clock, so the fake clock below only measures the retry waits.
beforeAll(async () => {
  const warm = scriptedFetch([status(500)]);
  await get(testClient({ fetch: warm.fetch, maxRetries: 0 })).catch(() => undefined);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

const get = (client: ReturnType<typeof testClient>, signal?: AbortSignal) =>
  client.raw.GET("/items/{id}", { params: { path: { id: "1" } }, ...(signal && { signal }) });

describe("Retry-After", () => {
  it("honours seconds", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after": "7" })]);
    const done = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect((await done).data?.name).toBe("ok");
  });

  it("honours an HTTP date", async () => {
    const when = new Date(Date.now() + 12_000).toUTCString();
    const { fetch, calls } = scriptedFetch([status(503, { "retry-after": when })]);
    const done = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }));
    await vi.advanceTimersByTimeAsync(11_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(2);
    await done;
  });

  it("honours retry-after-ms over Retry-After", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after-ms": "250", "retry-after": "30" })]);
    const done = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }));
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await done;
  });

  it("cuts a long Retry-After to the cap (default 60 s)", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after": "3600" })]);
    const done = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await done;
  });

  it("a vendor cap (PingOne: 30 s) applies", async () => {
    const { fetch, calls } = scriptedFetch([status(429, { "retry-after": "3600" })]);
    const done = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }, { retryAfterCapMs: 30_000 }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toHaveLength(2);
    await done;
  });

  it("stops retrying when the next wait would pass the time budget", async () => {
    const { fetch, calls } = scriptedFetch([
      status(503, { "retry-after": "40" }),
      status(503, { "retry-after": "40" }),
    ]);
    const client = testClient({ fetch, timeout: Number.POSITIVE_INFINITY, retry: { budgetMs: 60_000 } });
    const outcome = get(client).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(await outcome).toBeInstanceOf(ServerError);
    expect(calls).toHaveLength(2); // a third attempt would start at 80 s > 60 s budget
  });
});

describe("abort during backoff", () => {
  it("returns at once with AbortError, without waiting out the backoff", async () => {
    const { fetch, calls } = scriptedFetch([status(503, { "retry-after": "30" })]);
    const controller = new AbortController();
    const outcome = get(testClient({ fetch, timeout: Number.POSITIVE_INFINITY }), controller.signal).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(10); // first attempt done, now sleeping 30 s
    expect(calls).toHaveLength(1);
    controller.abort();
    const error = await outcome; // no timer advanced: the sleep must end on the abort itself
    expect(error).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0); // the backoff timer was cleared
  });

  it("an already-aborted signal sends nothing", async () => {
    const { fetch, calls } = scriptedFetch([]);
    const controller = new AbortController();
    controller.abort();
    await expect(get(testClient({ fetch }), controller.signal)).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
  });
});

describe("backoff", () => {
  it("is full jitter under an exponential ceiling", () => {
    const cfg = { baseDelayMs: 500, maxDelayMs: 8_000 };
    expect(backoffDelay(0, cfg, () => 0.999)).toBe(499);
    expect(backoffDelay(3, cfg, () => 0.5)).toBe(2_000);
    expect(backoffDelay(10, cfg, () => 0.999)).toBe(7_992);
    expect(backoffDelay(2, cfg, () => 0)).toBe(0);
  });

  it("waits within the jittered ceiling between attempts", async () => {
    const { fetch, calls } = scriptedFetch([status(500), status(500)]);
    const client = testClient({
      fetch,
      timeout: Number.POSITIVE_INFINITY,
      retry: { baseDelayMs: 1_000, maxDelayMs: 10_000 },
    });
    const done = get(client);
    await vi.advanceTimersByTimeAsync(3_000); // both ceilings (1 s, then 2 s) have passed
    await done;
    expect(calls).toHaveLength(3);
    expect(calls[1]! - calls[0]!).toBeLessThan(1_000);
    expect(calls[2]! - calls[1]!).toBeLessThan(2_000);
  });
});
