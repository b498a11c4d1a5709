/**
 * `@trustplane/openziti/mocks`: a stateful fake OpenZiti controller as msw handlers, for testing
 * code that manages a Ziti network (with this client or anything else that speaks the API).
 * @packageDocumentation
 */
import { FaultInjector, faultAdminHandlers } from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import { type FakeContext, type FakeSettings, type RecordedRequest, routeFactory } from "./context.js";
import { type ZitiMocksControl, zitiControl } from "./control.js";
import { errorResponse, FakeError } from "./http.js";
import { fakePki } from "./pki.js";
import { Relations } from "./relations.js";
import { authRoutes } from "./routes/auth.js";
import { crudRoutes } from "./routes/crud.js";
import { kinds } from "./routes/kinds.js";
import { linkRoutes } from "./routes/links.js";
import { miscRoutes } from "./routes/misc.js";
import { type SeedEdgeRouter, seedState } from "./seed.js";
import { emptyState, type FakeZitiState } from "./state.js";
import { Views } from "./views.js";

export { type Fault, FaultInjector, faults } from "@trustplane/testing";
export { CLIENT_CERT_HEADER, type FakeSettings, type RecordedRequest } from "./context.js";
export type { ZitiMocksControl } from "./control.js";
export { type HttpsFake, type HttpsFakeOptions, serveOverHttps } from "./https.js";
export { totp } from "./pki.js";
export type { SeedEdgeRouter } from "./seed.js";
export type { FakeApiSession, FakeMfa, FakeRow, FakeZitiState } from "./state.js";

/** Default controller address of the fake. */
export const DEFAULT_CONTROLLER_URL = "https://ctrl.example.com:1280";

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

  const seed = () => seedState(state, adminId, admin, options);
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

  const control = zitiControl(ctx);

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
