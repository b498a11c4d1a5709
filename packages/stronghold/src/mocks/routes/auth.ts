import { randomUUID } from "node:crypto";
import { type JwtClaims, verifyJwt } from "@trustplane/testing";
import type { OperationId } from "../../generated/operations.gen.js";
import {
  allowed,
  authBlock,
  type FakeRequest,
  issueToken,
  type Route,
  storeWrap,
  tokenOf,
  wrapInfo,
} from "../context.js";
import { badRequest, bare, done, fail, ok, okEnvelope, seconds, str } from "../http.js";
import type { FakeMount, FakeNamespace } from "../state.js";
import { createEntity } from "./identity/entities.js";
import { iso } from "./views.js";

/** The entity of a login: found by its alias on the mount, or created with the alias. */
function entityForLogin(ns: FakeNamespace, mount: FakeMount, aliasName: string, now: number): string {
  for (const alias of ns.aliases.values()) {
    if (alias.mountAccessor === mount.accessor && alias.name === aliasName) return alias.canonicalId;
  }
  const entity = createEntity(ns, now);
  const at = iso(now);
  const id = randomUUID();
  ns.aliases.set(id, {
    id,
    name: aliasName,
    mountAccessor: mount.accessor,
    canonicalId: entity.id,
    metadata: {},
    customMetadata: {},
    mergedFromCanonicalIds: [],
    created: at,
    updated: at,
  });
  return entity.id;
}

/** Issues a login token and answers like a login does. */
function loggedIn(req: FakeRequest, mount: FakeMount, aliasName: string, meta: Record<string, string>): Response {
  const { ctx, ns, now } = req;
  const entityId = entityForLogin(ns, mount, aliasName, now);
  const login = ctx.login;
  const token = issueToken(
    ctx,
    {
      namespace: ns.path,
      policies: ["default", ...login.policies],
      path: `auth/${mount.path}login`,
      displayName: `${mount.type}-${aliasName}`,
      meta,
      entityId,
      renewable: login.renewable,
    },
    login.ttl,
    login.maxTtl,
  );
  return okEnvelope({ auth: authBlock(token, now) }, mount.type);
}

/** Checks a login JWT against the fake's login key: its claims, or an error answer. */
function checkJwt(req: FakeRequest, jwt: string, audience: string): JwtClaims | Response {
  try {
    const { claims } = verifyJwt(jwt, req.ctx.loginKey().publicKey, { audience, now: new Date(req.now) });
    if (!str(claims.sub)) return badRequest("error validating token: the token has no sub claim");
    return claims;
  } catch (error) {
    return badRequest(`error validating token: ${error instanceof Error ? error.message : "invalid token"}`);
  }
}

function mountAt(ns: FakeNamespace, path: string): FakeMount | undefined {
  return ns.mounts.get(`${path.replace(/\/+$/, "")}/`);
}

function mountView(mount: FakeMount): Record<string, unknown> {
  return {
    type: mount.type,
    accessor: mount.accessor,
    description: mount.description,
    config: { default_lease_ttl: 0, max_lease_ttl: 0, force_no_cache: false, token_type: "default-service" },
    local: false,
    seal_wrap: false,
    external_entropy_access: false,
    options: null,
    uuid: mount.uuid,
    plugin_version: "",
    running_plugin_version: `v1.15.0+builtin.vault`,
    running_sha256: "",
    deprecation_status: "supported",
  };
}

/** A live wrapping token from a body or header, or undefined. */
function liveWrap(req: FakeRequest, value: string | undefined) {
  if (!value) return undefined;
  const wrap = req.ctx.state.wraps.get(value);
  if (!wrap) return undefined;
  if (req.now >= wrap.createdAt + wrap.ttl * 1000) {
    req.ctx.state.wraps.delete(value);
    return undefined;
  }
  return wrap;
}

const INVALID_WRAP = "wrapping token is not valid or does not exist";

/** Logins, the calling token, `sys/auth` and response wrapping. */
export const authRoutes = {
  login: (req) => {
    const { ns, params, body, ctx } = req;
    const mount = mountAt(ns, params.mount as string);
    if (!mount) return fail(403, "permission denied");
    switch (mount.type) {
      case "approle": {
        const roleId = str(body.role_id);
        if (!roleId) return badRequest("missing role_id");
        if (roleId !== ctx.login.approle.roleId) return badRequest("invalid role or secret ID");
        if (str(body.secret_id) !== ctx.login.approle.secretId) return badRequest("invalid role or secret ID");
        return loggedIn(req, mount, roleId, { role_name: ctx.login.approle.roleName });
      }
      case "jwt":
      case "oidc": {
        const jwt = str(body.jwt);
        if (!jwt) return badRequest("missing token");
        const role = (str(body.role) ?? ctx.login.jwt.role).toLowerCase();
        if (role !== ctx.login.jwt.role) return badRequest(`role "${role}" could not be found`);
        const claims = checkJwt(req, jwt, ctx.login.jwt.audience);
        if (claims instanceof Response) return claims;
        return loggedIn(req, mount, claims.sub as string, { role });
      }
      case "kubernetes": {
        const role = str(body.role);
        const jwt = str(body.jwt);
        if (!role) return badRequest("missing role");
        if (!jwt) return badRequest("missing jwt");
        if (role !== ctx.login.kubernetes.role) return badRequest(`invalid role name "${role}"`);
        const claims = checkJwt(req, jwt, ctx.login.kubernetes.audience);
        if (claims instanceof Response) return claims;
        return loggedIn(req, mount, claims.sub as string, { role, service_account_name: String(claims.sub) });
      }
      default:
        return badRequest(
          `the ${mount.type} auth method at ${mount.path} takes its user name in the path (login/<username>)`,
        );
    }
  },
  loginUserpass: (req) => {
    const { ns, params, body, ctx } = req;
    const mount = mountAt(ns, params.mount as string);
    if (!mount) return fail(403, "permission denied");
    if (!["userpass", "ldap", "radius"].includes(mount.type))
      return badRequest(`unsupported path for a ${mount.type} mount`);
    const username = (params.username as string).toLowerCase();
    const password = str(body.password);
    if (!password) return badRequest("missing password");
    if (username !== ctx.login.userpass.username.toLowerCase() || password !== ctx.login.userpass.password) {
      return badRequest("invalid username or password");
    }
    return loggedIn(req, mount, username, { username });
  },
  lookupTokenSelf: ({ token, now }) => {
    const t = token as NonNullable<typeof token>;
    return ok(
      {
        id: t.token,
        accessor: t.accessor,
        policies: t.policies,
        identity_policies: [],
        path: t.path,
        meta: Object.keys(t.meta).length ? t.meta : null,
        display_name: t.displayName,
        num_uses: 0,
        orphan: true,
        creation_time: Math.floor(t.issuedAt / 1000),
        creation_ttl: t.ttl,
        expire_time: t.expiresAt === undefined ? null : iso(t.expiresAt),
        issue_time: iso(t.issuedAt),
        ...(t.lastRenewal !== undefined && {
          last_renewal: iso(t.lastRenewal),
          last_renewal_time: Math.floor(t.lastRenewal / 1000),
        }),
        ttl: t.expiresAt === undefined ? 0 : Math.max(0, Math.round((t.expiresAt - now) / 1000)),
        explicit_max_ttl: 0,
        renewable: t.renewable,
        entity_id: t.entityId,
        ...(t.namespace && { namespace_path: `${t.namespace}/` }),
        type: "service",
      },
      { mountType: "token" },
    );
  },
  renewTokenSelf: ({ token, body, now }) => {
    const t = token as NonNullable<typeof token>;
    if (!t.renewable || t.expiresAt === undefined) return badRequest("lease is not renewable");
    const increment = seconds(body.increment) || t.ttl;
    let expires = now + increment * 1000;
    const warnings: string[] = [];
    if (t.maxExpiresAt !== undefined && expires > t.maxExpiresAt) {
      expires = t.maxExpiresAt;
      warnings.push(
        `TTL of "${increment}s" exceeded the effective max_ttl of "${Math.max(0, Math.round((t.maxExpiresAt - now) / 1000))}s"; TTL value is capped accordingly`,
      );
    }
    t.expiresAt = expires;
    t.lastRenewal = now;
    return okEnvelope({ auth: authBlock(t, now), ...(warnings.length && { warnings }) }, "token");
  },
  revokeTokenSelf: ({ token, ctx }) => {
    ctx.state.tokens.delete((token as NonNullable<typeof token>).token);
    return done();
  },
  listAuthMethods: ({ ns }) => {
    const data = Object.fromEntries([...ns.mounts.values()].map((m) => [m.path, mountView(m)]));
    return bare({
      ...data,
      request_id: randomUUID(),
      lease_id: "",
      renewable: false,
      lease_duration: 0,
      data,
      wrap_info: null,
      warnings: null,
      auth: null,
      mount_type: "system",
    });
  },
  readAuthMethod: ({ ns, params }) => {
    const mount = mountAt(ns, params.path as string);
    if (!mount) return badRequest(`No auth engine at ${params.path}`);
    const data = mountView(mount);
    return bare({
      ...data,
      request_id: randomUUID(),
      lease_id: "",
      renewable: false,
      lease_duration: 0,
      data,
      wrap_info: null,
      warnings: null,
      auth: null,
      mount_type: "system",
    });
  },
  wrap: (req) => {
    const header = req.request.headers.get("x-vault-wrap-ttl");
    const ttl = seconds(header ?? "");
    if (!header || !ttl) return badRequest("wrap TTL must be set (X-Vault-Wrap-TTL)");
    const wrap = storeWrap(
      req.ctx,
      { data: req.body, auth: null, wrap_info: null, warnings: null },
      ttl,
      "sys/wrapping/wrap",
    );
    return okEnvelope({ wrap_info: wrapInfo(wrap) }, "system");
  },
  unwrap: (req) => {
    const { ctx, request, body, now, path } = req;
    let wrapToken = str(body.token);
    if (wrapToken) {
      const caller = tokenOf(ctx, request, now);
      if (!caller || !allowed(ctx.state, caller, path)) return fail(403, "permission denied");
    } else {
      wrapToken = request.headers.get("x-vault-token") ?? undefined;
    }
    const wrap = liveWrap(req, wrapToken);
    if (!wrap) return badRequest(INVALID_WRAP);
    ctx.state.wraps.delete(wrap.token);
    const stored = wrap.body;
    if ((stored.data === null || stored.data === undefined) && !stored.auth) return done();
    return bare(stored);
  },
  rewrap: (req) => {
    const wrap = liveWrap(req, str(req.body.token));
    if (!wrap) return badRequest(INVALID_WRAP);
    req.ctx.state.wraps.delete(wrap.token);
    const next = storeWrap(req.ctx, wrap.body, wrap.ttl, wrap.path);
    return okEnvelope({ wrap_info: wrapInfo(next) }, "system");
  },
  readWrappingProperties: (req) => {
    const wrap = liveWrap(req, str(req.body.token));
    if (!wrap) return badRequest(INVALID_WRAP);
    return ok(
      { creation_path: wrap.path, creation_time: iso(wrap.createdAt), creation_ttl: wrap.ttl },
      { mountType: "system" },
    );
  },
} satisfies Partial<Record<OperationId, Route>>;
