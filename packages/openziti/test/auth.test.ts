/** Logins: zt-session, refresh ahead of expiry, one re-login on 401, single flight, logout, 429 backoff, MFA, ext-jwt, session(). */
import { inspect } from "node:util";
import { captureLogs } from "@trustplane/testing";
import { describe, expect, it, vi } from "vitest";
import {
  AuthError,
  AuthenticationError,
  createZitiClient,
  externalJwt,
  password,
  session,
  ValidationError,
} from "../src/index.js";
import { failure, logins, useFake } from "./helpers.js";

const { mocks, server, client } = useFake();
const SECRET = "s3cr3t-admin-password";

function seenHeaders() {
  const seen: Array<{ path: string; session: string | null; authorization: string | null; body?: string }> = [];
  server.events.on("request:start", ({ request }) => {
    seen.push({
      path: new URL(request.url).pathname,
      session: request.headers.get("zt-session"),
      authorization: request.headers.get("authorization"),
    });
  });
  return seen;
}

describe("password()", () => {
  it("logs in once with POST /authenticate?method=password and sends the token as zt-session", async () => {
    const seen = seenHeaders();
    const ziti = client();
    await ziti.identities.list().toArray();
    await ziti.services.list();
    expect(logins(mocks)).toHaveLength(1);
    const login = mocks.requests.find((r) => r.operationId === "authenticate");
    expect(login?.query).toBe("?method=password");
    const token = [...mocks.state.apiSessions.values()][0]?.token;
    expect(token).toBeTruthy();
    const calls = seen.filter((s) => !s.path.endsWith("/authenticate"));
    expect(calls.every((c) => c.session === token && c.authorization === null)).toBe(true);
    server.events.removeAllListeners();
  });

  it("100 concurrent calls share one login", async () => {
    const ziti = client();
    await Promise.all(Array.from({ length: 100 }, () => ziti.currentIdentity.get()));
    expect(logins(mocks)).toHaveLength(1);
  });

  it("a 401 (the session ended on the controller) triggers exactly one re-login and a replay", async () => {
    const ziti = client();
    await ziti.currentIdentity.get();
    mocks.control.expireSessions();
    const me = await ziti.currentIdentity.get();
    expect(me.name).toBe("Default Admin");
    expect(logins(mocks)).toHaveLength(2);
    const statuses = mocks.requests.filter((r) => r.operationId === "getCurrentIdentity").map((r) => r.status);
    expect(statuses).toEqual([200, 401, 200]);
  });

  it("a second 401 after the re-login is an AuthenticationError, not a loop", async () => {
    const ziti = client();
    await ziti.currentIdentity.get();
    mocks.control.expireSessions();
    mocks.settings.sessionTimeoutSeconds = -1; // every new session is already expired
    const error = await failure(ziti.currentIdentity.get());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(logins(mocks)).toHaveLength(2);
  });

  it("the login answer's expiry drives a refresh ahead of time", async () => {
    let now = Date.now();
    const ziti = createZitiClient({
      url: mocks.url,
      auth: password({ ...mocks.admin, refreshAheadMs: 60_000, now: () => now }),
      logLevel: "off",
    });
    await ziti.currentIdentity.get();
    expect(logins(mocks)).toHaveLength(1);
    now += 1_000_000; // 1800 s sessions: 1000 s later, still fresh
    await ziti.currentIdentity.get();
    expect(logins(mocks)).toHaveLength(1);
    now += 760_000; // within a minute of expiry: refreshed in the background, the call goes on
    await ziti.currentIdentity.get();
    await vi.waitFor(() => expect(logins(mocks)).toHaveLength(2), { timeout: 5000 });
    now += 120_000; // past the first session's expiry: the new one is used, no third login
    await ziti.currentIdentity.get();
    expect(logins(mocks)).toHaveLength(2);
    const tokens = [...mocks.state.apiSessions.values()].map((s) => s.token);
    expect(new Set(tokens).size).toBe(2);
  });

  it("a refused password is an AuthError with the controller's status and code, never the password", async () => {
    const logs = captureLogs();
    const ziti = createZitiClient({
      url: mocks.url,
      auth: password({ username: "admin", password: SECRET }),
      logger: logs.logger,
      logLevel: "debug",
    });
    const error = (await failure(ziti.identities.list())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(401);
    expect(error.code).toBe("INVALID_AUTH");
    expect(error.message).toMatch(/openziti-password login failed: POST \/authenticate\?method=password answered 401/);
    for (const text of [error.message, JSON.stringify(error), inspect(error), logs.text()]) {
      expect(text).not.toContain(SECRET);
    }
    expect(logs.text()).toContain("[redacted]");
  });

  it("login 429s (the controller's auth rate limiter) back off and then succeed", async () => {
    mocks.control.rateLimitLogins(2);
    const delays: number[] = [];
    const ziti = client({ retry: { baseDelayMs: 20, maxDelayMs: 40, onRetry: (i) => delays.push(i.delayMs) } });
    await ziti.currentIdentity.get();
    expect(logins(mocks).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(delays).toHaveLength(2);
  });

  it("a login still rate limited after the retries is an AuthError with status 429", async () => {
    mocks.control.rateLimitLogins(10);
    const error = (await failure(client({ maxRetries: 1 }).currentIdentity.get())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  });

  it("logout ends the session with DELETE /current-api-session; the next call logs in again", async () => {
    const ziti = client();
    await ziti.currentIdentity.get();
    expect(mocks.state.apiSessions.size).toBe(1);
    expect(await ziti.logout()).toBe(true);
    expect(mocks.state.apiSessions.size).toBe(0);
    expect(await ziti.logout()).toBe(false); // nothing to end: no login just to log out
    expect(logins(mocks)).toHaveLength(1);
    await ziti.currentIdentity.get();
    expect(logins(mocks)).toHaveLength(2);
  });

  it("logout after the controller already ended the session does not log in to log out", async () => {
    const ziti = client();
    await ziti.currentIdentity.get();
    mocks.state.apiSessions.clear();
    expect(await ziti.logout()).toBe(false);
    expect(logins(mocks)).toHaveLength(1);
  });

  it("withOptions shares the session: one login serves both clients", async () => {
    const ziti = client();
    const slow = ziti.withOptions({ timeout: 5000 });
    await Promise.all([ziti.currentIdentity.get(), slow.currentIdentity.get()]);
    expect(logins(mocks)).toHaveLength(1);
  });

  it("checks its options before anything is sent", () => {
    expect(() => password({ username: "admin" } as never)).toThrow(/password: is required/);
    expect(() => password({ username: "a\nb", password: "x" })).toThrow(/username: must not contain line breaks/);
    expect(() => password({ username: "admin", password: "x", tottp: () => "1" } as never)).toThrow(
      /tottp is not a known field; did you mean "totp"\?/,
    );
    expect(() => password({ username: "admin", password: "x" })).not.toThrow();
    try {
      password({ username: "admin", password: 42 } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).not.toContain("42");
    }
  });
});

describe("MFA", () => {
  it("answers the login's MFA auth query with the totp callback", async () => {
    const mfa = mocks.control.enableMfa("Default Admin");
    let asked = 0;
    const ziti = client({
      auth: password({
        ...mocks.admin,
        totp: () => {
          asked++;
          return mfa.code();
        },
      }),
    });
    expect((await ziti.currentIdentity.get()).isMfaEnabled).toBe(true);
    expect(asked).toBe(1);
    expect(mocks.requests.map((r) => r.operationId).slice(0, 3)).toEqual([
      "authenticate",
      "authenticateMfa",
      "getCurrentIdentity",
    ]);
  });

  it("without a totp callback, an AuthError that says MFA is required", async () => {
    mocks.control.enableMfa("Default Admin");
    const error = (await failure(client().currentIdentity.get())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe("MFA_REQUIRED");
    expect(error.message).toMatch(/requires MFA.*pass totp/);
  });

  it("a wrong code is an AuthError from POST /authenticate/mfa, the code not echoed", async () => {
    mocks.control.enableMfa("Default Admin");
    const error = (await failure(
      client({ auth: password({ ...mocks.admin, totp: () => "000000" }) }).currentIdentity.get(),
    )) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401, code: "MFA_INVALID_TOKEN" });
    expect(error.message).toContain("/authenticate/mfa");
  });
});

describe("externalJwt() and session()", () => {
  it("trades an external JWT for a session at method=ext-jwt, asking the function at each login", async () => {
    const idp = mocks.control.trustExternalIssuer();
    const seen = seenHeaders();
    let issued = 0;
    const ziti = createZitiClient({
      url: mocks.url,
      auth: externalJwt(() => {
        issued++;
        return idp.sign({ sub: mocks.adminId });
      }),
      logLevel: "off",
    });
    expect((await ziti.currentIdentity.get()).id).toBe(mocks.adminId);
    mocks.control.expireSessions();
    await ziti.currentIdentity.get();
    expect(issued).toBe(2);
    expect(logins(mocks).map((r) => r.query)).toEqual(["?method=ext-jwt", "?method=ext-jwt"]);
    const loginCall = seen.find((s) => s.path.endsWith("/authenticate"));
    expect(loginCall?.authorization).toMatch(/^Bearer ey/);
    expect(seen.filter((s) => s.path.endsWith("/current-identity")).every((s) => s.authorization === null)).toBe(true);
    server.events.removeAllListeners();
  });

  it("mode: bearer sends the JWT as Authorization: Bearer on every call", async () => {
    const idp = mocks.control.trustExternalIssuer();
    const ziti = createZitiClient({
      url: mocks.url,
      auth: externalJwt(idp.sign({ sub: mocks.adminId }), { mode: "bearer" }),
      logLevel: "off",
    });
    expect((await ziti.currentIdentity.get()).id).toBe(mocks.adminId);
    expect(logins(mocks)).toHaveLength(0);
  });

  it("an external JWT the controller does not trust is an AuthError", async () => {
    const error = await failure(
      createZitiClient({ url: mocks.url, auth: externalJwt("e30.e30.sig"), logLevel: "off" }).currentIdentity.get(),
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(() => externalJwt("")).toThrow(ValidationError);
  });

  it("session(token) sends an existing session token as zt-session", async () => {
    const login = await client().authentication.authenticate({ method: "password", ...mocks.admin });
    const ziti = createZitiClient({ url: mocks.url, auth: session(login.token), logLevel: "off" });
    expect((await ziti.currentIdentity.get()).name).toBe("Default Admin");
    expect(logins(mocks)).toHaveLength(1); // only the one made by hand
    expect(await ziti.logout()).toBe(true);
    expect(await failure(ziti.currentIdentity.get())).toBeInstanceOf(AuthenticationError);
  });
});

describe("secrets", () => {
  it("never reach logs (debug), JSON.stringify or util.inspect of the client or its errors", async () => {
    const logs = captureLogs();
    const ziti = client({ logger: logs.logger, logLevel: "debug" });
    await ziti.identities.createWithEnrollment({ name: "dev-1", enrollment: "ott" });
    const error = await failure(ziti.identities.get({ id: "missing" }));
    const token = [...mocks.state.apiSessions.values()][0]?.token as string;
    const jwt = [...mocks.state.enrollments.values()][0]?.jwt as string;
    expect(token && jwt).toBeTruthy();
    for (const text of [logs.text(), JSON.stringify(ziti), inspect(ziti), JSON.stringify(error), inspect(error)]) {
      expect(text).not.toContain(mocks.admin.password);
      expect(text).not.toContain(token);
      expect(text).not.toContain(jwt);
    }
    expect(JSON.stringify(ziti)).toBe(
      JSON.stringify({ vendor: "openziti", baseUrl: mocks.managementUrl, auth: "openziti-password" }),
    );
    expect(JSON.stringify(password(mocks.admin))).toBe('{"kind":"openziti-password"}');
    expect(inspect(password(mocks.admin))).not.toContain(mocks.admin.password);
  });
});
