import {
  type ApiClient,
  type AuthProvider,
  type CallOptions,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  custom,
  type InspectFunction,
  type Issue,
  inspectCustom,
  type PemInput,
  ValidationError,
  validate,
} from "@trustplane/core";
import { version } from "../package.json";
import { type BoundLogin, bindLogin, loginSpecOf } from "./auth.js";
import { controllerRoot, managementUrl } from "./client-urls.js";
import { parseZitiError } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources } from "./generated/resources.gen.js";
import { caOptionSchema } from "./internal/schemas.js";
import { type DeleteByTagOptions, type DeleteByTagReport, deleteByTag, type TagSelector } from "./resources/cleanup.js";
import { resourceOverrides, type ZitiResources } from "./resources/index.js";
import { type PolicyAdvisorInput, type PolicyAdvisorResult, policyAdvisor } from "./resources/policy-advisor.js";

export { controllerRoot, MANAGEMENT_PATH, managementUrl } from "./client-urls.js";

/** Options of {@link createZitiClient}. */
export interface ZitiClientOptions extends CoreClientOptions {
  /** The controller (`https://ctrl.example.com:1280`); `/edge/management/v1` is added unless present. */
  url: string;
  /**
   * How to authenticate: `password({...})`, `certificate({...})`, `externalJwt(token)`,
   * `session(token)`, or any core AuthProvider.
   */
  auth: AuthProvider;
  /**
   * The controller's CA certificates (PEM), to trust besides the system's: controllers usually
   * run their own CA. Added to `transport.ca`. `fetchControllerCa` reads them from the controller.
   */
  ca?: PemInput | PemInput[] | undefined;
}

const isProvider = (v: unknown) => typeof (v as AuthProvider | undefined)?.authorize === "function";

/** What a client and the clients `withOptions` derives from it share. */
interface Shared {
  readonly login: BoundLogin | undefined;
  readonly authKind: string;
}

/**
 * A client for one OpenZiti controller's Edge Management API: every operation of the spec as
 * `client.<resource>.<method>` (`ziti.identities.list()`, `ziti.servicePolicies.create({...})`),
 * plus `findByName`, `identities.createWithEnrollment`, `deleteByTag`, `policyAdvisor` and `logout`.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every resource (createResources); the interface below declares them.
export class ZitiClient {
  /** The management API base URL every call goes to. */
  readonly baseUrl: string;
  readonly #api: ApiClient<paths, operations>;
  readonly #shared: Shared;

  /** @internal Use {@link createZitiClient}. */
  constructor(api: ApiClient<paths, operations>, shared: Shared) {
    this.#api = api;
    this.#shared = shared;
    this.baseUrl = api.baseUrl;
    Object.assign(this, createResources(api, resourceOverrides));
  }

  /** The controller root (`https://ctrl.example.com:1280`), where `/.well-known/est/cacerts` lives. */
  get controllerUrl(): string {
    return controllerRoot(this.baseUrl);
  }

  /** The typed raw client (openapi-fetch compatible), through the same pipeline. */
  get raw(): ApiClient<paths, operations>["raw"] {
    return this.#api.raw;
  }

  /**
   * A client with other timeouts, retries, headers or logging, sharing connections and the
   * session (one login serves both).
   */
  withOptions(overrides: ClientOverrides): ZitiClient {
    return new ZitiClient(this.#api.withOptions(overrides), this.#shared);
  }

  /**
   * Ends the session this client logged in with (`DELETE /current-api-session`); the next call
   * logs in again. Resolves `true` when a session was ended, `false` when there was none (or the
   * controller had already ended it). With `session(token)` or a bearer token it always ends the
   * session the token names.
   */
  async logout(options?: CallOptions): Promise<boolean> {
    const login = this.#shared.login;
    if (!login) {
      await this.#api.call("deleteCurrentApiSession", {}, options);
      return true;
    }
    return login.logout(() => this.#api.call("deleteCurrentApiSession", {}, { maxRetries: 0, ...options }));
  }

  /**
   * Removes everything tagged `key = value`: service edge router policies, service policies,
   * configs, config types, services, edge router policies, identities (in that order), and
   * reports what it found, removed and could not remove. `{ dryRun: true }` only reports.
   */
  deleteByTag(tag: TagSelector, options?: DeleteByTagOptions): Promise<DeleteByTagReport> {
    return deleteByTag(this as unknown as ZitiResources, tag, options);
  }

  /**
   * Can this identity dial or bind this service, through which policies and edge routers (what
   * `ziti edge policy-advisor identities` answers)?
   */
  policyAdvisor(input: PolicyAdvisorInput, options?: CallOptions): Promise<PolicyAdvisorResult> {
    return policyAdvisor(this as unknown as ZitiResources, input, options);
  }

  /** Closes sockets held by a dispatcher this client created (the session stays valid until it expires or `logout`). */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points and how it logs in, never credentials. */
  toJSON(): Record<string, unknown> {
    return { vendor: "openziti", baseUrl: this.baseUrl, auth: this.#shared.authKind };
  }

  /** What util.inspect and console.log show. */
  [inspectCustom](_depth: number, options: object, inspect: InspectFunction): string {
    return `ZitiClient ${inspect(this.toJSON(), options)}`;
  }
}

/** The resources, as properties of the client. */
export interface ZitiClient extends ZitiResources {}

const issuesOf = (error: unknown, path: string): Issue[] =>
  error instanceof ValidationError
    ? error.issues.map((i) => ({ path: path && i.path ? `${path}.${i.path}` : path || i.path, message: i.message }))
    : [{ path, message: "is invalid" }];

/**
 * Creates an OpenZiti Edge Management client. Nothing is sent until the first call (which logs in).
 *
 * ```ts
 * const ziti = createZitiClient({
 *   url: "https://ctrl.example.com:1280",
 *   ca: controllerCaPem,
 *   auth: password({ username: "admin", password: process.env.ZITI_PASSWORD ?? "" }),
 * });
 * for await (const identity of ziti.identities.list({ filter: zf.contains("name", "web") })) console.log(identity.name);
 * ```
 */
export function createZitiClient(options: ZitiClientOptions): ZitiClient {
  checkClientOptions(options, "openziti client options", {
    url: (value, path, issues) => {
      try {
        checkHttpUrl(value, path, "openziti client options");
      } catch (error) {
        issues.push(...issuesOf(error, ""));
      }
    },
    auth: custom(isProvider, "is required: password({...}), certificate({...}), externalJwt(token) or session(token)"),
    ca: (value, path, issues) => {
      if (value === undefined) return;
      try {
        validate(caOptionSchema, value, "ca");
      } catch (error) {
        issues.push(...issuesOf(error, path));
      }
    },
  });
  const { url, auth, ca, ...core } = options;
  const base = managementUrl(url);
  const spec = loginSpecOf(auth);
  const login = spec ? bindLogin(spec, base) : undefined;
  const transport = { ...core.transport };
  if (ca !== undefined) {
    const given = transport.ca === undefined ? [] : Array.isArray(transport.ca) ? transport.ca : [transport.ca];
    transport.ca = [...given, ...(Array.isArray(ca) ? ca : [ca])];
  }
  if (login?.tls) {
    if (transport.cert !== undefined || transport.key !== undefined || transport.pfx !== undefined) {
      const message = "a certificate() login brings its own client certificate: leave transport.cert, key and pfx out";
      throw new ValidationError(`Invalid openziti client options: transport: ${message}`, [
        { path: "transport", message },
      ]);
    }
    Object.assign(transport, Object.fromEntries(Object.entries(login.tls).filter(([, v]) => v !== undefined)));
  }
  const api = createApiClient<paths, operations>(
    { vendor: "openziti", version, parseError: parseZitiError, operations: operationTable, secretFields },
    {
      ...core,
      ...(Object.keys(transport).length > 0 && { transport }),
      baseUrl: base,
      auth: login ? login.provider : auth,
    },
  );
  return new ZitiClient(api, { login, authKind: auth.kind });
}
