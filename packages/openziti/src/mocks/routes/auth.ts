/**
 * Logins (`POST /authenticate?method=password|cert|ext-jwt`), MFA (`POST /authenticate/mfa` and the
 * current identity's TOTP enrollment), the caller's API session and identity, and API sessions.
 */
import { randomUUID, X509Certificate } from "node:crypto";
import type { HttpHandler } from "msw";
import {
  type Call,
  CLIENT_CERT_HEADER,
  checkInput,
  type FakeContext,
  identityForExternalJwt,
  type Route,
} from "../context.js";
import { empty, FakeError, notFound, ok } from "../http.js";
import { certFingerprint, checkTotp, newTotpSecret, totp } from "../pki.js";
import { listAnswer } from "../query.js";
import { type FakeApiSession, type FakeRow, newRow } from "../state.js";

const invalidAuth = (causeMessage: string) =>
  new FakeError(401, "INVALID_AUTH", "The authentication request failed", { causeMessage });

/** The client certificate an HTTPS front verified and passed on (PEM), if any. */
function clientCertificate(request: Request): string | undefined {
  const value = request.headers.get(CLIENT_CERT_HEADER);
  if (!value) return undefined;
  try {
    return new X509Certificate(Buffer.from(value, "base64")).toString();
  } catch {
    return undefined;
  }
}

/** Opens an API session for an identity. */
export function openSession(
  ctx: FakeContext,
  identity: FakeRow,
  authenticatorId: string,
  method: string,
  configTypes: string[] = [],
): FakeApiSession {
  const now = Date.now();
  const mfa = ctx.state.mfa.get(identity.id);
  const session: FakeApiSession = {
    id: newSessionId(),
    token: randomUUID(),
    identityId: identity.id,
    authenticatorId,
    method,
    createdAt: new Date(now).toISOString(),
    lastActivityAt: now,
    expiresAt: now + ctx.settings.sessionTimeoutSeconds * 1000,
    isMfaRequired: mfa?.isVerified === true,
    isMfaComplete: mfa?.isVerified !== true,
    configTypes,
    ipAddress: "127.0.0.1",
  };
  ctx.state.apiSessions.set(session.id, session);
  return session;
}

const newSessionId = () => randomUUID().replace(/-/g, "").slice(0, 12);

/** The routes of logins, MFA and the caller's own session and identity. */
export function authRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  const { state, views } = ctx;

  const login = async (call: Call) => {
    const method = call.url.searchParams.get("method");
    if (method !== "password" && method !== "cert" && method !== "ext-jwt") {
      throw new FakeError(400, "INVALID_AUTH_METHOD", "The authentication method is not supported", {
        causeMessage: "method must be password, cert or ext-jwt",
      });
    }
    if (ctx.settings.rateLimitedLogins > 0) {
      ctx.settings.rateLimitedLogins--;
      throw new FakeError(429, "RATE_LIMITED", "Too many authentication requests: slow down and try again", {
        causeMessage: "the controller's authentication rate limiter refused the request",
      });
    }
    const body = await call.body();
    await checkInput("authenticate", { ...body, method });
    const configTypes = Array.isArray(body.configTypes) ? (body.configTypes as string[]) : [];
    let identity: FakeRow | undefined;
    let authenticatorId = "";
    if (method === "password") {
      const authenticator = [...state.authenticators.values()].find(
        (a) => a.method === "updb" && a.username === body.username,
      );
      if (!authenticator || authenticator.password !== body.password) throw invalidAuth("bad username or password");
      identity = state.identities.get(authenticator.identityId as string);
      authenticatorId = authenticator.id;
    } else if (method === "cert") {
      const pem = clientCertificate(call.request);
      if (!pem) throw invalidAuth("no client certificate was presented");
      const fingerprint = certFingerprint(pem);
      const authenticator = [...state.authenticators.values()].find(
        (a) => a.method === "cert" && a.fingerprint === fingerprint,
      );
      if (!authenticator) throw invalidAuth("the client certificate belongs to no identity");
      identity = state.identities.get(authenticator.identityId as string);
      authenticatorId = authenticator.id;
    } else {
      const jwt = /^Bearer\s+(.+)$/i.exec(call.request.headers.get("authorization") ?? "")?.[1];
      if (!jwt) throw invalidAuth("no bearer JWT was presented");
      identity = identityForExternalJwt(ctx, jwt);
      if (!identity) throw invalidAuth("the JWT is not signed by an enabled external JWT signer, or names no identity");
      authenticatorId = "ext-jwt";
    }
    if (!identity) throw invalidAuth("the credentials belong to no identity");
    if (identity.disabled === true) {
      const until = typeof identity.disabledUntil === "string" ? Date.parse(identity.disabledUntil) : Number.NaN;
      if (Number.isNaN(until) || until > Date.now()) throw invalidAuth("the identity is disabled");
      identity.disabled = false;
    }
    const session = openSession(ctx, identity, authenticatorId, method, configTypes);
    return ok(views.apiSession(session, true));
  };

  const currentMfa = (call: Call) => {
    const mfa = state.mfa.get((call.identity as FakeRow).id);
    if (!mfa) throw new FakeError(404, "NOT_FOUND", "The identity has no MFA enrollment");
    return mfa;
  };

  const codeOk = (identityId: string, code: unknown) => {
    const mfa = state.mfa.get(identityId);
    if (!mfa) return false;
    if (checkTotp(mfa.secret, code)) return true;
    const index = typeof code === "string" ? mfa.recoveryCodes.indexOf(code) : -1;
    if (index >= 0) mfa.recoveryCodes.splice(index, 1);
    return index >= 0;
  };

  const badCode = () => new FakeError(401, "MFA_INVALID_TOKEN", "The MFA code is not valid");

  const authenticatorOfCaller = (call: Call) => {
    const row = state.authenticators.get(call.params.id ?? "");
    if (!row || row.identityId !== call.identity?.id) throw notFound("authenticator", call.params.id ?? "");
    return row;
  };

  return [
    route("post", "/authenticate", "authenticate", login, { public: true }),
    route(
      "post",
      "/authenticate/mfa",
      "authenticateMfa",
      async (call) => {
        const body = await call.body();
        await checkInput("authenticateMfa", body);
        const session = call.session;
        if (!session) throw new FakeError(400, "INVALID_AUTH", "MFA needs an API session");
        if (!codeOk(session.identityId, body.code)) throw badCode();
        session.isMfaComplete = true;
        return empty();
      },
      { partial: true },
    ),
    route(
      "get",
      "/current-api-session",
      "getCurrentAPISession",
      ({ session }) => {
        if (!session) throw new FakeError(404, "NOT_FOUND", "This call carries no API session (an external JWT)");
        return ok(views.apiSession(session, true));
      },
      { partial: true },
    ),
    route(
      "delete",
      "/current-api-session",
      "deleteCurrentApiSession",
      ({ session }) => {
        if (session) state.apiSessions.delete(session.id);
        return empty();
      },
      { partial: true },
    ),
    route("post", "/current-api-session/totp-token", "createTotpToken", async (call) => {
      const body = await call.body();
      await checkInput("createTotpToken", body);
      if (!codeOk((call.identity as FakeRow).id, body.code)) throw badCode();
      return ok({ token: randomUUID(), issuedAt: new Date().toISOString() });
    }),
    route("get", "/current-identity", "getCurrentIdentity", ({ identity }) => ok(views.identity(identity as FakeRow))),
    route("get", "/current-identity/authenticators", "listCurrentIdentityAuthenticators", ({ url, identity }) =>
      listAnswer(
        url,
        [...state.authenticators.values()]
          .filter((a) => a.identityId === identity?.id)
          .map((a) => views.authenticator(a)),
      ),
    ),
    route("get", "/current-identity/authenticators/:id", "detailCurrentIdentityAuthenticator", (call) =>
      ok(views.authenticator(authenticatorOfCaller(call))),
    ),
    ...(["put", "patch"] as const).map((method) =>
      route(
        method,
        "/current-identity/authenticators/:id",
        method === "put" ? "updateCurrentIdentityAuthenticator" : "patchCurrentIdentityAuthenticator",
        async (call) => {
          const row = authenticatorOfCaller(call);
          const body = await call.body();
          await checkInput(
            method === "put" ? "updateCurrentIdentityAuthenticator" : "patchCurrentIdentityAuthenticator",
            {
              ...body,
              id: row.id,
            },
          );
          if (row.method !== "updb")
            throw new FakeError(400, "COULD_NOT_VALIDATE", "Only updb authenticators have a password");
          if (row.password !== body.currentPassword) throw invalidAuth("the current password is wrong");
          if (typeof body.password === "string") row.password = body.password;
          if (typeof body.username === "string") row.username = body.username;
          row.updatedAt = new Date().toISOString();
          return empty();
        },
      ),
    ),
    route("post", "/current-identity/authenticators/:id/extend", "extendCurrentIdentityAuthenticator", async (call) => {
      const row = authenticatorOfCaller(call);
      const body = await call.body();
      await checkInput("extendCurrentIdentityAuthenticator", { ...body, id: row.id });
      if (row.method !== "cert")
        throw new FakeError(400, "COULD_NOT_VALIDATE", "Only certificate authenticators extend");
      let issued: { pem: string };
      try {
        issued = ctx.pki.ca.signCsr(body.clientCertCsr as string, { validityDays: 365 });
      } catch {
        throw new FakeError(400, "COULD_NOT_VALIDATE", "The CSR could not be read", {
          cause: { field: "clientCertCsr", reason: "must be a PEM certificate request" },
        });
      }
      row.pendingCertPem = issued.pem;
      return ok({ clientCert: issued.pem, ca: ctx.pki.caPem });
    }),
    route(
      "post",
      "/current-identity/authenticators/:id/extend-verify",
      "extendVerifyCurrentIdentityAuthenticator",
      async (call) => {
        const row = authenticatorOfCaller(call);
        const body = await call.body();
        await checkInput("extendVerifyCurrentIdentityAuthenticator", { ...body, id: row.id });
        if (typeof row.pendingCertPem !== "string" || body.clientCert !== row.pendingCertPem) {
          throw new FakeError(400, "COULD_NOT_VALIDATE", "The certificate is not the one issued by extend");
        }
        row.certPem = row.pendingCertPem;
        row.fingerprint = certFingerprint(row.pendingCertPem);
        delete row.pendingCertPem;
        return empty();
      },
    ),
    route("get", "/current-identity/mfa", "detailMfa", (call) => {
      const mfa = currentMfa(call);
      const name = (call.identity as FakeRow).name as string;
      return ok({
        id: (call.identity as FakeRow).id,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        tags: {},
        _links: {},
        isVerified: mfa.isVerified,
        ...(!mfa.isVerified && {
          provisioningUrl: `otpauth://totp/ziti:${encodeURIComponent(name)}?issuer=ziti&secret=${mfa.secret}`,
          recoveryCodes: mfa.recoveryCodes,
        }),
      });
    }),
    route("post", "/current-identity/mfa", "enrollMfa", ({ identity }) => {
      const id = (identity as FakeRow).id;
      if (state.mfa.has(id)) throw new FakeError(409, "MFA_EXISTS", "MFA is already enrolled for this identity");
      state.mfa.set(id, { secret: newTotpSecret(), isVerified: false, recoveryCodes: recoveryCodes() });
      return ok({ id, _links: { self: { href: "./current-identity/mfa" } } }, 201);
    }),
    route("delete", "/current-identity/mfa", "deleteMfa", async (call) => {
      const mfa = currentMfa(call);
      const code = call.request.headers.get("mfa-validation-code");
      if (mfa.isVerified && !codeOk((call.identity as FakeRow).id, code)) throw badCode();
      state.mfa.delete((call.identity as FakeRow).id);
      return empty();
    }),
    route("post", "/current-identity/mfa/verify", "verifyMfa", async (call) => {
      const mfa = currentMfa(call);
      const body = await call.body();
      await checkInput("verifyMfa", body);
      if (!checkTotp(mfa.secret, body.code)) throw badCode();
      mfa.isVerified = true;
      return empty();
    }),
    route("get", "/current-identity/mfa/qr-code", "detailMfaQrCode", (call) => {
      currentMfa(call);
      // A 1x1 PNG: the fake does not draw QR codes.
      const png = Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64",
      );
      return new Response(png, { status: 200, headers: { "content-type": "image/png" } });
    }),
    route("get", "/current-identity/mfa/recovery-codes", "detailMfaRecoveryCodes", (call) => {
      const mfa = currentMfa(call);
      if (!codeOk((call.identity as FakeRow).id, call.request.headers.get("mfa-validation-code"))) throw badCode();
      return ok({
        recoveryCodes: mfa.recoveryCodes,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        tags: {},
        _links: {},
        id: (call.identity as FakeRow).id,
      });
    }),
    route("post", "/current-identity/mfa/recovery-codes", "createMfaRecoveryCodes", async (call) => {
      const mfa = currentMfa(call);
      const body = await call.body();
      await checkInput("createMfaRecoveryCodes", body);
      if (!checkTotp(mfa.secret, body.code)) throw badCode();
      mfa.recoveryCodes = recoveryCodes();
      return empty();
    }),
    route("get", "/api-sessions", "listAPISessions", ({ url }) =>
      listAnswer(
        url,
        [...state.apiSessions.values()].map((s) => views.apiSession(s)),
        {
          fields: [
            "id",
            "identityId",
            "authenticatorId",
            "ipAddress",
            "createdAt",
            "updatedAt",
            "tags",
            "isMfaComplete",
          ],
        },
      ),
    ),
    route("get", "/api-sessions/:id", "detailAPISessions", ({ params }) => {
      const session = state.apiSessions.get(params.id ?? "");
      if (!session) throw notFound("API session", params.id ?? "");
      return ok(views.apiSession(session));
    }),
    route("delete", "/api-sessions/:id", "deleteAPISessions", ({ params }) => {
      if (!state.apiSessions.delete(params.id ?? "")) throw notFound("API session", params.id ?? "");
      return empty();
    }),
  ];
}

function recoveryCodes(): string[] {
  return Array.from({ length: 20 }, () => randomUUID().replace(/-/g, "").slice(0, 8).toUpperCase());
}

/** Enrolls an identity in MFA (verified), returning its secret and a code function. */
export function enableMfa(ctx: FakeContext, identityId: string): { secret: string; code(at?: number): string } {
  const secret = newTotpSecret();
  ctx.state.mfa.set(identityId, { secret, isVerified: true, recoveryCodes: recoveryCodes() });
  return { secret, code: (at?: number) => totp(secret, at) };
}

/** A stored updb authenticator (username + password) for an identity. */
export function passwordAuthenticator(identityId: string, username: string, password: string): FakeRow {
  return newRow({ method: "updb", identityId, username, password });
}
