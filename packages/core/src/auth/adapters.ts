import { ApiError } from "../errors/api-error.js";
import { AuthError } from "../errors/errors.js";
import { isTrustplaneError } from "../errors/guards.js";
import { isHeaderName, isHeaderValue } from "../http/headers.js";
import { Secret } from "../internal/secret.js";
import { anyOf, checkValue, custom, func, num, object, optional, recordOf, str } from "../validation/rules.js";
import { type IssuedToken, TokenCache, type TokenCacheOptions } from "./token-cache.js";
import type { AuthContext, AuthProvider } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Static bearer token

/** A token, or a function that returns the current one (called for every request). */
export type BearerSource = string | (() => string | Promise<string>);

/**
 * `Authorization: Bearer <token>` with a token you already have. With a function, it is called per
 * request and once more after a 401, so it can hand out a refreshed token.
 */
export function bearerToken(
  source: BearerSource,
  options: { header?: string; scheme?: string | null } = {},
): AuthProvider {
  checkValue(
    anyOf(
      [str({ pattern: /^[^\r\n]*$/, rule: "must not contain line breaks" }), func()],
      "must be a non-empty string or a function",
    ),
    source,
    "bearer auth: token",
  );
  const header = (options.header ?? "authorization").toLowerCase();
  const scheme = options.scheme === undefined ? "Bearer" : options.scheme;
  const fixed = typeof source === "string" ? new Secret(source) : undefined;
  return {
    kind: "bearer",
    async authorize(request) {
      const token = fixed ? fixed.reveal() : await (source as () => string | Promise<string>)();
      if (typeof token !== "string" || token === "" || !isHeaderValue(token)) {
        throw new AuthError("The bearer token function returned no usable token");
      }
      request.headers[header] = scheme ? `${scheme} ${token}` : token;
      return typeof source === "function" ? { invalidate: () => undefined } : undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Header credentials (Sectigo login/password/customerUri)

const headerRecord = recordOf(
  str({ pattern: /^[^\r\n\0]*$/, rule: "must not contain line breaks" }),
  custom((k) => typeof k === "string" && isHeaderName(k), "is not a valid header name"),
);

/** Fixed headers on every request, e.g. Sectigo's `login`, `password`, `customerUri`. Values are kept as secrets. */
export function headerCredentials(headers: Record<string, string>): AuthProvider {
  checkValue(
    (value, path, issues) => {
      headerRecord(value, path, issues);
      if (issues.length === 0 && Object.keys(value as object).length === 0) {
        issues.push({ path, message: "at least one header is required" });
      }
    },
    headers,
    "header credentials",
  );
  const held = Object.entries(headers).map(([name, value]) => [name.toLowerCase(), new Secret(value)] as const);
  return {
    kind: "header-credentials",
    async authorize(request) {
      for (const [name, value] of held) request.headers[name] = value.reveal();
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Session login (OpenZiti zt-session, Vault X-Vault-Token)

/** What a login function returns. */
export interface LoginResult {
  token: string;
  /** Absolute expiry (Date or epoch ms). */
  expiresAt?: Date | number | undefined;
  /** Or: lifetime in seconds from now. */
  expiresInSeconds?: number | undefined;
}

/** Options of {@link sessionLogin}. */
export interface SessionLoginOptions extends TokenCacheOptions {
  /** Logs in and returns the session token and its expiry. Use `ctx.fetch` to send the login call. */
  login: (ctx: AuthContext) => Promise<LoginResult>;
  /** Header that carries the token. Default `authorization`. */
  header?: string;
  /** Prefix before the token (`Bearer`), or null for the bare token. Default null. */
  scheme?: string | null;
  /** Name for errors and logs (`openziti-password`, `vault-approle`). */
  kind?: string;
  /** Which refused answers mean "log in again and replay once" (default: 401). */
  isRefusal?: AuthProvider["isRefusal"];
}

const sessionShape = object(
  {
    login: func(),
    header: optional(custom((v) => typeof v === "string" && isHeaderName(v), "must be a header name")),
    scheme: optional(anyOf([str(), custom((v) => v === null, "")], "must be a string or null")),
    kind: optional(str()),
    refreshAheadMs: optional(num({ min: 0, unit: "ms" })),
    skewMs: optional(num({ min: 0, unit: "ms" })),
    now: optional(func()),
    isRefusal: optional(func()),
  },
  { unknownKeys: "allow" },
);

/** Logs in when needed, caches the session token until shortly before it expires, re-logs in on 401. */
export function sessionLogin(options: SessionLoginOptions): AuthProvider {
  checkValue(sessionShape, options, "session login options");
  const header = (options.header ?? "authorization").toLowerCase();
  const scheme = options.scheme ?? null;
  const kind = options.kind ?? "session";
  const cache = new TokenCache(async (ctx) => {
    try {
      return toIssued(await options.login(ctx), options.now ?? Date.now);
    } catch (error) {
      throw asAuthError(error, `${kind} login failed`);
    }
  }, options);
  return {
    kind,
    ...(options.isRefusal && { isRefusal: options.isRefusal }),
    async authorize(request, ctx) {
      const { token, grant } = await cache.get(ctx);
      request.headers[header] = scheme ? `${scheme} ${token}` : token;
      return grant;
    },
  };
}

/**
 * Wraps a login failure as AuthError (keeping status and vendor code). Network failures
 * (ConnectionError, TimeoutError), aborts, redirects and other trustplane errors pass through
 * unchanged, so `instanceof ConnectionError` means "network" whether or not a token was involved.
 */
export function asAuthError(error: unknown, what: string): unknown {
  if (error instanceof ApiError) {
    return new AuthError(`${what}: ${error.message}`, {
      status: error.status,
      code: error.code === undefined ? undefined : String(error.code),
      cause: error,
    });
  }
  if (isTrustplaneError(error)) return error;
  return new AuthError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function toIssued(result: LoginResult, now: () => number): IssuedToken {
  if (!result || typeof result.token !== "string" || result.token === "") {
    throw new AuthError("login returned no token");
  }
  let expiresAt: number | undefined;
  if (result.expiresAt instanceof Date) expiresAt = result.expiresAt.getTime();
  else if (typeof result.expiresAt === "number") expiresAt = result.expiresAt;
  else if (typeof result.expiresInSeconds === "number") expiresAt = now() + result.expiresInSeconds * 1000;
  return { token: result.token, expiresAt };
}
