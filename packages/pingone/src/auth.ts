import {
  type AuthProvider,
  type BearerSource,
  bearerToken,
  type Check,
  checkHttpUrl,
  checkValue,
  func,
  inspectCustom,
  num,
  oauth2ClientCredentials,
  object,
  oneOf,
  optional,
  Secret,
  str,
  ValidationError,
} from "@trustplane/core";
import { tokenUrlFor } from "./regions.js";

/** Where a client's auth gets its tokens: filled in by `createPingOneClient`. */
export interface PingOneAuthContext {
  /** Base URL of the region's authorization server (`https://auth.pingone.eu`) or the `authUrl` option. */
  authUrl: string;
  /** The environment the client manages; the default token environment. */
  environmentId: string;
}

/**
 * How a PingOne client authenticates: `clientCredentials(...)` (a worker application) or
 * `bearer(...)` (a token you already have). Credentials inside are never shown by
 * `JSON.stringify` or `util.inspect`.
 */
export interface PingOneAuth {
  /** `client-credentials` or `bearer`. */
  readonly kind: "client-credentials" | "bearer";
  /** True when tokens come from a PingOne token endpoint that this auth does not name itself. */
  readonly needsAuthUrl: boolean;
  /** Builds the core auth provider for a client's hosts (called once, by `createPingOneClient`). */
  provider(context: PingOneAuthContext): AuthProvider;
}

/** Options of `clientCredentials()`. */
export interface PingOneClientCredentialsOptions {
  /** Client ID of the worker application. */
  clientId: string;
  /** Client secret of the worker application. */
  clientSecret: string;
  /**
   * Environment that holds the worker application (the token environment). Default: the
   * environment the client manages. Set it when an administrator environment's worker manages
   * other environments.
   */
  environmentId?: string | undefined;
  /**
   * Full token URL, overriding the one built from the region or `authUrl`. Use it for a custom
   * domain: `https://auth.example.com/as/token`.
   */
  tokenUrl?: string | undefined;
  /** How the client authenticates at the token endpoint: `basic` (default, CLIENT_SECRET_BASIC) or `post`. */
  authMethod?: "basic" | "post" | undefined;
  /** Start refreshing the token this long before it expires, in ms (default 60000). */
  refreshAheadMs?: number | undefined;
  /** Treat the token as expired this long before its expiry (clock skew), in ms (default 5000). */
  skewMs?: number | undefined;
  /** Clock (tests pin it). */
  now?: (() => number) | undefined;
}

/** A PingOne resource id (a UUID). */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A UUID check for options (core rules: synchronous, the value is never echoed). */
export const uuidCheck: Check = str({ pattern: UUID_PATTERN, rule: "must be a UUID (a PingOne resource id)" });

/** An absolute http(s) URL without `user:password@` (core's `checkHttpUrl`), as a check. */
export const httpUrlCheck: Check = (value, path, issues) => {
  try {
    checkHttpUrl(value, path, "options");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
};

let clientCredentialsShape: Check | undefined;
/** The options of `clientCredentials()`: unknown keys are refused, naming the closest valid one. */
const clientCredentialsCheck = (): Check =>
  (clientCredentialsShape ??= object({
    clientId: str(),
    clientSecret: str(),
    environmentId: optional(uuidCheck),
    tokenUrl: optional(httpUrlCheck),
    authMethod: optional(oneOf(["basic", "post"])),
    refreshAheadMs: optional(num({ min: 0, unit: "ms" })),
    skewMs: optional(num({ min: 0, unit: "ms" })),
    now: optional(func()),
  }));

class ClientCredentialsAuth implements PingOneAuth {
  readonly kind = "client-credentials" as const;
  readonly clientId: string;
  readonly environmentId: string | undefined;
  readonly tokenUrl: string | undefined;
  readonly #secret: Secret;
  readonly #options: Omit<PingOneClientCredentialsOptions, "clientSecret">;

  constructor(options: PingOneClientCredentialsOptions) {
    checkValue(clientCredentialsCheck(), options, "PingOne client credentials");
    this.clientId = options.clientId;
    this.environmentId = options.environmentId;
    this.tokenUrl = options.tokenUrl;
    this.#secret = new Secret(options.clientSecret);
    const { clientSecret: _secret, ...rest } = options;
    this.#options = rest;
  }

  get needsAuthUrl(): boolean {
    return this.tokenUrl === undefined;
  }

  provider(context: PingOneAuthContext): AuthProvider {
    const tokenUrl = this.tokenUrl ?? tokenUrlFor(context.authUrl, this.environmentId ?? context.environmentId);
    const { refreshAheadMs, skewMs, now, authMethod } = this.#options;
    const provider = oauth2ClientCredentials({
      tokenUrl,
      clientId: this.clientId,
      clientSecret: this.#secret.reveal(),
      ...(authMethod && { authMethod }),
      ...(refreshAheadMs !== undefined && { refreshAheadMs }),
      ...(skewMs !== undefined && { skewMs }),
      ...(now && { now }),
    });
    return provider;
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind, clientId: this.clientId, environmentId: this.environmentId, tokenUrl: this.tokenUrl };
  }

  [inspectCustom](): string {
    return `PingOneAuth(client-credentials, clientId=${this.clientId}, clientSecret=[redacted])`;
  }
}

class BearerAuth implements PingOneAuth {
  readonly kind = "bearer" as const;
  readonly needsAuthUrl = false;
  readonly #provider: AuthProvider;

  constructor(source: BearerSource) {
    this.#provider = bearerToken(source);
  }

  provider(): AuthProvider {
    return this.#provider;
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind };
  }

  [inspectCustom](): string {
    return "PingOneAuth(bearer, token=[redacted])";
  }
}

/**
 * Client-credentials grant of a PingOne worker application. Tokens come from
 * `https://auth.pingone.<region>/<environmentId>/as/token` (or `authUrl`, or `tokenUrl` for a
 * custom domain), are cached, refreshed ahead of expiry, shared by concurrent calls, and renewed
 * once on a 401.
 *
 * @example
 * ```ts
 * const client = createPingOneClient({
 *   region: "eu",
 *   environmentId: process.env.P1_ENV_ID!,
 *   auth: clientCredentials({ clientId: process.env.P1_CLIENT_ID!, clientSecret: process.env.P1_CLIENT_SECRET! }),
 * });
 * ```
 */
export function clientCredentials(options: PingOneClientCredentialsOptions): PingOneAuth {
  return new ClientCredentialsAuth(options);
}

/**
 * A token you already have, as a string, or a function called per request (and once more after a
 * 401) that returns the current one.
 */
export function bearer(token: BearerSource): PingOneAuth {
  return new BearerAuth(token);
}

/** True for an object made by `clientCredentials()` or `bearer()`. */
export function isPingOneAuth(value: unknown): value is PingOneAuth {
  return value instanceof ClientCredentialsAuth || value instanceof BearerAuth;
}
