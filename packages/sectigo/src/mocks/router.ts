/**
 * The fake's request path: which operation a request is (per API generation and host, at the path
 * each generation spells it with), faults, the login check of that generation, then the Admin API's
 * other differences (`admin-api.ts`) and the handler.
 */
import type { FaultInjector } from "@trustplane/testing";
import { SPEC_ANSWERS } from "../generated/fake-answers.gen.js";
import { operationTable } from "../generated/operations.gen.js";
import { adminDifference, DEVELOPER_OPERATIONS } from "../internal/surface.js";
import { normalise, toDisplayNames } from "./admin-api.js";
import { Answer, fail, invalid, sectigoError, unhandled } from "./http.js";
import type { SectigoFakeState } from "./state.js";

/** Which generation a request talks to. */
export type FakeSurface = "classic" | "admin";

/** How the fake is wired. */
export interface FakeConfig {
  readonly state: SectigoFakeState;
  /** Where queued faults come from (swapped on reset). */
  readonly faults: Pick<FaultInjector, "apply">;
  /** SCM REST API base (also serves `/private`). */
  readonly url: string;
  /** Admin API base (may equal `url`: then the login decides the generation). */
  readonly adminUrl: string;
  /** OAuth2 token endpoint of the Admin API. */
  readonly tokenUrl: string;
  /** `expires_in` of issued tokens, in seconds. */
  readonly tokenLifetimeSeconds: number;
}

/** What a handler gets. */
export interface FakeRequest {
  readonly operationId: string;
  readonly surface: FakeSurface;
  readonly request: Request;
  readonly method: string;
  /** Path parameters, decoded. */
  readonly params: Record<string, string>;
  /** Query parameters in the SCM REST API's spelling (Admin API display names turned into codes). */
  readonly query: URLSearchParams;
  /** The JSON body in the SCM REST API's shape (Admin API query parameters moved back in), if any. */
  readonly body: unknown;
  /** The raw body bytes (multipart, files). */
  readonly raw: Uint8Array | undefined;
  readonly contentType: string;
  /** The base URL the request came in on (for `Location` headers). */
  readonly base: string;
  /** The login that made the call (`login`, client ID or developer e-mail). */
  readonly who: string;
  readonly state: SectigoFakeState;
  readonly config: FakeConfig;
}

/** A handler of one operation. */
export type Handler = (request: FakeRequest) => Response | Promise<Response>;

interface Route {
  readonly operationId: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: string[];
  readonly literal: number;
}

type Table = Record<string, { method: string; path: string; noAuth?: boolean }>;
const table = operationTable as unknown as Table;

function compile(operationId: string, method: string, path: string): Route {
  const names: string[] = [];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!part.startsWith("{")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]+)";
    })
    .join("");
  return {
    operationId,
    method: method.toUpperCase(),
    pattern: new RegExp(`^${source}/?$`),
    names,
    literal: path.replace(/\{[^}]+\}/g, "").length,
  };
}

let routes: Record<FakeSurface, Route[]> | undefined;

/** The operations each generation serves, at the path it spells them with, most literal first. */
function routeTable(): Record<FakeSurface, Route[]> {
  if (!routes) {
    const classic: Route[] = [];
    const admin: Route[] = [];
    for (const [id, info] of Object.entries(table)) {
      const difference = adminDifference(id);
      if (!difference?.only) classic.push(compile(id, info.method, info.path));
      if (!difference?.absent) admin.push(compile(id, info.method, difference?.path ?? info.path));
    }
    for (const list of [classic, admin]) list.sort((a, b) => b.literal - a.literal);
    routes = { classic, admin };
  }
  return routes;
}

function match(surface: FakeSurface, method: string, path: string) {
  for (const route of routeTable()[surface]) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] as string);
    });
    return { route, params };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Logins

function authenticate(
  config: FakeConfig,
  request: Request,
  surface: FakeSurface,
  operationId: string,
  privatePath: boolean,
): string {
  const { state } = config;
  if (table[operationId]?.noAuth) return "anonymous";
  const h = (name: string) => request.headers.get(name);
  if (surface === "admin") {
    const header = h("authorization") ?? "";
    const token = /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, "").trim() : "";
    const entry = token ? state.tokens.get(token) : undefined;
    if (!entry || Date.now() >= entry.expiresAt) {
      if (entry) state.tokens.delete(token);
      throw new Answer(
        sectigoError(401, -16, "Unauthorized: the access token is missing, invalid or expired", {
          "www-authenticate": 'Bearer error="invalid_token"',
        }),
      );
    }
    return entry.clientId;
  }
  if (DEVELOPER_OPERATIONS.has(operationId)) {
    const email = h("email");
    const password = state.developers.get(email ?? "");
    if (!email || password === undefined) fail(401, -16, "Unknown user");
    if (password !== h("password") || h("customeruri") !== currentCustomer(state)) {
      fail(401, -970, "Incorrect login credentials");
    }
    return email;
  }
  const login = h("login");
  const admin = state.admins.get(login ?? "");
  if (!login || !admin) fail(401, -16, "Unknown user");
  if (h("customeruri") !== admin.customerUri) fail(401, -970, "Incorrect login credentials");
  // Client-certificate login (/private): the TLS layer vouches for the login, no password.
  if (!privatePath && h("password") !== admin.password) fail(401, -970, "Incorrect login credentials");
  return login;
}

function currentCustomer(state: SectigoFakeState): string {
  return state.admins.values().next().value?.customerUri ?? "";
}

// ---------------------------------------------------------------------------------------------
// Dispatch

/** One host the fake serves: its base URL and the generations it serves there. */
export interface FakeHost {
  readonly base: string;
  readonly surfaces: readonly FakeSurface[];
}

/** Answers one request to a host of the fake. */
export async function dispatch(
  config: FakeConfig,
  host: FakeHost,
  request: Request,
  handlers: Readonly<Record<string, Handler>>,
  generic: Handler,
): Promise<Response> {
  const url = new URL(request.url);
  const basePath = new URL(host.base).pathname.replace(/\/+$/, "");
  let path = url.pathname.slice(basePath.length) || "/";
  const method = request.method.toUpperCase();
  const fault = await config.faults.apply(request);
  if (fault) return fault;
  const bearer = /^bearer\s/i.test(request.headers.get("authorization") ?? "");
  let privatePath = false;
  if (host.surfaces.includes("classic") && (path === "/private" || path.startsWith("/private/")) && !bearer) {
    privatePath = true;
    path = path.slice("/private".length) || "/";
  }
  // The login decides the generation on a host that serves both.
  let surface: FakeSurface =
    host.surfaces.length === 1 ? (host.surfaces[0] as FakeSurface) : bearer ? "admin" : "classic";
  let found = match(surface, method, path);
  if (!found && host.surfaces.length > 1) {
    const other: FakeSurface = surface === "admin" ? "classic" : "admin";
    const there = match(other, method, path);
    const credentials = bearer || request.headers.has("login") || request.headers.has("email");
    if (there && credentials) {
      const api = surface === "admin" ? "the Admin API" : "the SCM REST API";
      return sectigoError(404, -1, `${method} ${url.pathname} is not served by ${api}`);
    }
    if (there) {
      surface = other;
      found = there;
    }
  }
  if (!found || (privatePath && DEVELOPER_OPERATIONS.has(found.route.operationId))) {
    return unhandled(method, url.pathname);
  }
  const { route, params } = found;
  try {
    const who = authenticate(config, request, surface, route.operationId, privatePath);
    const contentType = request.headers.get("content-type") ?? "";
    const raw = method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await request.arrayBuffer());
    let body: unknown;
    if (raw && raw.length > 0 && contentType.includes("json")) {
      try {
        body = JSON.parse(new TextDecoder().decode(raw));
      } catch {
        invalid("body", "is not valid JSON");
      }
    }
    const query = new URLSearchParams(url.search);
    const difference = adminDifference(route.operationId);
    body = normalise(surface, difference, query, body);
    const size = query.get("size");
    if (size !== null && (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > 200)) {
      invalid("size", "must be between 1 and 200");
    }
    const handler = handlers[route.operationId] ?? generic;
    const response = await handler({
      operationId: route.operationId,
      surface,
      request,
      method,
      params,
      query,
      body,
      raw,
      contentType,
      base: privatePath ? `${host.base}/private` : host.base,
      who,
      state: config.state,
      config,
    });
    return surface === "admin" && difference ? await toDisplayNames(response, difference) : response;
  } catch (error) {
    if (error instanceof Answer) return error.response;
    throw error;
  }
}

/** The spec's success status of an operation (for handlers that answer without a body). */
export function successStatus(operationId: string): number {
  return SPEC_ANSWERS[operationId]?.status ?? 200;
}
