/**
 * The fake's API context: each management route goes through faults, the rate limit, the bearer
 * check and the environment check; lists are HAL pages with PingOne's limit, cursor, filter and
 * order; records are answered with their `_links`.
 */
import type { FaultInjector } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";
import { compileFilter, FilterError, sortBy } from "./filter.js";
import { Answer, invalid, notFound, p1Error, rateLimitResponse } from "./requests.js";
import {
  type FakeCertificateRecord,
  type FakeEnvironment,
  type FakeKeyRotationPolicyRecord,
  type FakeWorker,
  type PingOneFakeState,
  type StoredKey,
  statusOf,
} from "./state.js";

/** How the handlers are wired. */
export interface HandlerConfig {
  state: PingOneFakeState;
  /** Where queued faults come from (the mocks swap the injector on reset). */
  faults: Pick<FaultInjector, "apply">;
  /** Management API base including `/v1`. */
  apiUrl: string;
  /** Authorization server base. */
  authUrl: string;
  /** Custom-domain token endpoints: origin -> environment id. */
  customDomains: Record<string, string>;
  tokenLifetimeSeconds: number;
  /** Largest `limit` accepted. */
  maxPageSize: number;
  defaultPageSize: number;
  rateLimit: { limit: number; windowMs: number } | undefined;
}

/** Attributes a key or certificate list can be filtered and ordered by. */
export const KEY_ATTRIBUTES = [
  "id",
  "name",
  "algorithm",
  "keyLength",
  "signatureAlgorithm",
  "subjectDN",
  "issuerDN",
  "serialNumber",
  "usageType",
  "default",
  "status",
  "validityPeriod",
  "startsAt",
  "expiresAt",
  "createdAt",
  "customCRL",
];

/** What a route handler gets: the request, its path parameters, the caller and the environment. */
export type Ctx = { request: Request; params: Record<string, string>; worker: FakeWorker; env: FakeEnvironment };
type Method = "get" | "post" | "put" | "delete";

/** The wiring every area's handlers are built on. */
export type Api = ReturnType<typeof createApi>;

/** Builds the route wrapper, paging and representations for one fake. */
export function createApi(config: HandlerConfig) {
  const { state, apiUrl } = config;
  let windowStart = Date.now();
  let windowCount = 0;

  const authenticate = (request: Request): FakeWorker => {
    const header = request.headers.get("authorization") ?? "";
    const token = header.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : "";
    const entry = token ? state.tokens.get(token) : undefined;
    if (!entry || Date.now() >= entry.expiresAt) {
      if (entry) state.tokens.delete(token);
      throw new Answer(
        p1Error(
          401,
          "ACCESS_FAILED",
          "The request could not be completed. The access token is missing, invalid or expired.",
          undefined,
          {
            "www-authenticate": 'Bearer error="invalid_token"',
          },
        ),
      );
    }
    const worker = state.workers.get(entry.clientId);
    if (!worker) throw new Answer(p1Error(401, "ACCESS_FAILED", "The request could not be completed. Unknown client."));
    return worker;
  };

  const environmentFor = (worker: FakeWorker, id: string): FakeEnvironment => {
    const env = state.environments.get(id);
    if (!env) throw notFound("The environment");
    if (!worker.manages.has(id)) {
      throw new Answer(
        p1Error(
          403,
          "ACCESS_FAILED",
          "The request could not be completed. The actor has no role that allows this call in this environment.",
        ),
      );
    }
    return env;
  };

  const rateLimited = (): Response | undefined => {
    if (!config.rateLimit) return undefined;
    const now = Date.now();
    if (now - windowStart >= config.rateLimit.windowMs) {
      windowStart = now;
      windowCount = 0;
    }
    windowCount++;
    if (windowCount <= config.rateLimit.limit) return undefined;
    const seconds = Math.max(1, Math.ceil((windowStart + config.rateLimit.windowMs - now) / 1000));
    return rateLimitResponse(seconds);
  };

  /** A management API route: faults, rate limit, bearer check, environment check, then `fn`. */
  const route = (method: Method, path: string, fn: (ctx: Ctx) => Response | Promise<Response>): HttpHandler =>
    http[method](`${apiUrl}${path}`, async ({ request, params }) => {
      const fault = await config.faults.apply(request);
      if (fault) return fault;
      const limited = rateLimited();
      if (limited) return limited;
      try {
        const worker = authenticate(request);
        const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const env = p.environmentId !== undefined ? environmentFor(worker, p.environmentId) : (undefined as never);
        return await fn({ request, params: p, worker, env });
      } catch (error) {
        if (error instanceof Answer) return error.response;
        throw error;
      }
    });

  // ---- representations -------------------------------------------------------------------

  const selfLink = (path: string) => ({ self: { href: `${apiUrl}${path}` } });
  const keyJson = (env: FakeEnvironment, record: FakeCertificateRecord) => ({
    _links: selfLink(`/environments/${env.id}/keys/${record.id}`),
    ...record,
    status: statusOf(record),
  });
  const certificateJson = (env: FakeEnvironment, record: FakeCertificateRecord) => ({
    _links: selfLink(`/environments/${env.id}/certificates/${record.id}`),
    ...record,
    status: statusOf(record),
  });
  const policyJson = (env: FakeEnvironment, record: FakeKeyRotationPolicyRecord) => ({
    _links: selfLink(`/environments/${env.id}/keyRotationPolicies/${record.id}`),
    ...record,
  });

  /** One HAL page of `items`, honouring limit, cursor, filter and order. */
  const halPage = (
    request: Request,
    path: string,
    name: string,
    items: Array<Record<string, unknown>>,
    attributes: readonly string[],
    options: { filterable: boolean },
  ): Response => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const limitText = q.get("limit");
    const limit = limitText === null ? config.defaultPageSize : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > config.maxPageSize) {
      throw invalid([
        {
          code: "OUT_OF_RANGE",
          target: "limit",
          message: `limit must be between 1 and ${config.maxPageSize}`,
          innerError: { rangeMinimumValue: 1, rangeMaximumValue: config.maxPageSize },
        },
      ]);
    }
    let selected = items;
    const filter = q.get("filter");
    const order = q.get("order");
    try {
      if (filter && options.filterable) selected = selected.filter(compileFilter(filter, attributes));
      else if (filter) throw new FilterError("this collection cannot be filtered");
      if (order && options.filterable) selected = sortBy(selected, order, attributes);
      else if (order) throw new FilterError("this collection cannot be ordered");
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      throw invalid([{ code: "INVALID_FILTER", target: filter ? "filter" : "order", message: error.message }]);
    }
    const cursor = q.get("cursor");
    const offset = cursor ? Number.parseInt(Buffer.from(cursor, "base64url").toString("utf8"), 10) : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      throw invalid([{ code: "INVALID_VALUE", target: "cursor", message: "cursor is not one this service issued" }]);
    }
    const page = selected.slice(offset, offset + limit);
    const next = offset + page.length < selected.length ? offset + page.length : undefined;
    const nextQuery = new URLSearchParams({ limit: String(limit) });
    if (filter) nextQuery.set("filter", filter);
    if (order) nextQuery.set("order", order);
    if (next !== undefined) nextQuery.set("cursor", Buffer.from(String(next)).toString("base64url"));
    return HttpResponse.json({
      _links: {
        self: { href: request.url },
        ...(next !== undefined && { next: { href: `${apiUrl}${path}?${nextQuery.toString()}` } }),
      },
      _embedded: { [name]: page },
      count: selected.length,
      size: page.length,
    });
  };

  const findKey = (env: FakeEnvironment, id: string): StoredKey => {
    const key = env.keys.get(id);
    if (!key) throw notFound("The key");
    return key;
  };

  return { config, state, route, selfLink, keyJson, certificateJson, policyJson, halPage, findKey };
}
