/**
 * `@trustplane/stronghold/mocks`: a stateful fake of the Stronghold (Vault, OpenBao) identity
 * engine as msw handlers, for testing code that uses the client (or anything else that speaks
 * the API): token auth and AppRole, userpass, JWT and Kubernetes logins with TTLs and renewal,
 * entities, aliases, groups, lookup, merge, MFA, the OIDC provider, response wrapping and
 * namespaces, with the server's `{ errors }` bodies and 403 on expired tokens.
 * @packageDocumentation
 */
import { generateKeyPairSync, type KeyObject, randomBytes, randomUUID } from "node:crypto";
import { FaultInjector, faultAdminHandlers, type JwtClaims, signJwt } from "@trustplane/testing";
import type { HttpHandler } from "msw";
import type { OperationId } from "../generated/operations.gen.js";
import {
  type FakeContext,
  type FakeLoginSetup,
  issueToken,
  type RecordedRequest,
  type Route,
  router,
} from "./context.js";
import { authRoutes } from "./routes/auth.js";
import { identityRoutes } from "./routes/identity/index.js";
import { mfaRoutes } from "./routes/mfa.js";
import { oidcRoutes } from "./routes/oidc/index.js";
import { BUILTIN_POLICIES, type FakeStrongholdState, newNamespace } from "./state.js";

export { type Fault, FaultInjector, faults } from "@trustplane/testing";
export type { FakeLoginSetup, RecordedRequest } from "./context.js";
export type {
  FakeAlias,
  FakeEntity,
  FakeGroup,
  FakeMfaMethod,
  FakeMount,
  FakeNamespace,
  FakeStrongholdState,
  FakeToken,
  FakeWrap,
} from "./state.js";

/** Default address of the fake server. */
export const DEFAULT_ADDRESS = "https://stronghold.example.com:8200";

/** Options of {@link createStrongholdMocks}. */
export interface StrongholdMocksOptions {
  /** The address the fake answers under (the handlers serve `<address>/v1/...`). Default {@link DEFAULT_ADDRESS}. */
  address?: string | undefined;
  /**
   * Namespaces that exist besides the root. Default: any namespace exists on first use. With a
   * list, a call to another namespace answers 404 like a server without it.
   */
  namespaces?: readonly string[] | undefined;
  /** Seconds a login token lives before it must be renewed. Default 3600. */
  tokenTtlSeconds?: number | undefined;
  /** Max TTL of login tokens: renewals never go past it. Default 86400. */
  tokenMaxTtlSeconds?: number | undefined;
  /** Whether login tokens are renewable. Default true. */
  renewable?: boolean | undefined;
  /** Policies of login tokens besides `default`. Default `["identity-admin"]` (all of `identity/*` and `sys/auth`). */
  loginPolicies?: readonly string[] | undefined;
  /** More ACL policies: name to path patterns (`identity/entity/*`, `+` matches one segment). */
  policies?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The AppRole role every namespace's `approle/` mount knows. */
  approle?: { roleName?: string | undefined; roleId?: string | undefined; secretId?: string | undefined } | undefined;
  /** The user every namespace's `userpass/` mount knows. */
  userpass?: { username?: string | undefined; password?: string | undefined } | undefined;
  /** The role of the `jwt/` mount and the audience its JWTs must name. Default role `ci`, audience `stronghold`. */
  jwt?: { role?: string | undefined; audience?: string | undefined } | undefined;
  /** The role of the `kubernetes/` mount and the audience of service account tokens. Default role `app`. */
  kubernetes?: { role?: string | undefined; audience?: string | undefined } | undefined;
  /** Clock in epoch ms (tests pin it to move TTLs). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** Knobs for steering the fake from a test. */
export interface StrongholdMocksControl {
  /** Every call answers 503 `Vault is sealed` until `unseal()`. */
  seal(): void;
  /** Ends `seal()`. */
  unseal(): void;
  /** Ends every issued token now (the next call with one gets 403 "permission denied"). */
  expireTokens(): void;
  /** Issues a token (default: root namespace, `default` + login policies, no expiry). */
  issueToken(options?: {
    policies?: readonly string[] | undefined;
    ttlSeconds?: number | undefined;
    namespace?: string | undefined;
    entityId?: string | undefined;
  }): string;
  /** The next `count` calls that carry `X-Vault-Index` answer 412, as a performance standby that has not caught up. */
  standbyLag(count: number): void;
}

/** The fake server: handlers to give msw, plus its state and controls. */
export interface StrongholdMocks {
  /** msw handlers: the fault admin route and every operation under `<address>/v1`. */
  readonly handlers: HttpHandler[];
  /** The address to give `createStrongholdClient` (`/v1` is added by the client). */
  readonly address: string;
  /** `<address>/v1`. */
  readonly apiUrl: string;
  /** `<address>/__faults`: queue faults over HTTP (POST), see them (GET), clear them (DELETE). */
  readonly faultsUrl: string;
  /** A root token (every policy, every namespace, never expires). */
  readonly rootToken: string;
  /** The AppRole credentials the `approle/` mounts accept. */
  readonly approle: { readonly roleName: string; readonly roleId: string; readonly secretId: string };
  /** The user the `userpass/` mounts accept. */
  readonly userpass: { readonly username: string; readonly password: string };
  /** Roles and audiences of the `jwt/` and `kubernetes/` mounts. */
  readonly jwtLogin: { readonly role: string; readonly audience: string };
  readonly kubernetesLogin: { readonly role: string; readonly audience: string };
  /**
   * Signs a JWT the `jwt/` and `kubernetes/` logins accept (`sub` names the user; `aud` defaults
   * to the jwt mount's audience; `exp` to an hour from now).
   */
  signLoginJwt(claims: JwtClaims): string;
  /** Everything the fake holds; tests may read or change it. */
  readonly state: FakeStrongholdState;
  /** Queue faults for the next matching requests (answers use the server's own bodies where they have one). */
  readonly faults: FaultInjector;
  /** Every request under `/v1` received, oldest first (no credentials, no bodies). */
  readonly requests: RecordedRequest[];
  /** Steering knobs for tests. */
  readonly control: StrongholdMocksControl;
  /** Back to the starting state: namespaces, tokens (a new root token is not made: it stays), wraps, faults, request log. */
  reset(): void;
}

/**
 * A stateful fake of a Stronghold server's identity engine and the auth calls around it, as msw
 * handlers.
 *
 * ```ts
 * const mocks = createStrongholdMocks();
 * const server = setupServer(...mocks.handlers);
 * const stronghold = createStrongholdClient({
 *   address: mocks.address,
 *   auth: appRole({ roleId: mocks.approle.roleId, secretId: mocks.approle.secretId }),
 * });
 * ```
 */
export function createStrongholdMocks(options: StrongholdMocksOptions = {}): StrongholdMocks {
  const address = (options.address ?? DEFAULT_ADDRESS).replace(/\/+$/, "").replace(/\/v1$/, "");
  const apiUrl = `${address}/v1`;
  const now = options.now ?? Date.now;
  const login: FakeLoginSetup = {
    ttl: options.tokenTtlSeconds ?? 3600,
    maxTtl: options.tokenMaxTtlSeconds ?? 86400,
    renewable: options.renewable ?? true,
    policies: [...(options.loginPolicies ?? ["identity-admin"])],
    approle: {
      roleName: options.approle?.roleName ?? "demo",
      roleId: options.approle?.roleId ?? randomUUID(),
      secretId: options.approle?.secretId ?? randomUUID(),
    },
    userpass: {
      username: options.userpass?.username ?? "alice",
      password: options.userpass?.password ?? randomBytes(12).toString("base64url"),
    },
    jwt: { role: options.jwt?.role ?? "ci", audience: options.jwt?.audience ?? "stronghold" },
    kubernetes: {
      role: options.kubernetes?.role ?? "app",
      audience: options.kubernetes?.audience ?? "https://kubernetes.default.svc",
    },
  };
  const state: FakeStrongholdState = {
    namespaces: new Map(),
    tokens: new Map(),
    wraps: new Map(),
    policies: new Map(),
    sealed: false,
    index: 0,
    standbyLag: 0,
  };
  let loginKey: { privateKey: KeyObject; publicKey: KeyObject } | undefined;
  const ctx: FakeContext = {
    state,
    address,
    apiUrl,
    login,
    namespaces: options.namespaces
      ? new Set(["", ...options.namespaces.map((n) => n.replace(/^\/+|\/+$/g, ""))])
      : undefined,
    now,
    loginKey: () => {
      loginKey ??= generateKeyPairSync("ec", { namedCurve: "P-256" });
      return loginKey;
    },
  };
  const rootToken = `hvs.root-${randomBytes(12).toString("base64url")}`;
  const start = () => {
    state.namespaces.clear();
    state.namespaces.set("", newNamespace(""));
    for (const ns of ctx.namespaces ?? []) if (ns !== "") state.namespaces.set(ns, newNamespace(ns));
    state.tokens.clear();
    state.wraps.clear();
    state.policies.clear();
    for (const [name, paths] of Object.entries({ ...BUILTIN_POLICIES, ...options.policies }))
      state.policies.set(name, [...paths]);
    state.sealed = false;
    state.index = 0;
    state.standbyLag = 0;
    state.tokens.set(rootToken, {
      token: rootToken,
      accessor: randomBytes(12).toString("base64url"),
      namespace: "",
      policies: ["root"],
      ttl: 0,
      issuedAt: now(),
      expiresAt: undefined,
      maxExpiresAt: undefined,
      renewable: false,
      entityId: "",
      path: "auth/token/root",
      displayName: "root",
      meta: {},
      lastRenewal: undefined,
    });
  };
  start();

  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  const routes = { ...identityRoutes, ...authRoutes, ...mfaRoutes, ...oidcRoutes } satisfies Record<OperationId, Route>;
  const faultsUrl = `${address}/__faults`;
  const handlers: HttpHandler[] = [...faultAdminHandlers(faultsUrl, faults), router(ctx, routes, { faults, requests })];

  const control: StrongholdMocksControl = {
    seal: () => {
      state.sealed = true;
    },
    unseal: () => {
      state.sealed = false;
    },
    expireTokens: () => {
      const at = now();
      for (const token of state.tokens.values()) if (token.token !== rootToken) token.expiresAt = at;
    },
    issueToken: (o = {}) =>
      issueToken(
        ctx,
        {
          namespace: (o.namespace ?? "").replace(/^\/+|\/+$/g, ""),
          policies: [...(o.policies ?? ["default", ...login.policies])],
          path: "auth/token/create",
          displayName: "token",
          entityId: o.entityId ?? "",
        },
        o.ttlSeconds ?? 0,
        0,
      ).token,
    standbyLag: (count) => {
      state.standbyLag = count;
    },
  };

  return {
    handlers,
    address,
    apiUrl,
    faultsUrl,
    rootToken,
    approle: { ...login.approle },
    userpass: { ...login.userpass },
    jwtLogin: { ...login.jwt },
    kubernetesLogin: { ...login.kubernetes },
    signLoginJwt: (claims) => {
      const iat = Math.floor(now() / 1000);
      return signJwt({ aud: login.jwt.audience, iat, exp: iat + 3600, ...claims }, ctx.loginKey().privateKey, {
        alg: "ES256",
      });
    },
    state,
    faults,
    requests,
    control,
    reset() {
      start();
      faults.reset();
      requests.length = 0;
    },
  };
}

/** What `sandboxMocks` publishes as `connection` (demo credentials of the fake). */
export interface StrongholdSandboxConnection {
  /** Pass as `address` to `createStrongholdClient`. */
  address: string;
  /** The namespace the demo works in (exists, like the root namespace). */
  namespace: string;
  /** AppRole credentials of the `approle/` mount (in every namespace). */
  roleId: string;
  secretId: string;
  /** The userpass user of the `userpass/` mount. */
  username: string;
  password: string;
  /** A root token, for anything the demo login may not do. */
  rootToken: string;
  /** POST a fault here (`{ kind: "unavailable", times: 2, match: "/identity/entity" }`). */
  faultsUrl: string;
}

/**
 * The sandbox contract: the fake under `baseUrl` (e.g. `http://127.0.0.1:4010/stronghold`, the
 * API at `<baseUrl>/v1`) with a `team-a` namespace and demo AppRole and userpass credentials.
 */
export function sandboxMocks(baseUrl: string): {
  handlers: HttpHandler[];
  connection: Record<string, unknown> & StrongholdSandboxConnection;
  reset(): void;
} {
  const mocks = createStrongholdMocks({
    address: baseUrl,
    approle: { roleId: "demo-role-id", secretId: "demo-secret-id" },
    userpass: { username: "alice", password: "demo-password" },
  });
  return {
    handlers: mocks.handlers,
    connection: {
      address: mocks.address,
      namespace: "team-a",
      roleId: mocks.approle.roleId,
      secretId: mocks.approle.secretId,
      username: mocks.userpass.username,
      password: mocks.userpass.password,
      rootToken: mocks.rootToken,
      faultsUrl: mocks.faultsUrl,
    },
    reset: () => mocks.reset(),
  };
}
