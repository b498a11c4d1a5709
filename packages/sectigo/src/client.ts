import {
  type ApiClient,
  type AuthProvider,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  custom,
  type InspectFunction,
  inspectCustom,
  oneOf,
  optional,
  str,
  type ValidationError,
} from "@trustplane/core";
import { version } from "../package.json";
import { authParts, DEFAULT_SECTIGO_URL, type SectigoAuth } from "./auth.js";
import { parseSectigoError, type SectigoSurface, sectigoRetryClassifier } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources, type ResourceClasses } from "./generated/resources.gen.js";
import type { SectigoContext } from "./internal/context.js";
import { LookupCache } from "./internal/lookups.js";
import { StreamSinks, streamingPolicy } from "./internal/stream.js";
import { adaptApi } from "./internal/surface.js";
import { resourceOverrides } from "./resources/index.js";

export { DEFAULT_SECTIGO_URL };

/** Options of {@link createSectigoClient}. */
export interface SectigoClientOptions extends CoreClientOptions {
  /**
   * How to log in: `credentials(...)`, `clientCertificate(...)`, `developer(...)` (SCM REST API) or
   * `oauth2(...)` (Admin API). A core AuthProvider works too (say which API with `surface`).
   */
  auth: SectigoAuth | AuthProvider;
  /**
   * The host: default `https://cert-manager.com` for the SCM REST API logins and
   * `https://admin.enterprise.sectigo.com` (or the `instance` of `oauth2()`) for the Admin API.
   * Customers on a dedicated SCM instance give theirs. No path: `/private` is added for
   * client-certificate login.
   */
  url?: string | undefined;
  /** With a core AuthProvider as `auth`: which API generation it talks to. Default `classic`. */
  surface?: SectigoSurface | undefined;
  /**
   * `dateFormat` for every operation that takes it (how SCM writes dates in answers, e.g.
   * `yyyy-MM-dd'T'HH:mm:ss.SSSZ`); a call's own `dateFormat` wins.
   */
  dateFormat?: string | undefined;
}

/** The client's resources: the generated classes, with the hand-written ones where there are any. */
export type SectigoResources = {
  readonly [K in keyof ResourceClasses]: K extends keyof typeof resourceOverrides
    ? InstanceType<(typeof resourceOverrides)[K]>
    : InstanceType<ResourceClasses[K]>;
};

const isProvider = (v: unknown) => typeof (v as AuthProvider | undefined)?.authorize === "function";

/**
 * A client for Sectigo Certificate Manager: every operation of the spec as
 * `client.<resource>.<method>` (`sectigo.ssl.enroll({...})`, `sectigo.domains.list()`), plus
 * enroll-and-collect, typed downloads, streamed reports, and one client for both API generations.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every resource (createResources); the interface below declares them.
export class SectigoClient {
  /** The base URL every call goes to (with `/private` for client-certificate login). */
  readonly baseUrl: string;
  /** Which API generation this client talks to: `classic` (SCM REST API) or `admin` (Admin API). */
  readonly surface: SectigoSurface;
  /** Core's client, as built. */
  readonly #core: ApiClient<paths, operations>;
  /** The same, behind the surface adapter: what the resources call. */
  readonly #api: ApiClient<paths, operations>;
  readonly #context: SectigoContext;
  readonly #close: () => Promise<void>;

  /** @internal Use {@link createSectigoClient}. */
  constructor(api: ApiClient<paths, operations>, context: SectigoContext, close: () => Promise<void>) {
    this.#core = api;
    this.#api = adaptApi(api, context);
    this.#context = context;
    this.#close = close;
    this.baseUrl = api.baseUrl;
    this.surface = context.surface;
    Object.assign(this, createResources(this.#api, resourceOverrides as unknown as Partial<ResourceClasses>));
  }

  /**
   * The typed raw client (openapi-fetch compatible), through the same pipeline. It sends exactly
   * what it is given: paths and bodies as the spec writes them (on the Admin API, spell them as
   * that API expects).
   */
  get raw(): ApiClient<paths, operations>["raw"] {
    return this.#api.raw;
  }

  /** A client with other timeouts, retries, headers or logging, sharing connections, token and caches. */
  withOptions(overrides: ClientOverrides): SectigoClient {
    return new SectigoClient(this.#core.withOptions(overrides), this.#context, this.#close);
  }

  /** Forgets the cached certificate profiles and custom fields (they are fetched again when next needed). */
  clearCache(): void {
    this.#context.lookups.clear();
  }

  /** Closes sockets held by dispatchers this client created. */
  close(): Promise<void> {
    return this.#close();
  }

  /** What JSON.stringify shows: where the client points and how it logs in, never credentials. */
  toJSON(): Record<string, unknown> {
    return { vendor: "sectigo", baseUrl: this.baseUrl, surface: this.surface, auth: this.#context.authKind };
  }

  /** What console.log shows: where the client points and which surface, never credentials. */
  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `SectigoClient ${inspect(this.toJSON(), options)}`;
  }
}

/** The resources, as properties of the client. */
export interface SectigoClient extends SectigoResources {}

const urlCheck = (value: unknown, path: string, issues: Array<{ path: string; message: string }>) => {
  if (value === undefined) return;
  try {
    checkHttpUrl(value, path, "sectigo client options");
    const url = new URL(value as string);
    if (url.search || url.hash) issues.push({ path, message: "must not have a query or fragment" });
  } catch (error) {
    issues.push(...(error as ValidationError).issues);
  }
};

/**
 * Creates a Sectigo Certificate Manager client. Options are checked here: a bad one is a
 * ValidationError naming the field, before anything is sent.
 *
 * ```ts
 * const sectigo = createSectigoClient({
 *   auth: credentials({ login: "api-admin", password: process.env.SCM_PASSWORD ?? "", customerUri: "acme" }),
 * });
 * const profiles = await sectigo.ssl.listProfiles().toArray();
 * ```
 */
export function createSectigoClient(options: SectigoClientOptions): SectigoClient {
  checkClientOptions(options, "sectigo client options", {
    url: urlCheck,
    auth: custom(
      (v) => authParts(v) !== undefined || isProvider(v),
      "is required: credentials(...), clientCertificate(...), oauth2(...), developer(...) or a core AuthProvider",
    ),
    surface: optional(oneOf(["classic", "admin"])),
    dateFormat: optional(str({ pattern: /^[^\r\n]*$/, rule: "must be a date pattern on one line" })),
  });
  const { url, auth, surface: surfaceOption, dateFormat, ...core } = options;
  const parts = authParts(auth);
  const sectigoAuth = parts ? (auth as SectigoAuth) : undefined;
  const provider = parts ? parts.provider : (auth as AuthProvider);
  const surface: SectigoSurface = sectigoAuth?.surface ?? surfaceOption ?? "classic";
  const base = (url ?? parts?.defaultUrl ?? DEFAULT_SECTIGO_URL).replace(/\/+$/, "") + (parts?.pathPrefix ?? "");
  const transport = { ...core.transport, ...parts?.transport };
  const streams = new StreamSinks();
  const stream = streamingPolicy(streams, {
    ...transport,
    ...(core.fetch && { fetch: core.fetch }),
    ...(core.dispatcher && { dispatcher: core.dispatcher }),
  });
  const profile = {
    vendor: "sectigo",
    version,
    parseError: parseSectigoError,
    operations: operationTable,
    secretFields,
    retryClassifier: sectigoRetryClassifier,
  };
  const api = createApiClient<paths, operations>(profile, {
    ...core,
    transport,
    policies: [...(core.policies ?? []), stream],
    baseUrl: base,
    auth: provider,
  });
  let bare: ApiClient<paths, operations> | undefined;
  const context: SectigoContext = {
    surface,
    authKind: sectigoAuth?.kind ?? "custom",
    dateFormat,
    lookups: new LookupCache(),
    streams,
    bare: () => {
      bare ??= createApiClient<paths, operations>(
        { ...profile, operations: {} },
        { ...core, transport, policies: core.policies, baseUrl: base },
      );
      return bare;
    },
  };
  const close = async () => {
    await Promise.all([api.close(), bare?.close(), stream.close()]);
  };
  return new SectigoClient(api, context, close);
}
