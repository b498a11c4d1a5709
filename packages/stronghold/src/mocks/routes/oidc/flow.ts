/** The OIDC provider's authorization code flow: authorize, token exchange (with PKCE) and userinfo. */
import { createHash, randomBytes } from "node:crypto";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { FakeRequest, Route } from "../../context.js";
import { bare, oauthError, str } from "../../http.js";
import type { FakeNamespace } from "../../state.js";
import { groupsOfEntity } from "../views.js";
import { providerIssuer, renderTemplate } from "./common.js";
import { sign } from "./keys.js";
import { providerAllows } from "./provider.js";

/** Whether an entity may use a client (one of its assignments names the entity or one of its groups). */
function assigned(ns: FakeNamespace, assignments: string[], entityId: string): boolean {
  const { direct, inherited } = groupsOfEntity(ns, entityId);
  const groups = new Set([...direct, ...inherited]);
  return assignments.some((name) => {
    const a = ns.oidc.assignments.get(name);
    if (!a) return false;
    return (
      a.entityIds.includes("*") ||
      a.entityIds.includes(entityId) ||
      a.groupIds.includes("*") ||
      a.groupIds.some((g) => groups.has(g))
    );
  });
}

function clientByClientId(ns: FakeNamespace, clientId: string) {
  for (const c of ns.oidc.clients.values()) if (c.clientId === clientId) return c;
  return undefined;
}

/** The authorization endpoint, GET or POST. */
function authorize(req: FakeRequest, input: Record<string, unknown>): Response {
  const { ns, params, token, now } = req;
  const state = str(input.state);
  const provider = ns.oidc.providers.get(params.name as string);
  if (!provider) return oauthError(400, "invalid_request", "provider not found", state);
  const clientId = str(input.client_id);
  const client = clientId ? clientByClientId(ns, clientId) : undefined;
  if (!client || !providerAllows(provider.allowedClientIds, client.clientId)) {
    return oauthError(400, "invalid_request", "client with client_id not found", state);
  }
  const redirect = str(input.redirect_uri);
  if (!redirect || !client.redirectUris.includes(redirect)) {
    return oauthError(400, "invalid_request", "redirect_uri is not allowed for the client", state);
  }
  if (input.response_type !== "code")
    return oauthError(400, "unsupported_response_type", "response_type must be code", state);
  const scopes = String(input.scope ?? "")
    .split(/\s+/)
    .filter(Boolean);
  if (!scopes.includes("openid")) return oauthError(400, "invalid_scope", 'the "openid" scope is required', state);
  const challenge = str(input.code_challenge);
  const method = str(input.code_challenge_method) ?? (challenge ? "plain" : undefined);
  if (client.clientType === "public" && !challenge) {
    return oauthError(400, "invalid_request", "PKCE is required for public clients", state);
  }
  const entityId = token?.entityId;
  if (!entityId || !ns.entities.has(entityId)) {
    return oauthError(
      400,
      "invalid_request",
      "identity entity associated with the request's token was not found",
      state,
    );
  }
  if (!assigned(ns, client.assignments, entityId)) {
    return oauthError(403, "access_denied", "identity entity not authorized by client assignment", state);
  }
  const code = randomBytes(24).toString("base64url");
  ns.oidc.codes.set(code, {
    provider: provider.name,
    clientId: client.clientId,
    entityId,
    redirectUri: redirect,
    scopes,
    nonce: str(input.nonce),
    challenge,
    challengeMethod: method,
    expiresAt: now + 5 * 60_000,
  });
  return bare({ code, ...(state !== undefined && { state }) });
}

/** Claims the provider's scopes add for an entity. */
function scopeClaims(ns: FakeNamespace, scopes: string[], entityId: string): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const name of scopes) {
    const scope = ns.oidc.scopes.get(name);
    if (scope) Object.assign(claims, renderTemplate(scope.template, ns, entityId) ?? {});
  }
  return claims;
}

/** The userinfo endpoint, GET or POST. */
function userinfo(req: FakeRequest): Response {
  const { ns, params, request, now } = req;
  const bearer = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  const grant = bearer ? ns.oidc.accessTokens.get(bearer) : undefined;
  if (!grant || grant.provider !== params.name || now >= grant.expiresAt) {
    const response = oauthError(401, "invalid_token", "the access token is invalid or expired");
    response.headers.set("www-authenticate", 'Bearer error="invalid_token"');
    return response;
  }
  return bare({ sub: grant.entityId, ...scopeClaims(ns, grant.scopes, grant.entityId) });
}

/** Authorization, token exchange and userinfo. */
export const flowRoutes = {
  authorizeOidcProvider: (req) => authorize(req, Object.fromEntries(req.query)),
  authorizeOidcProviderWithParameters: (req) => authorize(req, req.body),
  exchangeOidcProviderToken: (req) => {
    const { ns, params, body, request, now, ctx } = req;
    const provider = ns.oidc.providers.get(params.name as string);
    if (!provider) return oauthError(400, "invalid_request", "provider not found");
    let clientId = str(body.client_id);
    let secret = str(body.client_secret);
    const basic = request.headers.get("authorization");
    if (basic?.toLowerCase().startsWith("basic ")) {
      const [id, pass] = Buffer.from(basic.slice(6), "base64").toString("utf8").split(":", 2);
      clientId = id ? decodeURIComponent(id) : undefined;
      secret = pass ? decodeURIComponent(pass) : undefined;
    }
    const client = clientId ? clientByClientId(ns, clientId) : undefined;
    const refused = () => {
      const response = oauthError(401, "invalid_client", "client failed to authenticate");
      response.headers.set("www-authenticate", "Basic");
      return response;
    };
    if (!client || !providerAllows(provider.allowedClientIds, client.clientId)) return refused();
    if (client.clientType === "confidential" && secret !== client.clientSecret) return refused();
    if (body.grant_type !== "authorization_code")
      return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code");
    const codeValue = str(body.code);
    const code = codeValue ? ns.oidc.codes.get(codeValue) : undefined;
    if (codeValue) ns.oidc.codes.delete(codeValue);
    if (!code || code.clientId !== client.clientId || code.provider !== provider.name || now >= code.expiresAt) {
      return oauthError(400, "invalid_grant", "authorization grant is invalid or expired");
    }
    if (str(body.redirect_uri) !== code.redirectUri)
      return oauthError(400, "invalid_grant", "redirect_uri does not match");
    if (code.challenge) {
      const verifier = str(body.code_verifier) ?? "";
      const expected =
        code.challengeMethod === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
      if (expected !== code.challenge)
        return oauthError(400, "invalid_grant", "invalid code_verifier for token exchange");
    }
    const key = ns.oidc.keys.get(client.key);
    if (!key) return oauthError(500, "server_error", "the client's key does not exist");
    const iat = Math.floor(now / 1000);
    const idToken = sign(key, {
      ...scopeClaims(ns, code.scopes, code.entityId),
      iss: providerIssuer(ctx, ns, provider.name),
      sub: code.entityId,
      aud: client.clientId,
      iat,
      auth_time: iat,
      exp: iat + client.idTokenTtl,
      namespace: ns.id,
      ...(code.nonce !== undefined && { nonce: code.nonce }),
    });
    const accessToken = `hvb.${randomBytes(24).toString("base64url")}`;
    ns.oidc.accessTokens.set(accessToken, {
      provider: provider.name,
      entityId: code.entityId,
      clientId: client.clientId,
      scopes: code.scopes,
      expiresAt: now + client.accessTokenTtl * 1000,
    });
    return bare({
      token_type: "Bearer",
      access_token: accessToken,
      id_token: idToken,
      expires_in: client.accessTokenTtl,
    });
  },
  readOidcProviderUserInfo: userinfo,
  readOidcProviderUserInfoWithPost: userinfo,
} satisfies Partial<Record<OperationId, Route>>;
