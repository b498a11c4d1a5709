import { inspect } from "node:util";
import {
  type ApiClient,
  type CoreClientOptions,
  coreClientOptionsSchema,
  createApiClient,
  type VendorProfile,
  validate,
} from "@trustplane/core";
import type { Client } from "openapi-fetch";
import { z } from "zod";
import { isPingOneAuth, type PingOneAuth } from "./auth.js";
import { parsePingOneError, transientAfterCreateClassifier } from "./errors.js";
import type { paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { id } from "./internal/schemas.js";
import { PINGONE_REGIONS, type PingOneRegion, regionUrls } from "./regions.js";
import { Certificates } from "./resources/certificates.js";
import { Crypto } from "./resources/crypto.js";
import { KeyRotationPolicies } from "./resources/key-rotation-policies.js";
import { Keys } from "./resources/keys.js";
import { VERSION } from "./version.js";

/** Options of `createPingOneClient`: where PingOne is, which environment, how to authenticate, plus core's options. */
export interface PingOneClientOptions extends CoreClientOptions {
  /** Region of the tenant: picks `api.pingone.<region>` and `auth.pingone.<region>`. Default `com`. */
  region?: PingOneRegion;
  /** Management API base including `/v1`, overriding the region's (`https://api.pingone.eu/v1`). */
  apiUrl?: string;
  /**
   * Authorization server base overriding the region's (`https://auth.pingone.eu`); token URLs are
   * `<authUrl>/<environmentId>/as/token`. Required with `apiUrl` when using client credentials
   * (unless `clientCredentials({ tokenUrl })` names the token URL), so credentials never go to a
   * host you did not choose.
   */
  authUrl?: string;
  /** The environment this client manages (a UUID). Methods accept `environmentId` to act on another one. */
  environmentId: string;
  /** `clientCredentials({...})` or `bearer(token)`. */
  auth: PingOneAuth;
  /**
   * Retry PingOne's transient 403/404 on repeatable calls (reads, PUT, DELETE, crypto), as seen
   * right after an environment is created or a role is granted. `true`: for the client's whole
   * life. A number of ms: during that window after the client is built and after every 201/202
   * this client receives. Default off. Writes that are not safe to repeat are never replayed.
   */
  retryTransientAfterCreate?: boolean | number;
}

const httpUrl = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), `${what} must be an absolute http(s) URL`);

const optionsSchema = coreClientOptionsSchema
  .extend({
    region: z.enum(PINGONE_REGIONS, { error: `region must be one of ${PINGONE_REGIONS.join(", ")}` }).optional(),
    apiUrl: httpUrl("apiUrl").optional(),
    authUrl: httpUrl("authUrl").optional(),
    environmentId: id("environmentId"),
    auth: z.custom<PingOneAuth>(isPingOneAuth, "auth must be clientCredentials(...) or bearer(...)"),
    retryTransientAfterCreate: z
      .union([z.boolean(), z.number().int().positive()], {
        error: "retryTransientAfterCreate must be a boolean or a window in ms",
      })
      .optional(),
  })
  .refine((o) => !(o.apiUrl && !o.authUrl && isPingOneAuth(o.auth) && o.auth.needsAuthUrl), {
    message: "authUrl is required with apiUrl when using clientCredentials without tokenUrl",
    path: ["authUrl"],
  });

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
  readonly #api: ApiClient<paths>;
  readonly #authKind: string;

  constructor(
    api: ApiClient<paths>,
    environmentId: string,
    urls: { apiUrl: string; authUrl: string },
    authKind: string,
  ) {
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

  [inspect.custom](): string {
    return `PingOneClient ${inspect(this.toJSON())}`;
  }
}

/** Field names in PingOne bodies that can carry plaintext or key material, masked in debug logs. */
const EXTRA_SECRET_FIELDS = ["plaintext", "cleartext", "data", "decrypted", "decryptedData", "privateKey"];

/**
 * Builds a PingOne Platform client for certificate and key management.
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
export function createPingOneClient(options: PingOneClientOptions): PingOneClient {
  validate(optionsSchema, options, "PingOne client options");
  const { region = "com", apiUrl, authUrl, environmentId, auth, retryTransientAfterCreate, ...core } = options;
  const defaults = regionUrls(region);
  const urls = {
    apiUrl: (apiUrl ?? defaults.apiUrl).replace(/\/+$/, ""),
    authUrl: (authUrl ?? defaults.authUrl).replace(/\/+$/, ""),
  };
  const profile: VendorProfile = {
    vendor: "pingone",
    version: VERSION,
    parseError: parsePingOneError,
    operations: operationTable,
    secretFields: [...secretFields, ...EXTRA_SECRET_FIELDS],
    retryAfterCapMs: 30_000,
    ...(retryTransientAfterCreate && {
      retryClassifier: transientAfterCreateClassifier(
        retryTransientAfterCreate === true ? true : retryTransientAfterCreate,
      ),
    }),
  };
  const api = createApiClient<paths>(profile, {
    ...core,
    baseUrl: urls.apiUrl,
    auth: auth.provider({ authUrl: urls.authUrl, environmentId }),
  });
  return new PingOneClientImpl(api, environmentId, urls, auth.kind);
}
