import { bearerOf, createFakeTokenServer, FaultInjector, faultAdminHandlers } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import type { SandboxMocks } from "../types.js";
import { JobBook, type JobTimings } from "./jobs.js";

/** Demo credentials of the core-demo token endpoint (a fake: they open nothing else). */
export const CORE_DEMO_CREDENTIALS = { clientId: "core-demo-client", clientSecret: "core-demo-secret" } as const;

/** What `connection` holds for the core-demo fake (a type alias, so it is a Record<string, unknown>). */
export type CoreDemoConnection = {
  /** Base URL of the toy API (`GET /items`, `GET /items/{id}`, `POST /jobs`, `GET /jobs/{id}`). */
  apiUrl: string;
  /** OAuth2 client-credentials token endpoint. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Admin route: `POST` a fault (`{ kind: "unavailable", times: 2 }`) to queue it; `GET` counts; `DELETE` clears. */
  faultsUrl: string;
};

export interface CoreDemoOptions {
  /** How many items `GET /items` pages over. Default 250. */
  itemCount?: number;
  /** How long a job stays queued and then running, in ms. Default 300 and 1200. */
  jobTimings?: Partial<JobTimings>;
  /** `expires_in` of issued tokens, in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
}

export interface DemoItem {
  id: string;
  name: string;
  createdAt: string;
}

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 25;

/**
 * A toy API for demonstrating core before any vendor package exists: OAuth2 client credentials,
 * offset/limit paging, a job that moves queued -> running -> done, bearer checks, and a fault
 * admin route. Follows the sandbox mocks contract: `coreDemoMocks(baseUrl)`.
 */
export function coreDemoMocks(
  baseUrl: string,
  options: CoreDemoOptions = {},
): SandboxMocks & { connection: CoreDemoConnection } {
  const base = baseUrl.replace(/\/+$/, "");
  const connection: CoreDemoConnection = {
    apiUrl: `${base}/api`,
    tokenUrl: `${base}/oauth/token`,
    ...CORE_DEMO_CREDENTIALS,
    faultsUrl: `${base}/__faults`,
  };
  const tokens = createFakeTokenServer({
    tokenUrl: connection.tokenUrl,
    clients: { [CORE_DEMO_CREDENTIALS.clientId]: CORE_DEMO_CREDENTIALS.clientSecret },
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
  });
  const injector = new FaultInjector();
  const jobs = new JobBook(options.jobTimings);
  const items = makeItems(options.itemCount ?? 250);
  const api = connection.apiUrl;

  /** 401 unless the request carries a live token from the token endpoint. */
  const unauthorized = (request: Request): Response | undefined => {
    if (!bearerOf(request)) {
      return error(401, "UNAUTHENTICATED", "A bearer token is required", {
        "www-authenticate": 'Bearer realm="core-demo"',
      });
    }
    if (!tokens.isValid(request.headers.get("authorization"))) {
      return error(401, "INVALID_TOKEN", "The access token is invalid or expired", {
        "www-authenticate": 'Bearer realm="core-demo", error="invalid_token"',
      });
    }
    return undefined;
  };

  const handlers = [
    // The admin route first, so queued faults never hit it; then faults, before everything else.
    ...faultAdminHandlers(connection.faultsUrl, injector),
    http.all(`${base}/*`, ({ request }) => injector.apply(request)),
    ...tokens.handlers,

    http.get(`${api}/items`, ({ request }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const query = new URL(request.url).searchParams;
      const offset = integerParam(query, "offset", 0);
      const limit = integerParam(query, "limit", DEFAULT_LIMIT);
      if (offset === undefined || offset < 0) return error(400, "BAD_REQUEST", "offset must be an integer >= 0");
      if (limit === undefined || limit < 1 || limit > MAX_LIMIT) {
        return error(400, "BAD_REQUEST", `limit must be an integer from 1 to ${MAX_LIMIT}`);
      }
      return HttpResponse.json({
        data: items.slice(offset, offset + limit),
        meta: { pagination: { limit, offset, totalCount: items.length } },
      });
    }),

    http.get(`${api}/items/:id`, ({ request, params }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const item = items.find((i) => i.id === params.id);
      return item ? HttpResponse.json(item) : error(404, "NOT_FOUND", `No item with id ${String(params.id)}`);
    }),

    http.post(`${api}/jobs`, async ({ request }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const text = await request.text();
      let body: { type?: unknown; fail?: unknown } = {};
      try {
        body = text ? (JSON.parse(text) as typeof body) : {};
      } catch {
        return error(400, "BAD_REQUEST", "The body must be JSON");
      }
      const job = jobs.start(typeof body.type === "string" ? body.type : "reindex", body.fail === true);
      return HttpResponse.json(job, { status: 202, headers: { location: `${api}/jobs/${job.id}` } });
    }),

    http.get(`${api}/jobs/:id`, ({ request, params }) => {
      const denied = unauthorized(request);
      if (denied) return denied;
      const job = jobs.get(String(params.id));
      return job ? HttpResponse.json(job) : error(404, "NOT_FOUND", `No job with id ${String(params.id)}`);
    }),
  ];

  return {
    handlers,
    connection,
    reset() {
      tokens.reset();
      injector.clear();
      jobs.clear();
    },
  };
}

/** The core-demo error envelope: `{ code, message }`. */
function error(status: number, code: string, message: string, headers?: Record<string, string>): Response {
  return HttpResponse.json({ code, message }, { status, ...(headers && { headers }) });
}

function integerParam(query: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}

function makeItems(count: number): DemoItem[] {
  const epoch = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    id: `item-${String(i + 1).padStart(4, "0")}`,
    name: `Demo item ${i + 1}`,
    createdAt: new Date(epoch + i * 60_000).toISOString(),
  }));
}
