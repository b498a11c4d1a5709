/**
 * `@trustplane/openziti/mocks`: a stateful fake OpenZiti controller as msw handlers, for testing
 * code that manages a Ziti network (with this client or anything else that speaks the API).
 * @packageDocumentation
 */
import {
  createCertificateAuthority,
  FaultInjector,
  faultAdminHandlers,
  generateKeyPair,
  type JwtClaims,
} from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import { type FakeContext, type FakeSettings, type RecordedRequest, routeFactory } from "./context.js";
import { errorResponse, FakeError } from "./http.js";
import { fakePki } from "./pki.js";
import { Relations } from "./relations.js";
import { authRoutes, enableMfa, passwordAuthenticator } from "./routes/auth.js";
import { crudRoutes } from "./routes/crud.js";
import { authenticatorRow, kinds } from "./routes/kinds.js";
import { linkRoutes } from "./routes/links.js";
import { miscRoutes } from "./routes/misc.js";
import { BUILT_IN_CONFIG_TYPES, emptyState, type FakeRow, type FakeZitiState, newRow } from "./state.js";
import { Views } from "./views.js";

export { type Fault, FaultInjector, faults } from "@trustplane/testing";
export { CLIENT_CERT_HEADER, type FakeSettings, type RecordedRequest } from "./context.js";
export { type HttpsFake, type HttpsFakeOptions, serveOverHttps } from "./https.js";
export { totp } from "./pki.js";
export type { FakeApiSession, FakeMfa, FakeRow, FakeZitiState } from "./state.js";

/** Default controller address of the fake. */
export const DEFAULT_CONTROLLER_URL = "https://ctrl.example.com:1280";

/** An edge router present from the start. */
export interface SeedEdgeRouter {
  name: string;
  roleAttributes?: string[] | undefined;
  /** Connected to the controller (default true). */
  isOnline?: boolean | undefined;
}

/** Options of {@link createZitiMocks}. */
export interface ZitiMocksOptions {
  /** The controller root the handlers answer under (default {@link DEFAULT_CONTROLLER_URL}). */
  url?: string | undefined;
  /** The default admin's login (default `admin` / `admin-password`). */
  admin?: { username?: string | undefined; password?: string | undefined } | undefined;
  /** Idle time after which a session ends, in seconds (default 1800; each call restarts it). */
  sessionTimeoutSeconds?: number | undefined;
  /** Lifetime of new enrollments, in minutes (default 180). */
  enrollmentMinutes?: number | undefined;
  /** Edge routers present from the start (default: `edge-router-1`, online, attribute `public`). */
  edgeRouters?: SeedEdgeRouter[] | undefined;
}

/** Knobs for steering the fake from a test. */
export interface ZitiMocksControl {
  /** Ends every API session now (what a client learns only from its next 401). */
  expireSessions(): void;
  /** The next `times` logins answer 429 (the controller's authentication rate limiter). */
  rateLimitLogins(times?: number): void;
  /** Enrolls an identity (id or name) in TOTP MFA, already verified: logins must then answer the MFA query. */
  enableMfa(identity: string): { secret: string; code(at?: number): string };
  /** Gives an identity (id or name) a username and password login. */
  addPasswordLogin(identity: string, username: string, password: string): FakeRow;
  /** Gives an identity (id or name) a certificate login for this PEM certificate. */
  addCertificateLogin(identity: string, certificatePem: string): FakeRow;
  /**
   * Completes an enrollment as a device would (the client API's `/enroll`): an `ott`/`ottca` JWT
   * yields a client certificate signed by the controller's CA (and its new key), a `updb` JWT
   * needs `password`. The enrollment is used up.
   */
  enroll(
    jwt: string,
    options?: { password?: string | undefined },
  ): { identityId: string; certificate?: string; privateKey?: string };
  /** Marks an edge router (id or name) online or offline. */
  setEdgeRouterOnline(edgeRouter: string, online: boolean): void;
  /**
   * Registers an external JWT signer backed by a test CA and returns a function that signs JWTs
   * it accepts (`sub` = the identity's id, or its `externalId`).
   */
  trustExternalIssuer(options?: {
    issuer?: string | undefined;
    audience?: string | undefined;
    name?: string | undefined;
  }): {
    signerId: string;
    issuer: string;
    audience: string;
    sign(claims: JwtClaims): string;
  };
}

/** The fake controller: handlers to give msw, plus its state and controls. */
export interface ZitiMocks {
  /** msw handlers: fault admin, fault injection, every operation, and a catch-all 404. */
  readonly handlers: HttpHandler[];
  /** The controller root (`https://ctrl.example.com:1280`): pass it as `url` to `createZitiClient`. */
  readonly url: string;
  /** The management API base (`<url>/edge/management/v1`). */
  readonly managementUrl: string;
  /** `<url>/__faults`: queue faults over HTTP (POST), see them (GET), clear them (DELETE). */
  readonly faultsUrl: string;
  /** The default admin's login: `password(mocks.admin)` logs in as it. */
  readonly admin: { readonly username: string; readonly password: string };
  /** The default admin identity's id. */
  readonly adminId: string;
  /** The controller CA (PEM) that signs enrollment JWTs and is served at `/.well-known/est/cacerts`. */
  readonly caPem: string;
  /** Everything the fake holds; tests may read or change it. */
  readonly state: FakeZitiState;
  /** Queue faults for the next matching requests. */
  readonly faults: FaultInjector;
  /** Every request received, oldest first (no credentials). */
  readonly requests: RecordedRequest[];
  /** Live settings (session timeout, enrollment lifetime). */
  readonly settings: FakeSettings;
  /** Steering knobs for tests. */
  readonly control: ZitiMocksControl;
  /** Back to the starting state: data, sessions, settings, faults, request log. */
  reset(): void;
}

/**
 * A stateful fake OpenZiti controller as msw handlers: password, certificate and external-JWT
 * logins with expiring sessions and MFA, identities with enrollments (JWTs signed by the fake's
 * CA), services, configs and config types, the three policy kinds with role attribute matching,
 * edge routers, CAs, paging with real `meta`, the filter language `zf` emits, and the controller's
 * error envelope with field causes. Every operation of the API answers.
 *
 * ```ts
 * const mocks = createZitiMocks();
 * const server = setupServer(...mocks.handlers);
 * const ziti = createZitiClient({ url: mocks.url, auth: password(mocks.admin) });
 * ```
 */
export function createZitiMocks(options: ZitiMocksOptions = {}): ZitiMocks {
  const root = (options.url ?? DEFAULT_CONTROLLER_URL).replace(/\/+$/, "");
  const api = `${root}/edge/management/v1`;
  const admin = { username: options.admin?.username ?? "admin", password: options.admin?.password ?? "admin-password" };
  const startSettings = (): FakeSettings => ({
    sessionTimeoutSeconds: options.sessionTimeoutSeconds ?? 1800,
    enrollmentMinutes: options.enrollmentMinutes ?? 180,
    rateLimitedLogins: 0,
  });
  const state = emptyState();
  const relations = new Relations(state);
  const ctx: FakeContext = {
    root,
    api,
    state,
    relations,
    views: new Views(state, relations),
    pki: fakePki(),
    settings: startSettings(),
    requests: [],
    faults: new FaultInjector(),
  };
  const adminId = "default-admin";

  const seed = () => {
    state.authPolicies.set(
      "default",
      newRow(
        {
          name: "Default",
          primary: {
            cert: { allowed: true, allowExpiredCerts: true },
            extJwt: { allowed: true, allowedSigners: [] },
            updb: {
              allowed: true,
              minPasswordLength: 5,
              requireSpecialChar: false,
              requireNumberChar: false,
              requireMixedCase: false,
              maxAttempts: 0,
              lockoutDurationMinutes: 0,
            },
          },
          secondary: { requireTotp: false, requireExtJwtSigner: null },
        },
        "default",
      ),
    );
    state.identities.set(
      adminId,
      newRow(
        {
          name: "Default Admin",
          type: "User",
          isAdmin: true,
          isDefaultAdmin: true,
          roleAttributes: [],
          disabled: false,
        },
        adminId,
      ),
    );
    const login = passwordAuthenticator(adminId, admin.username, admin.password);
    state.authenticators.set(login.id, login);
    for (const name of BUILT_IN_CONFIG_TYPES) {
      const row = newRow({ name, schema: {}, target: "service" });
      state.configTypes.set(row.id, row);
    }
    for (const er of options.edgeRouters ?? [{ name: "edge-router-1", roleAttributes: ["public"] }]) {
      const row = newRow({
        name: er.name,
        roleAttributes: er.roleAttributes ?? [],
        isOnline: er.isOnline ?? true,
        isVerified: true,
        isTunnelerEnabled: false,
        fingerprint: null,
        certPem: null,
      });
      state.edgeRouters.set(row.id, row);
    }
    state.controllerSettings.set("global", newRow({ oidc: { redirectUris: [], postLogoutUris: [] } }, "global"));
  };
  seed();

  const route = routeFactory(ctx);
  const faultsUrl = `${root}/__faults`;
  const handlers: HttpHandler[] = [
    ...faultAdminHandlers(faultsUrl, ctx.faults),
    http.all(`${root}/*`, ({ request }) => ctx.faults.apply(request)),
    ...authRoutes(ctx, route),
    ...linkRoutes(ctx, route),
    ...miscRoutes(ctx, route),
    ...kinds(ctx).flatMap((kind) => crudRoutes(ctx, route, kind)),
    // Anything else under the API: the controller's 404 (marked, so coverage does not count it).
    http.all(`${api}/*`, () =>
      errorResponse(new FakeError(404, "NOT_FOUND", "The resource requested was not found or is no longer available"), {
        "x-trustplane-fake": "unhandled",
      }),
    ),
  ];

  const find = (collection: "identities" | "edgeRouters", idOrName: string): FakeRow => {
    const rows = state[collection];
    const row = rows.get(idOrName) ?? [...rows.values()].find((r) => r.name === idOrName);
    if (!row)
      throw new Error(`the fake has no ${collection === "identities" ? "identity" : "edge router"} "${idOrName}"`);
    return row;
  };

  const control: ZitiMocksControl = {
    expireSessions: () => {
      for (const session of state.apiSessions.values()) session.expiresAt = 0;
    },
    rateLimitLogins: (times = 1) => {
      ctx.settings.rateLimitedLogins = times;
    },
    enableMfa: (identity) => enableMfa(ctx, find("identities", identity).id),
    addPasswordLogin: (identity, username, password) => {
      const row = authenticatorRow(ctx, {
        method: "updb",
        identityId: find("identities", identity).id,
        username,
        password,
      });
      state.authenticators.set(row.id, row);
      return row;
    },
    addCertificateLogin: (identity, certificatePem) => {
      const row = authenticatorRow(ctx, {
        method: "cert",
        identityId: find("identities", identity).id,
        certPem: certificatePem,
      });
      state.authenticators.set(row.id, row);
      return row;
    },
    enroll: (jwt, enrollOptions = {}) => {
      const token = (() => {
        try {
          return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString()).jti as string;
        } catch {
          return undefined;
        }
      })();
      const enrollment = [...state.enrollments.values()].find((e) => e.token === token);
      if (!enrollment) throw new Error("no pending enrollment for this JWT");
      if (Date.parse(enrollment.expiresAt as string) <= Date.now()) throw new Error("the enrollment has expired");
      const identityId = enrollment.identityId as string;
      state.enrollments.delete(enrollment.id);
      if (enrollment.method === "updb") {
        if (!enrollOptions.password) throw new Error("a updb enrollment needs a password");
        control.addPasswordLogin(identityId, enrollment.username as string, enrollOptions.password);
        return { identityId };
      }
      const keys = generateKeyPair({ type: "ec", curve: "P-256" });
      const issued = ctx.pki.ca.issue({
        subject: `CN=${identityId}`,
        publicKey: keys.publicKey,
        extendedKeyUsage: ["clientAuth"],
        validityDays: 365,
      });
      control.addCertificateLogin(identityId, issued.pem);
      return {
        identityId,
        certificate: issued.pem,
        privateKey: keys.privateKey.export({ type: "pkcs8", format: "pem" }) as string,
      };
    },
    setEdgeRouterOnline: (edgeRouter, online) => {
      find("edgeRouters", edgeRouter).isOnline = online;
    },
    trustExternalIssuer: (issuerOptions = {}) => {
      const authority = createCertificateAuthority({
        keyAlgorithm: { type: "ec", curve: "P-256" },
        subject: "CN=Fake External IdP,O=Trustplane Fake",
      });
      const issuer = issuerOptions.issuer ?? "https://idp.example.com";
      const audience = issuerOptions.audience ?? "openziti";
      const row = newRow({
        name: issuerOptions.name ?? `external-${state.externalJwtSigners.size + 1}`,
        enabled: true,
        issuer,
        audience,
        certPem: authority.certificate.pem,
        claimsProperty: "sub",
        useExternalId: false,
        kid: authority.kid,
      });
      state.externalJwtSigners.set(row.id, row);
      return {
        signerId: row.id,
        issuer,
        audience,
        sign: (claims) =>
          authority.signJwt({ iss: issuer, aud: audience, exp: Math.floor(Date.now() / 1000) + 600, ...claims }),
      };
    },
  };

  return {
    handlers,
    url: root,
    managementUrl: api,
    faultsUrl,
    admin,
    adminId,
    caPem: ctx.pki.caPem,
    state,
    faults: ctx.faults,
    requests: ctx.requests,
    settings: ctx.settings,
    control,
    reset() {
      Object.assign(state, emptyState());
      Object.assign(ctx.settings, startSettings());
      ctx.faults.reset();
      ctx.requests.length = 0;
      seed();
    },
  };
}

/** What `sandboxMocks` publishes as `connection`. */
export interface ZitiSandboxConnection {
  /** The controller root: pass it as `url` to `createZitiClient`. */
  url: string;
  /** The management API base. */
  managementUrl: string;
  /** The demo admin's username and password. */
  username: string;
  password: string;
  /** The fake controller's CA (PEM). */
  caPem: string;
  /** POST a fault here (`{ kind: "unavailable", times: 2, match: "/identities" }`). */
  faultsUrl: string;
  [key: string]: unknown;
}

/**
 * The sandbox contract: the fake controller under `baseUrl` (e.g. `http://127.0.0.1:4010/openziti`)
 * with a demo admin and three edge routers (two online with attribute `public`, one offline).
 */
export function sandboxMocks(baseUrl: string): {
  handlers: HttpHandler[];
  connection: ZitiSandboxConnection;
  reset(): void;
} {
  const mocks = createZitiMocks({
    url: baseUrl,
    admin: { username: "admin", password: "sandbox-admin-password" },
    edgeRouters: [
      { name: "edge-router-eu", roleAttributes: ["public", "eu"] },
      { name: "edge-router-us", roleAttributes: ["public", "us"] },
      { name: "edge-router-lab", roleAttributes: ["lab"], isOnline: false },
    ],
  });
  return {
    handlers: mocks.handlers,
    connection: {
      url: mocks.url,
      managementUrl: mocks.managementUrl,
      username: mocks.admin.username,
      password: mocks.admin.password,
      caPem: mocks.caPem,
      faultsUrl: mocks.faultsUrl,
    },
    reset: () => mocks.reset(),
  };
}
