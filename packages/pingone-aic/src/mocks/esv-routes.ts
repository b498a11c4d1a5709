import type { HttpHandler } from "msw";
import type { components } from "../generated/openapi.gen.js";
import { ESV_ID_PATTERN, EXPRESSION_TYPES as EXPRESSION_TYPE_VALUES, SECRET_ENCODINGS } from "../internal/schemas.js";
import type { FakeContext, routeFactory } from "./context.js";
import { empty, fail, isBase64, jsonBody, ok } from "./http.js";
import type { FakeSecret, FakeSecretVersion, FakeVariable } from "./state.js";
import { Step } from "./timing.js";

type Schemas = components["schemas"];
type Route = ReturnType<typeof routeFactory>;

const ID = ESV_ID_PATTERN;
const EXPRESSION_TYPES = new Set<string>(EXPRESSION_TYPE_VALUES);
const ENCODINGS = new Set<string>(SECRET_ENCODINGS);
const V2 = "resource=2.0";

/** A variable as the API shows it (with or without its value). */
export function variableView(
  v: FakeVariable,
  withValue: boolean,
): Schemas["EsvVariable"] | Schemas["EsvVariableSummary"] {
  const summary: Schemas["EsvVariableSummary"] = {
    _id: v.id,
    description: v.description,
    expressionType: v.expressionType,
    lastChangeDate: v.lastChangeDate,
    lastChangedBy: v.lastChangedBy,
    loaded: v.loaded,
  };
  return withValue ? { ...summary, valueBase64: v.valueBase64 } : summary;
}

/** A secret's metadata as the API shows it. */
export function secretView(s: FakeSecret): Schemas["EsvSecret"] {
  const active = latest(s)?.version ?? "";
  return {
    _id: s.id,
    activeVersion: active,
    description: s.description,
    encoding: s.encoding,
    lastChangeDate: s.lastChangeDate,
    lastChangedBy: s.lastChangedBy,
    loaded: s.loadedVersion === active,
    loadedVersion: s.loadedVersion,
    useInPlaceholders: s.useInPlaceholders,
  };
}

function versionView(s: FakeSecret, v: FakeSecretVersion): Schemas["EsvSecretVersion"] {
  return { version: v.version, createDate: v.createDate, loaded: v.version === s.loadedVersion, status: v.status };
}

function latest(s: FakeSecret): FakeSecretVersion | undefined {
  return s.versions[s.versions.length - 1];
}

/** True while the ESV waits for a restart to be loaded. */
export function isPending(item: FakeVariable | FakeSecret): boolean {
  return "valueBase64" in item ? !item.loaded : item.loadedVersion !== (latest(item)?.version ?? "");
}

/** Marks every ESV as loaded (what a finished restart does). */
export function loadAll(ctx: FakeContext): void {
  for (const v of ctx.state.variables.values()) v.loaded = true;
  for (const s of ctx.state.secrets.values()) s.loadedVersion = latest(s)?.version ?? "";
}

const cookieOf = (offset: number) => Buffer.from(JSON.stringify({ offset }), "utf8").toString("base64url");

function offsetFromCookie(cookie: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cookie, "base64url").toString("utf8")) as { offset?: unknown };
    return typeof parsed.offset === "number" && Number.isInteger(parsed.offset) && parsed.offset >= 0
      ? parsed.offset
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page in the ESV envelope. With `resource=2.0`: `_pageSize` (1-100, default 25),
 * `_pagedResultsCookie` or `_pagedResultsOffset`, `_onlyPending`. Without it (resource 1.0) the
 * whole list comes back unpaged, as the tenant does.
 */
function page<T>(items: T[], query: URLSearchParams, paged: boolean): Response | { result: T[]; [k: string]: unknown } {
  if (!paged) {
    return {
      result: items,
      resultCount: items.length,
      pagedResultsCookie: null,
      remainingPagedResults: -1,
      totalPagedResults: -1,
      totalPagedResultsPolicy: "NONE",
    };
  }
  const sizeText = query.get("_pageSize");
  const size = sizeText === null || sizeText === "" ? 25 : Number(sizeText);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    return fail(400, `_pageSize must be an integer from 1 to 100, not ${sizeText}`);
  }
  let offset = 0;
  const cookie = query.get("_pagedResultsCookie");
  const offsetText = query.get("_pagedResultsOffset");
  if (cookie) {
    const decoded = offsetFromCookie(cookie);
    if (decoded === undefined) return fail(400, "The paged results cookie is not valid");
    offset = decoded;
  } else if (offsetText) {
    offset = Number(offsetText);
    if (!Number.isInteger(offset) || offset < 0) return fail(400, "_pagedResultsOffset must be an integer >= 0");
  }
  const result = items.slice(offset, offset + size);
  const end = offset + result.length;
  return {
    result,
    resultCount: result.length,
    pagedResultsCookie: end < items.length ? cookieOf(end) : null,
    remainingPagedResults: -1,
    totalPagedResults: -1,
    totalPagedResultsPolicy: "NONE",
  };
}

function onlyPending(query: URLSearchParams): boolean {
  return query.get("_onlyPending") === "true";
}

const sorted = <T extends { id: string }>(map: Map<string, T>): T[] =>
  [...map.values()].sort((a, b) => a.id.localeCompare(b.id));

function badId(id: string | undefined): Response | undefined {
  return id && ID.test(id) ? undefined : fail(400, `Invalid ESV id "${id}": use esv- followed by a-z, 0-9, _ or -`);
}

const notFound = (kind: string, id: string) => fail(404, `The ${kind} ${id} does not exist`);

/** Handlers of variables, secrets and their versions, restart and count. */
export function esvRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  const { state } = ctx;
  const now = () => new Date().toISOString();

  const findSecret = (id: string) => state.secrets.get(id);
  const findVersion = (s: FakeSecret, version: string) =>
    version === "latest" ? latest(s) : s.versions.find((v) => v.version === version);

  return [
    // Variables
    route("getAllVariables", "/environment/variables", ({ query, apiVersion }) => {
      const paged = apiVersion?.includes("resource=2") ?? false;
      const items = sorted(state.variables)
        .filter((v) => !onlyPending(query) || isPending(v))
        .map((v) => variableView(v, !paged));
      const body = page(items, query, paged);
      return body instanceof Response ? body : ok(body, { apiVersion: paged ? V2 : "resource=1.0" });
    }),
    route("getVariable", "/environment/variables/{variableId}", ({ params }) => {
      const v = state.variables.get(params.variableId as string);
      return v ? ok(variableView(v, true), { apiVersion: V2 }) : notFound("variable", params.variableId as string);
    }),
    route("createVariables", "/environment/variables/{variableId}", async ({ request, params }) => {
      const id = params.variableId as string;
      const invalid = badId(id);
      if (invalid) return invalid;
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (!isBase64(body.valueBase64)) return fail(400, "valueBase64 is required and must be base64 text");
      if (body.expressionType !== undefined && !EXPRESSION_TYPES.has(String(body.expressionType))) {
        return fail(400, `expressionType ${String(body.expressionType)} is not supported`);
      }
      if (body.description !== undefined && (typeof body.description !== "string" || body.description.length > 1000)) {
        return fail(400, "description must be a string of at most 1000 characters");
      }
      const variable: FakeVariable = {
        id,
        valueBase64: body.valueBase64,
        description: (body.description as string | undefined) ?? "",
        expressionType: (body.expressionType as FakeVariable["expressionType"] | undefined) ?? "string",
        lastChangeDate: now(),
        lastChangedBy: ctx.actor,
        loaded: false,
      };
      state.variables.set(id, variable);
      return ok(variableView(variable, true), { apiVersion: V2 });
    }),
    route("actionVariable", "/environment/variables/{variableId}", async ({ request, params, query }) => {
      if (query.get("_action") !== "setDescription") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on variables`);
      }
      const v = state.variables.get(params.variableId as string);
      if (!v) return notFound("variable", params.variableId as string);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (typeof body.description !== "string" || body.description.length > 1000) {
        return fail(400, "description must be a string of at most 1000 characters");
      }
      v.description = body.description;
      v.lastChangeDate = now();
      v.lastChangedBy = ctx.actor;
      return empty(200, V2);
    }),
    route("deleteVariable", "/environment/variables/{variableId}", ({ params }) => {
      const v = state.variables.get(params.variableId as string);
      if (!v) return notFound("variable", params.variableId as string);
      state.variables.delete(v.id);
      return ok(variableView(v, true), { apiVersion: V2 });
    }),

    // Secrets
    route("getAllSecrets", "/environment/secrets", ({ query, apiVersion }) => {
      const paged = apiVersion?.includes("resource=2") ?? false;
      const items = sorted(state.secrets)
        .filter((s) => !onlyPending(query) || isPending(s))
        .map(secretView);
      const body = page(items, query, paged);
      return body instanceof Response ? body : ok(body, { apiVersion: paged ? V2 : "resource=1.0" });
    }),
    route("getSecret", "/environment/secrets/{secretId}", ({ params }) => {
      const s = findSecret(params.secretId as string);
      return s ? ok(secretView(s), { apiVersion: V2 }) : notFound("secret", params.secretId as string);
    }),
    route("createSecret", "/environment/secrets/{secretId}", async ({ request, params }) => {
      const id = params.secretId as string;
      const invalid = badId(id);
      if (invalid) return invalid;
      if (state.secrets.has(id)) {
        return fail(400, `The secret ${id} already exists; its value cannot change: add a version instead`);
      }
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (!isBase64(body.valueBase64)) return fail(400, "valueBase64 is required and must be base64 text");
      if (!ENCODINGS.has(String(body.encoding))) {
        return fail(400, "encoding is required: generic, pem, base64hmac or base64aes");
      }
      if (typeof body.useInPlaceholders !== "boolean") return fail(400, "useInPlaceholders is required (boolean)");
      if (
        body.encoding === "pem" &&
        !Buffer.from(body.valueBase64, "base64").toString("utf8").includes("-----BEGIN ")
      ) {
        return fail(400, "A pem secret must hold PEM text");
      }
      if (body.description !== undefined && (typeof body.description !== "string" || body.description.length > 1000)) {
        return fail(400, "description must be a string of at most 1000 characters");
      }
      const at = now();
      const secret: FakeSecret = {
        id,
        description: (body.description as string | undefined) ?? "",
        encoding: body.encoding as FakeSecret["encoding"],
        useInPlaceholders: body.useInPlaceholders,
        lastChangeDate: at,
        lastChangedBy: ctx.actor,
        versions: [{ version: "1", valueBase64: body.valueBase64, createDate: at, status: "ENABLED" }],
        loadedVersion: "",
        nextVersion: 2,
      };
      state.secrets.set(id, secret);
      return ok(secretView(secret), { apiVersion: V2 });
    }),
    route("actionSecret", "/environment/secrets/{secretId}", async ({ request, params, query }) => {
      if (query.get("_action") !== "setDescription") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on secrets`);
      }
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (typeof body.description !== "string" || body.description.length > 1000) {
        return fail(400, "description must be a string of at most 1000 characters");
      }
      s.description = body.description;
      s.lastChangeDate = now();
      s.lastChangedBy = ctx.actor;
      return empty(200, V2);
    }),
    route("deleteSecret", "/environment/secrets/{secretId}", ({ params }) => {
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      state.secrets.delete(s.id);
      return ok(secretView(s), { apiVersion: V2 });
    }),
    route("getSecretVersions", "/environment/secrets/{secretId}/versions", ({ params }) => {
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      return ok(
        s.versions.map((v) => versionView(s, v)),
        { apiVersion: V2 },
      );
    }),
    route("createSecretVersion", "/environment/secrets/{secretId}/versions", async ({ request, params, query }) => {
      if (query.get("_action") !== "create") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on secret versions`);
      }
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (!isBase64(body.valueBase64)) return fail(400, "valueBase64 is required and must be base64 text");
      const at = now();
      const version: FakeSecretVersion = {
        version: String(s.nextVersion++),
        valueBase64: body.valueBase64,
        createDate: at,
        status: "ENABLED",
      };
      s.versions.push(version);
      s.lastChangeDate = at;
      s.lastChangedBy = ctx.actor;
      return ok(versionView(s, version), { apiVersion: V2 });
    }),
    route("getSecretVersion", "/environment/secrets/{secretId}/versions/{versionId}", ({ params }) => {
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      const v = findVersion(s, params.versionId as string);
      return v ? ok(versionView(s, v), { apiVersion: V2 }) : notFound("version", params.versionId as string);
    }),
    route(
      "changeSecretVersion",
      "/environment/secrets/{secretId}/versions/{versionId}",
      async ({ request, params, query }) => {
        if (query.get("_action") !== "changestatus") {
          return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on a secret version`);
        }
        const s = findSecret(params.secretId as string);
        if (!s) return notFound("secret", params.secretId as string);
        const v = findVersion(s, params.versionId as string);
        if (!v) return notFound("version", params.versionId as string);
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        if (body.status !== "ENABLED" && body.status !== "DISABLED") {
          return fail(400, "status must be ENABLED or DISABLED");
        }
        if (body.status === "DISABLED" && v === latest(s)) {
          return fail(400, "The latest version of a secret cannot be disabled");
        }
        v.status = body.status;
        s.lastChangeDate = now();
        s.lastChangedBy = ctx.actor;
        return ok(versionView(s, v), { apiVersion: V2 });
      },
    ),
    route("deleteSecretVersion", "/environment/secrets/{secretId}/versions/{versionId}", ({ params }) => {
      const s = findSecret(params.secretId as string);
      if (!s) return notFound("secret", params.secretId as string);
      const v = findVersion(s, params.versionId as string);
      if (!v) return notFound("version", params.versionId as string);
      if (v === latest(s)) return fail(400, "The latest version of a secret cannot be deleted");
      s.versions = s.versions.filter((x) => x !== v);
      return ok(versionView(s, v), { apiVersion: V2 });
    }),

    // Restart and count
    route("getRestartStatus", "/environment/startup", () => {
      const restart = state.restart;
      if (restart.status === "restarting" && restart.unavailableLeft > 0) {
        restart.unavailableLeft--;
        restart.step?.poll();
        return new Response(null, { status: 503 });
      }
      ctx.tick("restart");
      return ok({ restartStatus: state.restart.status }, { apiVersion: V2 });
    }),
    route("restart", "/environment/startup", ({ query }) => {
      if (query.get("_action") !== "restart") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on startup`);
      }
      if (state.restart.status === "ready") {
        state.restart.status = "restarting";
        state.restart.step = new Step(ctx.timings.restart);
        state.restart.unavailableLeft = ctx.timings.restart.unavailablePolls ?? 0;
      }
      return ok({ restartStatus: "restarting" }, { apiVersion: V2 });
    }),
    route("getCount", "/environment/count", ({ query }) => {
      const pending = onlyPending(query);
      return ok(
        {
          variables: [...state.variables.values()].filter((v) => !pending || isPending(v)).length,
          secrets: [...state.secrets.values()].filter((s) => !pending || isPending(s)).length,
        },
        { apiVersion: V2 },
      );
    }),
  ];
}
