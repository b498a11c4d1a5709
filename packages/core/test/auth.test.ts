import { inspect } from "node:util";
import {
  bearerOf,
  createFakeTokenServer,
  createMockServer,
  decodeClaims,
  generateTestKeyPair,
} from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthError,
  AuthenticationError,
  bearerToken,
  headerCredentials,
  oauth2ClientCredentials,
  oauth2JwtBearer,
  sessionLogin,
  ValidationError,
} from "../src/index.js";
import { BASE, testClient } from "./helpers.js";

const TOKEN_URL = "https://auth.test/oauth2/token";
const keys = generateTestKeyPair({ kid: "k1" });
const tokens = createFakeTokenServer({
  tokenUrl: TOKEN_URL,
  clients: { "client-1": "s3cr3t-value" },
  jwtBearer: { publicKey: keys.publicJwk, issuer: "svc-account-1", clientId: "service-account" },
  allowedScopes: ["read", "write"],
  invalidScopeDescription: (refused) => `Unsupported scope for service account: ${refused.join(",")}`,
});

let apiCalls = 0;
let alwaysReject = false;
const server = createMockServer(
  ...tokens.handlers,
  http.get(`${BASE}/items/:id`, ({ request, params }) => {
    apiCalls++;
    if (alwaysReject || !tokens.isValid(request.headers.get("authorization"))) {
      return HttpResponse.json({ code: 401, message: "Access token expired" }, { status: 401 });
    }
    return HttpResponse.json({ id: params.id, name: "widget" });
  }),
  http.get(`${BASE}/info`, ({ request }) => HttpResponse.json({ authorization: request.headers.get("authorization") })),
  http.post(`${BASE}/items`, ({ request }) => {
    apiCalls++;
    if (!tokens.isValid(request.headers.get("authorization"))) return new HttpResponse(null, { status: 401 });
    return HttpResponse.json({ id: "new" }, { status: 201 });
  }),
  http.post("https://ziti.test/authenticate", async ({ request }) => {
    const body = (await request.json()) as { username: string; password: string };
    if (body.password !== "pw") return HttpResponse.json({ error: { code: "INVALID_AUTH" } }, { status: 401 });
    return HttpResponse.json({ data: { token: `session-${++sessions}`, expirationSeconds: 1800 } });
  }),
);
let sessions = 0;

beforeAll(() => server.listen());
afterEach(() => {
  server.resetHandlers();
  tokens.reset();
  apiCalls = 0;
  alwaysReject = false;
  sessions = 0;
});
afterAll(() => server.close());

const credentials = (extra: Partial<Parameters<typeof oauth2ClientCredentials>[0]> = {}) =>
  oauth2ClientCredentials({
    tokenUrl: TOKEN_URL,
    clientId: "client-1",
    clientSecret: "s3cr3t-value",
    scopes: ["read"],
    ...extra,
  });
const getItem = (client: ReturnType<typeof testClient>) =>
  client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });

describe("client credentials", () => {
  it("gets a token once and reuses it", async () => {
    const client = testClient({ auth: credentials() });
    await getItem(client);
    await getItem(client);
    expect(tokens.requestCount).toBe(1);
    expect(tokens.scopeRequests).toEqual([["read"]]);
  });

  it("100 concurrent calls on an expired token make exactly 1 token request", async () => {
    let now = Date.now();
    const client = testClient({ auth: credentials({ now: () => now }) });
    await getItem(client);
    expect(tokens.requestCount).toBe(1);
    now += 3600_000 + 1; // the cached token is past its expiry
    const results = await Promise.all(Array.from({ length: 100 }, () => getItem(client)));
    expect(results.every((r) => r.data?.id === "1")).toBe(true);
    expect(tokens.requestCount).toBe(2);
  });

  it("100 concurrent calls that all get 401 (server-side expiry) share 1 new token", async () => {
    const client = testClient({ auth: credentials() });
    await getItem(client);
    tokens.expireAll();
    apiCalls = 0;
    const results = await Promise.all(Array.from({ length: 100 }, () => getItem(client)));
    expect(results.every((r) => r.data?.id === "1")).toBe(true);
    expect(tokens.requestCount).toBe(2);
    expect(apiCalls).toBe(200); // each call: one 401, one replay
  });

  it("refreshes ahead of expiry while still serving the current token", async () => {
    let now = Date.now();
    const client = testClient({ auth: credentials({ now: () => now, refreshAheadMs: 120_000 }) });
    await getItem(client);
    now += 3600_000 - 60_000; // inside the refresh window, not expired
    await getItem(client);
    await new Promise((r) => setTimeout(r, 20)); // let the background refresh land
    expect(tokens.requestCount).toBe(2);
    expect(tokens.issuedCount).toBe(2);
  });

  it("a 401 triggers exactly one re-auth and one replay, then AuthenticationError", async () => {
    alwaysReject = true;
    const client = testClient({ auth: credentials() });
    const error = await getItem(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(apiCalls).toBe(2);
    expect(tokens.requestCount).toBe(2);
  });

  it("a POST refused with 401 is replayed once with a new token (the server did not act on it)", async () => {
    const client = testClient({ auth: credentials() });
    await getItem(client);
    tokens.expireAll();
    apiCalls = 0;
    const response = await client.fetch(`${BASE}/items`, { method: "POST", body: "{}" });
    expect(response.status).toBe(201);
    expect(apiCalls).toBe(2);
  });

  it("wrong secret is an AuthError that never contains the secret", async () => {
    const client = testClient({ auth: credentials({ clientSecret: "wrong-secret-123" }) });
    const error = (await getItem(client).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_client");
    for (const view of [error.message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expect(view).not.toContain("wrong-secret-123");
    }
  });

  it("client_secret_post sends the credentials in the form", async () => {
    const client = testClient({ auth: credentials({ authMethod: "post" }) });
    const { data } = await getItem(client);
    expect(data?.id).toBe("1");
  });

  it("operations marked noAuth go out without credentials", async () => {
    const client = testClient({ auth: credentials() });
    const response = await client.fetch(`${BASE}/info`);
    expect(await response.json()).toEqual({ authorization: null });
    expect(tokens.requestCount).toBe(0);
  });
});

describe("JWT bearer", () => {
  const jwt = (extra: Partial<Parameters<typeof oauth2JwtBearer>[0]> = {}) =>
    oauth2JwtBearer({
      tokenUrl: TOKEN_URL,
      issuer: "svc-account-1",
      privateKey: keys.privateJwk,
      clientId: "service-account",
      scopes: ["read", "write"],
      ...extra,
    });

  it.each([
    ["a JWK object", keys.privateJwk],
    ["JWK JSON text", JSON.stringify(keys.privateJwk)],
    ["PEM", keys.privatePem],
  ])("signs with %s; the server verifies the signature", async (_name, privateKey) => {
    const client = testClient({ auth: jwt({ privateKey }) });
    const { data } = await getItem(client);
    expect(data?.id).toBe("1");
    expect(tokens.issuedCount).toBe(1);
  });

  it("the assertion carries iss = sub, aud = token URL, a short exp and a unique jti", async () => {
    const seen: string[] = [];
    server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        seen.push(new URLSearchParams(await request.clone().text()).get("assertion") ?? "");
        return undefined; // fall through to the fake token server
      }),
    );
    let now = Date.now();
    const client = testClient({ auth: jwt({ now: () => now }) });
    await getItem(client);
    now += 3600_000 + 1;
    await getItem(client);
    expect(seen).toHaveLength(2);
    const [a, b] = seen.map((s) => decodeClaims(s));
    expect(a?.iss).toBe("svc-account-1");
    expect(a?.sub).toBe("svc-account-1");
    expect(a?.aud).toBe(TOKEN_URL);
    expect((a?.exp ?? 0) - (a?.iat ?? 0)).toBe(180);
    expect(a?.jti).not.toBe(b?.jti);
  });

  it("a key the server does not trust is refused with AuthError invalid_grant", async () => {
    const other = generateTestKeyPair();
    const client = testClient({ auth: jwt({ privateKey: other.privateJwk }) });
    const error = (await getItem(client).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe("invalid_grant");
  });

  it("a refused scope surfaces as AuthError invalid_scope naming the scope", async () => {
    const client = testClient({ auth: jwt({ scopes: ["read", "admin"] }) });
    const error = (await getItem(client).catch((e: unknown) => e)) as AuthError;
    expect(error.code).toBe("invalid_scope");
    expect(error.description).toBe("Unsupported scope for service account: admin");
    expect(error.message).toContain("admin");
  });

  it("explainError lets a vendor rewrite the refusal", async () => {
    const client = testClient({
      auth: jwt({
        scopes: ["admin"],
        explainError: (e) =>
          e.code === "invalid_scope" ? new AuthError("scopes refused: admin", { code: e.code }) : undefined,
      }),
    });
    await expect(getItem(client)).rejects.toThrow("scopes refused: admin");
  });

  it("rejects a bad private key at construction, naming the field and never echoing it", () => {
    let error: unknown;
    try {
      jwt({ privateKey: "-----BEGIN PRIVATE KEY-----\nnot-a-key-material\n-----END PRIVATE KEY-----" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("privateKey");
    expect((error as ValidationError).message).not.toContain("not-a-key-material");
  });

  it("rejects a public key given as the private key", () => {
    expect(() => jwt({ privateKey: keys.publicJwk })).toThrow(/privateKey/);
  });
});

describe("other adapters", () => {
  it("static bearer token", async () => {
    const client = testClient({ auth: bearerToken("tok-static") });
    const seen: Array<string | undefined> = [];
    server.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        seen.push(bearerOf(request));
        return HttpResponse.json({ id: "1", name: "x" });
      }),
    );
    await getItem(client);
    expect(seen).toEqual(["tok-static"]);
  });

  it("bearer from a function is asked again after a 401", async () => {
    let n = 0;
    server.use(
      http.get(`${BASE}/items/:id`, ({ request }) =>
        bearerOf(request) === "fresh-2"
          ? HttpResponse.json({ id: "1", name: "x" })
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    const client = testClient({ auth: bearerToken(async () => `fresh-${++n}`) });
    const { data } = await getItem(client);
    expect(data?.id).toBe("1");
    expect(n).toBe(2);
  });

  it("header credentials go on every request", async () => {
    const seen: Array<Record<string, string | null>> = [];
    server.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        seen.push({ login: request.headers.get("login"), password: request.headers.get("password") });
        return HttpResponse.json({ id: "1", name: "x" });
      }),
    );
    const client = testClient({ auth: headerCredentials({ login: "alice", password: "pa55", customerUri: "acme" }) });
    await getItem(client);
    expect(seen).toEqual([{ login: "alice", password: "pa55" }]);
  });

  it("session login: logs in once, sends the session header, logs in again after a 401", async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        const session = request.headers.get("zt-session");
        seen.push(session);
        return session === "session-1" && seen.length > 1
          ? new HttpResponse(null, { status: 401 })
          : HttpResponse.json({ id: "1", name: "x" });
      }),
    );
    const auth = sessionLogin({
      header: "zt-session",
      kind: "openziti-password",
      login: async (ctx) => {
        const response = await ctx.fetch({
          method: "POST",
          url: "https://ziti.test/authenticate",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "u", password: "pw" }),
        });
        const body = JSON.parse(new TextDecoder().decode(response.body)) as {
          data: { token: string; expirationSeconds: number };
        };
        return { token: body.data.token, expiresInSeconds: body.data.expirationSeconds };
      },
    });
    const client = testClient({ auth });
    await getItem(client);
    await getItem(client);
    expect(seen).toEqual(["session-1", "session-1", "session-2"]);
    expect(sessions).toBe(2);
  });

  it("session login failure is an AuthError", async () => {
    const auth = sessionLogin({
      login: async () => {
        throw new Error("bad password");
      },
    });
    await expect(getItem(testClient({ auth }))).rejects.toBeInstanceOf(AuthError);
  });
});

describe("credential validation at construction", () => {
  it.each([
    [() => oauth2ClientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "" }), "clientSecret"],
    [() => oauth2ClientCredentials({ tokenUrl: "not a url", clientId: "c", clientSecret: "s" }), "tokenUrl"],
    [
      () => oauth2ClientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s", scopes: [""] }),
      "scopes[0]",
    ],
    [() => oauth2JwtBearer({ tokenUrl: TOKEN_URL, issuer: "", privateKey: keys.privateJwk }), "issuer"],
    [() => bearerToken(""), "token"],
    [() => headerCredentials({ login: "a", password: "" }), "password"],
  ])("%#: names %s", (build, field) => {
    let error: unknown;
    try {
      build();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(field);
  });
});
