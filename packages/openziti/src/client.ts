import { inspect } from "node:util";
import {
  type ApiClient,
  type AuthProvider,
  bearerToken,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  custom,
} from "@trustplane/core";
import { version } from "../package.json";
import { parseZitiError } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources, type Resources } from "./generated/resources.gen.js";

/** The path of the Edge Management API on a controller. */
export const MANAGEMENT_PATH = "/edge/management/v1";

/** Options of {@link createZitiClient}. */
export interface ZitiClientOptions extends CoreClientOptions {
  /** The controller (`https://ctrl.example.com:1280`); `/edge/management/v1` is added unless present. */
  url: string;
  /** How to authenticate: `zitiSession(token)` or any core AuthProvider. */
  auth: AuthProvider;
}

/** Sends an existing `zt-session` token (from `ziti edge login` or your own login) on every call. */
export function zitiSession(token: string | (() => string | Promise<string>)): AuthProvider {
  return bearerToken(token, { header: "zt-session", scheme: null });
}

/** The controller's management API base URL for a controller address. */
export function managementUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith(MANAGEMENT_PATH) ? trimmed : `${trimmed}${MANAGEMENT_PATH}`;
}

const isProvider = (v: unknown) => typeof (v as AuthProvider | undefined)?.authorize === "function";

/**
 * A client for one OpenZiti controller's Edge Management API: every operation of the spec as
 * `client.<resource>.<method>` (`ziti.identities.list()`, `ziti.servicePolicies.create({...})`).
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every generated resource (createResources); the interface below declares them.
export class ZitiClient {
  /** The management API base URL every call goes to. */
  readonly baseUrl: string;
  readonly #api: ApiClient<paths, operations>;

  /** @internal Use {@link createZitiClient}. */
  constructor(api: ApiClient<paths, operations>) {
    this.#api = api;
    this.baseUrl = api.baseUrl;
    Object.assign(this, createResources(api));
  }

  /** The typed raw client (openapi-fetch compatible), through the same pipeline. */
  get raw(): ApiClient<paths, operations>["raw"] {
    return this.#api.raw;
  }

  /** A client with other timeouts, retries, headers or logging, sharing connections and the session. */
  withOptions(overrides: ClientOverrides): ZitiClient {
    return new ZitiClient(this.#api.withOptions(overrides));
  }

  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points, never credentials. */
  toJSON(): Record<string, unknown> {
    return { vendor: "openziti", baseUrl: this.baseUrl };
  }

  [inspect.custom](): string {
    return `ZitiClient ${inspect(this.toJSON())}`;
  }
}

/** The generated resources, as properties of the client. */
export interface ZitiClient extends Resources {}

/**
 * Creates an OpenZiti Edge Management client.
 *
 * ```ts
 * const ziti = createZitiClient({ url: "https://ctrl.example.com:1280", auth: zitiSession(token) });
 * for await (const identity of ziti.identities.list({ filter: 'name contains "web"' })) console.log(identity.name);
 * ```
 */
export function createZitiClient(options: ZitiClientOptions): ZitiClient {
  checkClientOptions(options, "openziti client options", {
    url: (value, path, issues) => {
      try {
        checkHttpUrl(value, path, "openziti client options");
      } catch (error) {
        issues.push(...(error as { issues: Array<{ path: string; message: string }> }).issues);
      }
    },
    auth: custom(isProvider, "is required: zitiSession(token) or another auth provider"),
  });
  const { url, auth, ...core } = options;
  const api = createApiClient<paths, operations>(
    { vendor: "openziti", version, parseError: parseZitiError, operations: operationTable, secretFields },
    { ...core, baseUrl: managementUrl(url), auth },
  );
  return new ZitiClient(api);
}
