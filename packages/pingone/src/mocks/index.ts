/**
 * `@trustplane/pingone/mocks`: a stateful fake of the PingOne Platform certificate and key
 * management API for msw, with per-environment token endpoints, HAL paging, real key material
 * (PEM/DER certificates, CSRs, PKCS#7, PKCS#12), PingOne error envelopes and fault injection.
 * @packageDocumentation
 */
import { type Fault, FaultInjector, faults } from "@trustplane/testing";
import type { HttpHandler } from "msw";
import { type PingOneRegion, regionUrls } from "../regions.js";
import { createHandlers } from "./handlers.js";
import { PingOneFakeState } from "./state.js";

export { type Fault, FaultInjector, faults } from "@trustplane/testing";
export { FilterError } from "./filter.js";
export { negotiate, p1Error, rateLimitResponse } from "./handlers.js";
export {
  type CertificateFacts,
  type CertificateSpec,
  certificateFacts,
  certificatesFromFile,
  certificatesFromPkcs7,
  createCertificate,
  createCsr,
  createKeystore,
  createPkcs7,
  fromPem,
  generateKeyPair,
  type KeyPair,
  type KeystoreContents,
  KeystoreError,
  openKeystore,
  type ParsedCsr,
  parseCsr,
  type SignatureAlgorithmName,
  toPem,
} from "./pki.js";
export {
  type FakeApplicationRecord,
  type FakeCertificateRecord,
  type FakeEnvironment,
  type FakeKeyRotationPolicyRecord,
  type FakeToken,
  type FakeWorker,
  type KeyMaterial,
  type KeySpec,
  type NewKey,
  PingOneFakeState,
  type StoredApplication,
  type StoredCertificate,
  type StoredKey,
  statusOf,
} from "./state.js";
export {
  createTestCertificateAuthority,
  createTestKeystore,
  type TestCertificateAuthority,
  type TestKeystore,
} from "./test-material.js";

/** The fake's demo environment, organization and worker application (they open nothing real). */
export const PINGONE_DEMO = {
  environmentId: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  organizationId: "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
  clientId: "2d4f6a8c-0e1b-4c3d-9a5b-7c9e1f3a5b7d",
  clientSecret: "pingone-demo-worker-secret",
} as const;

/** How a client connects to the fake (a type alias, so it is a `Record<string, unknown>`). */
export type PingOneMocksConnection = {
  /** Management API base, including `/v1`: pass as `apiUrl`. */
  apiUrl: string;
  /** Authorization server base: pass as `authUrl`. */
  authUrl: string;
  /** The demo environment (managed and token environment). */
  environmentId: string;
  /** Organization id for the legacy organization-key endpoint. */
  organizationId: string;
  /** Worker application credentials in the demo environment. */
  clientId: string;
  clientSecret: string;
};

/** Options of `createPingOneMocks`. */
export interface PingOneMocksOptions {
  /** Serve the region's real hosts (`https://api.pingone.eu/v1`...). Default `com`. */
  region?: PingOneRegion;
  /** Serve the API here instead (base including `/v1`). */
  apiUrl?: string;
  /** Serve the token endpoints here instead. */
  authUrl?: string;
  /** Custom-domain token endpoints (`https://auth.example.com/as/token`): origin -> environment id. */
  customDomains?: Record<string, string>;
  /** `expires_in` of issued tokens, in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Largest `limit` a list accepts (400 OUT_OF_RANGE above it). Default 1000. */
  maxPageSize?: number;
  /** `limit` when a list request names none. Default 100. */
  defaultPageSize?: number;
  /** Answer 429 with `Retry-After` once more than `limit` API calls arrive within `windowMs`. */
  rateLimit?: { limit: number; windowMs: number };
  /** Called on every reset (and at start) to seed the state beyond the demo environment and worker. */
  seed?: (state: PingOneFakeState) => void;
}

/** The fake: msw handlers, its state, fault injection and the demo connection. */
export interface PingOneMocks {
  /** msw handlers: token endpoints and the management API. */
  readonly handlers: HttpHandler[];
  /** Queue faults (`faults.rateLimit()`, `pingOneFaults.transientNotFound()`...) for the next matching requests. */
  readonly faults: FaultInjector;
  /** Environments, keys, certificates, policies, applications, workers and tokens; seed and inspect it. */
  readonly state: PingOneFakeState;
  readonly connection: PingOneMocksConnection;
  /** Forgets everything created and every token, clears faults, and re-seeds. */
  reset(): void;
}

/**
 * Builds the PingOne fake. Start an msw server with its `handlers`; point a client at
 * `connection.apiUrl` / `connection.authUrl` (or at the region you chose) with the demo worker's
 * credentials.
 *
 * @example
 * ```ts
 * const mocks = createPingOneMocks({ region: "eu" });
 * const server = setupServer(...mocks.handlers);
 * server.listen();
 * const client = createPingOneClient({
 *   region: "eu",
 *   environmentId: mocks.connection.environmentId,
 *   auth: clientCredentials({ clientId: mocks.connection.clientId, clientSecret: mocks.connection.clientSecret }),
 * });
 * ```
 */
export function createPingOneMocks(options: PingOneMocksOptions = {}): PingOneMocks {
  const defaults = regionUrls(options.region ?? "com");
  const apiUrl = (options.apiUrl ?? defaults.apiUrl).replace(/\/+$/, "");
  const authUrl = (options.authUrl ?? defaults.authUrl).replace(/\/+$/, "");
  let injector = new FaultInjector();
  const state = new PingOneFakeState(PINGONE_DEMO.organizationId);
  seedState(state, options);
  const handlers = createHandlers({
    state,
    faults: { apply: (request) => injector.apply(request) },
    apiUrl,
    authUrl,
    customDomains: options.customDomains ?? {},
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    maxPageSize: options.maxPageSize ?? 1000,
    defaultPageSize: options.defaultPageSize ?? 100,
    rateLimit: options.rateLimit,
  });
  return {
    handlers,
    get faults() {
      return injector;
    },
    state,
    connection: {
      apiUrl,
      authUrl,
      environmentId: PINGONE_DEMO.environmentId,
      organizationId: PINGONE_DEMO.organizationId,
      clientId: PINGONE_DEMO.clientId,
      clientSecret: PINGONE_DEMO.clientSecret,
    },
    reset() {
      injector = new FaultInjector();
      state.clear();
      seedState(state, options);
    },
  };
}

function seedState(state: PingOneFakeState, options: PingOneMocksOptions): void {
  state.addEnvironment({ id: PINGONE_DEMO.environmentId, name: "Demo" });
  state.addWorker({
    environmentId: PINGONE_DEMO.environmentId,
    clientId: PINGONE_DEMO.clientId,
    clientSecret: PINGONE_DEMO.clientSecret,
  });
  options.seed?.(state);
}

/** PingOne-shaped faults for `mocks.faults.inject(...)`. */
export const pingOneFaults = {
  /** 429 REQUEST_LIMITED with `Retry-After` (seconds) and `innerError.retryAfter`. */
  rateLimited: (retryAfterSeconds = 1): Fault =>
    faults.status(
      429,
      {
        code: "REQUEST_LIMITED",
        message: "The request could not be completed. Too many requests were sent; wait and try again.",
        details: [{ code: "LIMIT_EXCEEDED", message: "Rate limit hit", innerError: { retryAfter: retryAfterSeconds } }],
      },
      { "retry-after": String(retryAfterSeconds) },
    ),
  /** The 403 PingOne can answer right after a role grant. */
  transientForbidden: (): Fault =>
    faults.status(403, {
      code: "ACCESS_FAILED",
      message: "The request could not be completed. The actor has no role that allows this call in this environment.",
    }),
  /** The 404 PingOne can answer right after an environment is created. */
  transientNotFound: (): Fault =>
    faults.status(404, {
      code: "NOT_FOUND",
      message: "The request could not be completed. The environment was not found.",
    }),
  /** 500 UNEXPECTED_ERROR. */
  unexpectedError: (): Fault =>
    faults.status(500, { code: "UNEXPECTED_ERROR", message: "An unexpected error occurred." }),
} as const;

/** What the sandbox needs from a vendor (structurally the same as `@trustplane/sandbox`'s `SandboxMocks`). */
export interface PingOneSandboxMocks {
  handlers: HttpHandler[];
  connection: PingOneMocksConnection;
  reset(): void;
}

/**
 * The sandbox contract: the fake under `baseUrl` (`http://127.0.0.1:<port>/pingone`), with the
 * API at `<baseUrl>/api/v1` and token endpoints at `<baseUrl>/auth/<environmentId>/as/token`.
 */
export function sandboxMocks(baseUrl: string): PingOneSandboxMocks {
  const base = baseUrl.replace(/\/+$/, "");
  const mocks = createPingOneMocks({ apiUrl: `${base}/api/v1`, authUrl: `${base}/auth` });
  return { handlers: mocks.handlers, connection: mocks.connection, reset: () => mocks.reset() };
}
