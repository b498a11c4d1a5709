import { createPrivateKey, type KeyObject, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import { AuthError, ValidationError } from "../errors/errors.js";
import { Secret } from "../internal/secret.js";
import { validate } from "../validation/validate.js";
import { asAuthError } from "./adapters.js";
import { type IssuedToken, TokenCache, type TokenCacheOptions } from "./token-cache.js";
import type { AuthContext, AuthProvider } from "./types.js";

const url = (what: string) =>
  z.string({ error: `${what} must be a string` }).refine((v) => URL.canParse(v), `${what} must be an absolute URL`);
const nonEmpty = (what: string) => z.string({ error: `${what} must be a string` }).min(1, `${what} must not be empty`);
const scopes = z.array(nonEmpty("each scope"), { error: "scopes must be an array of strings" }).optional();

/** A standard OAuth2 token answer (`access_token`, `expires_in`...) as an IssuedToken. */
export async function requestOAuthToken(
  ctx: AuthContext,
  tokenUrl: string,
  form: URLSearchParams,
  what: string,
  headers: Record<string, string> = {},
): Promise<IssuedToken & { scope?: string | undefined }> {
  const request = new Request(tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...headers },
    body: form.toString(),
  });
  let response: Response;
  try {
    response = await ctx.fetch(request, { operationId: "oauth2Token" });
  } catch (error) {
    throw asAuthError(error, `${what}: the token request to ${tokenUrl} failed`);
  }
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // a non-JSON error page; reported by status below
  }
  if (!response.ok || typeof body.access_token !== "string") {
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
    request.headers.set("authorization", `Bearer ${token}`);
    return grant;
  };
}

// ---------------------------------------------------------------------------------------------
// Client credentials

export interface ClientCredentialsOptions extends TokenCacheOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes?: string[] | undefined;
  /** `basic` (HTTP Basic, default) or `post` (id and secret in the form body). */
  authMethod?: "basic" | "post";
  /** Extra form fields (`audience`, `resource`...). */
  extraParams?: Record<string, string>;
}

const clientCredentialsSchema = z.object({
  tokenUrl: url("tokenUrl"),
  clientId: nonEmpty("clientId"),
  clientSecret: nonEmpty("clientSecret"),
  scopes,
  authMethod: z.enum(["basic", "post"], { error: 'authMethod must be "basic" or "post"' }).optional(),
  extraParams: z.record(z.string(), z.string()).optional(),
});

/** OAuth2 client credentials grant, with caching, refresh ahead of expiry and single-flight refresh. */
export function oauth2ClientCredentials(options: ClientCredentialsOptions): AuthProvider {
  const o = validate(clientCredentialsSchema, options, "client credentials");
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

export interface JwtBearerOptions extends TokenCacheOptions {
  tokenUrl: string;
  /** `iss` of the assertion. */
  issuer: string;
  /** `sub` of the assertion (default: the issuer). */
  subject?: string;
  /** `aud` of the assertion (default: the token URL). */
  audience?: string;
  privateKey: PrivateKeyInput;
  /** Signing algorithm; default from the JWK's `alg`, else RS256 for RSA and ES256/384/512 for EC. */
  algorithm?: string;
  /** `kid` header; default from the JWK. */
  keyId?: string;
  scopes?: string[] | undefined;
  /** `client_id` form field, when the server wants one. */
  clientId?: string;
  /** Assertion lifetime in seconds (default 180). */
  assertionLifetimeSeconds?: number;
  extraParams?: Record<string, string>;
  /**
   * Turns the token endpoint's refusal into a better error (e.g. name the refused scopes). Return
   * undefined to keep the default AuthError.
   */
  explainError?: (error: AuthError) => AuthError | undefined;
}

const jwtBearerSchema = z.object({
  tokenUrl: url("tokenUrl"),
  issuer: nonEmpty("issuer"),
  subject: nonEmpty("subject").optional(),
  audience: nonEmpty("audience").optional(),
  privateKey: z.union([nonEmpty("privateKey"), z.record(z.string(), z.unknown())], {
    error: "privateKey must be a JWK object, JWK JSON or a PEM string",
  }),
  algorithm: nonEmpty("algorithm").optional(),
  keyId: nonEmpty("keyId").optional(),
  scopes,
  clientId: nonEmpty("clientId").optional(),
  assertionLifetimeSeconds: z
    .number()
    .int()
    .min(10, "assertionLifetimeSeconds must be at least 10")
    .max(3600)
    .optional(),
  extraParams: z.record(z.string(), z.string()).optional(),
});

/**
 * OAuth2 JWT-bearer grant: signs a short-lived assertion with the private key (jose) and trades it
 * for an access token. Caches, refreshes ahead of expiry, and shares one token request.
 */
export function oauth2JwtBearer(options: JwtBearerOptions): AuthProvider {
  const o = validate(jwtBearerSchema, options, "JWT bearer options");
  const { key, alg, kid } = loadPrivateKey(o.privateKey, { algorithm: o.algorithm, keyId: o.keyId });
  const lifetime = o.assertionLifetimeSeconds ?? 180;
  const cache = new TokenCache(async (ctx) => {
    const now = Math.floor(Date.now() / 1000);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg, typ: "JWT", ...(kid && { kid }) })
      .setIssuer(o.issuer)
      .setSubject(o.subject ?? o.issuer)
      .setAudience(o.audience ?? o.tokenUrl)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime)
      .setJti(randomUUID())
      .sign(key);
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
      if (error instanceof AuthError && options.explainError) throw options.explainError(error) ?? error;
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
): { key: KeyObject; alg: string; kid: string | undefined } {
  const what = options.what ?? "JWT bearer options";
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
  const kid = options.keyId ?? (typeof jwk?.kid === "string" ? jwk.kid : undefined);
  return { key, alg, kid };
}

function defaultAlgorithm(key: KeyObject): string {
  if (key.asymmetricKeyType === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === "secp384r1" ? "ES384" : curve === "secp521r1" ? "ES512" : "ES256";
  }
  if (key.asymmetricKeyType === "ed25519") return "EdDSA";
  return "RS256";
}

function validateFail(what: string, path: string, message: string): never {
  throw new ValidationError(`Invalid ${what}: ${path}: ${message}`, [{ path, message }]);
}
