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
import { parseStrongholdError } from "./errors.js";
import type { operations, paths } from "./generated/openapi.gen.js";
import { operationTable, secretFields } from "./generated/operations.gen.js";
import { createResources, type Resources } from "./generated/resources.gen.js";

/** Options of {@link createStrongholdClient}. */
export interface StrongholdClientOptions extends CoreClientOptions {
  /** The server address (`https://stronghold.example.com:8200`); `/v1` is added unless present. */
  address: string;
  /** How to authenticate: `token(t)` or any core AuthProvider. */
  auth: AuthProvider;
}

/** `X-Vault-Token: <token>` with a token you already have (or a function giving the current one). */
export function token(value: string | (() => string | Promise<string>)): AuthProvider {
  return bearerToken(value, { header: "x-vault-token", scheme: null });
}

/** `<address>/v1`. */
export function apiUrl(address: string): string {
  const trimmed = address.replace(/\/+$/, "");
  return trimmed.endsWith("/v1") ? trimmed : `${trimmed}/v1`;
}

const isProvider = (v: unknown) => typeof (v as AuthProvider | undefined)?.authorize === "function";

/**
 * A client for the Stronghold (Vault, OpenBao) identity engine: every operation of the spec as
 * `client.<resource>.<method>` (`stronghold.entities.readById({ id })`).
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every generated resource (createResources); the interface below declares them.
export class StrongholdClient {
  /** The API base URL (`<address>/v1`). */
  readonly baseUrl: string;
  readonly #api: ApiClient<paths, operations>;

  /** @internal Use {@link createStrongholdClient}. */
  constructor(api: ApiClient<paths, operations>) {
    this.#api = api;
    this.baseUrl = api.baseUrl;
    Object.assign(this, createResources(api));
  }

  /** The typed raw client (openapi-fetch compatible), through the same pipeline. */
  get raw(): ApiClient<paths, operations>["raw"] {
    return this.#api.raw;
  }

  /** A client with other timeouts, retries, headers or logging, sharing connections and the token. */
  withOptions(overrides: ClientOverrides): StrongholdClient {
    return new StrongholdClient(this.#api.withOptions(overrides));
  }

  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void> {
    return this.#api.close();
  }

  /** What JSON.stringify shows: where the client points, never credentials. */
  toJSON(): Record<string, unknown> {
    return { vendor: "stronghold", baseUrl: this.baseUrl };
  }

  [inspect.custom](): string {
    return `StrongholdClient ${inspect(this.toJSON())}`;
  }
}

/** The generated resources, as properties of the client. */
export interface StrongholdClient extends Resources {}

/**
 * Creates a Stronghold / Vault / OpenBao identity client.
 *
 * ```ts
 * const stronghold = createStrongholdClient({ address: "https://stronghold.example.com:8200", auth: token(t) });
 * const entity = await stronghold.entities.readById({ id });
 * ```
 */
export function createStrongholdClient(options: StrongholdClientOptions): StrongholdClient {
  checkClientOptions(options, "stronghold client options", {
    address: (value, path, issues) => {
      try {
        checkHttpUrl(value, path, "stronghold client options");
      } catch (error) {
        issues.push(...(error as { issues: Array<{ path: string; message: string }> }).issues);
      }
    },
    auth: custom(isProvider, "is required: token(t) or another auth provider"),
  });
  const { address, auth, ...core } = options;
  const api = createApiClient<paths, operations>(
    { vendor: "stronghold", version, parseError: parseStrongholdError, operations: operationTable, secretFields },
    { ...core, baseUrl: apiUrl(address), auth },
  );
  return new StrongholdClient(api);
}
