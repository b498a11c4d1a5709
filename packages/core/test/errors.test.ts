import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as core from "../src/index.js";
import { testClient } from "./helpers.js";

describe("instanceof and isApiError across two copies of core", () => {
  afterEach(() => vi.resetModules());

  it("errors from another module instance are recognised by this one", async () => {
    vi.resetModules();
    const copy = "../src/index.js?copy=2"; // a query makes the loader treat it as another module
    const other = (await import(/* @vite-ignore */ copy)) as typeof core;
    expect(other.NotFoundError).not.toBe(core.NotFoundError); // really a second copy
    const foreign = new other.NotFoundError({
      status: 404,
      message: "gone",
      vendor: "v",
      headers: new Headers(),
      body: undefined,
    });
    expect(foreign instanceof core.NotFoundError).toBe(true);
    expect(foreign instanceof core.ApiError).toBe(true);
    expect(foreign instanceof core.TrustplaneError).toBe(true);
    expect(foreign instanceof core.ServerError).toBe(false);
    expect(foreign instanceof core.TimeoutError).toBe(false);
    expect(core.isApiError(foreign)).toBe(true);
    expect(core.isTrustplaneError(foreign)).toBe(true);
    expect(core.isApiError(new other.TimeoutError("t", { timeoutMs: 1 }))).toBe(false);
    expect(core.isApiError(new Error("plain"))).toBe(false);
    expect(core.isApiError({ status: 404 })).toBe(false);
  });

  it("subclass checks hold within one copy", () => {
    const e = new core.RateLimitError({
      status: 429,
      message: "slow",
      vendor: "v",
      headers: new Headers({ "retry-after": "3" }),
      body: undefined,
    });
    expect(e).toBeInstanceOf(core.ApiError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("RateLimitError");
    expect(e.retryAfterMs).toBe(3000);
  });
});

describe("error shape", () => {
  const make = () =>
    new core.BadRequestError({
      status: 400,
      message: "bad",
      code: "INVALID_DATA",
      requestId: "r-1",
      vendor: "pingone",
      operation: "createKey",
      headers: new Headers({ "content-type": "application/json" }),
      body: { code: "INVALID_DATA" },
      details: [{ target: "name" }],
      request: new Request("https://x.test/a", {
        headers: { authorization: "Bearer abc", accept: "application/json" },
      }),
      response: new Response("{}", { status: 400 }),
    });

  it("request and response are not enumerable", () => {
    const e = make();
    expect(Object.keys(e)).not.toContain("request");
    expect(Object.keys(e)).not.toContain("response");
    expect(e.response?.status).toBe(400);
  });

  it("the kept request has no credentials", () => {
    const e = make();
    expect(e.request?.headers.get("authorization")).toBe("[redacted]");
    expect(e.request?.headers.get("accept")).toBe("application/json");
  });

  it("JSON.stringify shows the public fields", () => {
    expect(JSON.parse(JSON.stringify(make()))).toEqual({
      name: "BadRequestError",
      message: "bad",
      status: 400,
      code: "INVALID_DATA",
      requestId: "r-1",
      vendor: "pingone",
      operation: "createKey",
      details: [{ target: "name" }],
    });
  });

  it("util.inspect shows the fields and the stack", () => {
    const text = inspect(make());
    expect(text).toContain("BadRequestError: bad");
    expect(text).toContain("INVALID_DATA");
    expect(text).not.toContain("Bearer abc");
  });
});

describe("invalid options fail before any request, naming the field", () => {
  it.each([
    [{ timeout: -1 }, "timeout"],
    [{ maxRetries: 1.5 }, "maxRetries"],
    [{ maxRetries: 50 }, "maxRetries"],
    [{ retry: { budgetMs: "soon" } }, "retry.budgetMs"],
    [{ logLevel: "loud" }, "logLevel"],
    [{ transport: { proxy: "not a url" } }, "transport.proxy"],
    [{ transport: { cert: "PEM" } }, "transport.cert"],
    [{ transport: { pfx: "not bytes" } }, "transport.pfx"],
    [{ baseUrl: "ftp://x" }, "baseUrl"],
    [{ auth: { nope: true } }, "auth"],
  ])("%j", (options, field) => {
    const fetch = vi.fn();
    let error: unknown;
    try {
      testClient({ ...(options as object), fetch } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(core.ValidationError);
    expect((error as core.ValidationError).issues.map((i) => i.path)).toContain(field);
    expect((error as Error).message).toContain(field);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("valid options pass", () => {
    expect(() => testClient({ timeout: 1000, maxRetries: 0, transport: { proxy: false } })).not.toThrow();
  });
});

describe("requireData", () => {
  it("passes a body through and names the operation when there is none", () => {
    expect(core.requireData({ id: "1" }, "getItem")).toEqual({ id: "1" });
    const error = (() => {
      try {
        core.requireData(undefined, "getItem", new Response(null, { status: 200 }));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(core.TrustplaneError);
    expect((error as Error).message).toBe("getItem answered 200 without a body");
  });
});
