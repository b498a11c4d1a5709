import type { KeyObject } from "node:crypto";
import { AuthError, ValidationError } from "../errors/errors.js";
import { checkHttpUrl } from "../http/url.js";
import { builtin } from "../internal/builtins.js";
import { Secret } from "../internal/secret.js";
import {
  anyOf,
  arrayOf,
  type Check,
  checkValue,
  custom,
  func,
  isPlainObject,
  num,
  object,
  oneOf,
  optional,
  recordOf,
  str,
} from "../validation/rules.js";
import { asAuthError } from "./adapters.js";
import { algorithmFits, JWS_ALGORITHMS, type JwsAlgorithm, signJwt } from "./jws.js";
import { type IssuedToken, TokenCache, type TokenCacheOptions } from "./token-cache.js";
import type { AuthContext, AuthProvider } from "./types.js";

const decoder = new TextDecoder();

/** A URL option: absolute http(s), no credentials inside, no blocked port. */
const httpUrl: Check = (value, path, issues) => {
  try {
    checkHttpUrl(value, path, "");
  } catch (error) {
    issues.push((error as ValidationError).issues[0] ?? { path, message: "must be an absolute http(s) URL" });
  }
};
const scopes = optional(arrayOf(str()));
const cacheFields = {
  refreshAheadMs: optional(num({ min: 0, unit: "ms" })),
  skewMs: optional(num({ min: 0, unit: "ms" })),
  now: optional(func()),
};

/** A standard OAuth2 token answer (`access_token`, `expires_in`...) as an IssuedToken. */
export async function requestOAuthToken(
  ctx: AuthContext,
  tokenUrl: string,
  form: URLSearchParams,
  what: string,
  headers: Record<string, string> = {},
): Promise<IssuedToken & { scope?: string | undefined }> {
  let response: Awaited<ReturnType<AuthContext["fetch"]>>;
  try {
    response = await ctx.fetch(
      {
        method: "POST",
        url: tokenUrl,
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...headers },
        body: form.toString(),
      },
      { operationId: "oauth2Token" },
    );
  } catch (error) {
    throw asAuthError(error, `${what}: the token request to ${tokenUrl} failed`);
  }
  const text = response.body ? decoder.decode(response.body) : "";
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (isPlainObject(parsed)) body = parsed;
  } catch {
    // a non-JSON error page; reported by status below
  }
  if (response.status >= 300 || typeof body.access_token !== "string") {
    const code = typeof body.error === "string" ? body.error : undefined;
    const description = typeof body.error_description === "string" ? body.error_description : undefined;
    const detail = [code, description].filter(Boolean).join(": ") || `HTTP ${response.status}`;
    throw new AuthError(`${what}: ${tokenUrl} refused the token request (${detail})`, {
      status: response.status,
      code,
      description,
    });
  }
  const expiresIn = Number(body.expires_in);
  return {
    token: body.access_token,
    expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : undefined,
    scope: typeof body.scope === "string" ? body.scope : undefined,
  };
}

function authorizeWith(cache: TokenCache): AuthProvider["authorize"] {
  return async (request, ctx) => {
    const { token, grant } = await cache.get(ctx);
    request.headers.authorization = `Bearer ${token}`;
    return grant;
  };
}

// ---------------------------------------------------------------------------------------------
// Client credentials

/** Options of {@link oauth2ClientCredentials}. */
export interface ClientCredentialsOptions extends TokenCacheOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes?: string[] | undefined;
  /** `basic` (HTTP Basic, default) or `post` (id and secret in the form body). */
  authMethod?: "basic" | "post" | undefined;
  /** Extra form fields (`audience`, `resource`...). */
  extraParams?: Record<string, string> | undefined;
}

const clientCredentialsShape = object({
  tokenUrl: httpUrl,
  clientId: str(),
  clientSecret: str(),
  scopes,
  authMethod: optional(oneOf(["basic", "post"])),
  extraParams: optional(recordOf(str({ empty: true }))),
  ...cacheFields,
});

/** OAuth2 client credentials grant, with caching, refresh ahead of expiry and single-flight refresh. */
export function oauth2ClientCredentials(options: ClientCredentialsOptions): AuthProvider {
  const o = checkValue(clientCredentialsShape, options, "client credentials");
  const secret = new Secret(o.clientSecret);
  const cache = new TokenCache((ctx) => {
    const form = new URLSearchParams({ grant_type: "client_credentials", ...o.extraParams });
    if (o.scopes?.length) form.set("scope", o.scopes.join(" "));
    const headers: Record<string, string> = {};
    if (o.authMethod === "post") {
      form.set("client_id", o.clientId);
      form.set("client_secret", secret.reveal());
    } else {
      const pair = `${encodeURIComponent(o.clientId)}:${encodeURIComponent(secret.reveal())}`;
      headers.authorization = `Basic ${Buffer.from(pair).toString("base64")}`;
    }
    return requestOAuthToken(ctx, o.tokenUrl, form, "client credentials", headers);
  }, options);
  return { kind: "oauth2-client-credentials", authorize: authorizeWith(cache) };
}

// ---------------------------------------------------------------------------------------------
// JWT bearer (RFC 7523)

/** A private key: a JWK object, a JWK as JSON text, or PEM (PKCS#8, PKCS#1 or SEC1). */
export type PrivateKeyInput = string | Record<string, unknown>;

/** Options of {@link oauth2JwtBearer}. */
export interface JwtBearerOptions extends TokenCacheOptions {
  tokenUrl: string;
  /** `iss` of the assertion. */
  issuer: string;
  /** `sub` of the assertion (default: the issuer). */
  subject?: string | undefined;
  /** `aud` of the assertion (default: the token URL). */
  audience?: string | undefined;
  privateKey: PrivateKeyInput;
  /** Signing algorithm; default from the JWK's `alg`, else RS256 for RSA and ES256/384/512 for EC. */
  algorithm?: string | undefined;
  /** `kid` header; default from the JWK. */
  keyId?: string | undefined;
  scopes?: string[] | undefined;
  /** `client_id` form field, when the server wants one. */
  clientId?: string | undefined;
  /** Assertion lifetime in seconds (default 180). */
  assertionLifetimeSeconds?: number | undefined;
  extraParams?: Record<string, string> | undefined;
  /**
   * Turns the token endpoint's refusal into a better error (e.g. name the refused scopes). Return
   * undefined to keep the default AuthError.
   */
  explainError?: ((error: AuthError) => AuthError | undefined) | undefined;
}

const jwtBearerShape = object({
  tokenUrl: httpUrl,
  issuer: str(),
  subject: optional(str()),
  audience: optional(str()),
  privateKey: anyOf([str(), custom(isPlainObject, "")], "must be a JWK object, JWK JSON or a PEM string"),
  algorithm: optional(str()),
  keyId: optional(str()),
  scopes,
  clientId: optional(str()),
  assertionLifetimeSeconds: optional(num({ int: true, min: 10, max: 3600, unit: "seconds" })),
  extraParams: optional(recordOf(str({ empty: true }))),
  explainError: optional(func()),
  ...cacheFields,
});

/**
 * OAuth2 JWT-bearer grant: signs a short-lived assertion with the private key (node:crypto) and
 * trades it for an access token. Caches, refreshes ahead of expiry, and shares one token request.
 */
export function oauth2JwtBearer(options: JwtBearerOptions): AuthProvider {
  const o = checkValue(jwtBearerShape, options, "JWT bearer options");
  const { key, alg, kid } = loadPrivateKey(o.privateKey, { algorithm: o.algorithm, keyId: o.keyId });
  const lifetime = o.assertionLifetimeSeconds ?? 180;
  const cache = new TokenCache(async (ctx) => {
    const now = Math.floor(Date.now() / 1000);
    const assertion = signJwt(
      { typ: "JWT", ...(kid && { kid }) },
      {
        iss: o.issuer,
        sub: o.subject ?? o.issuer,
        aud: o.audience ?? o.tokenUrl,
        iat: now,
        exp: now + lifetime,
        jti: builtin("node:crypto").randomUUID(),
      },
      key,
      alg,
    );
    const form = new URLSearchParams({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      assertion,
      ...o.extraParams,
    });
    if (o.clientId) form.set("client_id", o.clientId);
    if (o.scopes?.length) form.set("scope", o.scopes.join(" "));
    try {
      return await requestOAuthToken(ctx, o.tokenUrl, form, "JWT bearer");
    } catch (error) {
      if (error instanceof AuthError && o.explainError) throw o.explainError(error) ?? error;
      throw error;
    }
  }, options);
  return { kind: "oauth2-jwt-bearer", authorize: authorizeWith(cache) };
}

/**
 * Parses a private key (JWK object, JWK JSON text, or PEM PKCS#8/PKCS#1/SEC1) so a bad key fails
 * at construction, before any request. Throws a ValidationError on field `privateKey` that never
 * quotes the key. Also gives the signing algorithm (from the JWK's `alg`, else by key type) and
 * the key id.
 */
export function loadPrivateKey(
  input: PrivateKeyInput,
  options: { algorithm?: string | undefined; keyId?: string | undefined; what?: string } = {},
): { key: KeyObject; alg: JwsAlgorithm; kid: string | undefined } {
  const what = options.what ?? "JWT bearer options";
  const { createPrivateKey } = builtin("node:crypto");
  let jwk: Record<string, unknown> | undefined;
  let key: KeyObject;
  try {
    if (typeof input === "string" && input.trim().startsWith("{")) jwk = JSON.parse(input) as Record<string, unknown>;
    else if (typeof input !== "string") jwk = input;
    key = jwk ? createPrivateKey({ key: jwk as never, format: "jwk" }) : createPrivateKey(input as string);
  } catch {
    // Deliberately not echoing the parser's message: it can quote key material.
    validateFail(what, "privateKey", "must be a private key (JWK object, JWK JSON, or PEM PKCS#8/PKCS#1/SEC1)");
  }
  if (key.type !== "private") validateFail(what, "privateKey", "must be a private key, not a public key");
  const alg = options.algorithm ?? (typeof jwk?.alg === "string" ? jwk.alg : defaultAlgorithm(key));
  if (!algorithmFits(alg, key)) {
    validateFail(what, "algorithm", `must be one of ${JWS_ALGORITHMS.join(", ")} and fit the key type`);
  }
  const kid = options.keyId ?? (typeof jwk?.kid === "string" ? jwk.kid : undefined);
  return { key, alg, kid };
}

function defaultAlgorithm(key: KeyObject): string {
  if (key.asymmetricKeyType === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === "secp384r1" ? "ES384" : curve === "secp521r1" ? "ES512" : "ES256";
  }
  if (key.asymmetricKeyType === "ed25519" || key.asymmetricKeyType === "ed448") return "EdDSA";
  if (key.asymmetricKeyType === "rsa-pss") return "PS256";
  return "RS256";
}

function validateFail(what: string, path: string, message: string): never {
  throw new ValidationError(`Invalid ${what}: ${path}: ${message}`, [{ path, message }]);
}
