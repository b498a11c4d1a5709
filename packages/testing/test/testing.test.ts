import { randomUUID } from "node:crypto";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  clientCredentialsOf,
  createFakeTokenServer,
  createMockServer,
  FaultInjector,
  faults,
  generateTestKeyPair,
  oauthError,
  signJwt,
} from "../src/index.js";

const TOKEN_URL = "https://idp.test/token";
const keys = generateTestKeyPair();
const tokens = createFakeTokenServer({
  tokenUrl: TOKEN_URL,
  clients: { app: "secret" },
  jwtBearer: { publicKey: keys.publicPem, issuer: "svc" },
  allowedScopes: ["a", "b"],
  tokenLifetimeSeconds: 60,
});
const injector = new FaultInjector();
const server = createMockServer(
  injector.handler(),
  ...tokens.handlers,
  http.get("https://api.test/ok", () => HttpResponse.json({ ok: true })),
);
beforeAll(() => server.listen());
afterEach(() => {
  injector.reset();
  tokens.reset();
});
afterAll(() => server.close());

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(TOKEN_URL, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });

async function assertion(claims: { iss?: string; aud?: string; jti?: string; key?: Record<string, unknown> } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    {
      iss: claims.iss ?? "svc",
      sub: claims.iss ?? "svc",
      aud: claims.aud ?? TOKEN_URL,
      iat: now,
      exp: now + 120,
      jti: claims.jti ?? randomUUID(),
    },
    claims.key ?? keys.privateJwk,
    { alg: "RS256" },
  );
}

describe("fake token server", () => {
  it("issues a token for valid client credentials (Basic) and knows it", async () => {
    const response = await form(
      { grant_type: "client_credentials", scope: "a" },
      { authorization: `Basic ${btoa("app:secret")}` },
    );
    const body = (await response.json()) as { access_token: string; expires_in: number; scope: string };
    expect(response.status).toBe(200);
    expect(body.expires_in).toBe(60);
    expect(body.scope).toBe("a");
    expect(tokens.isValid(`Bearer ${body.access_token}`)).toBe(true);
    expect(tokens.scopesOf(body.access_token)).toEqual(["a"]);
    expect(tokens.requestCount).toBe(1);
  });

  it("refuses a wrong client secret", async () => {
    const response = await form({ grant_type: "client_credentials", client_id: "app", client_secret: "nope" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
    expect(tokens.issuedCount).toBe(0);
  });

  it("verifies a JWT-bearer assertion's signature, issuer and audience", async () => {
    const ok = await form({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: await assertion() });
    expect(ok.status).toBe(200);
    const badKey = await form({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      assertion: await assertion({ key: generateTestKeyPair().privateJwk }),
    });
    expect(await badKey.json()).toMatchObject({ error: "invalid_grant" });
    const badAudience = await form({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      assertion: await assertion({ aud: "https://elsewhere" }),
    });
    expect(badAudience.status).toBe(400);
    const badIssuer = await form({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      assertion: await assertion({ iss: "intruder" }),
    });
    expect(badIssuer.status).toBe(400);
  });

  it("refuses a replayed assertion (same jti)", async () => {
    const signed = await assertion({ jti: "fixed" });
    expect((await form({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: signed })).status).toBe(
      200,
    );
    const replay = await form({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: signed });
    expect(await replay.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses scopes it does not allow with invalid_scope naming them", async () => {
    const response = await form({
      grant_type: "client_credentials",
      client_id: "app",
      client_secret: "secret",
      scope: "a c d",
    });
    expect(await response.json()).toEqual({ error: "invalid_scope", error_description: "Unsupported scope: c,d" });
  });

  it("expireAll ends every issued token", async () => {
    const response = await form({ grant_type: "client_credentials", client_id: "app", client_secret: "secret" });
    const { access_token } = (await response.json()) as { access_token: string };
    expect(tokens.isValid(access_token)).toBe(true);
    tokens.expireAll();
    expect(tokens.isValid(access_token)).toBe(false);
  });
});

describe("token endpoint helpers for vendor fakes", () => {
  it("reads client credentials from HTTP Basic (URL-decoded) before the form, else from the form", () => {
    const basic = new Request("https://idp.test/token", {
      method: "POST",
      headers: { authorization: `Basic ${btoa("my%3Aapp:p%40ss:word")}` },
    });
    const form = new URLSearchParams({ client_id: "form-id", client_secret: "form-secret" });
    expect(clientCredentialsOf(basic, form)).toEqual(["my:app", "p@ss:word"]);
    expect(clientCredentialsOf(new Request("https://idp.test/token", { method: "POST" }), form)).toEqual([
      "form-id",
      "form-secret",
    ]);
    expect(clientCredentialsOf(new Request("https://idp.test/token"), new URLSearchParams())).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("answers OAuth2 errors as RFC 6749 describes them", async () => {
    const answer = oauthError(401, "invalid_client", "Client authentication failed");
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ error: "invalid_client", error_description: "Client authentication failed" });
  });
});

describe("fault injection", () => {
  const get = () => fetch("https://api.test/ok");

  it("serves queued faults the given number of times, then lets requests through", async () => {
    injector.inject(faults.unavailable(503), { times: 2 });
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(200);
    expect(injector.applied).toBe(2);
    expect(injector.pending).toBe(0);
  });

  it("429 carries Retry-After in seconds, as a date, and in ms", async () => {
    const date = new Date("2030-01-01T00:00:00Z");
    injector
      .inject(faults.rateLimit({ retryAfterSeconds: 7, retryAfterMs: 7000 }))
      .inject(faults.rateLimit({ retryAfterDate: date }));
    const first = await get();
    expect([first.status, first.headers.get("retry-after"), first.headers.get("retry-after-ms")]).toEqual([
      429,
      "7",
      "7000",
    ]);
    expect((await get()).headers.get("retry-after")).toBe(date.toUTCString());
  });

  it("a connection reset rejects fetch", async () => {
    injector.inject(faults.connectionReset());
    await expect(get()).rejects.toThrow(TypeError);
  });

  it("slow headers delay the real answer", async () => {
    injector.inject(faults.slowHeaders(80));
    const started = performance.now();
    const response = await get();
    expect(await response.json()).toEqual({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it("a slow body sends headers first and the rest later", async () => {
    injector.inject(faults.slowBody(80, { done: true }));
    const response = await get();
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('{"done');
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('":true}');
  });

  it("malformed JSON claims JSON and is not", async () => {
    injector.inject(faults.malformedJson());
    const response = await get();
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("expired token answers 401 with WWW-Authenticate", async () => {
    injector.inject(faults.expiredToken());
    const response = await get();
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("reset zeroes the applied count; clear keeps it", async () => {
    injector.inject(faults.unavailable()).inject(faults.unavailable());
    await get();
    injector.clear();
    expect([injector.applied, injector.pending]).toEqual([1, 0]);
    injector.reset();
    expect(injector.applied).toBe(0);
  });

  it("match limits a fault to some requests", async () => {
    injector.inject(faults.unavailable(), { match: "/other" });
    expect((await get()).status).toBe(200);
    expect(injector.pending).toBe(1);
  });

  it("unhandled requests are errors, never real network calls", async () => {
    await expect(fetch("https://unmocked.test/x")).rejects.toThrow();
  });
});
