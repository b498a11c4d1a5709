import { bearerOf, type FakeTokenServer } from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import type { paths } from "../generated/openapi.gen.js";
import { type OperationId, operationTable } from "../generated/operations.gen.js";
import { fail } from "./http.js";
import type { FakeAicState } from "./state.js";
import type { StepTiming } from "./timing.js";

/** One request the fake received, for assertions (credentials are never recorded). */
export interface RecordedRequest {
  method: string;
  /** Path below the base URL, e.g. `/environment/variables`. */
  path: string;
  /** Query parameters. */
  query: Record<string, string>;
  /** The spec's operationId. */
  operationId: OperationId;
  /** The `Accept-API-Version` header sent, or null. */
  acceptApiVersion: string | null;
  /** Status the fake answered. */
  status: number;
}

/** Timings of the fake's state machines. */
export interface FakeTimings {
  /** A restart; `unavailablePolls` status polls during it answer 503 with no body. */
  restart: StepTiming & { unavailablePolls?: number | undefined };
  /** From `locking` to `locked`. */
  lock: StepTiming;
  /** A promotion, dry run or rollback. */
  promotion: StepTiming;
  /** From `unlocking` to `unlocked`. */
  unlock: StepTiming;
}

/** What every route of the fake shares. */
export interface FakeContext {
  base: string;
  state: FakeAicState;
  timings: FakeTimings;
  /** Who `lastChangedBy` names. */
  actor: string;
  /** Moves the time-based state machines along; `poll` counts a status poll of that machine. */
  tick(poll?: "restart" | "lock" | "promotion"): void;
}

/** What the route wrapper needs besides the context. */
export interface RouteDeps {
  tokens: FakeTokenServer;
  staticTokens: Map<string, readonly string[]>;
  requests: RecordedRequest[];
}

type Method = "get" | "put" | "post" | "delete" | "patch";

/** Resolver of one route: gets the request, the path parameters and the query. */
export type RouteResolver = (args: {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The `Accept-API-Version` the caller sent (null when absent). */
  apiVersion: string | null;
}) => Response | Promise<Response>;

const ESV_TAGS = new Set(["Variables", "Secrets", "Restart", "Count"]);

/** The scopes of which a token needs one for this operation (the tenant answers 403 otherwise). */
export function scopesFor(operationId: OperationId): readonly string[] {
  const info = operationTable[operationId];
  const read = info.method === "GET";
  switch (info.tags[0]) {
    case "Variables":
    case "Secrets":
    case "Count":
      return read ? ["fr:idc:esv:read", "fr:idc:esv:*"] : ["fr:idc:esv:update", "fr:idc:esv:*"];
    case "Restart":
      return read ? ["fr:idc:esv:read", "fr:idc:esv:*"] : ["fr:idc:esv:restart", "fr:idc:esv:*"];
    case "Promotion":
      return ["fr:idc:promotion:*"];
    case "Certificates":
    case "CSRs":
      return read ? ["fr:idc:certificate:read", "fr:idc:certificate:*"] : ["fr:idc:certificate:*"];
    case "Content Security Policy":
      return ["fr:idc:content-security-policy:*"];
    case "Cookie Domains":
      return ["fr:idc:cookie-domain:*"];
    case "Custom Domains":
      return ["fr:idc:custom-domain:*"];
    case "Federation Enforcement":
      return ["fr:idc:federation:*"];
    case "Release":
      return ["fr:idc:release:*"];
    default:
      return ["fr:idc:sso-cookie:*"];
  }
}

/**
 * Builds the msw handler of one operation: records the request, checks the bearer token and its
 * scopes and the `Accept-API-Version` header the way the tenant does, then runs `resolve`.
 */
export function routeFactory(ctx: FakeContext, deps: RouteDeps) {
  return <P extends keyof paths>(operationId: OperationId, path: P, resolve: RouteResolver): HttpHandler => {
    const info = operationTable[operationId];
    const method = info.method.toLowerCase() as Method;
    const pattern = `${ctx.base}${String(path).replace(/\{([^}]+)\}/g, ":$1")}`;
    return http[method](pattern, async ({ request, params }) => {
      const url = new URL(request.url);
      const apiVersion = request.headers.get("accept-api-version");
      const response = await answer(operationId, request, params as Record<string, string>, url, apiVersion);
      deps.requests.push({
        method: info.method,
        path: url.pathname.slice(new URL(ctx.base).pathname.replace(/\/$/, "").length),
        query: Object.fromEntries(url.searchParams),
        operationId,
        acceptApiVersion: apiVersion,
        status: response.status,
      });
      return response;
    });

    async function answer(
      id: OperationId,
      request: Request,
      params: Record<string, string>,
      url: URL,
      apiVersion: string | null,
    ): Promise<Response> {
      const denied = checkToken(request, id, deps);
      if (denied) return denied;
      const wrongVersion = checkVersion(id, apiVersion);
      if (wrongVersion) return wrongVersion;
      ctx.tick();
      return resolve({ request, params, query: url.searchParams, apiVersion });
    }
  };
}

function checkToken(request: Request, operationId: OperationId, deps: RouteDeps): Response | undefined {
  const token = bearerOf(request);
  const challenge = { "www-authenticate": 'Bearer realm="/", error="invalid_token"' };
  if (!token) return fail(401, "Access Token is missing", { "www-authenticate": 'Bearer realm="/"' });
  const granted = deps.staticTokens.get(token) ?? deps.tokens.scopesOf(token);
  if (!granted) return fail(401, "Access Token is invalid or has expired", challenge);
  const needed = scopesFor(operationId);
  if (!needed.some((s) => granted.includes(s))) {
    return fail(403, `The access token lacks the scope this call needs (one of ${needed.join(", ")})`);
  }
  return undefined;
}

/** ESV endpoints take `resource=1.0` or `2.0`; promotion endpoints insist on `protocol=1.0,resource=1.0`. */
function checkVersion(operationId: OperationId, value: string | null): Response | undefined {
  const tag = operationTable[operationId].tags[0] as string;
  const resource = /resource=(\d+)\.\d+/.exec(value ?? "")?.[1];
  if (ESV_TAGS.has(tag)) {
    if (value !== null && resource !== "1" && resource !== "2") {
      return fail(400, `Unsupported major version: ${value}`);
    }
    return undefined;
  }
  if (tag === "Promotion") {
    if (value === null) return fail(400, "The Accept-API-Version header is required: protocol=1.0,resource=1.0");
    if (resource !== "1") return fail(400, `Unsupported major version: ${value}`);
  }
  return undefined;
}
