import { randomBytes, randomUUID } from "node:crypto";
import type { FaultInjector } from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import { type OperationId, operationTable } from "../generated/operations.gen.js";
import { envelope, fail, multi, seconds } from "./http.js";
import {
  BUILTIN_POLICIES,
  type FakeNamespace,
  type FakeStrongholdState,
  type FakeToken,
  type FakeWrap,
  newNamespace,
  newToken,
} from "./state.js";

/** One request the fake answered, for assertions (no credentials, no bodies). */
export interface RecordedRequest {
  method: string;
  /** Path below `/v1` (`/identity/entity/id/...`). */
  path: string;
  /** The operation of the spec it matched (undefined for an unknown route). */
  operationId: OperationId | undefined;
  /** Namespace it ran in (`""` for the root). */
  namespace: string;
  /** Whether it carried `X-Vault-Index`. */
  index: string | null;
  status: number;
}

/** How the fake's logins work: one setup used in every namespace. */
export interface FakeLoginSetup {
  /** Seconds a login token lives before renewal. */
  ttl: number;
  /** Max TTL: renewals never go past it. */
  maxTtl: number;
  /** Whether login tokens are renewable. */
  renewable: boolean;
  /** Policies of login tokens (besides `default`). */
  policies: string[];
  approle: { roleName: string; roleId: string; secretId: string };
  userpass: { username: string; password: string };
  jwt: { role: string; audience: string };
  kubernetes: { role: string; audience: string };
}

/** What every route of the fake shares. */
export interface FakeContext {
  readonly state: FakeStrongholdState;
  /** The address the fake answers under (without `/v1`). */
  readonly address: string;
  /** `<address>/v1`. */
  readonly apiUrl: string;
  readonly login: FakeLoginSetup;
  /** Namespaces allowed (undefined: any namespace exists on first use). */
  readonly namespaces: ReadonlySet<string> | undefined;
  /** Clock (epoch ms). */
  now(): number;
  /** Key that signs and verifies the JWTs the jwt and kubernetes logins accept. */
  loginKey(): { privateKey: import("node:crypto").KeyObject; publicKey: import("node:crypto").KeyObject };
}

/** A request as a route sees it. */
export interface FakeRequest {
  readonly request: Request;
  readonly method: string;
  /** Path below `/v1`, without the leading `/`. */
  readonly path: string;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  /** The JSON (or form) body; `{}` when none. */
  readonly body: Record<string, unknown>;
  readonly ns: FakeNamespace;
  /** The calling token, for operations that need one. */
  readonly token: FakeToken | undefined;
  readonly ctx: FakeContext;
  readonly now: number;
}

/** What a route answers. */
export type Route = (req: FakeRequest) => Response | Promise<Response>;

interface Compiled {
  id: OperationId;
  method: string;
  regex: RegExp;
  names: string[];
  literal: number;
  segments: number;
}

/** The operations' path templates as regular expressions, most specific first. */
function compile(): Compiled[] {
  const out: Compiled[] = [];
  for (const [id, info] of Object.entries(operationTable) as Array<
    [OperationId, (typeof operationTable)[OperationId]]
  >) {
    const names: string[] = [];
    const slash = new Set<string>("slashParams" in info ? (info.slashParams as readonly string[]) : []);
    const parts = info.path.split("/").filter(Boolean);
    const pattern = parts
      .map((part) => {
        const m = /^\{(.+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(m[1] as string);
        return slash.has(m[1] as string) ? "(.+?)" : "([^/]+)";
      })
      .join("/");
    out.push({
      id,
      method: info.method,
      regex: new RegExp(`^${pattern}$`),
      names,
      literal: parts.filter((p) => !p.startsWith("{")).length,
      segments: parts.length,
    });
  }
  return out.sort((a, b) => b.literal - a.literal || b.segments - a.segments);
}

/** Does one policy path pattern allow `path`? `*` at the end is a prefix, `+` one segment. */
function patternAllows(pattern: string, path: string): boolean {
  if (pattern === "*") return true;
  const prefix = pattern.endsWith("*");
  const want = (prefix ? pattern.slice(0, -1) : pattern).split("/");
  const have = path.split("/");
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i];
    if (h === undefined) return false;
    if (i === want.length - 1 && prefix) return w === "+" ? true : h.startsWith(w);
    if (w !== "+" && w !== h) return false;
  }
  return prefix || have.length === want.length;
}

/** Whether a token's policies allow a path. */
export function allowed(state: FakeStrongholdState, token: FakeToken, path: string): boolean {
  for (const name of token.policies) {
    const patterns = state.policies.get(name) ?? BUILTIN_POLICIES[name];
    if (patterns?.some((p) => patternAllows(p, path))) return true;
  }
  return false;
}

/** The token a request carries (`X-Vault-Token` or `Authorization: Bearer`), if the fake knows it and it is alive. */
export function tokenOf(ctx: FakeContext, request: Request, now: number): FakeToken | undefined {
  const header =
    request.headers.get("x-vault-token") ?? request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!header) return undefined;
  const token = ctx.state.tokens.get(header);
  if (!token) return undefined;
  if (token.expiresAt !== undefined && now >= token.expiresAt) {
    ctx.state.tokens.delete(header);
    return undefined;
  }
  return token;
}

/** Namespace path from the header: slashes at either end dropped, `root` is the root. */
export const namespaceOf = (request: Request): string => {
  const raw = (request.headers.get("x-vault-namespace") ?? "").replace(/^\/+|\/+$/g, "");
  return raw === "root" ? "" : raw;
};

/** Whether a token of namespace `owner` may act in namespace `target` (the same or a child). */
export const nsCovers = (owner: string, target: string): boolean =>
  owner === "" || owner === target || target.startsWith(`${owner}/`);

/** The namespace, made on first use unless the fake has a fixed list. */
export function namespaceFor(ctx: FakeContext, path: string): FakeNamespace | undefined {
  let ns = ctx.state.namespaces.get(path);
  if (!ns) {
    if (ctx.namespaces && !ctx.namespaces.has(path)) return undefined;
    ns = newNamespace(path);
    ctx.state.namespaces.set(path, ns);
  }
  return ns;
}

/** Issues a token and keeps it. */
export function issueToken(
  ctx: FakeContext,
  fields: Partial<FakeToken> & Pick<FakeToken, "namespace" | "policies" | "path" | "displayName">,
  ttl: number,
  maxTtl: number,
): FakeToken {
  const now = ctx.now();
  const token: FakeToken = {
    token: newToken(),
    accessor: randomBytes(12).toString("base64url"),
    ttl,
    issuedAt: now,
    expiresAt: ttl > 0 ? now + ttl * 1000 : undefined,
    maxExpiresAt: maxTtl > 0 ? now + maxTtl * 1000 : undefined,
    renewable: ttl > 0,
    entityId: "",
    meta: {},
    lastRenewal: undefined,
    ...fields,
  };
  ctx.state.tokens.set(token.token, token);
  return token;
}

/** `auth` block of a login answer. */
export function authBlock(token: FakeToken, now: number): Record<string, unknown> {
  return {
    client_token: token.token,
    accessor: token.accessor,
    policies: token.policies,
    token_policies: token.policies,
    identity_policies: [],
    metadata: token.meta,
    lease_duration: token.expiresAt === undefined ? 0 : Math.max(0, Math.round((token.expiresAt - now) / 1000)),
    renewable: token.renewable,
    entity_id: token.entityId,
    token_type: "service",
    orphan: true,
    num_uses: 0,
    mfa_requirement: null,
  };
}

const PERMISSION_DENIED = "permission denied";

/**
 * Operations that authenticate themselves: the userinfo endpoints take the provider's access
 * token; `unwrap` takes a client token or the wrapping token itself as `X-Vault-Token`.
 */
const SELF_AUTH = new Set<OperationId>(["readOidcProviderUserInfo", "readOidcProviderUserInfoWithPost", "unwrap"]);

/** Operations whose answers are never wrapped (they are the wrapping API). */
const NEVER_WRAPPED = new Set<OperationId>(["wrap", "unwrap", "rewrap", "readWrappingProperties"]);

/** Answers a catch-all gives: counted as unhandled by the coverage report. */
function unhandled(message: string): Response {
  const response = fail(404, multi(message));
  response.headers.set("x-trustplane-fake", "unhandled");
  return response;
}

/**
 * The fake's one msw handler: matches every path under `<address>/v1` against the spec's
 * operations (the most specific template first), then does what the server does before a
 * handler runs: seal check, namespace, token and policy check, the standby's 412, and after it:
 * response wrapping and `X-Vault-Index`.
 */
export function router(
  ctx: FakeContext,
  routes: Record<OperationId, Route>,
  deps: { faults: FaultInjector; requests: RecordedRequest[] },
): HttpHandler {
  const compiled = compile();
  const apiPath = new URL(ctx.apiUrl).pathname.replace(/\/+$/, "");
  return http.all(`${ctx.apiUrl}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const rawPath = url.pathname.slice(apiPath.length + 1);
    const method = request.method.toUpperCase() === "LIST" ? "GET" : request.method.toUpperCase();
    const query = url.searchParams;
    if (request.method.toUpperCase() === "LIST") query.set("list", "true");
    const namespace = namespaceOf(request);
    const record = (operationId: OperationId | undefined, response: Response) => {
      deps.requests.push({
        method,
        path: `/${rawPath}`,
        operationId,
        namespace,
        index: request.headers.get("x-vault-index"),
        status: response.status,
      });
      return response;
    };

    let match: { route: Compiled; params: Record<string, string> } | undefined;
    for (const route of compiled) {
      if (route.method !== method) continue;
      const m = route.regex.exec(rawPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = (m[i + 1] as string).split("/").map(decodeURIComponent).join("/");
      });
      match = { route, params };
      break;
    }
    const injected = await deps.faults.apply(request);
    if (injected) return record(match?.route.id, injected);
    if (ctx.state.sealed) return record(match?.route.id, fail(503, "Vault is sealed"));
    if (!match) return record(undefined, unhandled(`unsupported path: ${method} /v1/${rawPath}`));
    const id = match.route.id;
    const info = operationTable[id];
    if ("pagination" in info && query.get("list") !== "true") {
      return record(id, fail(405, multi("unsupported operation")));
    }

    const ns = namespaceFor(ctx, namespace);
    if (!ns) return record(id, fail(404, multi(`namespace not found: ${namespace}`)));

    const now = ctx.now();
    let token: FakeToken | undefined;
    const noAuth = "noAuth" in info && info.noAuth === true;
    if (!noAuth && !SELF_AUTH.has(id)) {
      token = tokenOf(ctx, request, now);
      if (!token || !nsCovers(token.namespace, namespace)) return record(id, fail(403, PERMISSION_DENIED));
      if (!allowed(ctx.state, token, rawPath)) return record(id, fail(403, multi(PERMISSION_DENIED)));
    }
    if (ctx.state.standbyLag > 0 && request.headers.has("x-vault-index")) {
      ctx.state.standbyLag--;
      return record(id, fail(412, "required index state not present"));
    }

    let body: Record<string, unknown> = {};
    const text = method === "GET" || method === "DELETE" ? "" : await request.text();
    if (text.trim() !== "") {
      const type = request.headers.get("content-type") ?? "";
      if (type.includes("x-www-form-urlencoded")) body = Object.fromEntries(new URLSearchParams(text));
      else {
        try {
          const parsed: unknown = JSON.parse(text);
          body =
            parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
        } catch {
          return record(id, fail(400, "failed to parse JSON input: invalid character in request body"));
        }
      }
    }

    let response = await routes[id]({
      request,
      method,
      path: rawPath,
      params: match.params,
      query,
      body,
      ns,
      token,
      ctx,
      now,
    });
    const wrapTtl = request.headers.get("x-vault-wrap-ttl");
    if (wrapTtl && !NEVER_WRAPPED.has(id) && response.status === 200)
      response = await wrapResponse(ctx, response, wrapTtl, rawPath);
    if (method !== "GET" && response.status < 300) {
      ctx.state.index++;
      response.headers.set("x-vault-index", indexHeader(ctx.state.index));
    }
    return record(id, response);
  });
}

/** `X-Vault-Index`: opaque to clients; here the base64 of a made-up cluster id and the index. */
export const indexHeader = (index: number): string =>
  Buffer.from(`fake-cluster:${index}:${index}:hmac`).toString("base64");

/** Stores an answer under a new wrapping token and answers with `wrap_info`. */
export async function wrapResponse(
  ctx: FakeContext,
  response: Response,
  ttlValue: string,
  path: string,
): Promise<Response> {
  let body: Record<string, unknown>;
  try {
    body = (await response.clone().json()) as Record<string, unknown>;
  } catch {
    return response;
  }
  const ttl = seconds(ttlValue);
  if (ttl === undefined || ttl <= 0) return fail(400, "invalid wrapping TTL");
  const wrap = storeWrap(ctx, body, ttl, path);
  return new Response(JSON.stringify(envelope({ wrap_info: wrapInfo(wrap) }, "")), {
    status: 200,
    headers: { "content-type": "application/json" },
  });
}

/** Keeps a response under a new wrapping token. */
export function storeWrap(ctx: FakeContext, body: Record<string, unknown>, ttl: number, path: string): FakeWrap {
  const wrap: FakeWrap = {
    token: newToken("hvs"),
    accessor: randomBytes(12).toString("base64url"),
    ttl,
    createdAt: ctx.now(),
    path,
    body: { ...body, request_id: randomUUID() },
  };
  ctx.state.wraps.set(wrap.token, wrap);
  return wrap;
}

/** `wrap_info` of a wrapping token. */
export const wrapInfo = (wrap: FakeWrap): Record<string, unknown> => ({
  token: wrap.token,
  accessor: wrap.accessor,
  ttl: wrap.ttl,
  creation_time: new Date(wrap.createdAt).toISOString(),
  creation_path: wrap.path,
});
