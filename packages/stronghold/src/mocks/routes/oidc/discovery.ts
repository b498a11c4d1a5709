/** OIDC discovery: the OpenID configuration and JWKS of identity tokens and of each provider. */
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { bare, notFound } from "../../http.js";
import { nsPrefix, providerIssuer, tokenIssuer } from "./common.js";
import { ALGORITHMS, current, published } from "./keys.js";
import { providerAllows } from "./provider.js";

/** The `.well-known` documents of identity tokens and of providers. */
export const discoveryRoutes = {
  readOidcOpenIdConfiguration: ({ ns, ctx }) => {
    const issuer = tokenIssuer(ctx, ns);
    return bare({
      issuer,
      jwks_uri: `${issuer}/.well-known/keys`,
      response_types_supported: ["id_token"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ALGORITHMS,
    });
  },
  readOidcPublicKeys: ({ ns, now }) => {
    const used = new Set([...ns.oidc.roles.values()].map((r) => r.key));
    const keys: Record<string, unknown>[] = [];
    for (const key of ns.oidc.keys.values()) {
      if (used.has(key.name)) current(key);
      keys.push(...published(key, now));
    }
    return bare({ keys });
  },
  readOidcProviderOpenIdConfiguration: ({ ctx, ns, params }) => {
    const name = params.name as string;
    const provider = ns.oidc.providers.get(name);
    if (!provider) return notFound();
    const issuer = providerIssuer(ctx, ns, name);
    return bare({
      issuer,
      jwks_uri: `${issuer}/.well-known/keys`,
      authorization_endpoint: `${provider.issuer || ctx.address}/ui/vault/${nsPrefix(ns)}identity/oidc/provider/${name}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      request_parameter_supported: false,
      request_uri_parameter_supported: false,
      id_token_signing_alg_values_supported: ALGORITHMS,
      response_types_supported: ["code"],
      scopes_supported: ["openid", ...provider.scopesSupported],
      claims_supported: [],
      subject_types_supported: ["public"],
      grant_types_supported: ["authorization_code"],
      token_endpoint_auth_methods_supported: ["none", "client_secret_basic", "client_secret_post"],
      code_challenge_methods_supported: ["plain", "S256"],
    });
  },
  readOidcProviderPublicKeys: ({ ns, params, now }) => {
    const provider = ns.oidc.providers.get(params.name as string);
    if (!provider) return notFound();
    const keys: Record<string, unknown>[] = [];
    const names = new Set(
      [...ns.oidc.clients.values()]
        .filter((c) => providerAllows(provider.allowedClientIds, c.clientId))
        .map((c) => c.key),
    );
    for (const name of names) {
      const key = ns.oidc.keys.get(name);
      if (!key) continue;
      current(key);
      keys.push(...published(key, now));
    }
    return bare({ keys });
  },
} satisfies Partial<Record<OperationId, Route>>;
