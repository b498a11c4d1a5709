/**
 * The fake's request path: which operation a request is (per API generation and host), faults,
 * the login check of that generation, the Admin API's differences (path spellings, query
 * parameters for body fields, enum display names, string reason codes) checked strictly and turned
 * into the SCM REST API's shapes the handlers are written for, and enum names mapped back in
 * Admin API answers.
 */
import type { FaultInjector } from "@trustplane/testing";
import { SPEC_ANSWERS } from "../generated/fake-answers.gen.js";
import { operationTable } from "../generated/operations.gen.js";
import { type AdminApiDifference, adminDifference, DEVELOPER_OPERATIONS } from "../internal/surface.js";
import { Answer, fail, invalid, json, sectigoError, unhandled } from "./http.js";
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
// The Admin API's differences, checked and undone

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function getPath(body: unknown, path: string): unknown {
  let node = body;
  for (const part of path.split(".")) node = isObject(node) ? node[part] : undefined;
  return node;
}

function setPath(body: Json, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = body;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Applies `fn` to each value a dotted path with `[]` reaches. */
function visit(root: unknown, path: string, fn: (value: unknown) => unknown): unknown {
  const parts = path.split(".").filter((p) => p !== "");
  const walk = (node: unknown, i: number): unknown => {
    if (i === parts.length) return fn(node);
    const part = parts[i] as string;
    const each = part.endsWith("[]");
    const key = each ? part.slice(0, -2) : part;
    const target = key === "" ? node : isObject(node) ? node[key] : undefined;
    if (target === undefined) return node;
    const next = each ? (Array.isArray(target) ? target.map((t) => walk(t, i + 1)) : target) : walk(target, i + 1);
    if (key === "") return next;
    if (isObject(node)) node[key] = next;
    return node;
  };
  return walk(root, 0);
}

const queryValue = (text: string): unknown =>
  text === "true" ? true : text === "false" ? false : /^-?\d+$/.test(text) ? Number(text) : text;

function fromDisplayName(value: unknown, names: Readonly<Record<string, string | null>>, field: string): unknown {
  if (Array.isArray(value)) return value.map((v) => fromDisplayName(v, names, field));
  if (typeof value !== "string") return value;
  const code = Object.entries(names).find(([, name]) => name === value)?.[0];
  if (code !== undefined) return code;
  if (value in names)
    invalid(field, `"${value}" is not a value the Admin API knows (it spells its values as display names)`);
  return value;
}

function rejectDisplayName(value: unknown, names: Readonly<Record<string, string | null>>, field: string): void {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v === "string" && !(v in names) && Object.values(names).includes(v)) {
      invalid(field, `"${v}" is the Admin API's spelling; the SCM REST API takes the code`);
    }
  }
}

/** Checks and undoes the Admin API's differences of one request, in place. */
function normalise(
  surface: FakeSurface,
  difference: AdminApiDifference | undefined,
  query: URLSearchParams,
  body: unknown,
): unknown {
  if (!difference) return body;
  let out = body;
  const queryNames = new Set(query.keys());
  if (surface === "classic") {
    for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
      if (field.startsWith("response")) continue;
      if (queryNames.has(field)) rejectDisplayName(query.getAll(field), names, field);
      else if (out !== undefined) {
        visit(out, field, (v) => {
          rejectDisplayName(v, names, field);
          return v;
        });
      }
    }
    for (const [field] of Object.entries(difference.fieldTypes ?? {})) {
      if (field === "reasonCode" && out !== undefined && typeof getPath(out, field) === "string") {
        invalid(field, "must be an integer on the SCM REST API");
      }
    }
    return out;
  }
  for (const [field, type] of Object.entries(difference.fieldTypes ?? {})) {
    if (type !== "string") continue;
    const inBody = getPath(out, field);
    if (inBody !== undefined) {
      if (typeof inBody !== "string") invalid(field, "must be a string on the Admin API");
      if (field === "reasonCode") setPath(out as Json, field, Number(inBody));
    } else if (field === "endpointTypes" && query.has(field)) {
      const joined = query.getAll(field);
      if (joined.length > 1) invalid(field, "is one comma-separated string on the Admin API");
      query.delete(field);
      for (const part of (joined[0] ?? "").split(",")) if (part) query.append(field, part);
    }
  }
  for (const field of difference.bodyAsQuery ?? []) {
    if (getPath(out, field) !== undefined) invalid(field, "is a query parameter on the Admin API, not a body field");
    const values = query.getAll(field);
    if (values.length === 0) continue;
    if (!isObject(out)) out = {};
    setPath(out as Json, field, values.length > 1 ? values.map(queryValue) : queryValue(values[0] as string));
    query.delete(field);
  }
  for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
    if (field.startsWith("response")) continue;
    if (query.has(field)) {
      const mapped = query.getAll(field).map((v) => fromDisplayName(v, names, field));
      query.delete(field);
      for (const v of mapped) query.append(field, String(v));
    } else if (out !== undefined) {
      visit(out, field, (v) => fromDisplayName(v, names, field));
    }
  }
  return out;
}

/** Maps codes in an answer to the Admin API's display names. */
async function toDisplayNames(response: Response, difference: AdminApiDifference): Promise<Response> {
  const keys = Object.entries(difference.enumNames ?? {}).filter(([k]) => k.startsWith("response"));
  if (keys.length === 0 || !(response.headers.get("content-type") ?? "").includes("json")) return response;
  let body: unknown = await response.json();
  for (const [field, names] of keys) {
    const path = field.slice("response".length).replace(/^\./, "");
    const map = (v: unknown) => (typeof v === "string" && typeof names[v] === "string" ? names[v] : v);
    body = path === "" ? map(body) : visit(body, path, map);
  }
  const headers = Object.fromEntries(response.headers);
  return json(body, response.status, headers);
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
