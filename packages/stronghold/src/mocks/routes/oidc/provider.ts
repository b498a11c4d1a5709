/** The OIDC provider's configuration: clients, assignments, scopes and providers. */
import { randomBytes } from "node:crypto";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { FakeContext, Route } from "../../context.js";
import { badRequest, done, keyList, notFound, ok, seconds, str, stringList } from "../../http.js";
import type { FakeNamespace } from "../../state.js";
import { providerIssuer, templateOk } from "./common.js";

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

export const providerAllows = (allowed: string[], clientId: string) =>
  allowed.includes("*") || allowed.includes(clientId);

/** Provider: clients, assignments, scopes, providers. */
export const providerRoutes = {
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
} satisfies Partial<Record<OperationId, Route>>;
