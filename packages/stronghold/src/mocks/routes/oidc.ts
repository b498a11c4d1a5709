import { createHash, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import { decodeJwtHeader, type JwtAlgorithm, signJwt, verifyJwt } from "@trustplane/testing";
import type { OperationId } from "../../generated/operations.gen.js";
import type { FakeContext, FakeRequest, Route } from "../context.js";
import { badRequest, bare, done, keyList, notFound, oauthError, ok, seconds, stringList } from "../http.js";
import type { FakeKeyVersion, FakeNamespace, FakeOidcKey } from "../state.js";
import { groupsOfEntity } from "./views.js";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"];

/** A new key pair for a named key's algorithm. */
function newVersion(key: FakeOidcKey): FakeKeyVersion {
  const alg = key.algorithm;
  const pair = alg.startsWith("RS")
    ? generateKeyPairSync("rsa", { modulusLength: 2048 })
    : alg === "EdDSA"
      ? generateKeyPairSync("ed25519")
      : generateKeyPairSync("ec", { namedCurve: alg === "ES256" ? "P-256" : alg === "ES384" ? "P-384" : "P-521" });
  const kid = randomUUID();
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: { ...pair.publicKey.export({ format: "jwk" }), kid, alg, use: "sig" },
  };
}

/** The key's current version, made on first use. */
function current(key: FakeOidcKey): FakeKeyVersion {
  let active = key.versions.find((v) => v.retiredUntil === undefined);
  if (!active) {
    active = newVersion(key);
    key.versions.push(active);
  }
  return active;
}

/** Public keys still published (current and rotated-out ones within their verification TTL). */
function published(key: FakeOidcKey, now: number): Record<string, unknown>[] {
  key.versions = key.versions.filter((v) => v.retiredUntil === undefined || v.retiredUntil > now);
  return key.versions.map((v) => v.publicJwk);
}

const nsPrefix = (ns: FakeNamespace): string => (ns.path ? `${ns.path}/` : "");

/** Issuer of identity tokens. */
function tokenIssuer(ctx: FakeContext, ns: FakeNamespace): string {
  return `${ns.oidc.issuer || ctx.address}/v1/${nsPrefix(ns)}identity/oidc`;
}

/** Issuer of a named provider. */
function providerIssuer(ctx: FakeContext, ns: FakeNamespace, name: string): string {
  const provider = ns.oidc.providers.get(name);
  return `${provider?.issuer || ctx.address}/v1/${nsPrefix(ns)}identity/oidc/provider/${name}`;
}

/** A claims template with the entity's values filled in, parsed; undefined when it is not JSON. */
function renderTemplate(template: string, ns: FakeNamespace, entityId: string): Record<string, unknown> | undefined {
  if (!template.trim()) return {};
  const entity = ns.entities.get(entityId);
  const { direct, inherited } = groupsOfEntity(ns, entityId);
  const groups = [...direct, ...inherited].map((id) => ns.groups.get(id)).filter((g) => g !== undefined);
  const values: Record<string, unknown> = {
    "identity.entity.id": entityId,
    "identity.entity.name": entity?.name ?? "",
    "identity.entity.groups.ids": groups.map((g) => g.id),
    "identity.entity.groups.names": groups.map((g) => g.name),
    "identity.entity.metadata": entity?.metadata ?? {},
  };
  const text = template.replace(/\{\{\s*([a-z_.]+?)\s*\}\}/gi, (_, path: string) => {
    if (path in values) return JSON.stringify(values[path]);
    const meta = /^identity\.entity\.metadata\.(.+)$/.exec(path);
    if (meta) return JSON.stringify(entity?.metadata[meta[1] as string] ?? "");
    return '""';
  });
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a template is valid (it parses once its placeholders are filled). */
const templateOk = (template: string | undefined, ns: FakeNamespace): boolean =>
  template === undefined || renderTemplate(template, ns, "") !== undefined;

function keyAllows(key: FakeOidcKey, clientId: string): boolean {
  return key.allowedClientIds.includes("*") || key.allowedClientIds.includes(clientId);
}

/** Signs claims with a named key's current version. */
function sign(key: FakeOidcKey, claims: Record<string, unknown>): string {
  const version = current(key);
  return signJwt(claims, version.privateKey, { alg: key.algorithm as JwtAlgorithm, kid: version.kid });
}

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

function clientView(c: ReturnType<FakeNamespace["oidc"]["clients"]["get"]> & object): Record<string, unknown> {
  return {
    redirect_uris: c.redirectUris,
    assignments: c.assignments,
    key: c.key,
    id_token_ttl: c.idTokenTtl,
    access_token_ttl: c.accessTokenTtl,
    client_type: c.clientType,
    client_id: c.clientId,
    ...(c.clientType === "confidential" && { client_secret: c.clientSecret }),
  };
}

function providerView(ctx: FakeContext, ns: FakeNamespace, name: string): Record<string, unknown> | undefined {
  const p = ns.oidc.providers.get(name);
  if (!p) return undefined;
  return {
    issuer: providerIssuer(ctx, ns, name),
    allowed_client_ids: p.allowedClientIds,
    scopes_supported: p.scopesSupported,
  };
}

function clientByClientId(ns: FakeNamespace, clientId: string) {
  for (const c of ns.oidc.clients.values()) if (c.clientId === clientId) return c;
  return undefined;
}

const providerAllows = (allowed: string[], clientId: string) => allowed.includes("*") || allowed.includes(clientId);

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

/** Identity tokens (keys, roles, tokens, introspection, discovery) and the OIDC provider. */
export const oidcRoutes = {
  // ---- identity tokens
  readOidcConfig: ({ ns }) => ok({ issuer: ns.oidc.issuer }),
  configureOidc: ({ ns, body }) => {
    const issuer = body.issuer === undefined ? undefined : String(body.issuer);
    if (issuer && !/^https?:\/\/[^/]+$/.test(issuer.replace(/\/+$/, ""))) {
      return badRequest("invalid issuer: it must be scheme://host[:port] without a path");
    }
    if (issuer !== undefined) ns.oidc.issuer = issuer.replace(/\/+$/, "");
    return done(
      issuer
        ? [
            'If "issuer" is set explicitly, all tokens must be validated against that address, including those issued by secondary clusters.',
          ]
        : undefined,
    );
  },
  writeOidcKey: ({ ns, params, body, now }) => {
    const name = params.name as string;
    const algorithm = str(body.algorithm);
    if (algorithm && !ALGORITHMS.includes(algorithm)) return badRequest(`unknown signing algorithm "${algorithm}"`);
    const existing = ns.oidc.keys.get(name);
    const key: FakeOidcKey = existing ?? {
      name,
      algorithm: algorithm ?? "RS256",
      allowedClientIds: [],
      rotationPeriod: 86400,
      verificationTtl: 86400,
      versions: [],
    };
    if (algorithm && existing && algorithm !== existing.algorithm) {
      for (const v of key.versions) v.retiredUntil ??= now + key.verificationTtl * 1000;
      key.algorithm = algorithm;
    }
    const allowed = stringList(body.allowed_client_ids);
    if (allowed) key.allowedClientIds = allowed;
    if (body.rotation_period !== undefined) key.rotationPeriod = seconds(body.rotation_period) ?? key.rotationPeriod;
    if (body.verification_ttl !== undefined)
      key.verificationTtl = seconds(body.verification_ttl) ?? key.verificationTtl;
    ns.oidc.keys.set(name, key);
    return done();
  },
  readOidcKey: ({ ns, params }) => {
    const key = ns.oidc.keys.get(params.name as string);
    if (!key) return notFound();
    return ok({
      algorithm: key.algorithm,
      allowed_client_ids: key.allowedClientIds,
      rotation_period: key.rotationPeriod,
      verification_ttl: key.verificationTtl,
    });
  },
  deleteOidcKey: ({ ns, params }) => {
    const name = params.name as string;
    const roles = [...ns.oidc.roles.values()].filter((r) => r.key === name).map((r) => r.name);
    const clients = [...ns.oidc.clients.values()].filter((c) => c.key === name).map((c) => c.name);
    if (roles.length || clients.length) {
      return badRequest(
        `unable to delete key "${name}" because it is currently referenced by: ${[...roles, ...clients].join(", ")}`,
      );
    }
    ns.oidc.keys.delete(name);
    return done();
  },
  listOidcKeys: ({ ns }) => keyList([...ns.oidc.keys.keys()]),
  rotateOidcKey: ({ ns, params, body, now }) => {
    const key = ns.oidc.keys.get(params.name as string);
    if (!key) return badRequest(`no named key found at "${params.name}"`);
    const ttl =
      body.verification_ttl !== undefined
        ? (seconds(body.verification_ttl) ?? key.verificationTtl)
        : key.verificationTtl;
    for (const v of key.versions) v.retiredUntil ??= now + ttl * 1000;
    key.versions.push(newVersion(key));
    return done();
  },
  writeOidcRole: ({ ns, params, body }) => {
    const name = params.name as string;
    const existing = ns.oidc.roles.get(name);
    const keyName = str(body.key) ?? existing?.key;
    if (!keyName) return badRequest("the key parameter is required");
    if (!ns.oidc.keys.has(keyName)) return badRequest(`key "${keyName}" does not exist`);
    const template = body.template === undefined ? existing?.template : String(body.template);
    if (!templateOk(template, ns)) return badRequest("error parsing template JSON");
    ns.oidc.roles.set(name, {
      name,
      key: keyName,
      template: template ?? "",
      ttl: body.ttl !== undefined ? (seconds(body.ttl) ?? 86400) : (existing?.ttl ?? 86400),
      clientId: str(body.client_id) ?? existing?.clientId ?? randomBytes(16).toString("base64url"),
    });
    return done();
  },
  readOidcRole: ({ ns, params }) => {
    const role = ns.oidc.roles.get(params.name as string);
    return role ? ok({ key: role.key, template: role.template, ttl: role.ttl, client_id: role.clientId }) : notFound();
  },
  deleteOidcRole: ({ ns, params }) => {
    ns.oidc.roles.delete(params.name as string);
    return done();
  },
  listOidcRoles: ({ ns }) => keyList([...ns.oidc.roles.keys()]),
  generateOidcToken: (req) => {
    const { ns, params, token, now, ctx } = req;
    const role = ns.oidc.roles.get(params.name as string);
    if (!role) return badRequest(`role "${params.name}" not found`);
    const entityId = token?.entityId;
    if (!entityId || !ns.entities.has(entityId)) return badRequest("no entity associated with the request's token");
    const key = ns.oidc.keys.get(role.key);
    if (!key) return badRequest(`key "${role.key}" not found`);
    if (!keyAllows(key, role.clientId)) {
      return badRequest(
        `the key "${key.name}" does not list the client ID of the role "${role.name}" as an allowed client ID`,
      );
    }
    const iat = Math.floor(now / 1000);
    const claims = {
      ...renderTemplate(role.template, ns, entityId),
      iss: tokenIssuer(ctx, ns),
      sub: entityId,
      aud: role.clientId,
      iat,
      exp: iat + role.ttl,
      namespace: ns.id,
    };
    return ok({ token: sign(key, claims), client_id: role.clientId, ttl: role.ttl });
  },
  introspectOidcToken: ({ ns, body, now }) => {
    const jwt = str(body.token);
    if (!jwt) return badRequest("missing token");
    try {
      const { kid } = decodeJwtHeader(jwt);
      for (const key of ns.oidc.keys.values()) published(key, now);
      const version = [...ns.oidc.keys.values()].flatMap((k) => k.versions).find((v) => v.kid === kid);
      if (!version) return bare({ active: false, error: "unable to find the signing key" });
      const { claims } = verifyJwt(jwt, version.publicJwk, { now: new Date(now) });
      const clientId = str(body.client_id);
      if (clientId && claims.aud !== clientId)
        return bare({ active: false, error: "token audience does not match client_id" });
      return bare({ active: true });
    } catch (error) {
      return bare({ active: false, error: error instanceof Error ? error.message : "invalid token" });
    }
  },
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

  // ---- provider: clients, assignments, scopes, providers
  writeOidcClient: ({ ns, params, body }) => {
    const name = params.name as string;
    const existing = ns.oidc.clients.get(name);
    const keyName = str(body.key) ?? existing?.key ?? "default";
    if (!ns.oidc.keys.has(keyName)) return badRequest(`key "${keyName}" does not exist`);
    const assignments = stringList(body.assignments) ?? existing?.assignments ?? [];
    for (const a of assignments) if (!ns.oidc.assignments.has(a)) return badRequest(`assignment "${a}" does not exist`);
    const clientType = (str(body.client_type) ?? existing?.clientType ?? "confidential") as "confidential" | "public";
    if (clientType !== "confidential" && clientType !== "public") return badRequest("invalid client_type");
    if (existing && existing.clientType !== clientType) return badRequest("client_type cannot be changed");
    ns.oidc.clients.set(name, {
      name,
      clientId: existing?.clientId ?? randomBytes(24).toString("base64url"),
      clientSecret: existing?.clientSecret ?? `hvo_secret_${randomBytes(32).toString("base64url")}`,
      clientType,
      redirectUris: stringList(body.redirect_uris) ?? existing?.redirectUris ?? [],
      assignments,
      key: keyName,
      idTokenTtl:
        body.id_token_ttl !== undefined ? (seconds(body.id_token_ttl) ?? 86400) : (existing?.idTokenTtl ?? 86400),
      accessTokenTtl:
        body.access_token_ttl !== undefined
          ? (seconds(body.access_token_ttl) ?? 86400)
          : (existing?.accessTokenTtl ?? 86400),
    });
    return done();
  },
  readOidcClient: ({ ns, params }) => {
    const client = ns.oidc.clients.get(params.name as string);
    return client ? ok(clientView(client)) : notFound();
  },
  deleteOidcClient: ({ ns, params }) => {
    ns.oidc.clients.delete(params.name as string);
    return done();
  },
  listOidcClients: ({ ns }) => {
    const clients = [...ns.oidc.clients.values()];
    return keyList(
      clients.map((c) => c.name),
      Object.fromEntries(clients.map((c) => [c.name, clientView(c)])),
    );
  },
  writeOidcAssignment: ({ ns, params, body }) => {
    const name = params.name as string;
    const existing = ns.oidc.assignments.get(name);
    ns.oidc.assignments.set(name, {
      name,
      entityIds: stringList(body.entity_ids) ?? existing?.entityIds ?? [],
      groupIds: stringList(body.group_ids) ?? existing?.groupIds ?? [],
    });
    return done();
  },
  readOidcAssignment: ({ ns, params }) => {
    const a = ns.oidc.assignments.get(params.name as string);
    return a ? ok({ entity_ids: a.entityIds, group_ids: a.groupIds }) : notFound();
  },
  deleteOidcAssignment: ({ ns, params }) => {
    ns.oidc.assignments.delete(params.name as string);
    return done();
  },
  listOidcAssignments: ({ ns }) => keyList([...ns.oidc.assignments.keys()]),
  writeOidcScope: ({ ns, params, body }) => {
    const name = params.name as string;
    if (name === "openid") return badRequest('the "openid" scope name is reserved');
    const existing = ns.oidc.scopes.get(name);
    const template = body.template === undefined ? existing?.template : String(body.template);
    if (!templateOk(template, ns)) return badRequest("error parsing template JSON");
    ns.oidc.scopes.set(name, {
      name,
      template: template ?? "",
      description: body.description === undefined ? (existing?.description ?? "") : String(body.description),
    });
    return done();
  },
  readOidcScope: ({ ns, params }) => {
    const scope = ns.oidc.scopes.get(params.name as string);
    return scope ? ok({ template: scope.template, description: scope.description }) : notFound();
  },
  deleteOidcScope: ({ ns, params }) => {
    const name = params.name as string;
    const users = [...ns.oidc.providers.values()].filter((p) => p.scopesSupported.includes(name)).map((p) => p.name);
    if (users.length)
      return badRequest(
        `unable to delete scope "${name}" because it is currently referenced by these providers: ${users.join(", ")}`,
      );
    ns.oidc.scopes.delete(name);
    return done();
  },
  listOidcScopes: ({ ns }) => keyList([...ns.oidc.scopes.keys()]),
  writeOidcProvider: ({ ns, params, body }) => {
    const name = params.name as string;
    const existing = ns.oidc.providers.get(name);
    const issuer = body.issuer === undefined ? existing?.issuer : String(body.issuer).replace(/\/+$/, "");
    if (issuer && !/^https?:\/\/[^/]+$/.test(issuer))
      return badRequest("invalid issuer: it must be scheme://host[:port] without a path");
    const scopes = stringList(body.scopes_supported) ?? existing?.scopesSupported ?? [];
    for (const s of scopes) if (!ns.oidc.scopes.has(s)) return badRequest(`scope "${s}" does not exist`);
    ns.oidc.providers.set(name, {
      name,
      issuer: issuer ?? "",
      allowedClientIds: stringList(body.allowed_client_ids) ?? existing?.allowedClientIds ?? [],
      scopesSupported: scopes,
    });
    return done(
      body.issuer ? ["The issuer is used as given; clients must reach the provider at that address."] : undefined,
    );
  },
  readOidcProvider: ({ ctx, ns, params }) => {
    const view = providerView(ctx, ns, params.name as string);
    return view ? ok(view) : notFound();
  },
  deleteOidcProvider: ({ ns, params }) => {
    ns.oidc.providers.delete(params.name as string);
    return done();
  },
  listOidcProviders: ({ ctx, ns, query }) => {
    const filter = query.get("allowed_client_id");
    const names = [...ns.oidc.providers.values()]
      .filter((p) => !filter || providerAllows(p.allowedClientIds, filter))
      .map((p) => p.name);
    return keyList(names, Object.fromEntries(names.map((n) => [n, providerView(ctx, ns, n)])));
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
