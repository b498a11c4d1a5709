/** The client: options, the four logins, secrets, errors in Sectigo's terms, retries, created IDs, counts. */
import { inspect } from "node:util";
import { type AuthProvider, bearerToken } from "@trustplane/core";
import { captureLogs, faults } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthError,
  AuthenticationError,
  BAD_CREDENTIALS_CODES,
  clientCertificate,
  createSectigoClient,
  credentials,
  DEFAULT_SECTIGO_URL,
  describeSectigoCode,
  developer,
  isBadCredentials,
  isNotReady,
  NOT_READY_CODES,
  oauth2,
  RateLimitError,
  SectigoErrorCode,
  sectigoCode,
  UnexpectedResponseError,
  ValidationError,
} from "../src/index.js";
import { createSectigoMocks, SECTIGO_DEMO, sectigoFaults } from "../src/mocks/index.js";
import { failure, useFake } from "./helpers.js";

const { mocks, server, classic, admin } = useFake();
const c = mocks.connection;
const demoCredentials = () => credentials({ login: c.login, password: c.password, customerUri: c.customerUri });

function requests() {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(request.clone());
  };
  server.events.on("request:start", listener);
  return {
    seen,
    stop: () => server.events.removeListener("request:start", listener),
  };
}

describe("options", () => {
  it("refuses bad options with a ValidationError naming the field, before anything is sent", () => {
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{}, /auth: is required/],
      [{ auth: { kind: "x" } }, /auth: is required/],
      [{ auth: demoCredentials(), url: "ftp://scm.example" }, /url: must be an http\(s\) URL/],
      [{ auth: demoCredentials(), url: "https://user:pw@scm.example" }, /url: must not contain credentials/],
      [{ auth: demoCredentials(), url: "https://scm.example/?x=1" }, /url: must not have a query/],
      [{ auth: demoCredentials(), surface: "both" }, /surface: must be one of/],
      [{ auth: demoCredentials(), timeout: 0 }, /timeout: must be greater than 0/],
      [{ auth: demoCredentials(), dateFormat: "a\nb" }, /dateFormat: must be a date pattern on one line/],
      [{ auth: demoCredentials(), urll: "https://x" }, /urll: is not a known option; did you mean "url"/],
    ];
    for (const [options, message] of bad) {
      expect(() => createSectigoClient(options as never)).toThrow(ValidationError);
      expect(() => createSectigoClient(options as never)).toThrow(message);
    }
  });

  it("checks the login helpers' inputs without echoing secrets", () => {
    const error = (() => {
      try {
        credentials({ login: "a\nb", password: "hunter2\r\n", customerUri: "acme corp" });
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.issues.map((i) => i.path)).toEqual(["login", "password", "customerUri"]);
    expect(error?.message).not.toContain("hunter2");
    expect(() => oauth2({ clientId: "x", clientSecret: "y", instance: "prod" as never })).toThrow(
      /instance: must be one of/,
    );
    expect(() => oauth2({ clientId: "x", clientSecret: "y", tokenUrl: "not a url" })).toThrow(/tokenUrl/);
  });

  it("points each login at its default host", () => {
    expect(createSectigoClient({ auth: demoCredentials() }).baseUrl).toBe(DEFAULT_SECTIGO_URL);
    const adminClient = createSectigoClient({ auth: oauth2({ clientId: "a", clientSecret: "b", instance: "hard" }) });
    expect(adminClient.baseUrl).toBe("https://admin.hard.sectigo.com");
    expect(adminClient.surface).toBe("admin");
    expect(createSectigoClient({ auth: demoCredentials(), url: "https://scm.example.com/" }).baseUrl).toBe(
      "https://scm.example.com",
    );
  });
});

describe("logins", () => {
  it("credentials send login, password and customerUri on every call", async () => {
    const r = requests();
    try {
      await classic().ssl.listProfiles().toArray();
    } finally {
      r.stop();
    }
    const headers = r.seen[0]?.headers;
    expect([headers?.get("login"), headers?.get("password"), headers?.get("customeruri")]).toEqual([
      c.login,
      c.password,
      c.customerUri,
    ]);
  });

  it("clientCertificate calls every path under /private with login and customerUri, no password", async () => {
    const sectigo = createSectigoClient({
      url: c.url,
      auth: clientCertificate(
        { cert: "-----BEGIN CERTIFICATE-----", key: "-----BEGIN PRIVATE KEY-----" },
        {
          login: c.login,
          customerUri: c.customerUri,
        },
      ),
      transport: { engine: "fetch" },
      logLevel: "off",
    });
    expect(sectigo.baseUrl).toBe(`${c.url}/private`);
    expect(JSON.stringify(sectigo)).not.toContain("BEGIN PRIVATE KEY");
    expect(
      inspect(clientCertificate({ cert: "c", key: "secret-key-pem" }, { login: "l", customerUri: "c" })),
    ).not.toContain("secret-key-pem");
  });

  it("a wrong password is AuthenticationError with code -970, isBadCredentials", async () => {
    const sectigo = classic({ auth: credentials({ login: c.login, password: "wrong", customerUri: c.customerUri }) });
    const error = await failure(sectigo.ssl.listProfiles());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).code).toBe(SectigoErrorCode.IncorrectCredentials);
    expect(isBadCredentials(error)).toBe(true);
    const unknown = await failure(
      classic({ auth: credentials({ login: "nobody", password: "x", customerUri: c.customerUri }) }).ssl.listProfiles(),
    );
    expect(sectigoCode(unknown)).toBe(-16);
  });

  it("oauth2 fetches one token for many calls, refreshes it ahead of expiry and after a 401", async () => {
    const sectigo = admin();
    await Promise.all(Array.from({ length: 20 }, () => sectigo.ssl.listProfiles().toArray()));
    expect(mocks.state.tokenRequests).toBe(1);
    // The server forgets every token: the next call gets 401, fetches a new token and replays once.
    mocks.state.tokens.clear();
    expect(await sectigo.organizations.list().toArray()).toHaveLength(1);
    expect(mocks.state.tokenRequests).toBe(2);
  });

  it("oauth2 refreshes ahead of expiry, in the background", async () => {
    const short = createSectigoMocks({
      adminUrl: "https://admin.short.test",
      tokenUrl: "https://sso.short.test/token",
      tokenLifetimeSeconds: 1,
    });
    server.use(...short.handlers);
    const sectigo = createSectigoClient({
      url: short.connection.adminUrl,
      auth: oauth2({ clientId: c.clientId, clientSecret: c.clientSecret, tokenUrl: short.connection.tokenUrl }),
      logLevel: "off",
    });
    await sectigo.ssl.listProfiles();
    await new Promise((r) => setTimeout(r, 600)); // past half the token's life
    await sectigo.ssl.listProfiles(); // still uses the current token, starts a refresh
    await new Promise((r) => setTimeout(r, 50));
    expect(short.state.tokenRequests).toBe(2);
  });

  it("a refused client secret is an AuthError that does not quote the secret", async () => {
    const sectigo = createSectigoClient({
      url: c.adminUrl,
      auth: oauth2({ clientId: c.clientId, clientSecret: "not-the-secret", tokenUrl: c.tokenUrl }),
      logLevel: "off",
    });
    const error = await failure(sectigo.ssl.listProfiles());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("unauthorized_client");
    expect(JSON.stringify(error)).not.toContain("not-the-secret");
  });

  it("developer() serves the developer operations and nothing else", async () => {
    const dev = classic({
      auth: developer({ email: c.developerEmail, password: c.developerPassword, customerUri: c.customerUri }),
    });
    const r = requests();
    try {
      expect((await dev.codeSigningOnDemand.countDeveloper()).count).toBeTypeOf("number");
    } finally {
      r.stop();
    }
    expect(r.seen[0]?.headers.get("email")).toBe(c.developerEmail);
    expect(r.seen[0]?.headers.get("login")).toBeNull();
    await expect(dev.ssl.listProfiles()).rejects.toThrow(/needs an administrator login/);
    await expect(classic().codeSigningOnDemand.countDeveloper()).rejects.toThrow(
      /developer\(\{ email, password, customerUri \}\)/,
    );
  });

  it("a core AuthProvider works, on the surface it names", async () => {
    const token = await (async () => {
      const response = await fetch(c.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: c.clientId,
          client_secret: c.clientSecret,
        }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    })();
    const provider: AuthProvider = bearerToken(token);
    const sectigo = createSectigoClient({ url: c.adminUrl, auth: provider, surface: "admin", logLevel: "off" });
    expect(sectigo.surface).toBe("admin");
    expect((await sectigo.ssl.listProfiles()).items.length).toBeGreaterThan(0);
  });
});

describe("secrets", () => {
  it("never reach logs (debug level), JSON.stringify or util.inspect of the client and its errors", async () => {
    const logs = captureLogs();
    const sectigo = classic({ logger: logs.logger, logLevel: "debug" });
    const adminClient = admin({ logger: logs.logger, logLevel: "debug" });
    await sectigo.ssl.listProfiles();
    await adminClient.ssl.listProfiles();
    const error = await failure(
      classic({
        auth: credentials({ login: c.login, password: "wrong-pass-123", customerUri: c.customerUri }),
        logger: logs.logger,
        logLevel: "debug",
      }).ssl.listProfiles(),
    );
    const token = [...mocks.state.tokens.keys()][0] as string;
    const texts = [
      logs.text(),
      JSON.stringify(sectigo),
      inspect(sectigo, { depth: 10 }),
      JSON.stringify(adminClient),
      inspect(adminClient, { depth: 10 }),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(demoCredentials()),
      inspect(demoCredentials()),
      inspect(oauth2({ clientId: "id", clientSecret: c.clientSecret })),
    ];
    for (const text of texts) {
      expect(text).not.toContain(c.password);
      expect(text).not.toContain("wrong-pass-123");
      expect(text).not.toContain(c.clientSecret);
      expect(text).not.toContain(token);
    }
    expect(logs.records.some((r) => r.level === "debug")).toBe(true);
    expect(JSON.stringify(sectigo)).toBe(
      JSON.stringify({ vendor: "sectigo", baseUrl: c.url, surface: "classic", auth: "credentials" }),
    );
  });
});

describe("errors in Sectigo's terms", () => {
  it("{ code, description } becomes ApiError.code and the message; the codes have names", async () => {
    const error = await failure(classic().ssl.get({ sslId: 424242 }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe(SectigoErrorCode.CertificateNotFound);
    expect((error as ApiError).message).toContain("Certificate 424242 not found");
    expect((error as ApiError).operation).toBe("getSslCertificate");
    expect(describeSectigoCode(-1400)).toMatch(/being processed/);
    expect(NOT_READY_CODES).toEqual([-1400, -183, -103]);
    expect(BAD_CREDENTIALS_CODES).toEqual([-16, -970]);
  });

  it("isNotReady: the not-ready codes and a 400 that says the order awaits approval, nothing else", () => {
    const make = (status: number, code: number, message: string) =>
      new ApiError({ status, code, message, vendor: "sectigo", headers: new Headers(), body: undefined });
    expect(isNotReady(make(400, -1400, "processing"))).toBe(true);
    expect(isNotReady(make(400, -183, "not collectable"))).toBe(true);
    expect(isNotReady(make(400, -103, "not collected yet"))).toBe(true);
    expect(isNotReady(make(400, -1, "collectSslCertificate failed: Certificate order 7 is awaiting approval"))).toBe(
      true,
    );
    expect(isNotReady(make(500, -1, "awaiting approval"))).toBe(false);
    expect(isNotReady(make(400, -110, "revoked"))).toBe(false);
    expect(isNotReady(new Error("-1400"))).toBe(false);
  });
});

describe("retries and timeouts", () => {
  it("429 and 503 are retried after Retry-After on reads", async () => {
    const sectigo = classic({ maxRetries: 2 });
    mocks.faults.inject(sectigoFaults.rateLimited(0), { match: "/api/ssl/v1/types" });
    mocks.faults.inject(sectigoFaults.unavailable(0), { match: "/api/ssl/v1/types" });
    expect((await sectigo.ssl.listProfiles()).items.length).toBe(2);
    expect(mocks.faults.applied).toBe(2);
  });

  it("an enroll is never replayed: a write that reached the server is not duplicated", async () => {
    const sectigo = classic({ maxRetries: 3 });
    mocks.faults.inject(sectigoFaults.unavailable(0), { match: "/api/ssl/v1/enroll" });
    const error = await failure(sectigo.ssl.enroll({ orgId: 1, certType: 101, term: 365 }));
    expect((error as ApiError).status).toBe(503);
    expect(mocks.faults.applied).toBe(1);
    mocks.faults.inject(sectigoFaults.rateLimited(0), { match: "/api/ssl/v1/enroll" });
    expect(await failure(sectigo.ssl.enroll({ orgId: 1, certType: 101, term: 365 }))).toBeInstanceOf(RateLimitError);
  });

  it("-195 (CA unavailable, retry later) is retried on calls that are safe to repeat", async () => {
    const sectigo = classic({ maxRetries: 1 });
    mocks.faults.inject(sectigoFaults.caUnavailable(), { match: "/api/ssl/v1/types" });
    expect((await sectigo.ssl.listProfiles()).items.length).toBe(2);
  });

  it("a dropped connection before an answer on a GET is retried", async () => {
    mocks.faults.inject(faults.connectionReset(), { match: "/api/organization/v1" });
    expect(await classic({ maxRetries: 1 }).organizations.list().toArray()).toHaveLength(1);
  });
});

describe("wire details", () => {
  it("created resources answer their new ID from Location", async () => {
    const sectigo = classic();
    const domainId = await sectigo.domains.create({
      name: "example.net",
      delegations: [{ orgId: 1, certTypes: ["SSL"] }],
    });
    expect(domainId).toBeTypeOf("number");
    expect((await sectigo.domains.get({ domainId })).name).toBe("example.net");
    const orgId = await sectigo.organizations.create({ name: "Subsidiary", clientCertificate: {} });
    const { data, response } = await sectigo.admins
      .create({
        login: "second-admin",
        email: "second@example.com",
        forename: "S",
        surname: "A",
        credentials: [{ role: "MRAO" }],
      } as never)
      .withResponse();
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`${c.url}/api/admin/v1/${data}`);
    expect(orgId).not.toBe(data);
  });

  it("a 201 without Location is an UnexpectedResponseError", async () => {
    server.use((await import("msw")).http.post(`${c.url}/api/domain/v1`, () => new Response(null, { status: 201 })));
    const error = await failure(
      classic().domains.create({ name: "x.example.com", delegations: [{ orgId: 1, certTypes: ["SSL"] }] }),
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
  });

  it("lists page by size/position (at most 200), total from X-Total-Count, stop on a short page", async () => {
    const sectigo = classic();
    for (let i = 0; i < 7; i++) {
      mocks.state.order({ kind: "ssl", orgId: 1, certType: 101, term: 365, commonName: `host${i}.example.com` });
    }
    const r = requests();
    let first: Awaited<ReturnType<typeof sectigo.ssl.list>>;
    try {
      first = await sectigo.ssl.list({}, { pageSize: 3 });
      expect((await sectigo.ssl.list({}, { pageSize: 3 }).toArray()).length).toBe(7);
      await sectigo.ssl.list().toArray();
    } finally {
      r.stop();
    }
    expect(first.total).toBe(7);
    const queries = r.seen.map((q) => new URL(q.url).searchParams);
    expect(queries.map((q) => `${q.get("size")}@${q.get("position")}`)).toEqual(["3@0", "3@0", "3@3", "3@6", "200@0"]);
    await expect(sectigo.ssl.list({}, { pageSize: 201 }).toArray()).rejects.toThrow(/size: must be between 1 and 200/);
  });

  it("count() reads X-Total-Count of the HEAD count operation", async () => {
    mocks.state.order({ kind: "device", orgId: 1, certType: 301, term: 365, commonName: "d.example.com" });
    expect(await classic().device.count()).toBe(1);
    expect(await classic().smime.count()).toBe(0);
  });

  it("dateFormat is a client option, sent on every operation that takes it unless the call gives one", async () => {
    const sectigo = classic({ dateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZ" });
    mocks.state.order({ kind: "ssl", orgId: 1, certType: 101, term: 365, commonName: "d.example.com" });
    const r = requests();
    try {
      const [summary] = await sectigo.ssl.list().toArray();
      const details = await sectigo.ssl.get({ sslId: summary?.sslId ?? 0 });
      expect(details.requested).toMatch(/^\d{4}-\d\d-\d\dT/);
      await sectigo.ssl.get({ sslId: summary?.sslId ?? 0, dateFormat: "MM/dd/yyyy" });
      await sectigo.ssl.enroll({ orgId: 1, certType: 101, term: 365 }).catch(() => undefined);
    } finally {
      r.stop();
    }
    const formats = r.seen.map((q) => new URL(q.url).searchParams.get("dateFormat"));
    expect(formats).toEqual(["yyyy-MM-dd'T'HH:mm:ss.SSSZ", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "MM/dd/yyyy", null]);
  });

  it("withOptions derives a client that shares the token and settings", async () => {
    const sectigo = admin();
    await sectigo.ssl.listProfiles();
    const quick = sectigo.withOptions({ timeout: 2_000, headers: { "x-team": "pki" } });
    const r = requests();
    try {
      await quick.ssl.listProfiles();
    } finally {
      r.stop();
    }
    expect(r.seen[0]?.headers.get("x-team")).toBe("pki");
    expect(quick.surface).toBe("admin");
    expect(mocks.state.tokenRequests).toBe(1);
  });

  it("methods never throw synchronously: bad input is a rejected promise", async () => {
    const sectigo = classic();
    const calls: Array<() => PromiseLike<unknown>> = [
      () => sectigo.ssl.collect(undefined as never),
      () => sectigo.ssl.list({ status: 3 } as never),
      () => sectigo.reports.stream(undefined as never),
      () => sectigo.ssl.enrollAndCollect(undefined as never),
    ];
    for (const call of calls) {
      let promise: PromiseLike<unknown> | undefined;
      expect(() => {
        promise = call();
      }).not.toThrow();
      expect(await failure(promise as PromiseLike<unknown>)).toBeInstanceOf(ValidationError);
    }
  });

  it("the demo values are what the fake's connection publishes", () => {
    expect(c.login).toBe(SECTIGO_DEMO.login);
    expect(c.customerUri).toBe(SECTIGO_DEMO.customerUri);
  });
});
