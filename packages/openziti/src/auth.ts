/**
 * How a client logs in to a controller: `password()`, `certificate()`, `externalJwt()` (a login
 * that returns a `zt-session` token, refreshed ahead of its expiry, renewed once on a 401, shared
 * by concurrent calls, with MFA through a `totp` callback), or `session()` for a token you already
 * have.
 */
import {
  type AuthContext,
  AuthError,
  type AuthProvider,
  asAuthError,
  type BearerSource,
  bearerToken,
  type ClientCertificate as CoreClientCertificate,
  type HttpRequest,
  type HttpResponse,
  type IssuedToken,
  Secret,
  TokenCache,
  type TokenCacheOptions,
  validate,
} from "@trustplane/core";
import { version } from "../package.json";
import { parseZitiError } from "./errors.js";
import {
  certificateLoginSchema,
  externalJwtOptionsSchema,
  externalJwtTokenSchema,
  passwordLoginSchema,
} from "./internal/schemas.js";

/** A one-time code for MFA (TOTP), asked for when the controller's login answer requires it. */
export type TotpSource = () => string | Promise<string>;

/** What every login method accepts. */
export interface LoginOptions {
  /**
   * Called when the login answer lists an MFA auth query: return the current TOTP code (from an
   * authenticator app, a secret store, a prompt). Without it, such a login fails with an
   * AuthError saying MFA is required.
   */
  totp?: TotpSource | undefined;
  /** Config types to load with the session (`configTypes` of the login body). */
  configTypes?: string[] | undefined;
  /** Log in again this long before the session expires (default 60000 ms, at most half its life). */
  refreshAheadMs?: number | undefined;
  /** Treat the session as expired this long before its expiry (default 5000 ms). */
  skewMs?: number | undefined;
  /** Clock (tests pin it). */
  now?: (() => number) | undefined;
}

/** Options of {@link password}. */
export interface PasswordLoginOptions extends LoginOptions {
  /** The updb username. */
  username: string;
  /** The password (kept as a secret; never logged). */
  password: string;
}

/** A client certificate for {@link certificate}: PEM certificate and key, or a PKCS#12 bundle (core's `ClientCertificate`). */
export type ClientCertificate = CoreClientCertificate;

/** Options of {@link certificate}: the client certificate and the login options. */
export type CertificateLoginOptions = ClientCertificate & LoginOptions;

/** Options of {@link externalJwt}. */
export interface ExternalJwtOptions extends LoginOptions {
  /**
   * `session` (default): trade the JWT for a `zt-session` at `POST /authenticate?method=ext-jwt`
   * (the JWT travels as `Authorization: Bearer` on that call only). `bearer`: send the JWT as
   * `Authorization: Bearer` on every call (controllers that accept OIDC access tokens directly).
   */
  mode?: "session" | "bearer" | undefined;
}

/** An auth method of this package: pass it as `auth` to `createZitiClient`. */
export interface ZitiAuth extends AuthProvider {
  /** `openziti-password`, `openziti-certificate`, `openziti-ext-jwt`, `openziti-session`... */
  readonly kind: string;
}

/** The TLS material of a certificate login (goes into the client's transport). */
export interface LoginTls {
  readonly cert?: string | Uint8Array | undefined;
  readonly key?: string | Uint8Array | undefined;
  readonly pfx?: Uint8Array | undefined;
  readonly passphrase?: string | undefined;
}

/** @internal What a login method needs once it knows the controller. */
export interface LoginSpec {
  readonly kind: string;
  readonly method: "password" | "cert" | "ext-jwt";
  readonly body: () => Record<string, unknown>;
  readonly headers: () => Promise<Record<string, string>>;
  readonly tls?: LoginTls | undefined;
  readonly options: LoginOptions;
}

const specs = new WeakMap<AuthProvider, LoginSpec>();

function loginMethod(spec: LoginSpec): ZitiAuth {
  const provider: ZitiAuth = {
    kind: spec.kind,
    async authorize() {
      throw new AuthError(`${spec.kind}: pass this login as "auth" to createZitiClient, which knows the controller`);
    },
  };
  specs.set(provider, spec);
  return provider;
}

function commonBody(options: LoginOptions): Record<string, unknown> {
  return {
    ...(options.configTypes && { configTypes: options.configTypes }),
    sdkInfo: { type: "trustplane-openziti", version },
  };
}

/**
 * Logs in with a username and password (`POST /authenticate?method=password`) and sends the
 * session token as `zt-session`.
 *
 * ```ts
 * const ziti = createZitiClient({ url, auth: password({ username: "admin", password: secret }) });
 * ```
 */
export function password(options: PasswordLoginOptions): ZitiAuth {
  const o = validate(passwordLoginSchema, options, "password login options") as PasswordLoginOptions;
  const username = o.username;
  const secret = new Secret(o.password);
  return loginMethod({
    kind: "openziti-password",
    method: "password",
    body: () => ({ username, password: secret.reveal(), ...commonBody(o) }),
    headers: async () => ({}),
    options: o,
  });
}

/**
 * Logs in with a client certificate (`POST /authenticate?method=cert` over mutual TLS): the
 * certificate and key (or PKCS#12 bundle) go into the client's TLS connection, never into a header.
 */
export function certificate(options: CertificateLoginOptions): ZitiAuth {
  const o = validate(certificateLoginSchema, options, "certificate login options") as CertificateLoginOptions;
  const tls: LoginTls =
    "pfx" in o && o.pfx !== undefined
      ? { pfx: o.pfx, passphrase: o.passphrase }
      : { cert: (o as { cert: string }).cert, key: (o as { key: string }).key, passphrase: o.passphrase };
  return loginMethod({
    kind: "openziti-certificate",
    method: "cert",
    body: () => commonBody(o),
    headers: async () => ({}),
    tls,
    options: o,
  });
}

/**
 * Logs in with a JWT from an external identity provider the controller trusts (an external JWT
 * signer). `token` is the JWT or a function that returns a current one (asked at every login).
 */
export function externalJwt(token: BearerSource, options: ExternalJwtOptions = {}): ZitiAuth {
  const o = validate(externalJwtOptionsSchema, options, "external JWT options") as ExternalJwtOptions;
  if (o.mode === "bearer") {
    const bearer = bearerToken(token);
    return { kind: "openziti-ext-jwt-bearer", authorize: (request, ctx) => bearer.authorize(request, ctx) };
  }
  validate(externalJwtTokenSchema, token, "external JWT");
  const fixed = typeof token === "string" ? new Secret(token) : undefined;
  return loginMethod({
    kind: "openziti-ext-jwt",
    method: "ext-jwt",
    body: () => commonBody(o),
    headers: async () => {
      const jwt = fixed ? fixed.reveal() : await (token as () => string | Promise<string>)();
      if (typeof jwt !== "string" || jwt === "" || /[\r\n]/.test(jwt)) {
        throw new AuthError("external JWT: the token function returned no usable token");
      }
      return { authorization: `Bearer ${jwt}` };
    },
    options: o,
  });
}

/**
 * Sends a session token you already have (from `ziti edge login`, or your own login) as
 * `zt-session`. With a function, it is asked on every call and again after a 401.
 */
export function session(token: BearerSource): ZitiAuth {
  const bearer = bearerToken(token, { header: "zt-session", scheme: null });
  return { kind: "openziti-session", authorize: (request, ctx) => bearer.authorize(request, ctx) };
}

/** Same as {@link session}. */
export const zitiSession: typeof session = session;

// ---------------------------------------------------------------------------------------------
// Binding a login to a controller

/** A login bound to one controller: the provider the pipeline uses, and logout. */
export interface BoundLogin {
  readonly provider: AuthProvider;
  /** The client certificate of a certificate login, for the transport. */
  readonly tls: LoginTls | undefined;
  /** Ends the current session, if there is one (`send` makes the DELETE call). Returns whether one was ended. */
  logout(send: () => Promise<unknown>): Promise<boolean>;
  /** True while a session is held. */
  hasSession(): boolean;
}

const decoder = new TextDecoder();

function json(response: HttpResponse): Record<string, unknown> {
  try {
    const value: unknown = response.body?.length ? JSON.parse(decoder.decode(response.body)) : undefined;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The login method behind `auth`, when it is one of this package's (else undefined). */
export function loginSpecOf(auth: AuthProvider): LoginSpec | undefined {
  return specs.get(auth);
}

/** True for the logout call (a 401 on it means the session is already gone: no re-login). */
const isLogout = (request: HttpRequest) =>
  request.method === "DELETE" && /\/current-api-session$/.test(new URL(request.url).pathname);

/**
 * The session provider of a login for the controller whose management API is at `managementUrl`:
 * logs in on first use, refreshes ahead of expiry, re-logs in once on a 401 (core's auth policy),
 * answers MFA, and shares one login among concurrent calls.
 */
export function bindLogin(spec: LoginSpec, managementUrl: string): BoundLogin {
  let live: { token: Secret; expiresAt: number | undefined } | undefined;
  const now = spec.options.now ?? Date.now;
  const what = `${spec.kind} login`;

  /** The controller refused the login (or the MFA code): an AuthError with its status and code. */
  const refused = (response: HttpResponse, step: string): AuthError => {
    const body = json(response);
    const parsed = parseZitiError(body, {
      status: response.status,
      statusText: "",
      headers: new Headers(),
      url: response.url,
    });
    const code = parsed?.code === undefined ? undefined : String(parsed.code);
    const detail = [code, parsed?.message].filter(Boolean).join(": ") || `HTTP ${response.status}`;
    return new AuthError(`${what} failed: ${step} answered ${response.status} (${detail})`, {
      status: response.status,
      code,
      description: parsed?.message,
    });
  };

  const login = async (ctx: AuthContext): Promise<IssuedToken> => {
    const request: HttpRequest = {
      method: "POST",
      url: `${managementUrl}/authenticate?method=${spec.method}`,
      headers: { "content-type": "application/json", accept: "application/json", ...(await spec.headers()) },
      body: JSON.stringify(spec.body()),
    };
    const response = await ctx.fetch(request, { operationId: "authenticate" });
    if (response.status >= 300) throw refused(response, `POST /authenticate?method=${spec.method}`);
    const data = (json(response).data ?? {}) as Record<string, unknown>;
    if (typeof data.token !== "string" || data.token === "") {
      throw new AuthError(`${what}: the controller answered ${response.status} without a session token`);
    }
    const token = data.token;
    const seconds = typeof data.expirationSeconds === "number" ? data.expirationSeconds : undefined;
    const at = typeof data.expiresAt === "string" ? Date.parse(data.expiresAt) : Number.NaN;
    const expiresAt = seconds !== undefined ? now() + seconds * 1000 : Number.isNaN(at) ? undefined : at;
    const queries = Array.isArray(data.authQueries) ? (data.authQueries as Array<Record<string, unknown>>) : [];
    const mfa = queries.find((q) => q.typeId === "MFA" || (q.typeId === undefined && q.provider === "ziti"));
    if (mfa) await answerMfa(ctx, token);
    live = { token: new Secret(token), expiresAt };
    return { token, expiresAt };
  };

  const answerMfa = async (ctx: AuthContext, token: string): Promise<void> => {
    const totp = spec.options.totp;
    if (!totp) {
      throw new AuthError(
        `${what}: the controller requires MFA for this identity: pass totp: () => code to ${spec.kind.replace("openziti-", "")}()`,
        { code: "MFA_REQUIRED" },
      );
    }
    let code: unknown;
    try {
      code = await totp();
    } catch (error) {
      throw new AuthError(`${what}: the totp callback failed`, { cause: error, code: "MFA_REQUIRED" });
    }
    if (typeof code !== "string" || !/^\d{4,10}$/.test(code.trim())) {
      throw new AuthError(`${what}: the totp callback must return the one-time code as a string of digits`, {
        code: "MFA_REQUIRED",
      });
    }
    const request: HttpRequest = {
      method: "POST",
      url: `${managementUrl}/authenticate/mfa`,
      headers: { "content-type": "application/json", accept: "application/json", "zt-session": token },
      body: JSON.stringify({ code: code.trim() }),
    };
    const response = await ctx.fetch(request, { operationId: "authenticateMfa" });
    if (response.status >= 300) throw refused(response, "POST /authenticate/mfa");
  };

  const cacheOptions: TokenCacheOptions = {
    ...(spec.options.refreshAheadMs !== undefined && { refreshAheadMs: spec.options.refreshAheadMs }),
    ...(spec.options.skewMs !== undefined && { skewMs: spec.options.skewMs }),
    now,
  };
  const cache = new TokenCache(async (ctx) => {
    try {
      return await login(ctx);
    } catch (error) {
      throw asAuthError(error, `${what} failed`);
    }
  }, cacheOptions);

  const usable = () => live !== undefined && (live.expiresAt === undefined || now() < live.expiresAt);

  const provider: AuthProvider = {
    kind: spec.kind,
    async authorize(request, ctx) {
      if (isLogout(request)) {
        // Logging out never logs in: it ends the session that is held, or nothing.
        if (live) request.headers["zt-session"] = live.token.reveal();
        return undefined;
      }
      const { token, grant } = await cache.get(ctx);
      request.headers["zt-session"] = token;
      return {
        invalidate: () => {
          grant.invalidate();
          if (live?.token.reveal() === token) live = undefined;
        },
      };
    },
  };

  return {
    provider,
    tls: spec.tls,
    hasSession: usable,
    async logout(send) {
      if (!usable()) {
        live = undefined;
        cache.clear();
        return false;
      }
      try {
        await send();
        return true;
      } catch (error) {
        // 401: the controller had already ended it.
        if ((error as { status?: unknown }).status === 401) return false;
        throw error;
      } finally {
        live = undefined;
        cache.clear();
      }
    },
  };
}
