/**
 * One client, two API generations. The spec is written for the SCM REST API; where the Admin API
 * differs for an operation, `x-trustplane-admin-api` says how (see specs/sectigo/NOTES.md, "Two API
 * generations"). This adapter sits between the resources and core's ApiClient: on the Admin API it
 * rewrites each named call into what that API expects (its path spelling, body fields moved to the
 * query, enum display names, field types) and maps enum names in answers back; on either surface it
 * refuses, before anything is sent (no token is fetched either), an operation the surface does not
 * serve, and developer operations without a developer login (and the reverse).
 */
import {
  type ApiPromise,
  type CallOptions,
  type CallRequest,
  encodePathParam,
  guard,
  serializeQuery,
  ValidationError,
} from "@trustplane/core";
import { type SectigoSurface, UnsupportedOperationError } from "../errors.js";
import { operationTable } from "../generated/operations.gen.js";
import { bindings, methodRegistry } from "../generated/resources.gen.js";
import { bindContext, type SectigoApi, type SectigoContext } from "./context.js";

/** What `x-trustplane-admin-api` may say about an operation. */
export interface AdminApiDifference {
  /** Served by the Admin API only. */
  readonly only?: boolean;
  /** Served by the SCM REST API only. */
  readonly absent?: boolean;
  /** The Admin API's spelling of the path (same parameter names). */
  readonly path?: string;
  /** Body fields (dotted for nested ones) the Admin API takes as query parameters. */
  readonly bodyAsQuery?: readonly string[];
  /** Per field (query name or dotted body path, `[]` for array items; `response...` for answers): code -> display name, or null. */
  readonly enumNames?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  /** Fields sent with another JSON type on the Admin API (`string`). */
  readonly fieldTypes?: Readonly<Record<string, string>>;
}

/** The developer login's operations (Code Signing on Demand); every other operation needs an administrator login. */
export const DEVELOPER_OPERATIONS: ReadonlySet<string> = new Set([
  "createCodeSigningRequest",
  "submitCodeSigningRequest",
  "listDeveloperCodeSigningRequests",
  "countDeveloperCodeSigningRequests",
  "getDeveloperCodeSigningRequest",
]);

type Table = Record<string, { method: string; path: string; extensions?: Record<string, unknown> }>;
const table = operationTable as unknown as Table;

/** The Admin API difference of an operation, if it has one. */
export function adminDifference(operationId: string): AdminApiDifference | undefined {
  return table[operationId]?.extensions?.["x-trustplane-admin-api"] as AdminApiDifference | undefined;
}

/** Whether a surface serves an operation. */
export function servedOn(operationId: string, surface: SectigoSurface): boolean {
  const difference = adminDifference(operationId);
  return surface === "admin" ? difference?.absent !== true : difference?.only !== true;
}

let methodNames: Map<string, string> | undefined;

/** `ssl.collect` for `collectSslCertificate`. */
export function methodName(operationId: string): string {
  if (!methodNames) {
    methodNames = new Map();
    for (const [resource, methods] of Object.entries(methodRegistry)) {
      for (const [name, id] of Object.entries(methods)) methodNames.set(id, `${resource}.${name}`);
    }
  }
  return methodNames.get(operationId) ?? operationId;
}

/**
 * The operation that does the same job on `surface`, by the spec's naming of the twins: the Admin
 * API's `V2`/`V4` operations next to the SCM REST API's unsuffixed (or `V1`/`V3`) ones.
 */
export function twinOn(operationId: string, surface: SectigoSurface): string | undefined {
  const base = operationId.replace(/V\d$/, "");
  const candidates = surface === "admin" ? [`${base}V2`, `${base}V4`, base] : [base, `${base}V3`, `${base}V1`];
  return candidates.find((id) => id !== operationId && id in table && servedOn(id, surface));
}

/** Picks, of an operation and its twin, the one `surface` serves (for helpers that work on both). */
export function forSurface(operationId: string, surface: SectigoSurface): string {
  return servedOn(operationId, surface) ? operationId : (twinOn(operationId, surface) ?? operationId);
}

/** Throws when the client's surface or login cannot call the operation. */
export function checkServed(operationId: string, context: Pick<SectigoContext, "surface" | "authKind">): void {
  const { surface, authKind } = context;
  const what = methodName(operationId);
  if (!servedOn(operationId, surface)) {
    const twin = twinOn(operationId, surface);
    const api = surface === "admin" ? "the Admin API (OAuth2 login)" : "the SCM REST API";
    const other = surface === "admin" ? "the SCM REST API only" : "the Admin API only";
    throw new UnsupportedOperationError(
      `${what} (${operationId}) is served by ${other}, and this client talks to ${api}${
        twin ? `; use ${methodName(twin)} (${twin}) instead` : ""
      }. Nothing was sent.`,
      { operation: operationId, surface, alternative: twin },
    );
  }
  const developerOperation = DEVELOPER_OPERATIONS.has(operationId);
  if (authKind === "developer" && !developerOperation && operationId !== "uploadCodeSigningFiles") {
    throw new UnsupportedOperationError(
      `${what} (${operationId}) needs an administrator login; a developer() login serves only the Code Signing on Demand developer operations. Nothing was sent.`,
      { operation: operationId, surface },
    );
  }
  if (developerOperation && authKind !== "developer" && authKind !== "custom") {
    throw new UnsupportedOperationError(
      `${what} (${operationId}) is a developer operation: create the client with developer({ email, password, customerUri }). Nothing was sent.`,
      { operation: operationId, surface },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Request rewriting for the Admin API

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function cloneBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneBody);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneBody(v)]));
  return value;
}

/** Applies `fn` to every value a dotted path (with `[]` for array items) reaches in `root`. */
function visit(root: unknown, path: string, fn: (value: unknown) => unknown): unknown {
  const parts = path.split(".");
  const walk = (node: unknown, i: number): unknown => {
    if (i === parts.length) return fn(node);
    const part = parts[i] as string;
    const each = part.endsWith("[]");
    const key = each ? part.slice(0, -2) : part;
    const target = key === "" ? node : isObject(node) ? node[key] : undefined;
    if (target === undefined) return node;
    const next = each
      ? Array.isArray(target)
        ? target.map((item) => walk(item, i + 1))
        : target
      : walk(target, i + 1);
    if (key === "") return next;
    if (isObject(node)) node[key] = next;
    return node;
  };
  return walk(root, 0);
}

function mapEnum(value: unknown, names: Readonly<Record<string, string | null>>, field: string, what: string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapEnum(v, names, field, what));
  if (typeof value !== "string" || !(value in names)) return value;
  const mapped = names[value];
  if (mapped === null || mapped === undefined) {
    throw new ValidationError(`Invalid ${what}: ${field}: "${value}" is not available on the Admin API`, [
      { path: field, message: `"${value}" is not available on the Admin API` },
    ]);
  }
  return mapped;
}

function toType(value: unknown, type: string): unknown {
  if (type !== "string" || value === undefined || value === null) return value;
  if (Array.isArray(value)) return value.map(String).join(",");
  return typeof value === "object" ? value : String(value);
}

/** Takes the value at a dotted path out of `body` (leaving no empty objects behind). */
function take(body: Json, path: string): unknown {
  const parts = path.split(".");
  const chain: Json[] = [body];
  let node: unknown = body;
  for (const part of parts.slice(0, -1)) {
    node = isObject(node) ? node[part] : undefined;
    if (!isObject(node)) return undefined;
    chain.push(node);
  }
  const last = parts[parts.length - 1] as string;
  const parent = chain[chain.length - 1] as Json;
  const value = parent[last];
  delete parent[last];
  for (let i = chain.length - 1; i > 0; i--) {
    if (Object.keys(chain[i] as Json).length === 0) delete (chain[i - 1] as Json)[parts[i - 1] as string];
  }
  return value;
}

/** The request an operation's call makes on the Admin API. */
export function toAdminRequest(
  operationId: string,
  difference: AdminApiDifference,
  request: CallRequest,
  baseUrl: string,
): CallRequest {
  const what = `${operationId} input`;
  const query: Json = { ...request.query };
  let body = cloneBody(request.body);
  const queryNames = new Set(bindings[operationId]?.query ?? []);
  for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
    if (field.startsWith("response")) continue;
    if (queryNames.has(field) || field in query) {
      if (query[field] !== undefined) query[field] = mapEnum(query[field], names, field, what);
    } else if (body !== undefined) {
      body = visit(body, field, (v) => mapEnum(v, names, field, what));
    }
  }
  for (const [field, type] of Object.entries(difference.fieldTypes ?? {})) {
    if (field in query) query[field] = toType(query[field], type);
    else if (body !== undefined) body = visit(body, field, (v) => toType(v, type));
  }
  if (difference.bodyAsQuery?.length && isObject(body)) {
    for (const field of difference.bodyAsQuery) {
      const value = take(body, field);
      if (value !== undefined && value !== null) query[field] = value;
    }
    if (Object.keys(body).length === 0) body = undefined;
  }
  const adapted: CallRequest = { ...request, query, body };
  if (body === undefined) delete (adapted as { body?: unknown }).body;
  if (difference.path) {
    const path = difference.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodePathParam(name, request.path?.[name], what),
    );
    return { ...adapted, url: `${baseUrl}${path}${serializeQuery(query)}` };
  }
  return adapted;
}

/** Maps display names in an Admin API answer back to the codes the spec's types use. */
function fromAdminResponse(body: unknown, difference: AdminApiDifference): unknown {
  let out = body;
  for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
    if (!field.startsWith("response")) continue;
    const reverse: Record<string, string> = {};
    for (const [code, name] of Object.entries(names)) if (name !== null) reverse[name] = code;
    const path = field.slice("response".length).replace(/^\./, "");
    const map = (v: unknown) => (typeof v === "string" && v in reverse ? reverse[v] : v);
    out = path === "" ? map(out) : visit(out, path, map);
  }
  return out;
}

/**
 * Wraps the core client: every named call is checked against the surface and, on the Admin API,
 * rewritten; client-wide query defaults (`dateFormat`) are filled in.
 */
export function adaptApi(api: SectigoApi, context: SectigoContext): SectigoApi {
  const call = (operationId: string, request: CallRequest = {}, options?: CallOptions): ApiPromise<unknown> =>
    guard(() => {
      const info = api.operation(operationId);
      if (!info) return api.call(operationId as never, request, options) as ApiPromise<unknown>;
      checkServed(operationId, context);
      let next = request;
      const takesDateFormat = bindings[operationId]?.query?.includes("dateFormat") ?? false;
      if (context.dateFormat !== undefined && takesDateFormat && request.query?.dateFormat === undefined) {
        next = { ...next, query: { ...next.query, dateFormat: context.dateFormat } };
      }
      const difference = context.surface === "admin" ? adminDifference(operationId) : undefined;
      if (difference && request.url === undefined) next = toAdminRequest(operationId, difference, next, api.baseUrl);
      const promise = api.call(operationId as never, next, options) as ApiPromise<unknown>;
      const mapsAnswers = Object.keys(difference?.enumNames ?? {}).some((k) => k.startsWith("response"));
      return mapsAnswers && difference ? promise.map((body) => fromAdminResponse(body, difference)) : promise;
    });
  const adapted: SectigoApi = {
    get raw() {
      return api.raw;
    },
    fetch: api.fetch,
    baseUrl: api.baseUrl,
    vendor: api.vendor,
    call: call as SectigoApi["call"],
    operation: (operationId) => api.operation(operationId),
    withOptions: (overrides) => adaptApi(api.withOptions(overrides), context),
    engine: () => api.engine(),
    close: () => api.close(),
  };
  bindContext(adapted, context);
  return adapted;
}
