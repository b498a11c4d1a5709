import {
  anyOf,
  bool,
  type Check,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  createApiClient,
  custom,
  type InspectFunction,
  type Issue,
  inspectCustom,
  num,
  oneOf,
  optional,
  ValidationError,
  type VendorProfile,
} from "@trustplane/core";
import type { Client } from "openapi-fetch";
import { clientCredentials, httpUrlCheck, isPingOneAuth, type PingOneAuth, UUID_PATTERN, uuidCheck } from "./auth.js";
import { parsePingOneError, transientAfterCreateClassifier } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { checkTransactionId, type PingOneApi, TRANSACTION_ID_HEADER } from "./internal/context.js";
import { PINGONE_REGION_CODES, PINGONE_REGIONS, type PingOneRegion, regionUrls } from "./regions.js";
import { Certificates } from "./resources/certificates.js";
import { Crypto } from "./resources/crypto.js";
import { KeyRotationPolicies } from "./resources/key-rotation-policies.js";
import { Keys } from "./resources/keys.js";
import { VERSION } from "./version.js";

/**
 * Options of `createPingOneClient`: where PingOne is, which environment, how to authenticate, plus
 * core's options. Every field may be left out: missing ones are read from the environment
 * variables the PingOne Terraform provider uses (see `PINGONE_ENV`); explicit options
 * always win.
 */
export interface PingOneClientOptions extends CoreClientOptions {
  /**
   * Region of the tenant: picks `api.pingone.<region>` and `auth.pingone.<region>`. Default
   * `PINGONE_REGION_CODE` (`NA`, `EU`, `AP`, `CA`, `AU`, `SG`), else `com`.
   */
  region?: PingOneRegion | undefined;
  /** Management API base including `/v1`, overriding the region's (`https://api.pingone.eu/v1`). */
  apiUrl?: string | undefined;
  /**
   * Authorization server base overriding the region's (`https://auth.pingone.eu`); token URLs are
   * `<authUrl>/<environmentId>/as/token`. Required with `apiUrl` when using client credentials
   * (unless `clientCredentials({ tokenUrl })` names the token URL), so credentials never go to a
   * host you did not choose.
   */
  authUrl?: string | undefined;
  /**
   * The environment this client manages (a UUID); the default token environment too. Methods
   * accept `environmentId` to act on another one. Default `PINGONE_ENVIRONMENT_ID`.
   */
  environmentId?: string | undefined;
  /**
   * `clientCredentials({...})` or `bearer(token)`. Default: client credentials from
   * `PINGONE_CLIENT_ID` and `PINGONE_CLIENT_SECRET`.
   */
  auth?: PingOneAuth | undefined;
  /**
   * Retry PingOne's transient 403/404 on repeatable calls (reads, PUT, DELETE, crypto), as seen
   * right after an environment is created or a role is granted. `true`: for the client's whole
   * life. A number of ms: during that window after the client is built and after every 201/202
   * this client receives. Default off. Writes that are not safe to repeat are never replayed.
   */
  retryTransientAfterCreate?: boolean | number | undefined;
}

/**
 * What `withOptions` may change: timeouts, retries, headers, logging, User-Agent, response size
 * and tracing. The connections and the token cache stay shared with the parent client.
 */
export type PingOneClientOverrides = ClientOverrides;

/**
 * The environment variables `createPingOneClient` reads for options it was not given, named as
 * the PingOne Terraform provider names them (the PingOne Go SDK reads the same credential and
 * host-name variables). They are read when a client is created, never when the package is imported.
 */
export const PINGONE_ENV = {
  /** Client ID of the worker application (with `clientSecret`, gives `auth: clientCredentials(...)`). */
  clientId: "PINGONE_CLIENT_ID",
  /** Client secret of the worker application. */
  clientSecret: "PINGONE_CLIENT_SECRET",
  /** The environment: the client's `environmentId` (managed and token environment). */
  environmentId: "PINGONE_ENVIRONMENT_ID",
  /** Region code: `NA`, `EU`, `AP`, `CA`, `AU` or `SG` (see `PINGONE_REGION_CODES`). */
  regionCode: "PINGONE_REGION_CODE",
  /** Host name of the management API (`api.example.com`): `apiUrl` becomes `https://<host>/v1`. */
  apiHostname: "PINGONE_API_SERVICE_HOSTNAME",
  /** Host name of the authorization server (`auth.example.com`): `authUrl` becomes `https://<host>`. */
  authHostname: "PINGONE_AUTH_SERVICE_HOSTNAME",
} as const;

/** A PingOne Platform client for certificate and key management. */
export interface PingOneClient {
  /** Key pairs: generate, import, export CSR and certificate, import a CA's answer. */
  readonly keys: Keys;
  /** Public certificates: upload, read, delete, see which applications use them. */
  readonly certificates: Certificates;
  /** Encrypt, decrypt, sign and verify with environment keys. */
  readonly crypto: Crypto;
  /** Policies that rotate signing keys on a schedule. */
  readonly keyRotationPolicies: KeyRotationPolicies;
  /** The typed openapi-fetch client, through the same pipeline, for anything not covered above. */
  readonly raw: Client<paths>;
  /** The managed environment. */
  readonly environmentId: string;
  /** The management API base URL in use. */
  readonly apiUrl: string;
  /** The authorization server base URL in use. */
  readonly authUrl: string;
  /**
   * A client with other timeouts, retries, headers, logging, User-Agent, response size limit or
   * tracing, sharing this one's connections and token cache (no second token request).
   *
   * @example
   * ```ts
   * const patient = pingone.withOptions({ timeout: 120_000, maxRetries: 5 });
   * ```
   */
  withOptions(overrides: PingOneClientOverrides): PingOneClient;
  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void>;
}

class PingOneClientImpl implements PingOneClient {
  readonly keys: Keys;
  readonly certificates: Certificates;
  readonly crypto: Crypto;
  readonly keyRotationPolicies: KeyRotationPolicies;
  readonly environmentId: string;
  readonly apiUrl: string;
  readonly authUrl: string;
  readonly #api: PingOneApi;
  readonly #authKind: string;

  constructor(api: PingOneApi, environmentId: string, urls: { apiUrl: string; authUrl: string }, authKind: string) {
    this.#api = api;
    this.#authKind = authKind;
    this.environmentId = environmentId;
    this.apiUrl = urls.apiUrl;
    this.authUrl = urls.authUrl;
    const ctx = { api, environmentId };
    this.keys = new Keys(ctx);
    this.certificates = new Certificates(ctx);
    this.crypto = new Crypto(ctx);
    this.keyRotationPolicies = new KeyRotationPolicies(ctx);
  }

  get raw(): Client<paths> {
    return this.#api.raw;
  }

  withOptions(overrides: PingOneClientOverrides): PingOneClient {
    checkTransactionId(overrides?.headers, "PingOne withOptions");
    const urls = { apiUrl: this.apiUrl, authUrl: this.authUrl };
    return new PingOneClientImpl(this.#api.withOptions(overrides), this.environmentId, urls, this.#authKind);
  }

  close(): Promise<void> {
    return this.#api.close();
  }

  toJSON(): Record<string, unknown> {
    return {
      vendor: "pingone",
      apiUrl: this.apiUrl,
      authUrl: this.authUrl,
      environmentId: this.environmentId,
      auth: this.#authKind,
    };
  }

  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `PingOneClient ${inspect(this.toJSON(), options)}`;
  }
}

/** Field names in PingOne bodies that can carry plaintext or key material, masked in debug logs. */
const EXTRA_SECRET_FIELDS = ["plaintext", "cleartext", "data", "decrypted", "decryptedData", "privateKey"];

/** The PingOne fields of the options, in core's rules (unknown keys are refused by `checkClientOptions`). */
const pingOneFields = {
  region: optional(oneOf(PINGONE_REGIONS)),
  apiUrl: optional(httpUrlCheck),
  authUrl: optional(httpUrlCheck),
  environmentId: optional(uuidCheck),
  auth: optional(custom(isPingOneAuth, "must be clientCredentials(...) or bearer(...)")),
  retryTransientAfterCreate: optional(
    anyOf([bool(), num({ int: true, gt: 0 })], "must be true, false or a window in ms (a positive integer)"),
  ),
} satisfies { [K in Exclude<keyof PingOneClientOptions, keyof CoreClientOptions>]: Check };

/** A host name, with an optional port, as the PingOne tools take it (`api.example.com`, no scheme or path). */
const HOSTNAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?$/;

/** Reads one variable: trimmed, undefined when unset or blank. */
function readEnv(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function invalid(issues: Issue[]): never {
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  throw new ValidationError(`Invalid PingOne client options: ${summary}`, issues);
}

/** The options after the environment filled what was not given, with where each came from. */
interface Resolved {
  region: PingOneRegion;
  apiUrl: string | undefined;
  authUrl: string | undefined;
  /** Names for messages: the option, or the variable it came from. */
  apiUrlFrom: string;
  authUrlFrom: string;
  environmentId: string;
  auth: PingOneAuth;
}

/**
 * Fills what `options` leaves out from the environment: the environment id, the credentials (as a
 * pair, only when `auth` is not given), and the location (region code and host names, only when
 * none of `region`, `apiUrl` and `authUrl` is given: a location is taken from one source).
 */
function resolve(options: PingOneClientOptions): Resolved {
  const env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {};
  const issues: Issue[] = [];

  let environmentId = options.environmentId;
  if (environmentId === undefined) {
    environmentId = readEnv(env, PINGONE_ENV.environmentId);
    if (environmentId === undefined) {
      issues.push({ path: "environmentId", message: `is required: pass it, or set ${PINGONE_ENV.environmentId}` });
    } else if (!UUID_PATTERN.test(environmentId)) {
      issues.push({ path: PINGONE_ENV.environmentId, message: "must be a UUID (a PingOne environment id)" });
    }
  }

  let auth = options.auth;
  if (auth === undefined) {
    const clientId = readEnv(env, PINGONE_ENV.clientId);
    const clientSecret = readEnv(env, PINGONE_ENV.clientSecret);
    if (clientId !== undefined && clientSecret !== undefined) {
      auth = clientCredentials({ clientId, clientSecret });
    } else if (clientId === undefined && clientSecret === undefined) {
      issues.push({
        path: "auth",
        message: `is required: pass clientCredentials(...) or bearer(...), or set ${PINGONE_ENV.clientId} and ${PINGONE_ENV.clientSecret}`,
      });
    } else {
      const missing = clientId === undefined ? PINGONE_ENV.clientId : PINGONE_ENV.clientSecret;
      const present = clientId === undefined ? PINGONE_ENV.clientSecret : PINGONE_ENV.clientId;
      issues.push({ path: missing, message: `is required with ${present} (or pass auth)` });
    }
  }

  let region: PingOneRegion = options.region ?? "com";
  let { apiUrl, authUrl } = options;
  let apiUrlFrom = "apiUrl";
  let authUrlFrom = "authUrl";
  if (options.region === undefined && apiUrl === undefined && authUrl === undefined) {
    const code = readEnv(env, PINGONE_ENV.regionCode);
    if (code !== undefined) {
      const upper = code.toUpperCase();
      const fromCode = Object.hasOwn(PINGONE_REGION_CODES, upper)
        ? PINGONE_REGION_CODES[upper as keyof typeof PINGONE_REGION_CODES]
        : undefined;
      if (fromCode) region = fromCode;
      else
        issues.push({
          path: PINGONE_ENV.regionCode,
          message: `must be one of ${Object.keys(PINGONE_REGION_CODES).join(", ")}`,
        });
    }
    const host = (name: string, path: string): string | undefined => {
      const value = readEnv(env, name);
      if (value === undefined) return undefined;
      if (!HOSTNAME.test(value)) {
        issues.push({ path: name, message: "must be a host name (like api.example.com), without scheme or path" });
        return undefined;
      }
      const url = `https://${value}${path}`;
      const found: Issue[] = [];
      httpUrlCheck(url, name, found); // a port the fetch standard blocks, for one
      issues.push(...found);
      return found.length ? undefined : url;
    };
    apiUrl = host(PINGONE_ENV.apiHostname, "/v1");
    authUrl = host(PINGONE_ENV.authHostname, "");
    apiUrlFrom = PINGONE_ENV.apiHostname;
    authUrlFrom = PINGONE_ENV.authHostname;
  }

  if (issues.length) invalid(issues);
  return {
    region,
    apiUrl,
    authUrl,
    apiUrlFrom,
    authUrlFrom,
    environmentId: environmentId as string,
    auth: auth as PingOneAuth,
  };
}

/**
 * Builds a PingOne Platform client for certificate and key management. Options are checked before
 * anything is sent: an unknown option (a typo such as `apiURL`) or a bad value is a
 * `ValidationError` naming the field. Options left out are read from the environment
 * (`PINGONE_CLIENT_ID`, `PINGONE_CLIENT_SECRET`, `PINGONE_ENVIRONMENT_ID`, `PINGONE_REGION_CODE`,
 * `PINGONE_API_SERVICE_HOSTNAME`, `PINGONE_AUTH_SERVICE_HOSTNAME`).
 *
 * @example
 * ```ts
 * import { clientCredentials, createPingOneClient } from "@trustplane/pingone";
 *
 * const pingone = createPingOneClient({
 *   region: "eu",
 *   environmentId: "d4a3...",
 *   auth: clientCredentials({ clientId: "...", clientSecret: process.env.P1_SECRET! }),
 * });
 * for await (const key of pingone.keys.list({ filter: 'usageType eq "SIGNING"' })) console.log(key.name);
 * ```
 */
export function createPingOneClient(options: PingOneClientOptions = {}): PingOneClient {
  checkClientOptions(options, "PingOne client options", pingOneFields);
  checkTransactionId(options.headers, "PingOne client options");
  const {
    region: _region,
    apiUrl: _api,
    authUrl: _auth,
    environmentId: _env,
    auth: _a,
    retryTransientAfterCreate,
    ...core
  } = options;
  const resolved = resolve(options);
  const { auth, environmentId } = resolved;
  if (resolved.apiUrl !== undefined && resolved.authUrl === undefined && auth.needsAuthUrl) {
    invalid([
      {
        path: resolved.authUrlFrom,
        message: `is required with ${resolved.apiUrlFrom} when using client credentials without tokenUrl (the secret must not go to a host you did not choose)`,
      },
    ]);
  }
  const defaults = regionUrls(resolved.region);
  const urls = {
    apiUrl: (resolved.apiUrl ?? defaults.apiUrl).replace(/\/+$/, ""),
    authUrl: (resolved.authUrl ?? defaults.authUrl).replace(/\/+$/, ""),
  };
  const profile: VendorProfile = {
    vendor: "pingone",
    version: VERSION,
    parseError: parsePingOneError,
    operations: operationTable,
    secretFields: [...secretFields, ...EXTRA_SECRET_FIELDS],
    retryAfterCapMs: 30_000,
    requestIdHeader: TRANSACTION_ID_HEADER,
    ...(retryTransientAfterCreate && {
      retryClassifier: transientAfterCreateClassifier(retryTransientAfterCreate),
    }),
  };
  const api = createApiClient<paths, operations>(profile, {
    ...core,
    baseUrl: urls.apiUrl,
    auth: auth.provider({ authUrl: urls.authUrl, environmentId }),
  });
  return new PingOneClientImpl(api, environmentId, urls, auth.kind);
}
