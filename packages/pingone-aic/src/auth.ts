import {
  type AuthError,
  type AuthProvider,
  type BearerSource,
  bearerToken,
  type InspectFunction,
  inspectCustom,
  lazy,
  loadPrivateKey,
  oauth2JwtBearer,
  ValidationError,
  validate,
} from "@trustplane/core";
import { array, number, optional, record, refine, regex, string, union, unknown } from "zod/mini";
import { refusedScopesFrom, ScopeRefusedError } from "./errors.js";
import { flag, func, input, millis, need, nonEmpty, text } from "./internal/schemas.js";
import type { AicScope } from "./scopes.js";

/** The service account's private key: a JWK object (as downloaded), JWK JSON text, or PEM. */
export type ServiceAccountKey = string | Record<string, unknown>;

/** Options of {@link serviceAccount}. */
export interface ServiceAccountOptions {
  /** The service account id (a UUID); it is the JWT's `iss` and `sub`. */
  id: string;
  /** The account's private key: the JWK object or JSON the console gave you, or PEM. */
  privateKey: ServiceAccountKey;
  /** Scopes to ask for, e.g. `["fr:idc:esv:*", "fr:idc:promotion:*"]`. */
  scopes: readonly AicScope[];
  /**
   * When the tenant refuses some scopes (`invalid_scope`), ask again without them instead of
   * failing with a {@link ScopeRefusedError}. Calls that need a dropped scope then fail with 403.
   */
  dropRefusedScopes?: boolean | undefined;
  /** Token endpoint; default `<tenant>/am/oauth2/access_token`. */
  tokenUrl?: string | undefined;
  /** Lifetime of each signed assertion, in seconds (default 180). */
  assertionLifetimeSeconds?: number | undefined;
  /** Start refreshing this long before expiry, while still serving the current token. Default 60000. */
  refreshAheadMs?: number | undefined;
  /** Treat the token as expired this long before its expiry (clock skew). Default 5000. */
  skewMs?: number | undefined;
  /** Clock (tests pin it). */
  now?: (() => number) | undefined;
}

/** How a client authenticates: made by {@link serviceAccount} or {@link bearer}. */
export interface AicAuth {
  /** `service-account` or `bearer`. */
  readonly kind: "service-account" | "bearer";
  /**
   * The core auth provider for a tenant whose token endpoint is `tokenUrl`. Called once by
   * `createAicClient`; exposed for advanced wiring.
   */
  createProvider(tokenUrl: string): AuthProvider;
}

const isHttpUrl = (v: string) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);

const serviceAccountInput = lazy(() =>
  input({
    id: nonEmpty(),
    privateKey: union(
      [string().check(refine((v: string) => v.trim() !== "", "must not be empty")), record(string(), unknown())],
      {
        error: need("must be a JWK object, JWK JSON text or a PEM private key"),
      },
    ),
    scopes: array(text("each scope must be a string").check(regex(/^\S+$/, "a scope has no spaces")), {
      error: need("must be an array of scope names"),
    }).check(refine((v: readonly string[]) => v.length > 0, "ask for at least one scope (e.g. fr:idc:esv:*)")),
    dropRefusedScopes: optional(flag()),
    tokenUrl: optional(text().check(refine(isHttpUrl, "must be an absolute http(s) URL"))),
    assertionLifetimeSeconds: optional(
      number({ error: need("must be a number of seconds") }).check(
        refine((v: number) => Number.isInteger(v) && v >= 10 && v <= 3600, "must be an integer from 10 to 3600"),
      ),
    ),
    refreshAheadMs: optional(millis()),
    skewMs: optional(millis()),
    now: optional(func<() => number>()),
  }),
);

class ServiceAccountAuth implements AicAuth {
  readonly kind = "service-account" as const;
  /** The service account id. */
  readonly id: string;
  /** The scopes asked for. */
  readonly scopes: readonly string[];
  readonly #options: ServiceAccountOptions;

  constructor(options: ServiceAccountOptions) {
    this.#options = options;
    this.id = options.id;
    this.scopes = Object.freeze([...options.scopes]);
  }

  createProvider(tokenUrl: string): AuthProvider {
    const o = this.#options;
    const url = o.tokenUrl ?? tokenUrl;
    const build = (scopes: readonly string[]): AuthProvider =>
      oauth2JwtBearer({
        tokenUrl: url,
        issuer: o.id,
        subject: o.id,
        audience: url,
        privateKey: o.privateKey,
        algorithm: "RS256",
        clientId: "service-account",
        scopes: [...scopes],
        ...(o.assertionLifetimeSeconds !== undefined && { assertionLifetimeSeconds: o.assertionLifetimeSeconds }),
        ...(o.refreshAheadMs !== undefined && { refreshAheadMs: o.refreshAheadMs }),
        ...(o.skewMs !== undefined && { skewMs: o.skewMs }),
        ...(o.now !== undefined && { now: o.now }),
        explainError: (error) => explainScopeError(error, scopes),
      });

    let current = { scopes: [...this.scopes], provider: build(this.scopes) };
    const dropRefused = o.dropRefusedScopes === true;
    return {
      kind: "aic-service-account",
      async authorize(request, ctx) {
        // Each round asks for fewer scopes, so this ends.
        for (;;) {
          const used = current;
          try {
            return await used.provider.authorize(request, ctx);
          } catch (error) {
            if (!dropRefused || !(error instanceof ScopeRefusedError) || error.refusedScopes.length === 0) throw error;
            const remaining = used.scopes.filter((s) => !error.refusedScopes.includes(s));
            if (remaining.length === 0) throw error;
            // Concurrent callers that failed on the same provider rebuild it only once.
            if (current === used) {
              ctx.logger.warn("the tenant refused some scopes; asking again without them", {
                vendor: ctx.vendor,
                refusedScopes: error.refusedScopes,
                scopes: remaining,
              });
              current = { scopes: remaining, provider: build(remaining) };
            }
          }
        }
      },
    };
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind, id: this.id, scopes: this.scopes };
  }

  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `ServiceAccountAuth ${inspect(this.toJSON(), options)}`;
  }
}

function explainScopeError(error: AuthError, requested: readonly string[]): AuthError | undefined {
  if (error.code !== "invalid_scope") return undefined;
  const refused = refusedScopesFrom(error.description, requested);
  const named = refused.length ? refused.join(", ") : "(the tenant did not say which)";
  return new ScopeRefusedError(
    `The tenant refused scopes for this service account: ${named}. Grant them to the service account, ` +
      `ask for fewer scopes, or set dropRefusedScopes: true`,
    {
      refusedScopes: refused,
      requestedScopes: requested,
      status: error.status,
      description: error.description,
      cause: error,
    },
  );
}

/**
 * Authenticate as a service account: the client signs a short-lived JWT (RS256, `iss` = `sub` =
 * the account id, `aud` = the token URL, unique `jti`) with the private key and trades it at
 * `<tenant>/am/oauth2/access_token` for an access token with the requested scopes. Tokens are
 * cached, refreshed ahead of expiry and after a 401. The key is checked now and never printed.
 */
export function serviceAccount(options: ServiceAccountOptions): AicAuth {
  validate(serviceAccountInput, options, "serviceAccount options");
  checkPrivateKey(options.privateKey);
  return new ServiceAccountAuth(options);
}

/** Parses the key once (core's loader) so a wrong one fails here, without quoting any of it. */
function checkPrivateKey(input: ServiceAccountKey): void {
  const { key } = loadPrivateKey(input, { what: "serviceAccount options" });
  if (key.asymmetricKeyType !== "rsa") {
    const message = "must be an RSA key (service accounts sign with RS256)";
    throw new ValidationError(`Invalid serviceAccount options: privateKey: ${message}`, [
      { path: "privateKey", message },
    ]);
  }
}

class BearerAuth implements AicAuth {
  readonly kind = "bearer" as const;
  readonly #provider: AuthProvider;

  constructor(source: BearerSource) {
    this.#provider = bearerToken(source);
  }

  createProvider(): AuthProvider {
    return this.#provider;
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind };
  }

  [inspectCustom](): string {
    return "BearerAuth { kind: 'bearer' }";
  }
}

/**
 * Authenticate with an access token you already have (an administrator's token, or one your
 * pipeline obtained). A function is asked for the token on every request and again after a 401,
 * so it can hand out a refreshed one.
 */
export function bearer(token: string | (() => string | Promise<string>)): AicAuth {
  return new BearerAuth(token);
}
