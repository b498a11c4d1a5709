import { type CallOptions, lazy, type OperationPagingOptions, type Paged, validate } from "@trustplane/core";
import { strictObject } from "zod/mini";
import {
  type OidcProvidersListClientsInput,
  type OidcProvidersListInput,
  OidcProvidersResource,
} from "../generated/resources.gen.js";
import { namespacePath, optional, segment } from "../internal/schemas.js";
import { type Detailed, detailedList, type NamespaceInput, namespaceHeader, type Schemas } from "./shared.js";

/** An OIDC provider in a detailed list: its name (`key`), issuer, clients and scopes. */
export type OidcProviderListItem = Detailed<Schemas["OidcProvider"]>;

/** An OIDC client in a detailed list: its name (`key`) and settings. */
export type OidcClientListItem = Detailed<Schemas["OidcClient"]>;

/** What {@link OidcProviders.discover} returns: the provider's discovery document and its key set. */
export interface OidcProviderMetadata {
  /** `/.well-known/openid-configuration` of the provider. */
  configuration: Schemas["OidcProviderDiscovery"];
  /** `/.well-known/keys`: the public keys its ID tokens are signed with. */
  keys: Schemas["Jwks"];
}

/** Input of {@link OidcProviders.discover}. */
export interface DiscoverInput extends NamespaceInput {
  /** Provider name (`default` exists on every server). */
  name: string;
}

const discoverSchema = lazy(() => strictObject({ name: segment(), "X-Vault-Namespace": optional(namespacePath()) }));

/** The built-in OpenID Connect provider: clients, assignments, scopes, providers and the OAuth endpoints. */
export class OidcProviders extends OidcProvidersResource {
  /** Provider names joined with their settings. */
  listDetailed(input: OidcProvidersListInput = {}, options?: OperationPagingOptions): Paged<OidcProviderListItem> {
    return detailedList<Schemas["OidcProvider"]>(this.ctx, "listOidcProviders", input, options);
  }

  /** Client names joined with their settings (servers that send `key_info`). */
  listClientsDetailed(
    input: OidcProvidersListClientsInput = {},
    options?: OperationPagingOptions,
  ): Paged<OidcClientListItem> {
    return detailedList<Schemas["OidcClient"]>(this.ctx, "listOidcClients", input, options);
  }

  /**
   * The provider's discovery document and public keys, fetched together. Needs no token (both
   * endpoints are unauthenticated), so a client created with `auth: false` can call it, e.g. to
   * verify ID tokens the provider issued.
   *
   * ```ts
   * const { configuration, keys } = await stronghold.oidcProviders.discover({ name: "default" });
   * ```
   */
  async discover(input: DiscoverInput, options?: CallOptions): Promise<OidcProviderMetadata> {
    validate(discoverSchema, input, "discover input");
    const request = { name: input.name, ...namespaceHeader(input) };
    const [configuration, keys] = await Promise.all([
      this.readOpenIdConfiguration(request, options),
      this.readPublicKeys(request, options),
    ]);
    return { configuration, keys } as OidcProviderMetadata;
  }
}
