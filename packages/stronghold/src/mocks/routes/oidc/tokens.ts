/** Identity tokens: the issuer config, roles, signed tokens and their introspection. */
import { randomBytes } from "node:crypto";
import { decodeJwtHeader, verifyJwt } from "@trustplane/testing";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { badRequest, bare, done, keyList, notFound, ok, seconds, str } from "../../http.js";
import type { FakeOidcKey } from "../../state.js";
import { renderTemplate, templateOk, tokenIssuer } from "./common.js";
import { published, sign } from "./keys.js";

function keyAllows(key: FakeOidcKey, clientId: string): boolean {
  return key.allowedClientIds.includes("*") || key.allowedClientIds.includes(clientId);
}

/** Identity tokens: config, roles, token generation and introspection. */
export const tokenRoutes = {
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
} satisfies Partial<Record<OperationId, Route>>;
