import { inspect } from "node:util";
import {
  type ApiClient,
  type AuthProvider,
  type ClientOverrides,
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  custom,
  headerCredentials,
} from "@trustplane/core";
import { version } from "../package.json";
import { parseSectigoError } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources, type Resources } from "./generated/resources.gen.js";

/** The default Sectigo Certificate Manager host. */
export const DEFAULT_SECTIGO_URL = "https://cert-manager.com";

/** Options of {@link createSectigoClient}. */
export interface SectigoClientOptions extends CoreClientOptions {
  /** The SCM host (default `https://cert-manager.com`; customers may have their own). */
  url?: string | undefined;
  /** How to authenticate: `credentials({ login, password, customerUri })` or any core AuthProvider. */
  auth: AuthProvider;
}

/** Sectigo's header credentials: `login`, `password` and `customerUri` on every call. */
export function credentials(input: { login: string; password: string; customerUri: string }): AuthProvider {
  return headerCredentials({ login: input.login, password: input.password, customerUri: input.customerUri });
}

const isProvider = (v: unknown) => typeof (v as AuthProvider | undefined)?.authorize === "function";

/**
 * A client for Sectigo Certificate Manager: every operation of the spec as
 * `client.<resource>.<method>` (`sectigo.ssl.enroll({...})`, `sectigo.domains.list()`).
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every generated resource (createResources); the interface below declares them.
export class SectigoClient {
  /** The base URL every call goes to. */
  readonly baseUrl: string;
  readonly #api: ApiClient<paths, operations>;

  /** @internal Use {@link createSectigoClient}. */
  constructor(api: ApiClient<paths, operations>) {
    this.#api = api;
    this.baseUrl = api.baseUrl;
    Object.assign(this, createResources(api));
  }

  /** The typed raw client (openapi-fetch compatible), through the same pipeline. */
  get raw(): ApiClient<paths, operations>["raw"] {
    return this.#api.raw;
  }

  /** A client with other timeouts, retries, headers or logging, sharing connections and credentials. */
  withOptions(overrides: ClientOverrides): SectigoClient {
    return new SectigoClient(this.#api.withOptions(overrides));
  }

  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points, never credentials. */
  toJSON(): Record<string, unknown> {
    return { vendor: "sectigo", baseUrl: this.baseUrl };
  }

  [inspect.custom](): string {
    return `SectigoClient ${inspect(this.toJSON())}`;
  }
}

/** The generated resources, as properties of the client. */
export interface SectigoClient extends Resources {}

/**
 * Creates a Sectigo Certificate Manager client.
 *
 * ```ts
 * const sectigo = createSectigoClient({ auth: credentials({ login, password, customerUri: "acme" }) });
 * const types = await sectigo.ssl.listProfiles();
 * ```
 */
export function createSectigoClient(options: SectigoClientOptions): SectigoClient {
  checkClientOptions(options, "sectigo client options", {
    url: (value, path, issues) => {
      if (value === undefined) return;
      try {
        checkHttpUrl(value, path, "sectigo client options");
      } catch (error) {
        issues.push(...(error as { issues: Array<{ path: string; message: string }> }).issues);
      }
    },
    auth: custom(isProvider, "is required: credentials({ login, password, customerUri }) or another auth provider"),
  });
  const { url = DEFAULT_SECTIGO_URL, auth, ...core } = options;
  const api = createApiClient<paths, operations>(
    { vendor: "sectigo", version, parseError: parseSectigoError, operations: operationTable, secretFields },
    { ...core, baseUrl: url.replace(/\/+$/, ""), auth },
  );
  return new SectigoClient(api);
}
