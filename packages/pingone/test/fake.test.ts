import { RateLimitError } from "@trustplane/core";
import { createMockServer } from "@trustplane/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientCredentials, createPingOneClient } from "../src/index.js";
import { compileFilter, sortBy } from "../src/mocks/filter.js";
import {
  createPingOneMocks,
  FilterError,
  negotiate,
  PINGONE_DEMO,
  sandboxMocks,
  statusOf,
} from "../src/mocks/index.js";
import { failure } from "./helpers.js";

const BASE = "http://127.0.0.1:4010/pingone";
const sandbox = sandboxMocks(BASE);
const limited = createPingOneMocks({ region: "ca", rateLimit: { limit: 3, windowMs: 60_000 } });
const server = createMockServer(...sandbox.handlers, ...limited.handlers);
beforeAll(() => server.listen());
afterAll(() => server.close());

describe("sandboxMocks", () => {
  it("lays the fake out under the base URL and publishes a working connection", async () => {
    const c = sandbox.connection;
    expect(c).toMatchObject({
      apiUrl: `${BASE}/api/v1`,
      authUrl: `${BASE}/auth`,
      environmentId: PINGONE_DEMO.environmentId,
      clientId: PINGONE_DEMO.clientId,
    });
    const p1 = createPingOneClient({
      apiUrl: c.apiUrl,
      authUrl: c.authUrl,
      environmentId: c.environmentId,
      auth: clientCredentials({ clientId: c.clientId, clientSecret: c.clientSecret }),
      logLevel: "off",
    });
    const policy = await p1.keyRotationPolicies.create({
      name: "p",
      algorithm: "RSA",
      keyLength: 2048,
      signatureAlgorithm: "SHA256withRSA",
      usageType: "SIGNING",
      dn: "CN=p",
    });
    expect((await p1.keyRotationPolicies.list()).items).toHaveLength(1);
    sandbox.reset();
    await expect(p1.keyRotationPolicies.get({ keyRotationPolicyId: policy.id as string })).rejects.toThrow(/401|404/);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After and REQUEST_LIMITED past the limit", async () => {
    const p1 = createPingOneClient({
      region: "ca",
      environmentId: PINGONE_DEMO.environmentId,
      auth: clientCredentials({ clientId: PINGONE_DEMO.clientId, clientSecret: PINGONE_DEMO.clientSecret }),
      logLevel: "off",
      maxRetries: 0,
    });
    for (let i = 0; i < 3; i++) await p1.keys.list();
    const error = await failure(p1.keys.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe("REQUEST_LIMITED");
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(0);
    expect((error as RateLimitError).retryAfterMs).toBeLessThanOrEqual(60_000);
  });
});

describe("SCIM filter and order", () => {
  const items = [
    { name: "b", status: "VALID", keyLength: 2048, default: true },
    { name: "a", status: "EXPIRED", keyLength: 4096, default: false },
    { name: "c", status: "VALID", keyLength: 3072, default: false, issuerDN: "CN=x" },
  ];
  const attrs = ["name", "status", "keyLength", "default", "issuerDN"];
  const names = (filter: string) => items.filter(compileFilter(filter, attrs)).map((i) => i.name);

  it("supports comparisons, and/or/not, parentheses and pr", () => {
    expect(names('status eq "VALID"')).toEqual(["b", "c"]);
    expect(names('status eq "VALID" and keyLength gt 2048')).toEqual(["c"]);
    expect(names('name sw "a" or (default eq true and not (keyLength ge 3000))')).toEqual(["b", "a"]);
    expect(names("issuerDN pr")).toEqual(["c"]);
    expect(sortBy(items, "-keyLength", attrs).map((i) => i.name)).toEqual(["a", "c", "b"]);
  });

  it("rejects what it cannot read", () => {
    for (const bad of ['color eq "x"', "name eq", 'name xx "a"', '(name eq "a"', 'name eq "a" junk']) {
      expect(() => compileFilter(bad, attrs)).toThrow(FilterError);
    }
  });
});

describe("helpers", () => {
  it("negotiates Accept by order and q", () => {
    const offered = ["application/json", "application/x-x509-ca-cert"];
    expect(negotiate("application/x-x509-ca-cert, application/json", offered)).toBe("application/x-x509-ca-cert");
    expect(negotiate("application/x-x509-ca-cert;q=0.5, application/json", offered)).toBe("application/json");
    expect(negotiate(null, offered)).toBe("application/json");
    expect(negotiate("text/html", offered)).toBeUndefined();
  });

  it("derives status from the dates", () => {
    const day = 86_400_000;
    const at = (start: number, end: number) =>
      statusOf({ id: "x", startsAt: new Date(start).toISOString(), expiresAt: new Date(end).toISOString() }, 0);
    expect(at(day, 2 * day)).toBe("NOT_YET_VALID");
    expect(at(-2 * day, -day)).toBe("EXPIRED");
    expect(at(-day, 10 * day)).toBe("EXPIRING");
    expect(at(-day, 100 * day)).toBe("VALID");
  });
});
