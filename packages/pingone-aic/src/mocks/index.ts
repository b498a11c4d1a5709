/**
 * `@trustplane/pingone-aic/mocks`: an in-memory fake of a PingOne Advanced Identity Cloud tenant
 * as msw handlers, for testing code that uses the client (or anything else that speaks the API).
 * @packageDocumentation
 */
import type { KeyObject } from "node:crypto";
import {
  createFakeTokenServer,
  type FakeTokenServer,
  FaultInjector,
  faultAdminHandlers,
  generateTestKeyPair,
} from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import { AIC_SCOPES } from "../scopes.js";
import { configRoutes } from "./config-routes.js";
import { type FakeContext, type FakeTimings, type RecordedRequest, routeFactory } from "./context.js";
import { esvRoutes, loadAll } from "./esv-routes.js";
import { bare } from "./http.js";
import { promotionRoutes, tickPromotion } from "./promotion-routes.js";
import { type ConfigChanges, type FakeAicState, type FakeVariable, initialState } from "./state.js";
import type { StepTiming } from "./timing.js";

export { type Fault, FaultInjector, faults } from "@trustplane/testing";
export type { FakeTimings, RecordedRequest } from "./context.js";
export type {
  ConfigChanges,
  FakeAicState,
  FakeCertificate,
  FakeRun,
  FakeSecret,
  FakeSecretVersion,
  FakeVariable,
} from "./state.js";
export { DEFAULT_SSO_COOKIE, demoConfigChanges } from "./state.js";
export type { StepTiming } from "./timing.js";

/** Default base URL of the fake tenant. */
export const DEFAULT_TENANT_URL = "https://openam-example.id.forgerock.io";

/** ESVs to start with. */
export interface AicSeed {
  /** Variables, loaded (as after a restart). */
  variables?:
    | Array<{
        id: string;
        value: string;
        description?: string | undefined;
        expressionType?: FakeVariable["expressionType"] | undefined;
      }>
    | undefined;
  /** Secrets with one loaded version each. */
  secrets?:
    | Array<{
        id: string;
        value: string;
        description?: string | undefined;
        encoding?: "generic" | "pem" | "base64hmac" | "base64aes" | undefined;
      }>
    | undefined;
}

/** Options of {@link createAicMocks}. */
export interface AicMocksOptions {
  /** Where the fake tenant lives (`https://host` or a URL with a path prefix). Default {@link DEFAULT_TENANT_URL}. */
  baseUrl?: string | undefined;
  /**
   * The service account the token endpoint accepts. Default: an id and a fresh RSA key pair,
   * given back in `mocks.serviceAccount`.
   */
  serviceAccount?:
    | { id?: string | undefined; publicKey?: Record<string, unknown> | string | KeyObject | undefined }
    | undefined;
  /** Scopes the service account may be granted; others are refused with `invalid_scope`. Default: all. */
  allowedScopes?: readonly string[] | undefined;
  /** `expires_in` of issued tokens, in seconds. Default 900. */
  tokenLifetimeSeconds?: number | undefined;
  /**
   * How long the state machines take, as status polls or ms. Defaults (fast, for tests): restart
   * `{ polls: 1 }`, lock `{ polls: 1 }`, promotion `{ polls: 2 }`, unlock `{ polls: 1 }`, so the
   * client's waiters (first poll at once, the next after 0.5 s) finish within a second or two.
   */
  timings?: Partial<FakeTimings> | undefined;
  /** ESVs present from the start (already loaded). */
  seed?: AicSeed | undefined;
}

/** Knobs for steering the fake from a test. */
export interface AicMocksControl {
  /** The next promotion or rollback run ends with `blockingError: true` and this message. */
  failNextPromotion(message?: string): void;
  /** The next lock ends in `error` instead of `locked`. */
  failNextLock(description?: string): void;
  /** ESVs the upper environment lacks: listed in provisional reports, and promotions fail. */
  setMissingEsvs(ids: string[]): void;
  /** Encrypted secrets found in the configuration: promotions fail unless `ignoreEncryptedSecrets`. */
  setEncryptedSecrets(names: string[]): void;
  /** What the next promotion carries (the lower environment's changes). */
  setPendingConfigChanges(changes: ConfigChanges): void;
  /** Treat this domain's CNAME as pointing at the tenant. */
  verifyCname(name: string): void;
  /** A bearer token the fake accepts, with these scopes (default: all), for `bearer(token)` auth. */
  issueToken(scopes?: readonly string[]): string;
  /** Ends every issued token now (what a client only learns from a 401). */
  expireTokens(): void;
}

/** The fake tenant: handlers to give msw, plus its state and controls. */
export interface AicMocks {
  /** msw handlers: fault admin route, fault injection, token endpoint, every `/environment` operation. */
  readonly handlers: HttpHandler[];
  /** The tenant base URL the handlers answer under. */
  readonly baseUrl: string;
  /** `<baseUrl>/am/oauth2/access_token`. */
  readonly tokenUrl: string;
  /** `<baseUrl>/__faults`: queue faults over HTTP (POST), see them (GET), clear them (DELETE). */
  readonly faultsUrl: string;
  /** The service account the token endpoint accepts; keys present when the fake generated them. */
  readonly serviceAccount: {
    id: string;
    privateJwk?: Record<string, unknown> | undefined;
    privatePem?: string | undefined;
    publicJwk?: Record<string, unknown> | undefined;
  };
  /** Everything the fake holds; tests may read or change it. */
  readonly state: FakeAicState;
  /** Queue faults for the next matching requests (`mocks.faults.inject(faults.unavailable(), { match: "/environment/secrets" })`). */
  readonly faults: FaultInjector;
  /** The token endpoint (request counts, scopes asked for). */
  readonly tokens: FakeTokenServer;
  /** Every `/environment` request received, oldest first (no credentials). */
  readonly requests: RecordedRequest[];
  /** Steering knobs for tests. */
  readonly control: AicMocksControl;
  /** The state machines' timings, live: change them mid-test (`mocks.timings.restart = { polls: 100 }`). */
  readonly timings: FakeTimings;
  /** Back to the starting state: ESVs (seeded again), machines, settings, tokens, faults, request log. */
  reset(): void;
}

const DEFAULT_TIMINGS: FakeTimings = {
  restart: { polls: 1 },
  lock: { polls: 1 },
  promotion: { polls: 2 },
  unlock: { polls: 1 },
};

const DEFAULT_SERVICE_ACCOUNT_ID = "7a1f0c2e-5b3d-4e8a-9c6f-2d4b8e1a3c5f";

/**
 * A stateful fake of one tenant's `/environment` API and token endpoint, as msw handlers.
 *
 * ```ts
 * const mocks = createAicMocks();
 * const server = setupServer(...mocks.handlers);
 * const aic = createAicClient({
 *   tenant: mocks.baseUrl,
 *   auth: serviceAccount({ id: mocks.serviceAccount.id, privateKey: mocks.serviceAccount.privateJwk!, scopes: ["fr:idc:esv:*"] }),
 * });
 * ```
 */
export function createAicMocks(options: AicMocksOptions = {}): AicMocks {
  const base = (options.baseUrl ?? DEFAULT_TENANT_URL).replace(/\/+$/, "");
  const tokenUrl = `${base}/am/oauth2/access_token`;
  const host = new URL(base).hostname;
  const generated = options.serviceAccount?.publicKey ? undefined : generateTestKeyPair();
  const serviceAccountId = options.serviceAccount?.id ?? DEFAULT_SERVICE_ACCOUNT_ID;
  const publicKey = options.serviceAccount?.publicKey ?? (generated?.publicJwk as Record<string, unknown>);

  const tokens = createFakeTokenServer({
    tokenUrl,
    jwtBearer: { publicKey, issuer: serviceAccountId, clientId: "service-account" },
    allowedScopes: [...(options.allowedScopes ?? AIC_SCOPES)],
    invalidScopeDescription: (refused) => `Unsupported scope for service account: ${refused.join(",")}`,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 900,
  });
  const injector = new FaultInjector();
  const staticTokens = new Map<string, readonly string[]>();
  const requests: RecordedRequest[] = [];
  const state = initialState(host);
  const startTimings = (): FakeTimings => ({ ...DEFAULT_TIMINGS, ...options.timings });
  const timings: FakeTimings = startTimings();

  const ctx: FakeContext = {
    base,
    state,
    timings,
    actor: serviceAccountId,
    tick(poll) {
      const restart = state.restart;
      if (restart.status === "restarting" && restart.step) {
        if (poll === "restart") restart.step.poll();
        if (restart.step.done) {
          restart.status = "ready";
          restart.step = undefined;
          restart.unavailableLeft = 0;
          restart.completed++;
          loadAll(ctx);
        }
      }
      tickPromotion(ctx, poll === "lock" || poll === "promotion" ? poll : undefined);
    },
  };

  const seed = () => {
    const at = new Date(Date.UTC(2025, 0, 1)).toISOString();
    for (const v of options.seed?.variables ?? []) {
      state.variables.set(v.id, {
        id: v.id,
        valueBase64: Buffer.from(v.value, "utf8").toString("base64"),
        description: v.description ?? "",
        expressionType: (v.expressionType ?? "string") as FakeVariable["expressionType"],
        lastChangeDate: at,
        lastChangedBy: serviceAccountId,
        loaded: true,
      });
    }
    for (const s of options.seed?.secrets ?? []) {
      state.secrets.set(s.id, {
        id: s.id,
        description: s.description ?? "",
        encoding: s.encoding ?? "generic",
        useInPlaceholders: true,
        lastChangeDate: at,
        lastChangedBy: serviceAccountId,
        versions: [
          {
            version: "1",
            valueBase64: Buffer.from(s.value, "utf8").toString("base64"),
            createDate: at,
            status: "ENABLED",
          },
        ],
        loadedVersion: "1",
        nextVersion: 2,
      });
    }
  };
  seed();

  const route = routeFactory(ctx, { tokens, staticTokens, requests });
  const faultsUrl = `${base}/__faults`;
  const handlers: HttpHandler[] = [
    ...faultAdminHandlers(faultsUrl, injector),
    http.all(`${base}/*`, ({ request }) => injector.apply(request)),
    ...tokens.handlers,
    ...esvRoutes(ctx, route),
    ...promotionRoutes(ctx, route),
    ...configRoutes(ctx, route),
    // Anything else under /environment: the tenant's bodiless 404 (marked, so the coverage report
    // does not count it as an answered operation).
    http.all(`${base}/environment/*`, () => {
      const response = bare(404);
      response.headers.set("x-trustplane-fake", "unhandled");
      return response;
    }),
  ];

  const control: AicMocksControl = {
    failNextPromotion: (message = "The promotion failed: a configuration change could not be applied") => {
      state.promotion.failNextRun = message;
    },
    failNextLock: (description = "The lower environment could not be locked") => {
      state.promotion.failNextLock = description;
    },
    setMissingEsvs: (ids) => {
      state.promotion.missingEsvs = [...ids];
    },
    setEncryptedSecrets: (names) => {
      state.promotion.encryptedSecrets = [...names];
    },
    setPendingConfigChanges: (changes) => {
      state.promotion.pendingChanges = structuredClone(changes);
    },
    verifyCname: (name) => {
      state.verifiedCnames.add(name);
    },
    issueToken: (scopes = AIC_SCOPES) => {
      const token = `fake-static-${crypto.randomUUID()}`;
      staticTokens.set(token, [...scopes]);
      return token;
    },
    expireTokens: () => {
      tokens.expireAll();
      staticTokens.clear();
    },
  };

  return {
    handlers,
    baseUrl: base,
    tokenUrl,
    faultsUrl,
    serviceAccount: {
      id: serviceAccountId,
      privateJwk: generated?.privateJwk,
      privatePem: generated?.privatePem,
      publicJwk: generated?.publicJwk,
    },
    state,
    faults: injector,
    tokens,
    requests,
    control,
    timings,
    reset() {
      Object.assign(state, initialState(host));
      Object.assign(timings, startTimings());
      seed();
      tokens.reset();
      injector.clear();
      staticTokens.clear();
      requests.length = 0;
    },
  };
}

/** What `sandboxMocks` publishes as `connection` (JSON; demo credentials of a fake). */
export type AicSandboxConnection = {
  /** Pass as `tenant` to `createAicClient`. */
  tenantUrl: string;
  /** The token endpoint (for reference; the client derives it from the tenant). */
  tokenUrl: string;
  /** The demo service account id. */
  serviceAccountId: string;
  /** The demo service account's private key (JWK). */
  privateJwk: Record<string, unknown>;
  /** Scopes the demo service account may ask for. */
  scopes: string[];
  /** POST a fault here (`{ kind: "unavailable", times: 2, match: "/environment/startup" }`). */
  faultsUrl: string;
};

/** Timings the sandbox uses: slow enough to watch a restart and a promotion move, quick enough for a demo. */
export const SANDBOX_TIMINGS: FakeTimings = {
  restart: { ms: 1800, unavailablePolls: 1 } satisfies StepTiming & { unavailablePolls: number },
  lock: { ms: 600 },
  promotion: { ms: 1500 },
  unlock: { ms: 400 },
};

/**
 * The sandbox contract: the fake tenant under `baseUrl` (e.g. `http://127.0.0.1:4010/pingone-aic`),
 * with a demo service account, 24 seeded variables and two secrets, and demo-speed state machines.
 */
export function sandboxMocks(baseUrl: string): {
  handlers: HttpHandler[];
  connection: AicSandboxConnection;
  reset(): void;
} {
  const mocks = createAicMocks({
    baseUrl,
    timings: SANDBOX_TIMINGS,
    seed: {
      variables: Array.from({ length: 24 }, (_, i) => ({
        id: `esv-demo-setting-${String(i + 1).padStart(2, "0")}`,
        value: `value ${i + 1}`,
        description: `Seeded demo variable ${i + 1}`,
      })),
      secrets: [
        { id: "esv-demo-smtp-password", value: "not-a-real-password", description: "Seeded demo secret" },
        { id: "esv-demo-signing-key", value: "not-a-real-key", encoding: "base64hmac" },
      ],
    },
  });
  return {
    handlers: mocks.handlers,
    connection: {
      tenantUrl: mocks.baseUrl,
      tokenUrl: mocks.tokenUrl,
      serviceAccountId: mocks.serviceAccount.id,
      privateJwk: mocks.serviceAccount.privateJwk as Record<string, unknown>,
      scopes: [...AIC_SCOPES],
      faultsUrl: mocks.faultsUrl,
    },
    reset: () => mocks.reset(),
  };
}
