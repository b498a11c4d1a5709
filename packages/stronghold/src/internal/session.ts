import {
  type AuthContext,
  AuthError,
  type AuthGrant,
  type AuthProvider,
  asAuthError,
  type HttpRequest,
  type HttpResponse,
  raceAbort,
  Secret,
} from "@trustplane/core";
import { isTokenRefusal, parseStrongholdError } from "../errors.js";
import type { components } from "../generated/openapi.gen.js";

/** Where a login provider sends its calls: the client's API URL and the auth mount's namespace. */
export interface AuthTarget {
  /** `<address>/v1`. */
  baseUrl: string;
  /** Namespace of the auth mount (`X-Vault-Namespace` of the login, renew and lookup calls). */
  namespace: string | undefined;
}

/** How one login method logs in: the request it sends. */
export interface LoginSpec {
  /** `stronghold-approle`, `stronghold-userpass`, ... */
  kind: string;
  /** Path below `/v1` (`/auth/approle/login`), already encoded. */
  path: string;
  /** Which operation of the spec the path is (for logs). */
  operationId: "login" | "loginUserpass";
  /** The login body; may read a file or call the user's function (every login asks again). */
  body: () => Promise<Record<string, string>>;
}

/** Tuning of a login session. */
export interface SessionOptions {
  /** Renew the token with `auth/token/renew-self` while renewable (default true); false: log in again instead. */
  renew: boolean;
  /** Clock (tests pin it). */
  now: () => number;
}

type AuthResponse = components["schemas"]["AuthResponse"];

interface Entry {
  readonly secret: Secret;
  /** Lease of the first login, in seconds: a renewal answering less has hit the max TTL. */
  readonly ttlSeconds: number;
  readonly leaseSeconds: number;
  readonly expiresAt: number | undefined;
  /** About two thirds into the lease: renew (or log in again) in the background from here on. */
  readonly refreshAt: number | undefined;
  /** Shortly before expiry: the token is not used any more. */
  readonly unusableAt: number | undefined;
  readonly renewable: boolean;
  /** A renewal was capped by the max TTL: the next refresh is a fresh login. */
  readonly capped: boolean;
}

const decoder = new TextDecoder();
const SKEW_MS = 5_000;

/**
 * A token obtained by a login method and kept fresh: renewed with `auth/token/renew-self` at
 * about two thirds of its lease while renewable (in the background, the current token keeps
 * serving), replaced by a fresh login when the max TTL is reached or the token is not renewable,
 * and replaced once when a call is refused with 403 "permission denied" because the token died.
 * Concurrent calls share one login (single flight).
 *
 * A 403 does not always mean a dead token: a policy that does not allow the path answers the
 * same. Before logging in again the session asks `auth/token/lookup-self`; when the token is
 * alive the 403 stands (no login, which could use up an AppRole secret ID with a use limit).
 */
export class LoginSession implements AuthProvider {
  readonly kind: string;
  readonly #spec: LoginSpec;
  readonly #target: AuthTarget;
  readonly #options: SessionOptions;
  #entry: Entry | undefined;
  #suspect: Entry | undefined;
  #flight: Promise<Entry> | undefined;
  #verifying: Promise<Entry> | undefined;

  constructor(spec: LoginSpec, target: AuthTarget, options: SessionOptions) {
    this.kind = spec.kind;
    this.#spec = spec;
    this.#target = target;
    this.#options = options;
  }

  isRefusal(response: HttpResponse): boolean {
    return isTokenRefusal(response.status, response.body);
  }

  async authorize(request: HttpRequest, ctx: AuthContext): Promise<AuthGrant> {
    const entry = await this.#usable(ctx);
    request.headers["x-vault-token"] = entry.secret.reveal();
    return {
      invalidate: () => {
        if (this.#entry === entry) this.#suspect = entry;
      },
    };
  }

  async #usable(ctx: AuthContext): Promise<Entry> {
    let entry = this.#entry;
    if (entry && this.#suspect === entry) entry = await raceAbort(this.#verify(ctx, entry), ctx.signal);
    const now = this.#options.now();
    if (!entry || (entry.unusableAt !== undefined && now >= entry.unusableAt)) {
      return raceAbort(this.#refresh(ctx, "login"), ctx.signal);
    }
    if (entry.refreshAt !== undefined && now >= entry.refreshAt && !this.#flight) {
      const mode = this.#options.renew && entry.renewable && !entry.capped ? "renew" : "login";
      this.#refresh(ctx, mode).catch((error: unknown) =>
        ctx.logger.warn(`background token ${mode} failed; the current token is still valid`, {
          vendor: ctx.vendor,
          auth: this.kind,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    return entry;
  }

  /** One login or renewal at a time; every caller waits for the same one. */
  #refresh(ctx: AuthContext, mode: "login" | "renew"): Promise<Entry> {
    if (this.#flight) return this.#flight;
    const shared = { ...ctx, signal: undefined };
    const current = this.#entry;
    const work = mode === "renew" && current ? this.#renew(shared, current) : this.#login(shared);
    const flight = work
      .then((entry) => {
        this.#entry = entry;
        this.#suspect = undefined;
        return entry;
      })
      .finally(() => {
        if (this.#flight === flight) this.#flight = undefined;
      });
    this.#flight = flight;
    return flight;
  }

  /** After a 403: is the token dead (log in again) or was the path refused (keep the token)? */
  #verify(ctx: AuthContext, suspect: Entry): Promise<Entry> {
    if (this.#verifying) return this.#verifying;
    const check = (async () => {
      const now = this.#options.now();
      if (suspect.expiresAt !== undefined && now >= suspect.expiresAt - SKEW_MS) return this.#refresh(ctx, "login");
      const response = await this.#send(
        { ...ctx, signal: undefined },
        "GET",
        "/auth/token/lookup-self",
        suspect,
        "lookupTokenSelf",
      );
      if (response.status === 200) {
        if (this.#suspect === suspect) this.#suspect = undefined;
        return suspect;
      }
      if (isTokenRefusal(response.status, response.body)) {
        ctx.logger.info("the token was refused: logging in again", { vendor: ctx.vendor, auth: this.kind });
        if (this.#entry === suspect) this.#entry = undefined;
        return this.#refresh(ctx, "login");
      }
      throw this.#failure(response, "GET", "/auth/token/lookup-self", "lookupTokenSelf", "token lookup");
    })().finally(() => {
      this.#verifying = undefined;
    });
    this.#verifying = check;
    return check;
  }

  async #login(ctx: AuthContext): Promise<Entry> {
    let body: Record<string, string>;
    try {
      body = await this.#spec.body();
    } catch (error) {
      throw asAuthError(error, `${this.kind} login failed`);
    }
    const response = await this.#send(ctx, "POST", this.#spec.path, undefined, this.#spec.operationId, body);
    if (response.status >= 300) {
      throw this.#failure(response, "POST", this.#spec.path, this.#spec.operationId, "login");
    }
    const auth = readAuth(response, this.kind, "login");
    const lease = leaseOf(auth);
    ctx.logger.info("logged in", { vendor: ctx.vendor, auth: this.kind, leaseSeconds: lease });
    return this.#entryFor(auth.client_token as string, lease, lease, auth.renewable === true, false);
  }

  async #renew(ctx: AuthContext, current: Entry): Promise<Entry> {
    const response = await this.#send(ctx, "POST", "/auth/token/renew-self", current, "renewTokenSelf", {});
    if (response.status >= 400 && response.status < 500) {
      // Not renewable after all, revoked, or past its max TTL: a fresh login replaces it.
      ctx.logger.info("token renewal refused: logging in again", {
        vendor: ctx.vendor,
        auth: this.kind,
        status: response.status,
      });
      return this.#login(ctx);
    }
    if (response.status >= 300) {
      throw this.#failure(response, "POST", "/auth/token/renew-self", "renewTokenSelf", "token renewal");
    }
    const auth = readAuth(response, this.kind, "token renewal");
    const lease = leaseOf(auth);
    const capped = lease + 1 < current.ttlSeconds;
    ctx.logger.info(capped ? "token renewed up to its max TTL" : "token renewed", {
      vendor: ctx.vendor,
      auth: this.kind,
      leaseSeconds: lease,
    });
    const token =
      typeof auth.client_token === "string" && auth.client_token ? auth.client_token : current.secret.reveal();
    return this.#entryFor(token, current.ttlSeconds, lease, auth.renewable !== false, capped);
  }

  #entryFor(token: string, ttlSeconds: number, leaseSeconds: number, renewable: boolean, capped: boolean): Entry {
    const now = this.#options.now();
    if (leaseSeconds <= 0) {
      // A token without expiry (a root or periodic token without TTL): never refreshed ahead.
      return {
        secret: new Secret(token),
        ttlSeconds,
        leaseSeconds,
        expiresAt: undefined,
        refreshAt: undefined,
        unusableAt: undefined,
        renewable,
        capped,
      };
    }
    const lifetime = leaseSeconds * 1000;
    return {
      secret: new Secret(token),
      ttlSeconds,
      leaseSeconds,
      expiresAt: now + lifetime,
      refreshAt: now + (lifetime * 2) / 3,
      unusableAt: now + lifetime - Math.min(SKEW_MS, lifetime / 10),
      renewable,
      capped,
    };
  }

  #send(
    ctx: AuthContext,
    method: string,
    path: string,
    entry: Entry | undefined,
    operationId: string,
    body?: Record<string, string>,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = {};
    if (this.#target.namespace) headers["x-vault-namespace"] = this.#target.namespace;
    if (entry) headers["x-vault-token"] = entry.secret.reveal();
    if (body) headers["content-type"] = "application/json";
    return ctx.fetch(
      { method, url: `${this.#target.baseUrl}${path}`, headers, ...(body && { body: JSON.stringify(body) }) },
      { operationId },
    );
  }

  /** An AuthError with the status and every message of the server's `{ errors }` (never the request body). */
  #failure(response: HttpResponse, method: string, path: string, operationId: string, what: string): AuthError {
    let body: unknown;
    try {
      body = response.body && response.body.length > 0 ? JSON.parse(decoder.decode(response.body)) : undefined;
    } catch {
      body = undefined;
    }
    const parsed = parseStrongholdError(body, {
      status: response.status,
      statusText: response.statusText,
      headers: new Headers(),
      url: response.url,
    });
    const said = parsed?.message ? `: ${parsed.message}` : "";
    return new AuthError(
      `${this.kind} ${what} failed with ${response.status}${said} (${method} ${operationId} ${path})`,
      {
        status: response.status,
        ...(parsed?.message !== undefined && { description: parsed.message }),
      },
    );
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind };
  }
}

function readAuth(response: HttpResponse, kind: string, what: string): components["schemas"]["AuthInfo"] {
  let body: Partial<AuthResponse> | undefined;
  try {
    body =
      response.body && response.body.length > 0
        ? (JSON.parse(decoder.decode(response.body)) as AuthResponse)
        : undefined;
  } catch {
    body = undefined;
  }
  const auth = body?.auth ?? undefined;
  if (auth && typeof auth.client_token === "string" && auth.client_token !== "") return auth;
  if (auth?.mfa_requirement) {
    const enforcements = Object.keys(auth.mfa_requirement.mfa_constraints ?? {});
    throw new AuthError(
      `${kind} ${what}: the server requires login MFA (${enforcements.join(", ") || "an MFA enforcement"}); finishing an MFA login (sys/mfa/validate) is not supported by this client`,
      { status: response.status, code: "mfa_required" },
    );
  }
  if (body?.wrap_info) {
    throw new AuthError(`${kind} ${what}: the answer was response-wrapped; do not send X-Vault-Wrap-TTL on logins`, {
      status: response.status,
    });
  }
  throw new AuthError(`${kind} ${what}: the answer holds no auth.client_token`, { status: response.status });
}

function leaseOf(auth: components["schemas"]["AuthInfo"]): number {
  const lease = Number(auth.lease_duration ?? 0);
  return Number.isFinite(lease) && lease > 0 ? lease : 0;
}
