import { randomBytes } from "node:crypto";
import { type HttpHandler, HttpResponse, http } from "msw";
import { decodeJwt, type JwtClaims, type KeyInput, toPublicKey, verifyJwt } from "./jwt.js";

/** Options of `createFakeTokenServer`. */
export interface FakeTokenServerOptions {
  /** Absolute URL of the token endpoint this fake serves. */
  tokenUrl: string;
  /** Client-credentials clients: id -> secret (HTTP Basic or form fields). */
  clients?: Record<string, string>;
  /** JWT-bearer: the public key the assertion must verify against, and what its claims must say. */
  jwtBearer?: {
    /** JWK object, PEM (public or private: the public part is used) or KeyObject. */
    publicKey: KeyInput;
    /** Required `iss` (and `sub`). Default: any. */
    issuer?: string;
    /** Required `aud`. Default: the token URL. */
    audience?: string;
    /** Required `client_id` form field. */
    clientId?: string;
  };
  /** Scopes that may be granted; asking for others fails with `invalid_scope`. Default: any. */
  allowedScopes?: string[];
  /** The `error_description` of an `invalid_scope` answer. */
  invalidScopeDescription?: (refused: string[]) => string;
  /** `expires_in` of issued tokens, in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Delay before answering, in ms (to widen race windows in tests). */
  latencyMs?: number;
}

/** A stateful fake OAuth2 token endpoint (client credentials and JWT-bearer) for msw. */
export interface FakeTokenServer {
  /** msw handlers: the token endpoint. */
  readonly handlers: HttpHandler[];
  /** Token requests received (granted or refused). */
  readonly requestCount: number;
  /** Tokens issued. */
  readonly issuedCount: number;
  /** The scopes asked for in each token request, in order. */
  readonly scopeRequests: ReadonlyArray<string[]>;
  /** True for a live token (the value, or an `Authorization: Bearer` header value). */
  isValid(tokenOrHeader: string | null | undefined): boolean;
  /** Scopes granted to a live token. */
  scopesOf(tokenOrHeader: string | null | undefined): string[] | undefined;
  /** Ends every issued token now (the server-side expiry a client only learns of by a 401). */
  expireAll(): void;
  /** Forget everything. */
  reset(): void;
}

interface Issued {
  expiresAt: number;
  scopes: string[];
}

/**
 * A fake OAuth2 token endpoint for msw: client credentials (HTTP Basic or form fields) and the
 * JWT-bearer grant (RFC 7523; the assertion's signature and claims are checked with node:crypto),
 * issuing opaque tokens it can later vouch for (`isValid`, `scopesOf`).
 */
export function createFakeTokenServer(options: FakeTokenServerOptions): FakeTokenServer {
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const live = new Map<string, Issued>();
  const seenJti = new Set<string>();
  const scopeRequests: string[][] = [];
  let requestCount = 0;
  let issuedCount = 0;
  const publicKey = options.jwtBearer ? toPublicKey(options.jwtBearer.publicKey) : undefined;

  const handler = http.post(options.tokenUrl, async ({ request }) => {
    requestCount++;
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const form = new URLSearchParams(await request.text());
    const grant = form.get("grant_type");
    const scopes = (form.get("scope") ?? "").split(" ").filter(Boolean);
    scopeRequests.push(scopes);

    if (grant === "client_credentials") {
      if (!options.clients) return oauthError(400, "unsupported_grant_type", "client credentials are not enabled");
      const [id, secret] = clientCredentialsOf(request, form);
      if (!id || options.clients[id] === undefined || options.clients[id] !== secret) {
        return oauthError(401, "invalid_client", "Client authentication failed");
      }
    } else if (grant === "urn:ietf:params:oauth:grant-type:jwt-bearer") {
      if (!options.jwtBearer || !publicKey)
        return oauthError(400, "unsupported_grant_type", "jwt-bearer is not enabled");
      const assertion = form.get("assertion");
      if (!assertion) return oauthError(400, "invalid_request", "assertion is required");
      if (options.jwtBearer.clientId && form.get("client_id") !== options.jwtBearer.clientId) {
        return oauthError(400, "invalid_client", "client_id is wrong");
      }
      try {
        const { claims: payload } = verifyJwt(assertion, publicKey, {
          audience: options.jwtBearer.audience ?? options.tokenUrl,
          ...(options.jwtBearer.issuer && { issuer: options.jwtBearer.issuer, subject: options.jwtBearer.issuer }),
          requiredClaims: ["exp", "jti", "iss", "sub"],
        });
        if (seenJti.has(String(payload.jti)))
          return oauthError(400, "invalid_grant", "assertion replayed (jti seen before)");
        seenJti.add(String(payload.jti));
      } catch (error) {
        const reason = error instanceof Error ? error.message : "invalid assertion";
        return oauthError(400, "invalid_grant", `assertion rejected: ${reason}`);
      }
    } else {
      return oauthError(400, "unsupported_grant_type", `grant_type ${grant ?? "(none)"} is not supported`);
    }

    if (options.allowedScopes) {
      const refused = scopes.filter((s) => !options.allowedScopes?.includes(s));
      if (refused.length) {
        const description = options.invalidScopeDescription?.(refused) ?? `Unsupported scope: ${refused.join(",")}`;
        return oauthError(400, "invalid_scope", description);
      }
    }
    const token = randomBytes(24).toString("base64url");
    live.set(token, { expiresAt: Date.now() + lifetime * 1000, scopes });
    issuedCount++;
    return HttpResponse.json({
      access_token: token,
      token_type: "Bearer",
      expires_in: lifetime,
      ...(scopes.length && { scope: scopes.join(" ") }),
    });
  });

  const lookup = (value: string | null | undefined): Issued | undefined => {
    if (!value) return undefined;
    const token = value.replace(/^Bearer\s+/i, "");
    const entry = live.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.expiresAt) {
      live.delete(token);
      return undefined;
    }
    return entry;
  };

  return {
    handlers: [handler],
    get requestCount() {
      return requestCount;
    },
    get issuedCount() {
      return issuedCount;
    },
    scopeRequests,
    isValid: (value) => lookup(value) !== undefined,
    scopesOf: (value) => lookup(value)?.scopes,
    expireAll: () => live.clear(),
    reset: () => {
      live.clear();
      seenJti.clear();
      scopeRequests.length = 0;
      requestCount = 0;
      issuedCount = 0;
    },
  };
}

/** An OAuth2 error answer (RFC 6749 §5.2): `{ error, error_description }` with `status`. */
export function oauthError(status: number, error: string, description: string): Response {
  return HttpResponse.json({ error, error_description: description }, { status });
}

/**
 * The client id and secret of a token request: from `Authorization: Basic` (URL-decoded, RFC 6749
 * §2.3.1) when present, else from the `client_id`/`client_secret` form fields. For fakes of OAuth2
 * token endpoints.
 */
export function clientCredentialsOf(
  request: Request,
  form: URLSearchParams,
): [clientId: string | undefined, secret: string | undefined] {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const i = decoded.indexOf(":");
    return [decodeURIComponent(decoded.slice(0, i)), decodeURIComponent(decoded.slice(i + 1))];
  }
  return [form.get("client_id") ?? undefined, form.get("client_secret") ?? undefined];
}

/** The claims of a JWT without verifying it (for assertions in tests). */
export const decodeClaims: (token: string) => JwtClaims = decodeJwt;
