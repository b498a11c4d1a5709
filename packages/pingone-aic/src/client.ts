import { inspect } from "node:util";
import {
  type AuthProvider,
  type CoreClientOptions,
  coreClientOptionsSchema,
  createApiClient,
  validate,
} from "@trustplane/core";
import type { Client } from "openapi-fetch";
import { z } from "zod";
import { version } from "../package.json";
import type { AicAuth } from "./auth.js";
import { parseAicError } from "./errors.js";
import type { paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import type { AicApi } from "./internal/api.js";
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

/** Options of {@link createAicClient}: the tenant, how to authenticate, and core's client options. */
export interface AicClientOptions extends CoreClientOptions {
  /**
   * The tenant: a host name (`openam-acme.id.forgerock.io`, https is assumed) or a URL. A URL may
   * use http and carry a path prefix (`http://127.0.0.1:4010/pingone-aic`); the prefix is kept for
   * the API and for the token endpoint.
   */
  tenant: string;
  /** `serviceAccount({ id, privateKey, scopes })` or `bearer(token)`; a core AuthProvider also works. */
  auth: AicAuth | AuthProvider;
}

const isAicAuth = (v: unknown): v is AicAuth => typeof (v as AicAuth | undefined)?.createProvider === "function";
const isProvider = (v: unknown): v is AuthProvider => typeof (v as AuthProvider | undefined)?.authorize === "function";

const TENANT_RULE = "must be a tenant host (openam-acme.id.forgerock.io) or an http(s) URL without query or fragment";

const optionsSchema = coreClientOptionsSchema
  .extend({
    tenant: z
      .string({ error: `is required and ${TENANT_RULE}` })
      .refine((v) => tenantBaseUrl(v) !== undefined, TENANT_RULE),
    auth: z.custom<AicAuth | AuthProvider>(
      (v) => isAicAuth(v) || isProvider(v),
      "is required: serviceAccount({ id, privateKey, scopes }) or bearer(token)",
    ),
  })
  .strict();

/** `https://host` for a bare host; the URL without trailing slash otherwise; undefined when unusable. */
export function tenantBaseUrl(tenant: string): string | undefined {
  const text = tenant.trim();
  if (text === "") return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return undefined;
  const url = new URL(withScheme);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password || !url.hostname) {
    return undefined;
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
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

  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points and how it authenticates, no credentials. */
  toJSON(): Record<string, unknown> {
    return { tenantUrl: this.tenantUrl, tokenUrl: this.tokenUrl, auth: this.#authKind };
  }

  [inspect.custom](): string {
    return `AicClient ${inspect(this.toJSON())}`;
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
 * Every option is checked first; a bad one is a `ValidationError` naming the field.
 */
export function createAicClient(options: AicClientOptions): AicClient {
  validate(optionsSchema, options, "pingone-aic client options");
  const { tenant, auth, ...core } = options;
  const tenantUrl = tenantBaseUrl(tenant) as string;
  const tokenUrl = `${tenantUrl}/am/oauth2/access_token`;
  const provider = isAicAuth(auth) ? auth.createProvider(tokenUrl) : auth;
  const api: AicApi = createApiClient<paths>(
    {
      vendor: "pingone-aic",
      version,
      parseError: parseAicError,
      operations: operationTable,
      secretFields,
      defaultHeaders: { accept: "application/json" },
    },
    { ...core, baseUrl: tenantUrl, auth: provider },
  );
  return new AicClient(api, tenantUrl, tokenUrl, isAicAuth(auth) ? auth.kind : provider.kind);
}
