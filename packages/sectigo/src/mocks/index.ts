/**
 * `@trustplane/sectigo/mocks`: a stateful fake of Sectigo Certificate Manager for msw, both API
 * generations: the SCM REST API (header login, `/private` client-certificate login, developer
 * login) and the Admin API (OAuth2 token endpoint, bearer tokens, its path spellings, query
 * parameters, display names and string reason codes, strictly). Certificates are real: issued for
 * the CSR by a test CA after a few "being processed" collects (or an administrator's approval),
 * collected in every format. Paging with `X-Total-Count`, Sectigo's error envelopes and codes,
 * DCV for a domain, discovery runs, a streamed CSV report, fault injection; every other operation
 * answers a well-formed body from a generic store.
 * @packageDocumentation
 */
import { createPkcs12, type Fault, FaultInjector, faultAdminHandlers, faults } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";
import { adminApiUrl, DEFAULT_SECTIGO_URL, SECTIGO_TOKEN_URL } from "../auth.js";
import { accountHandlers } from "./handlers/accounts.js";
import { certificateHandlers } from "./handlers/certificates.js";
import { discoveryHandlers } from "./handlers/discovery.js";
import { domainHandlers } from "./handlers/domains.js";
import { genericHandler } from "./handlers/generic.js";
import { reportHandlers } from "./handlers/reports.js";
import { tokenHandler } from "./handlers/token.js";
import { sectigoError } from "./http.js";
import { dispatch, type FakeConfig, type FakeHost, type Handler } from "./router.js";
import { SectigoFakeState } from "./state.js";
import type { FakeCertificate } from "./state-types.js";
import { SECTIGO_DEMO } from "./store.js";

export {
  type CertificateAuthority,
  type CsrDocument,
  createCertificateAuthority,
  createCsr,
  createPkcs7,
  type Fault,
  FaultInjector,
  faults,
  generateKeyPair,
  type KeyPair,
  readCertificate,
  readCsr,
  readPkcs7,
  readPkcs12,
} from "@trustplane/testing";
export { SPEC_ANSWERS, type SpecAnswer } from "../generated/fake-answers.gen.js";
export type { FakeConfig, FakeRequest, FakeSurface, Handler } from "./router.js";
export { SectigoFakeState } from "./state.js";
export type {
  CertificateKind,
  CertificateState,
  FakeCertificate,
  FakeCustomField,
  FakeDomain,
  FakeProfile,
  FakeScanRun,
  FakeScanTask,
  FakeTimings,
} from "./state-types.js";
export { SECTIGO_DEMO } from "./store.js";

/** How a client connects to the fake (a type alias, so it is a `Record<string, unknown>`). */
export type SectigoMocksConnection = {
  /** SCM REST API base: pass as `url` with `credentials()`, `clientCertificate()` or `developer()`. */
  url: string;
  /** Admin API base: pass as `url` with `oauth2()`. */
  adminUrl: string;
  /** Token endpoint: pass as `tokenUrl` to `oauth2()`. */
  tokenUrl: string;
  /** Where the fake's own admin routes live (`POST <fakeAdminUrl>/approve/<id>`, `/faults`). */
  fakeAdminUrl: string;
  customerUri: string;
  login: string;
  password: string;
  clientId: string;
  clientSecret: string;
  developerEmail: string;
  developerPassword: string;
  /** The demo organization (department: `departmentId`). */
  orgId: number;
  departmentId: number;
};

/** Options of {@link createSectigoMocks}. */
export interface SectigoMocksOptions {
  /** SCM REST API base to serve (default `https://cert-manager.com`). */
  url?: string | undefined;
  /** Admin API base to serve (default `https://admin.enterprise.sectigo.com`; may equal `url`). */
  adminUrl?: string | undefined;
  /** Token endpoint to serve (default Sectigo's SSO). */
  tokenUrl?: string | undefined;
  /** `expires_in` of issued tokens, in seconds. Default 300. */
  tokenLifetimeSeconds?: number | undefined;
  /** Collects answering "being processed" before an order is issued. Default 2. */
  pendingPolls?: number | undefined;
  /** Polls of a scan's operations before a run completes. Default 2. */
  scanPolls?: number | undefined;
  /** DCV status checks before a submitted validation passes. Default 1. */
  dcvChecks?: number | undefined;
  /** Every order waits for an administrator's approval (the `approve` operation or the fake's admin route). */
  requireApproval?: boolean | undefined;
  /** Called at start and on every reset, after the demo data is seeded. */
  seed?: ((state: SectigoFakeState) => void) | undefined;
}

/** The fake: msw handlers, its state, fault injection and the demo connection. */
export interface SectigoMocks {
  /** msw handlers: the token endpoint, the fake's admin routes, both API generations. */
  readonly handlers: HttpHandler[];
  /** Queue faults (`faults.rateLimit()`, `sectigoFaults.caUnavailable()`...) for the next matching requests. */
  readonly faults: FaultInjector;
  /** Logins, organizations, profiles, certificates, domains, scans; seed and inspect it. */
  readonly state: SectigoFakeState;
  readonly connection: SectigoMocksConnection;
  /** Approves a pending order, as an administrator would in SCM. */
  approve(id: number): boolean;
  /** Forgets everything created and every token, clears faults, and re-seeds. */
  reset(): void;
}

/**
 * Builds the Sectigo fake. Start an msw server with its `handlers` and point a client at
 * `connection.url` (SCM REST API) or `connection.adminUrl` (Admin API) with the demo logins.
 *
 * ```ts
 * const mocks = createSectigoMocks({ pendingPolls: 1 });
 * const server = setupServer(...mocks.handlers);
 * server.listen();
 * const sectigo = createSectigoClient({
 *   auth: credentials({ login: mocks.connection.login, password: mocks.connection.password, customerUri: mocks.connection.customerUri }),
 * });
 * ```
 */
export function createSectigoMocks(options: SectigoMocksOptions = {}): SectigoMocks {
  const url = (options.url ?? DEFAULT_SECTIGO_URL).replace(/\/+$/, "");
  const adminUrl = (options.adminUrl ?? adminApiUrl()).replace(/\/+$/, "");
  const tokenUrl = options.tokenUrl ?? SECTIGO_TOKEN_URL;
  const injector = new FaultInjector();
  const state = new SectigoFakeState({
    ...(options.pendingPolls !== undefined && { pendingPolls: options.pendingPolls }),
    ...(options.scanPolls !== undefined && { scanPolls: options.scanPolls }),
    ...(options.dcvChecks !== undefined && { dcvChecks: options.dcvChecks }),
  });
  const seed = () => {
    state.seedDemo();
    state.requireApproval = options.requireApproval ?? false;
    options.seed?.(state);
  };
  seed();
  const config: FakeConfig = {
    state,
    faults: injector,
    url,
    adminUrl,
    tokenUrl,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
  };
  const handlers: Record<string, Handler> = {
    ...certificateHandlers(),
    ...accountHandlers(),
    ...domainHandlers(),
    ...discoveryHandlers(),
    ...reportHandlers(),
  };
  const hosts: FakeHost[] =
    url === adminUrl
      ? [{ base: url, surfaces: ["classic", "admin"] }]
      : [
          { base: url, surfaces: ["classic"] },
          { base: adminUrl, surfaces: ["admin"] },
        ];
  const fakeAdmin = `${url}/__fake`;
  const number = (text: unknown) => (typeof text === "string" && /^\d+$/.test(text) ? Number(text) : Number.NaN);
  const msw: HttpHandler[] = [
    tokenHandler(config),
    ...faultAdminHandlers(`${fakeAdmin}/faults`, injector),
    http.post(`${fakeAdmin}/approve/:id`, ({ params }) =>
      state.approve(number(params.id))
        ? HttpResponse.json({ approved: Number(params.id) })
        : sectigoError(400, -1112, `Order ${String(params.id)} is not awaiting approval`),
    ),
    http.post(`${fakeAdmin}/issue/:id`, ({ params }) =>
      state.issueNow(number(params.id))
        ? HttpResponse.json({ issued: Number(params.id) })
        : sectigoError(404, -5101, `Certificate ${String(params.id)} not found`),
    ),
    http.get(`${fakeAdmin}/keystore/download`, ({ request }) => {
      const token = new URL(request.url).searchParams.get("token") ?? "";
      const entry = state.keystores.get(token);
      const certificate = entry ? state.certificates.get(entry.id) : undefined;
      if (!entry || !certificate?.keys) return sectigoError(404, -5101, "Unknown or expired download token");
      state.keystores.delete(token);
      const p12 = createPkcs12Lazy(certificate, state, entry.passphrase);
      return new HttpResponse(p12 as Uint8Array<ArrayBuffer>, {
        headers: {
          "content-type": "application/x-pkcs12",
          "content-disposition": `attachment; filename="${certificate.commonName}.p12"`,
        },
      });
    }),
    ...hosts.map((host) =>
      http.all(`${host.base}/*`, ({ request }) => dispatch(config, host, request, handlers, genericHandler)),
    ),
  ];
  return {
    handlers: msw,
    faults: injector,
    state,
    connection: {
      url,
      adminUrl,
      tokenUrl,
      fakeAdminUrl: fakeAdmin,
      customerUri: SECTIGO_DEMO.customerUri,
      login: SECTIGO_DEMO.login,
      password: SECTIGO_DEMO.password,
      clientId: SECTIGO_DEMO.clientId,
      clientSecret: SECTIGO_DEMO.clientSecret,
      developerEmail: SECTIGO_DEMO.developerEmail,
      developerPassword: SECTIGO_DEMO.developerPassword,
      orgId: SECTIGO_DEMO.orgId,
      departmentId: SECTIGO_DEMO.departmentId,
    },
    approve: (id) => state.approve(id),
    reset() {
      injector.reset();
      state.clear();
      seed();
    },
  };
}

function createPkcs12Lazy(certificate: FakeCertificate, state: SectigoFakeState, password: string | undefined) {
  return createPkcs12({
    privateKey: (certificate.keys as NonNullable<FakeCertificate["keys"]>).privateKey,
    certificates: state.chain(certificate),
    ...(password !== undefined && { password }),
    friendlyName: certificate.commonName,
  });
}

/** Sectigo-shaped faults for `mocks.faults.inject(...)`. */
export const sectigoFaults = {
  /** 429 with `Retry-After` (seconds). */
  rateLimited: (retryAfterSeconds = 1): Fault =>
    faults.status(
      429,
      { code: -1, description: "Too many requests; try again later" },
      { "retry-after": String(retryAfterSeconds) },
    ),
  /** 503 with `Retry-After` (seconds), as during maintenance. */
  unavailable: (retryAfterSeconds = 1): Fault =>
    faults.status(
      503,
      { code: -2, description: "Service temporarily unavailable" },
      { "retry-after": String(retryAfterSeconds) },
    ),
  /** The CA is unavailable (`-195`, "retry later"). */
  caUnavailable: (): Fault =>
    faults.status(400, { code: -195, description: "CA is unavailable. Please try again later." }),
  /** Login refused (`-16`). */
  badCredentials: (): Fault => faults.status(401, { code: -16, description: "Unknown user" }),
  /** Any Sectigo error code. */
  error: (status: number, code: number, description: string): Fault => faults.status(status, { code, description }),
} as const;

/** What the sandbox needs from a vendor (structurally `@trustplane/sandbox`'s `SandboxMocks`). */
export interface SectigoSandboxMocks {
  handlers: HttpHandler[];
  connection: SectigoMocksConnection;
  reset(): void;
}

/**
 * The sandbox contract: the fake under `baseUrl` (`http://127.0.0.1:<port>/sectigo`). Both API
 * generations share that base (the login decides which one a request talks to: header login is
 * the SCM REST API, a bearer token the Admin API); the token endpoint is `<baseUrl>/oauth2/token`,
 * the fake's admin routes `<baseUrl>/__fake/...`. Certificates issue after one pending collect.
 */
export function sandboxMocks(baseUrl: string): SectigoSandboxMocks {
  const base = baseUrl.replace(/\/+$/, "");
  const mocks = createSectigoMocks({
    url: base,
    adminUrl: base,
    tokenUrl: `${base}/oauth2/token`,
    pendingPolls: 1,
    scanPolls: 1,
  });
  return { handlers: mocks.handlers, connection: mocks.connection, reset: () => mocks.reset() };
}
