import { inspect } from "node:util";
import { captureLogs, createFakeTokenServer, createMockServer, generateTestKeyPair } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiError,
  bearerToken,
  headerCredentials,
  oauth2ClientCredentials,
  oauth2JwtBearer,
  Secret,
  secretFieldMatcher,
  sessionLogin,
} from "../src/index.js";
import { maskSecrets } from "../src/logging/mask.js";
import { BASE, testClient } from "./helpers.js";

const TOKEN_URL = "https://auth.test/token";
const CLIENT_SECRET = "cs-VERY-SECRET-1";
const PASSWORD = "pw-VERY-SECRET-2";
const SECRET_VALUE = "sv-VERY-SECRET-3";
const STATIC_TOKEN = "tk-VERY-SECRET-4";
const keys = generateTestKeyPair();
const KEY_FRAGMENT = String(keys.privateJwk.d).slice(0, 24);

const tokens = createFakeTokenServer({
  tokenUrl: TOKEN_URL,
  clients: { app: CLIENT_SECRET },
  jwtBearer: { publicKey: keys.publicJwk },
  tokenLifetimeSeconds: 3600,
});
const issuedTokens: string[] = [];
const server = createMockServer(
  ...tokens.handlers,
  http.post(`${BASE}/items`, async ({ request }) => {
    const auth = request.headers.get("authorization");
    if (auth) issuedTokens.push(auth.replace("Bearer ", ""));
    return HttpResponse.json({ code: 400, message: "value rejected", echo: await request.json() }, { status: 400 });
  }),
  http.get(`${BASE}/items/:id`, () => HttpResponse.json({ id: "1", token: "server-issued-token", password: PASSWORD })),
);
server.events.on("response:mocked", async ({ response }) => {
  const text = await response.clone().text();
  const match = /"access_token":"([^"]+)"/.exec(text);
  if (match?.[1]) issuedTokens.push(match[1]);
});
beforeAll(() => server.listen());
afterAll(() => server.close());

function secretsIn(text: string): string[] {
  return [
    CLIENT_SECRET,
    PASSWORD,
    SECRET_VALUE,
    STATIC_TOKEN,
    KEY_FRAGMENT,
    "server-issued-token",
    ...issuedTokens,
  ].filter((s) => text.includes(s));
}

describe("no credential in logs, errors, JSON or inspect", () => {
  const cases = [
    [
      "client credentials",
      "authorization",
      () => oauth2ClientCredentials({ tokenUrl: TOKEN_URL, clientId: "app", clientSecret: CLIENT_SECRET }),
    ],
    [
      "JWT bearer",
      "authorization",
      () => oauth2JwtBearer({ tokenUrl: TOKEN_URL, issuer: "svc", privateKey: keys.privateJwk }),
    ],
    ["static bearer", "authorization", () => bearerToken(STATIC_TOKEN)],
    [
      "header credentials",
      "password",
      () => headerCredentials({ login: "alice", password: PASSWORD, customerUri: "acme" }),
    ],
  ] as const;

  it.each(cases)("%s at debug level", async (_name, credentialHeader, makeAuth) => {
    const { logger, text } = captureLogs();
    const auth = makeAuth();
    const client = testClient({ auth, logger, logLevel: "debug" });
    const error = (await client
      .fetch(`${BASE}/items`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "db-password", valueBase64: SECRET_VALUE, nested: { password: PASSWORD } }),
      })
      .catch((e: unknown) => e)) as ApiError;
    await client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });

    expect(error.status).toBe(400);
    const views = {
      logs: text(),
      message: error.message,
      json: JSON.stringify(error),
      inspect: inspect(error, { depth: 20 }),
      inspectHidden: inspect(error, { depth: 20, showHidden: true }),
      stack: String(error.stack),
      requestHeaders: JSON.stringify([...(error.request?.headers.entries() ?? [])]),
      auth: inspect(auth, { depth: 20, showHidden: true }) + JSON.stringify(auth),
    };
    for (const [where, view] of Object.entries(views)) {
      expect({ where, leaked: secretsIn(view) }).toEqual({ where, leaked: [] });
    }
    // The logs did happen, with the masked fields present.
    expect(views.logs).toContain('\\"valueBase64\\":\\"[redacted]\\"');
    expect(views.logs).toContain(`"${credentialHeader}":"[redacted]"`);
  });

  it("a session token from login never shows", async () => {
    const { logger, text } = captureLogs();
    const auth = sessionLogin({
      header: "zt-session",
      login: async () => ({ token: STATIC_TOKEN, expiresInSeconds: 60 }),
    });
    const client = testClient({ auth, logger, logLevel: "debug" });
    await client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(secretsIn(text())).toEqual([]);
    expect(text()).toContain('"zt-session":"[redacted]"');
  });
});

describe("log levels", () => {
  it("info logs one line per attempt without headers or bodies", async () => {
    const { logger, records } = captureLogs();
    const client = testClient({ logger, logLevel: "info" });
    await client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(records).toHaveLength(1);
    expect(records[0]?.message).toBe("response");
    expect(records[0]?.fields).toMatchObject({ method: "GET", status: 200, operation: "getItem", attempt: 1 });
    expect(records[0]?.fields).not.toHaveProperty("body");
    expect(records[0]?.fields).not.toHaveProperty("headers");
  });

  it("warn (the default) logs nothing for a successful call", async () => {
    const { logger, records } = captureLogs();
    await testClient({ logger, logLevel: "warn" }).raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expect(records).toEqual([]);
  });

  it("debug logs allow-listed headers in the clear and others redacted", async () => {
    const { logger, records } = captureLogs();
    await testClient({ logger, logLevel: "debug", headers: { "x-custom": "abc" } }).raw.GET("/items/{id}", {
      params: { path: { id: "1" } },
    });
    const request = records.find((r) => r.message === "request");
    const headers = request?.fields?.headers as Record<string, string>;
    expect(headers["x-custom"]).toBe("[redacted]");
    expect(headers["user-agent"]).toMatch(/^trustplane-testvendor\/1\.2\.3 node\//);
    expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("masking helpers", () => {
  it("masks secret fields at any depth, keeps the rest", () => {
    const isSecret = secretFieldMatcher(["customSecret"]);
    expect(
      maskSecrets(
        {
          a: 1,
          client_secret: "x",
          list: [{ privateKey: "k", name: "n" }],
          custom_secret: "c",
          empty: null,
          token: null,
        },
        isSecret,
      ),
    ).toEqual({
      a: 1,
      client_secret: "[redacted]",
      list: [{ privateKey: "[redacted]", name: "n" }],
      custom_secret: "[redacted]",
      empty: null,
      token: null,
    });
  });

  it("Secret hides its value from every printer", () => {
    const s = new Secret("hunter2");
    expect(`${s}`).toBe("[redacted]");
    expect(JSON.stringify({ s })).toBe('{"s":"[redacted]"}');
    expect(inspect(s)).not.toContain("hunter2");
    expect(s.reveal()).toBe("hunter2");
  });
});
