import {
  type ApiClient,
  type ApiPromise,
  type AuthProvider,
  type CallOptions,
  type Check,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  checkValue,
  consoleLogger,
  createApiClient,
  custom,
  guard,
  type InspectFunction,
  inspectCustom,
  isPlainObject,
  lazy,
  object,
  optional,
  bool as optionBool,
  UnexpectedResponseError,
  ValidationError,
  validate,
} from "@trustplane/core";
import { strictObject } from "zod/mini";
import { version } from "../package.json";
import { isStrongholdAuth, type StrongholdAuth, token, trimNamespace } from "./auth.js";
import { parseStrongholdError, strongholdRetryClassifier } from "./errors.js";
import type { components, operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources, type Resources } from "./generated/resources.gen.js";
import { fromEnvelope } from "./internal/calls.js";
import { type EnvSource, type EnvSuffix, MISSING, settingsFromEnv } from "./internal/environment.js";
import { type IndexState, readYourWritesPolicy, tokenSafeLogger, warningsPolicy } from "./internal/policies.js";
import { duration, isNamespacePath, nonEmpty } from "./internal/schemas.js";
import { Entities, EntityAliases, LegacyAliases } from "./resources/entities.js";
import { GroupAliases, Groups } from "./resources/groups.js";
import { Lookup } from "./resources/lookup.js";
import { MfaLoginEnforcements, MfaMethods } from "./resources/mfa.js";
import { OidcProviders } from "./resources/oidc.js";
import { keyList } from "./resources/shared.js";
import { Sys } from "./resources/sys.js";

/**
 * Options of {@link createStrongholdClient}: where the server is, how to authenticate, and core's
 * client options. `address`, `auth` and `namespace` may be left out when the environment names
 * them, the way the Stronghold (Vault, OpenBao) CLI reads it (see `env`).
 */
export interface StrongholdClientOptions extends CoreClientOptions {
  /**
   * The server address (`https://stronghold.example.com:8200`); `/v1` is added unless present.
   * Default: `STRONGHOLD_ADDR`, else `VAULT_ADDR`. There is no fallback host.
   */
  address?: string | undefined;
  /**
   * `token(t)`, `appRole(...)`, `userpass(...)`, `jwt(...)`, `kubernetes(...)` or any core
   * AuthProvider; `false` for a client without a token (OIDC discovery, unwrapping with the
   * wrapping token). Default: `token(STRONGHOLD_TOKEN ?? VAULT_TOKEN)`.
   */
  auth?: StrongholdAuth | AuthProvider | false | undefined;
  /** Namespace of every call (`X-Vault-Namespace`). Default: `STRONGHOLD_NAMESPACE`, else `VAULT_NAMESPACE`. */
  namespace?: string | undefined;
  /**
   * Read-your-writes on performance standbys: keep the last `X-Vault-Index` the server returned
   * and send it back on every call (a standby that has not caught up answers 412, which is
   * retried). Default false.
   */
  readYourWrites?: boolean | undefined;
  /**
   * Honour `STRONGHOLD_SKIP_VERIFY` / `VAULT_SKIP_VERIFY` (TLS verification off). Without this a
   * true value is refused with a ValidationError. Default false.
   */
  allowSkipVerify?: boolean | undefined;
  /**
   * Where `address`, `auth`, `namespace` and the TLS files are looked up when not given:
   * `process.env` (the default), another record of variables, or `false` to read none. Read when
   * the client is created, never at import: `STRONGHOLD_ADDR`, `STRONGHOLD_TOKEN`,
   * `STRONGHOLD_NAMESPACE`, `STRONGHOLD_CACERT`, `STRONGHOLD_CLIENT_CERT`,
   * `STRONGHOLD_CLIENT_KEY`, `STRONGHOLD_SKIP_VERIFY`, each falling back to its `VAULT_*` twin.
   */
  env?: Readonly<Record<string, string | undefined>> | false | undefined;
}

/** What {@link StrongholdClient.wrapped} takes: call options plus the wrapping TTL. */
export interface WrapCallOptions extends CallOptions {
  /** How long the wrapping token stays valid: seconds or a duration (`"5m"`). Sent as `X-Vault-Wrap-TTL`. */
  wrapTtl: number | string;
}

/** A response held by a wrapping token, as `unwrap` gives it back: `data` for data, `auth` for a wrapped token. */
export type UnwrappedResponse<T = Record<string, unknown>> = Omit<
  components["schemas"]["UnwrappedResponse"],
  "data"
> & {
  /** The wrapped data; null when a token (`auth`) was wrapped. */
  data?: T | null | undefined;
};

/** Response-wrapping info: the single-use token and its TTL. */
export type WrapInfo = components["schemas"]["WrapInfo"];

const WHAT = "stronghold client options";

const resourceOverrides = {
  entities: Entities,
  entityAliases: EntityAliases,
  groupAliases: GroupAliases,
  groups: Groups,
  legacyAliases: LegacyAliases,
  lookup: Lookup,
  mfaLoginEnforcements: MfaLoginEnforcements,
  mfaMethods: MfaMethods,
  oidcProviders: OidcProviders,
  sys: Sys,
};

/** The resources of a client: the generated classes, with the hand-written ones where they add helpers. */
export type StrongholdResources = Resources<typeof resourceOverrides>;

type StrongholdApi = ApiClient<paths, operations>;

interface ClientInfo {
  address: string;
  namespace: string | undefined;
  authKind: string;
  hasAuth: boolean;
}

function refuse(path: string, message: string): never {
  throw new ValidationError(`Invalid ${WHAT}: ${path}: ${message}`, [{ path, message }]);
}

/** `<address>/v1`: trailing slashes dropped, `/v1` added unless the address ends with it. */
export function apiUrl(address: string): string {
  const trimmed = address.replace(/\/+$/, "");
  return trimmed.endsWith("/v1") ? trimmed : `${trimmed}/v1`;
}

const unwrapSchema = lazy(() => strictObject({ token: nonEmpty() }));
const wrapSchema = lazy(() => strictObject({ wrapTtl: duration() }));

/**
 * A client for the Stronghold (Vault, OpenBao) identity engine: every operation of the spec as
 * `client.<resource>.<method>` (`stronghold.entities.readById({ id })`), plus helpers for what
 * people write by hand (`entities.upsertByName`, `entities.merge({ from, to })`,
 * `lookup.entity({ aliasName, mountPath })`, `groups.addMember`, `oidcProviders.discover`).
 * Create it with {@link createStrongholdClient}.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every resource (createResources); the interface below declares them.
export class StrongholdClient {
  /** The API base URL (`<address>/v1`). */
  readonly baseUrl: string;
  /** The server address as configured (without `/v1`). */
  readonly address: string;
  /** The namespace every call goes to (`X-Vault-Namespace`), or undefined for the root namespace. */
  readonly namespace: string | undefined;
  readonly #api: StrongholdApi;
  readonly #info: ClientInfo;

  /** @internal Use {@link createStrongholdClient}. */
  constructor(api: StrongholdApi, info: ClientInfo) {
    this.#api = api;
    this.#info = info;
    this.baseUrl = api.baseUrl;
    this.address = info.address;
    this.namespace = info.namespace;
    Object.assign(this, createResources(api, resourceOverrides, keyList));
  }

  /** The typed raw client (openapi-fetch compatible), through the same pipeline. */
  get raw(): StrongholdApi["raw"] {
    return this.#api.raw;
  }

  /**
   * A client with other timeouts, retries, headers, logging or tracing, sharing this one's
   * connections and token (no second login). Overrides are checked at once.
   */
  withOptions(overrides: ClientOverrides): StrongholdClient {
    const safe = overrides.logger ? { ...overrides, logger: tokenSafeLogger(overrides.logger) } : overrides;
    return new StrongholdClient(this.#api.withOptions(safe), this.#info);
  }

  /**
   * The same client in another namespace (`X-Vault-Namespace`), sharing connections and token.
   * The namespace is absolute (not relative to this client's); `""` is the root namespace. A
   * token obtained in a namespace works there and in its child namespaces.
   *
   * ```ts
   * const teamA = stronghold.withNamespace("team-a");
   * ```
   */
  withNamespace(namespace: string): StrongholdClient {
    checkValue(object({ namespace: namespaceCheck }), { namespace }, "withNamespace input");
    const ns = trimNamespace(namespace);
    return new StrongholdClient(this.#api.withOptions({ headers: { "x-vault-namespace": ns ?? "" } }), {
      ...this.#info,
      namespace: ns,
    });
  }

  /**
   * Unwraps a response-wrapping token (`sys/wrapping/unwrap`) and gives back the response it
   * held: `data` for wrapped data or secrets, `auth` for a wrapped token. The token works once.
   * A client with a token of its own sends the wrapping token in the body; a client created with
   * `auth: false` sends it as `X-Vault-Token`, so an app that only holds a wrapped secret can
   * unwrap it.
   */
  unwrap<T = Record<string, unknown>>(wrappingToken: string, options?: CallOptions): ApiPromise<UnwrappedResponse<T>> {
    return guard(() => {
      validate(unwrapSchema, { token: wrappingToken }, "unwrap input");
      const request = this.#info.hasAuth
        ? { body: { token: wrappingToken }, parseAs: "json" as const }
        : { headers: { "x-vault-token": wrappingToken }, parseAs: "json" as const };
      return this.#api.call("unwrap", request, options) as unknown as ApiPromise<UnwrappedResponse<T>>;
    });
  }

  /**
   * Calls `call` with response wrapping: `X-Vault-Wrap-TTL` is sent with the call options, and
   * the answer is the `wrap_info` (the single-use wrapping token) instead of the data.
   * `withResponse()` gives the raw envelope.
   *
   * ```ts
   * const info = await stronghold.wrapped({ wrapTtl: "5m" }, (options) =>
   *   stronghold.oidcProviders.readClient({ name: "app" }, options),
   * );
   * ```
   */
  wrapped(options: WrapCallOptions, call: (options: CallOptions) => ApiPromise<unknown>): ApiPromise<WrapInfo> {
    return guard(() => {
      const { wrapTtl, ...rest } = options ?? ({} as WrapCallOptions);
      validate(wrapSchema, { wrapTtl }, "wrapped options");
      const sent = call({ ...rest, headers: { ...rest.headers, "x-vault-wrap-ttl": String(wrapTtl) } });
      if (typeof (sent as Partial<ApiPromise<unknown>> | undefined)?.withResponse !== "function") {
        const message = "must return the ApiPromise of one method call (pass the options it is given)";
        throw new ValidationError(`Invalid wrapped input: call: ${message}`, [{ path: "call", message }]);
      }
      return fromEnvelope(sent, (body, response) => {
        const info = (body as { wrap_info?: WrapInfo | null } | undefined)?.wrap_info;
        if (!info?.token) {
          throw new UnexpectedResponseError(
            `The server did not wrap the response (status ${response.status}, no wrap_info.token): the operation answered without a body to wrap`,
            { status: response.status, requestId: response.requestId },
          );
        }
        return info;
      });
    });
  }

  /** Closes sockets held by a dispatcher this client created (clients from withOptions/withNamespace share them). */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points and how it authenticates, never credentials. */
  toJSON(): Record<string, unknown> {
    return {
      vendor: "stronghold",
      address: this.address,
      baseUrl: this.baseUrl,
      namespace: this.namespace,
      auth: this.#info.authKind,
    };
  }

  /** What `util.inspect` shows: the same as `toJSON`. */
  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `StrongholdClient ${inspect(this.toJSON(), options)}`;
  }
}

/** The resources of the client, as properties (`client.entities`, `client.groups`...). */
export interface StrongholdClient extends StrongholdResources {}

const isProvider = (v: unknown): v is AuthProvider => typeof (v as AuthProvider | undefined)?.authorize === "function";

const namespaceCheck: Check = (value, path, issues) => {
  if (typeof value !== "string") issues.push({ path, message: "must be a string" });
  else if (!isNamespacePath(value)) {
    issues.push({ path, message: "must be a namespace path without whitespace or control characters" });
  }
};

const addressCheck: Check = (value, path, issues) => {
  try {
    checkHttpUrl(value, path, WHAT);
  } catch (error) {
    if (error instanceof ValidationError) issues.push(...error.issues);
    else throw error;
  }
};

const optionShape = {
  address: optional(addressCheck),
  auth: optional(
    custom(
      (v) => v === false || isStrongholdAuth(v) || isProvider(v),
      "must be token(t), appRole(...), userpass(...), jwt(...), kubernetes(...), an auth provider, or false",
    ),
  ),
  namespace: optional(namespaceCheck),
  readYourWrites: optional(optionBool()),
  allowSkipVerify: optional(optionBool()),
  env: optional(
    custom(
      (v) =>
        v === false || (isPlainObject(v) && Object.values(v).every((x) => x === undefined || typeof x === "string")),
      "must be a record of variables (like process.env) or false",
    ),
  ),
};

/**
 * Creates a Stronghold / Vault / OpenBao identity client.
 *
 * ```ts
 * const stronghold = createStrongholdClient({
 *   address: "https://stronghold.example.com:8200",
 *   namespace: "team-a",
 *   auth: appRole({ roleId, secretId }),
 * });
 * ```
 *
 * With no argument, it reads the environment the way the CLI does (`STRONGHOLD_ADDR`,
 * `STRONGHOLD_TOKEN`, `STRONGHOLD_NAMESPACE`, `STRONGHOLD_CACERT`, `STRONGHOLD_CLIENT_CERT` /
 * `_CLIENT_KEY`, each falling back to `VAULT_*`); options you pass win. Every option is checked
 * first: a bad or missing one is a `ValidationError` naming the field (or variable), never quoting
 * a credential.
 */
export function createStrongholdClient(options: StrongholdClientOptions = {}): StrongholdClient {
  checkClientOptions(options, WHAT, optionShape);
  const { address, auth, namespace, readYourWrites, allowSkipVerify, env, ...core } = options;
  const variables: EnvSource = env === false ? {} : (env ?? process.env);
  const transport = core.transport ?? {};
  const wants = new Set<EnvSuffix>();
  if (address === undefined) wants.add("ADDR");
  if (auth === undefined) wants.add("TOKEN");
  if (namespace === undefined) wants.add("NAMESPACE");
  if (transport.ca === undefined) wants.add("CACERT");
  if (transport.cert === undefined && transport.pfx === undefined) {
    wants.add("CLIENT_CERT");
    wants.add("CLIENT_KEY");
  }
  if (transport.rejectUnauthorized === undefined) wants.add("SKIP_VERIFY");
  const fromEnv = settingsFromEnv(variables, { allowSkipVerify: allowSkipVerify === true, wants });

  let server = address;
  if (server === undefined) {
    if (!fromEnv.address) refuse("address", MISSING.address);
    checkHttpUrl(fromEnv.address.value, fromEnv.address.source, WHAT);
    server = fromEnv.address.value;
  }
  const baseUrl = apiUrl(server);
  const ns = trimNamespace(namespace ?? fromEnv.namespace?.value ?? "");

  let chosen: StrongholdAuth | AuthProvider | undefined;
  if (auth === false) chosen = undefined;
  else if (auth !== undefined) chosen = auth;
  else if (fromEnv.token) chosen = token(fromEnv.token.value);
  else refuse("auth", MISSING.auth);
  const provider = chosen && isStrongholdAuth(chosen) ? chosen.createProvider({ baseUrl, namespace: ns }) : chosen;

  const state: IndexState = { last: undefined };
  const api = createApiClient<paths, operations>(
    {
      vendor: "stronghold",
      version,
      parseError: parseStrongholdError,
      operations: operationTable,
      secretFields,
      retryClassifier: strongholdRetryClassifier,
      defaultHeaders: { accept: "application/json" },
    },
    {
      ...core,
      baseUrl,
      auth: provider,
      logger: tokenSafeLogger(core.logger ?? consoleLogger),
      headers: { ...core.headers, ...(ns && { "x-vault-namespace": ns }) },
      transport: {
        ...transport,
        ...(fromEnv.ca !== undefined && { ca: fromEnv.ca }),
        ...(fromEnv.cert !== undefined && { cert: fromEnv.cert, key: fromEnv.key }),
        ...(fromEnv.skipVerify && { rejectUnauthorized: false }),
      },
      policies: [...(core.policies ?? []), warningsPolicy(), ...(readYourWrites ? [readYourWritesPolicy(state)] : [])],
    },
  );
  return new StrongholdClient(api, {
    address: server.replace(/\/+$/, "").replace(/\/v1$/, ""),
    namespace: ns,
    authKind: chosen ? (chosen.kind ?? "custom") : "none",
    hasAuth: provider !== undefined,
  });
}
