/**
 * What every resource of one client (and the clients derived from it with `withOptions`) shares
 * beyond core's ApiClient: the API generation, the login's kind, client-wide query defaults, the
 * lookup cache and the streaming side channel. Resources find it from their api object.
 */
import type { ApiClient } from "@trustplane/core";
import type { SectigoAuth } from "../auth.js";
import type { SectigoSurface } from "../errors.js";
import type { operations, paths } from "../generated/openapi.gen.js";
import type { LookupCache } from "./lookups.js";
import type { StreamSinks } from "./stream.js";

/** The typed core client of this package. */
export type SectigoApi = ApiClient<paths, operations>;

/** Shared per client family. */
export interface SectigoContext {
  /** `classic` (SCM REST API) or `admin` (Admin API). */
  readonly surface: SectigoSurface;
  /** What kind of login the client uses (`custom` for a core AuthProvider). */
  readonly authKind: SectigoAuth["kind"] | "custom";
  /** `dateFormat` sent on every operation that takes it, unless the call gives its own. */
  readonly dateFormat: string | undefined;
  /** Certificate profiles and custom fields, fetched once per client. */
  readonly lookups: LookupCache;
  /** Streams handed from the streaming policy to the method that asked for them. */
  readonly streams: StreamSinks;
  /** A client without credentials for the same transport: downloads from links that carry their own token. */
  readonly bare: () => SectigoApi;
}

const contexts = new WeakMap<object, SectigoContext>();

/** Registers the context of an (adapted) api object. */
export function bindContext(api: object, context: SectigoContext): void {
  contexts.set(api, context);
}

/** The context of the api object a resource was built on. */
export function contextOf(api: object): SectigoContext {
  const context = contexts.get(api);
  if (!context) throw new Error("sectigo: resource built outside createSectigoClient");
  return context;
}
