import {
  type AuthProvider,
  type Check,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  custom,
  type InspectFunction,
  inspectCustom,
  isPlainObject,
  optional,
  ValidationError,
} from "@trustplane/core";
import type { Client } from "openapi-fetch";
import { version } from "../package.json";
import type { AicAuth } from "./auth.js";
import { parseAicError } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import type { AicApi } from "./internal/api.js";
import { authFromEnv, type EnvSource, MISSING, tenantFromEnv } from "./internal/environment.js";
import { Certificates } from "./resources/certificates.js";
import { ContentSecurityPolicy } from "./resources/content-security-policy.js";
import { CookieDomains } from "./resources/cookie-domains.js";
import { Count } from "./resources/count.js";
import { Csrs } from "./resources/csrs.js";
import { CustomDomains } from "./resources/custom-domains.js";
import { FederationEnforcement } from "./resources/federation-enforcement.js";
import { Promotion } from "./resources/promotions.js";
import { Release } from "./resources/release.js";
import { Restart } from "./resources/restart.js";
import { Secrets } from "./resources/secrets.js";
import { SsoCookie } from "./resources/sso-cookie.js";
import { Variables } from "./resources/variables.js";

/**
 * Options of {@link createAicClient}: the tenant, how to authenticate, and core's client options.
 * `tenant` and `auth` may be left out when the environment names them (see `env`).
 */
export interface AicClientOptions extends CoreClientOptions {
  /**
   * The tenant: a host name (`openam-acme.id.forgerock.io`, https is assumed) or a URL. A URL may
   * use http and carry a path prefix (`http://127.0.0.1:4010/pingone-aic`); the prefix is kept for
   * the API and for the token endpoint. Default: `TENANT_BASE_URL`, else `FRODO_HOST` (without
   * its `/am`).
   */
  tenant?: string | undefined;
  /**
   * `serviceAccount({ id, privateKey, scopes })` or `bearer(token)`; a core AuthProvider also
   * works. Default: a service account from `SERVICE_ACCOUNT_ID` with `SERVICE_ACCOUNT_KEY` or
   * `SERVICE_ACCOUNT_KEY_PATH` (and `SERVICE_ACCOUNT_SCOPE`), else from `FRODO_SA_ID` with `FRODO_SA_JWK`.
   */
  auth?: AicAuth | AuthProvider | undefined;
  /**
   * Where `tenant` and `auth` are looked up when not given: `process.env` (the default), another
   * record of variables (e.g. a parsed `.env`), or `false` to read no variables at all. Read when
   * the client is created, never at import.
   */
  env?: Readonly<Record<string, string | undefined>> | false | undefined;
}

const WHAT = "pingone-aic client options";

const isAicAuth = (v: unknown): v is AicAuth => typeof (v as AicAuth | undefined)?.createProvider === "function";
const isProvider = (v: unknown): v is AuthProvider => typeof (v as AuthProvider | undefined)?.authorize === "function";

const TENANT_RULE = "must be a tenant host (openam-acme.id.forgerock.io) or an http(s) URL without query or fragment";

/** Why a tenant is unusable, or undefined. The value itself is never quoted (it may hold a password). */
function tenantProblem(tenant: string): string | undefined {
  const text = tenant.trim();
  if (text === "") return `must not be empty: ${TENANT_RULE.replace("must be ", "give ")}`;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return TENANT_RULE;
  const url = new URL(withScheme);
  if (url.username || url.password) {
    return "must not contain credentials (user:password@); authenticate with the auth option";
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || !url.hostname) return TENANT_RULE;
  return undefined;
}

const tenantCheck: Check = (value, path, issues) => {
  if (typeof value !== "string") issues.push({ path, message: `must be a string: ${TENANT_RULE.slice(8)}` });
  else {
    const problem = tenantProblem(value);
    if (problem) issues.push({ path, message: problem });
  }
};

const authCheck = custom(
  (v) => isAicAuth(v) || isProvider(v),
  "must be serviceAccount({ id, privateKey, scopes }), bearer(token) or an auth provider",
);

const envCheck = custom(
  (v) => v === false || (isPlainObject(v) && Object.values(v).every((x) => x === undefined || typeof x === "string")),
  "must be a record of variables (like process.env) or false",
);

/** `https://host` for a bare host; the URL without trailing slash otherwise; undefined when unusable. */
export function tenantBaseUrl(tenant: string): string | undefined {
  if (tenantProblem(tenant) !== undefined) return undefined;
  const text = tenant.trim();
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function refuse(path: string, message: string): never {
  throw new ValidationError(`Invalid ${WHAT}: ${path}: ${message}`, [{ path, message }]);
}

/**
 * A client for one PingOne Advanced Identity Cloud tenant's `/environment` API: ESVs (variables,
 * secrets and their versions), restarts, promotions and environment settings, each area with
 * named, typed methods. Create it with {@link createAicClient}.
 */
export class AicClient {
  /** Environment variables: readable, unversioned configuration values. */
  readonly variables: Variables;
  /** Environment secrets and their versions (values are write-only). */
  readonly secrets: Secrets;
  /** The rolling restart that loads ESV changes, and a waiter for it. */
  readonly restart: Restart;
  /** Counts of variables and secrets (all, or only those waiting for a restart). */
  readonly count: Count;
  /** Configuration promotion: lock, promote, reports, rollback, unlock, and waiters for the whole flow. */
  readonly promotion: Promotion;
  /** TLS certificates for custom domains. */
  readonly certificates: Certificates;
  /** Certificate signing requests generated in the tenant. */
  readonly csrs: Csrs;
  /** The enforced and report-only Content-Security-Policy. */
  readonly contentSecurityPolicy: ContentSecurityPolicy;
  /** Cookie domains. */
  readonly cookieDomains: CookieDomains;
  /** Custom domains per realm, and CNAME verification. */
  readonly customDomains: CustomDomains;
  /** Whether administrators must sign in through federation. */
  readonly federationEnforcement: FederationEnforcement;
  /** Release version and upgrade schedule. */
  readonly release: Release;
  /** The SSO session cookie's name. */
  readonly ssoCookie: SsoCookie;
  /** The base URL every call goes to (`https://<tenant>` or the URL you gave). */
  readonly tenantUrl: string;
  /** The token endpoint a service account uses. */
  readonly tokenUrl: string;
  readonly #api: AicApi;
  readonly #authKind: string;

  /** @internal Use {@link createAicClient}. */
  constructor(api: AicApi, tenantUrl: string, tokenUrl: string, authKind: string) {
    this.#api = api;
    this.#authKind = authKind;
    this.tenantUrl = tenantUrl;
    this.tokenUrl = tokenUrl;
    this.variables = new Variables(api);
    this.secrets = new Secrets(api);
    this.restart = new Restart(api);
    this.count = new Count(api);
    this.promotion = new Promotion(api);
    this.certificates = new Certificates(api);
    this.csrs = new Csrs(api);
    this.contentSecurityPolicy = new ContentSecurityPolicy(api);
    this.cookieDomains = new CookieDomains(api);
    this.customDomains = new CustomDomains(api);
    this.federationEnforcement = new FederationEnforcement(api);
    this.release = new Release(api);
    this.ssoCookie = new SsoCookie(api);
  }

  /**
   * The openapi-fetch client typed from the spec, going through the same pipeline (auth,
   * retries, errors). You pass `Accept-API-Version` yourself here.
   */
  get raw(): Client<paths> {
    return this.#api.raw;
  }

  /**
   * A client with other timeouts, retries, headers, logging or tracing, for the same tenant: it
   * shares this client's connection pool and token cache (no second token request). Overrides
   * are checked at once; a bad one is a `ValidationError`.
   *
   * ```ts
   * const patient = aic.withOptions({ timeout: 120_000, headers: { "x-team": "iam" } });
   * ```
   */
  withOptions(overrides: ClientOverrides): AicClient {
    return new AicClient(this.#api.withOptions(overrides), this.tenantUrl, this.tokenUrl, this.#authKind);
  }

  /** Closes sockets held by a dispatcher this client created (clients made by `withOptions` share them). */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points and how it authenticates, no credentials. */
  toJSON(): Record<string, unknown> {
    return { tenantUrl: this.tenantUrl, tokenUrl: this.tokenUrl, auth: this.#authKind };
  }

  /** What `util.inspect` shows: the same as `toJSON`. */
  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `AicClient ${inspect(this.toJSON(), options)}`;
  }
}

/**
 * Creates a client for one tenant.
 *
 * ```ts
 * const aic = createAicClient({
 *   tenant: "openam-acme.id.forgerock.io",
 *   auth: serviceAccount({ id, privateKey: jwk, scopes: ["fr:idc:esv:*"] }),
 * });
 * ```
 *
 * With no argument (or without `tenant` / `auth`) the tenant and a service account are read from
 * the variables fr-config-manager and frodo use (`TENANT_BASE_URL`, `SERVICE_ACCOUNT_ID`,
 * `SERVICE_ACCOUNT_KEY`... or `FRODO_HOST`, `FRODO_SA_ID`, `FRODO_SA_JWK`); options you pass win.
 * Every option is checked first; a bad or missing one is a `ValidationError` naming the field (or
 * the variable) and never quoting a credential.
 */
export function createAicClient(options: AicClientOptions = {}): AicClient {
  checkClientOptions(options, WHAT, {
    tenant: optional(tenantCheck),
    auth: optional(authCheck),
    env: optional(envCheck),
  });
  const { tenant, auth, env, ...core } = options;
  const variables: EnvSource = env === false ? {} : (env ?? process.env);

  let tenantText = tenant;
  if (tenantText === undefined) {
    const found = tenantFromEnv(variables);
    if (!found) refuse("tenant", MISSING.tenant);
    const problem = tenantProblem(found.value);
    if (problem) refuse("tenant", `(from ${found.source}) ${problem}`);
    tenantText = found.value;
  }
  const tenantUrl = tenantBaseUrl(tenantText) as string;
  // Blocked ports and the like, in the tenant's name.
  checkHttpUrl(tenantUrl, "tenant", WHAT);

  const chosen = auth ?? authFromEnv(variables)?.auth ?? refuse("auth", MISSING.auth);
  const tokenUrl = `${tenantUrl}/am/oauth2/access_token`;
  const provider = isAicAuth(chosen) ? chosen.createProvider(tokenUrl) : chosen;
  const api: AicApi = createApiClient<paths, operations>(
    {
      vendor: "pingone-aic",
      version,
      parseError: parseAicError,
      operations: operationTable,
      secretFields,
      // AIC's own correlation header: support can find a call by the id we send.
      requestIdHeader: "X-ForgeRock-TransactionId",
      defaultHeaders: { accept: "application/json" },
    },
    { ...core, baseUrl: tenantUrl, auth: provider },
  );
  return new AicClient(api, tenantUrl, tokenUrl, isAicAuth(chosen) ? chosen.kind : provider.kind);
}
