/**
 * The association lists (`/identities/{id}/services`, `/service-policies/{id}/identities`...),
 * computed from the policies' role expressions, and the identity actions around them.
 */
import type { HttpHandler } from "msw";
import { checkInput, type FakeContext, type Route } from "../context.js";
import { createEnrollment, refreshEnrollment } from "../enrollments.js";
import { created, empty, FakeError, invalidField, ok } from "../http.js";
import { listAnswer } from "../query.js";
import type { CollectionName, FakeRow } from "../state.js";
import { rowOf } from "./crud.js";

/** The routes of association lists and identity, authenticator, enrollment and edge router actions. */
export function linkRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  const { state, views, relations: r } = ctx;
  const of = (collection: CollectionName, noun: string, id: string | undefined) => rowOf(ctx, { collection, noun }, id);
  const identity = (id?: string) => of("identities", "identity", id);
  const service = (id?: string) => of("services", "service", id);
  const edgeRouter = (id?: string) => of("edgeRouters", "edge router", id);

  /** A list route whose rows come from `rows(parent)`. */
  const list = (
    path: string,
    operationId: string,
    parent: (id?: string) => FakeRow,
    rows: (p: FakeRow) => FakeRow[],
    view: (row: FakeRow) => Record<string, unknown>,
  ) => route("get", path, operationId, ({ url, params }) => listAnswer(url, rows(parent(params.id)).map(view)));

  const v = {
    identity: (x: FakeRow) => views.identity(x),
    service: (x: FakeRow) => views.service(x),
    edgeRouter: (x: FakeRow) => views.edgeRouter(x),
    sp: (x: FakeRow) => views.servicePolicy(x),
    erp: (x: FakeRow) => views.edgeRouterPolicy(x),
    serp: (x: FakeRow) => views.serviceEdgeRouterPolicy(x),
    config: (x: FakeRow) => views.config(x),
    posture: (x: FakeRow) => views.plain(x, "posture-checks"),
  };

  return [
    // identities
    list(
      "/identities/:id/service-policies",
      "listIdentityServicePolicies",
      identity,
      (i) => r.identityServicePolicies(i),
      v.sp,
    ),
    list("/identities/:id/services", "listIdentityServices", identity, (i) => r.identityServices(i), v.service),
    list(
      "/identities/:id/edge-router-policies",
      "listIdentitysEdgeRouterPolicies",
      identity,
      (i) => r.identityEdgeRouterPolicies(i),
      v.erp,
    ),
    list(
      "/identities/:id/edge-routers",
      "listIdentityEdgeRouters",
      identity,
      (i) => r.identityEdgeRouters(i),
      v.edgeRouter,
    ),
    list(
      "/identities/:id/authenticators",
      "getIdentityAuthenticators",
      identity,
      (i) => [...state.authenticators.values()].filter((a) => a.identityId === i.id),
      (a) => views.authenticator(a),
    ),
    list(
      "/identities/:id/enrollments",
      "getIdentityEnrollments",
      identity,
      (i) => [...state.enrollments.values()].filter((e) => e.identityId === i.id),
      (e) => views.enrollment(e),
    ),
    route("get", "/identities/:id/policy-advice/:serviceId", "getIdentityPolicyAdvice", ({ params }) =>
      ok(r.advice(identity(params.id), service(params.serviceId))),
    ),
    route("get", "/identities/:id/failed-service-requests", "getIdentityFailedServiceRequests", ({ params }) => {
      identity(params.id);
      return ok([]);
    }),
    route("get", "/identities/:id/posture-data", "getIdentityPostureData", ({ params }) => {
      identity(params.id);
      return ok({
        mfa: { apiSessionId: "", passedMfa: false },
        apiSessionPostureData: {},
        processes: [],
        domain: null,
        macAddresses: [],
        os: null,
      });
    }),
    route("post", "/identities/:id/disable", "disableIdentity", async ({ params, body }) => {
      const row = identity(params.id);
      const input = await body();
      await checkInput("disableIdentity", { ...input, id: row.id });
      const minutes = input.durationMinutes as number;
      row.disabled = true;
      row.disabledAt = new Date().toISOString();
      row.disabledUntil = minutes > 0 ? new Date(Date.now() + minutes * 60_000).toISOString() : null;
      for (const [id, s] of state.apiSessions) if (s.identityId === row.id) state.apiSessions.delete(id);
      return empty();
    }),
    route("post", "/identities/:id/enable", "enableIdentity", ({ params }) => {
      const row = identity(params.id);
      row.disabled = false;
      row.disabledAt = null;
      row.disabledUntil = null;
      return empty();
    }),
    route("delete", "/identities/:id/mfa", "removeIdentityMfa", ({ params }) => {
      const row = identity(params.id);
      state.mfa.delete(row.id);
      return empty();
    }),
    route("get", "/identities/:id/service-configs", "listIdentitysServiceConfigs", ({ params }) => {
      const row = identity(params.id);
      return ok(
        (state.serviceConfigs.get(row.id) ?? []).map((a) => ({
          serviceId: a.serviceId,
          service: { id: a.serviceId, name: state.services.get(a.serviceId)?.name, entity: "services", _links: {} },
          configId: a.configId,
          config: { id: a.configId, name: state.configs.get(a.configId)?.name, entity: "configs", _links: {} },
        })),
      );
    }),
    route(
      "post",
      "/identities/:id/service-configs",
      "associateIdentitysServiceConfigs",
      async ({ params, request }) => {
        const row = identity(params.id);
        const list = (await readArray(request)) as Array<{ serviceId: string; configId: string }>;
        await checkInput("associateIdentitysServiceConfigs", { id: row.id, body: list });
        const current = state.serviceConfigs.get(row.id) ?? [];
        for (const item of list) {
          if (!state.services.has(item.serviceId))
            throw invalidField("serviceId", "no service with this id", item.serviceId);
          if (!state.configs.has(item.configId))
            throw invalidField("configId", "no config with this id", item.configId);
          const configType = state.configs.get(item.configId)?.configTypeId;
          const kept = current.filter(
            (c) => !(c.serviceId === item.serviceId && state.configs.get(c.configId)?.configTypeId === configType),
          );
          current.length = 0;
          current.push(...kept, { serviceId: item.serviceId, configId: item.configId });
        }
        state.serviceConfigs.set(row.id, current);
        return empty();
      },
    ),
    route(
      "delete",
      "/identities/:id/service-configs",
      "disassociateIdentitysServiceConfigs",
      async ({ params, request }) => {
        const row = identity(params.id);
        const list = (await readArray(request, true)) as Array<{ serviceId: string; configId: string }> | undefined;
        if (!list) state.serviceConfigs.delete(row.id);
        else {
          const current = state.serviceConfigs.get(row.id) ?? [];
          state.serviceConfigs.set(
            row.id,
            current.filter((c) => !list.some((x) => x.serviceId === c.serviceId && x.configId === c.configId)),
          );
        }
        return empty();
      },
    ),
    route("put", "/identities/:id/trace", "updateIdentityTracing", async ({ params, body }) => {
      const row = identity(params.id);
      const spec = await body();
      await checkInput("updateIdentityTracing", { ...spec, id: row.id });
      const enabled = spec.enabled === true;
      const duration = typeof spec.duration === "string" ? spec.duration : "10m";
      state.traces.set(row.id, spec);
      return ok({
        enabled,
        traceId: typeof spec.traceId === "string" ? spec.traceId : "",
        until: new Date(Date.now() + 600_000).toISOString(),
        ...(duration && {}),
      });
    }),
    // services
    list(
      "/services/:id/service-policies",
      "listServiceServicePolicies",
      service,
      (s) => r.serviceServicePolicies(s),
      v.sp,
    ),
    list("/services/:id/identities", "listServiceIdentities", service, (s) => r.serviceIdentities(s), v.identity),
    list(
      "/services/:id/service-edge-router-policies",
      "listServiceServiceEdgeRouterPolicies",
      service,
      (s) => r.serviceServiceEdgeRouterPolicies(s),
      v.serp,
    ),
    list("/services/:id/edge-routers", "listServiceEdgeRouters", service, (s) => r.serviceEdgeRouters(s), v.edgeRouter),
    list(
      "/services/:id/configs",
      "listServiceConfig",
      service,
      (s) => ((s.configs as string[] | undefined) ?? []).flatMap((id) => state.configs.get(id) ?? []),
      v.config,
    ),
    list(
      "/services/:id/terminators",
      "listServiceTerminators",
      service,
      (s) => [...state.terminators.values()].filter((t) => t.serviceId === s.id),
      (t) => views.terminator(t),
    ),
    // configs and config types
    list(
      "/configs/:id/services",
      "listConfigServices",
      (id) => of("configs", "config", id),
      (c) => [...state.services.values()].filter((s) => ((s.configs as string[] | undefined) ?? []).includes(c.id)),
      v.service,
    ),
    list(
      "/config-types/:id/configs",
      "listConfigsForConfigType",
      (id) => of("configTypes", "config type", id),
      (t) => [...state.configs.values()].filter((c) => c.configTypeId === t.id),
      v.config,
    ),
    // policies
    list(
      "/service-policies/:id/identities",
      "listServicePolicyIdentities",
      (id) => of("servicePolicies", "service policy", id),
      (p) => r.policyIdentities(p),
      v.identity,
    ),
    list(
      "/service-policies/:id/services",
      "listServicePolicyServices",
      (id) => of("servicePolicies", "service policy", id),
      (p) => r.policyServices(p),
      v.service,
    ),
    list(
      "/service-policies/:id/posture-checks",
      "listServicePolicyPostureChecks",
      (id) => of("servicePolicies", "service policy", id),
      (p) => r.policyPostureChecks(p),
      v.posture,
    ),
    list(
      "/edge-router-policies/:id/identities",
      "listEdgeRouterPolicyIdentities",
      (id) => of("edgeRouterPolicies", "edge router policy", id),
      (p) => r.policyIdentities(p),
      v.identity,
    ),
    list(
      "/edge-router-policies/:id/edge-routers",
      "listEdgeRouterPolicyEdgeRouters",
      (id) => of("edgeRouterPolicies", "edge router policy", id),
      (p) => r.policyEdgeRouters(p),
      v.edgeRouter,
    ),
    list(
      "/service-edge-router-policies/:id/services",
      "listServiceEdgeRouterPolicyServices",
      (id) => of("serviceEdgeRouterPolicies", "service edge router policy", id),
      (p) => r.policyServices(p),
      v.service,
    ),
    list(
      "/service-edge-router-policies/:id/edge-routers",
      "listServiceEdgeRouterPolicyEdgeRouters",
      (id) => of("serviceEdgeRouterPolicies", "service edge router policy", id),
      (p) => r.policyEdgeRouters(p),
      v.edgeRouter,
    ),
    // edge routers
    list(
      "/edge-routers/:id/edge-router-policies",
      "listEdgeRouterEdgeRouterPolicies",
      edgeRouter,
      (e) => r.edgeRouterEdgeRouterPolicies(e),
      v.erp,
    ),
    list(
      "/edge-routers/:id/service-edge-router-policies",
      "listEdgeRouterServiceEdgeRouterPolicies",
      edgeRouter,
      (e) => r.edgeRouterServiceEdgeRouterPolicies(e),
      v.serp,
    ),
    list(
      "/edge-routers/:id/identities",
      "listEdgeRouterIdentities",
      edgeRouter,
      (e) => r.edgeRouterIdentities(e),
      v.identity,
    ),
    list("/edge-routers/:id/services", "listEdgeRouterServices", edgeRouter, (e) => r.edgeRouterServices(e), v.service),
    route("post", "/edge-routers/:id/re-enroll", "reEnrollEdgeRouter", ({ params }) => {
      const row = edgeRouter(params.id);
      const fresh = createEnrollmentLike(ctx, row);
      Object.assign(row, fresh, { isVerified: false, isOnline: false, fingerprint: null, certPem: null });
      return empty();
    }),
    // authenticators and enrollments
    route("post", "/authenticators/:id/re-enroll", "reEnrollAuthenticator", async ({ params, body }) => {
      const authenticator = of("authenticators", "authenticator", params.id);
      const input = await body();
      await checkInput("reEnrollAuthenticator", { ...input, id: authenticator.id });
      state.authenticators.delete(authenticator.id);
      const enrollment = createEnrollment(ctx, {
        identityId: authenticator.identityId as string,
        method: authenticator.method === "updb" ? "updb" : "ott",
        expiresAt: input.expiresAt as string,
        ...(authenticator.method === "updb" && { username: authenticator.username as string }),
      });
      return created(enrollment.id, "enrollments");
    }),
    route("post", "/authenticators/:id/request-extend", "requestExtendAuthenticator", async ({ params, body }) => {
      const authenticator = of("authenticators", "authenticator", params.id);
      const input = await body();
      await checkInput("requestExtendAuthenticator", { ...input, id: authenticator.id });
      if (authenticator.method !== "cert")
        throw new FakeError(400, "COULD_NOT_VALIDATE", "Only certificate authenticators extend");
      authenticator.isExtendRequested = true;
      authenticator.isKeyRollRequested = input.rollKeys === true;
      authenticator.extendRequestedAt = new Date().toISOString();
      return empty();
    }),
    route("post", "/enrollments/:id/refresh", "refreshEnrollment", async ({ params, body }) => {
      const enrollment = of("enrollments", "enrollment", params.id);
      const input = await body();
      await checkInput("refreshEnrollment", { ...input, id: enrollment.id });
      refreshEnrollment(ctx, enrollment, input.expiresAt as string);
      return ok({ id: enrollment.id, _links: { self: { href: `./enrollments/${enrollment.id}` } } });
    }),
  ];
}

/** A JSON array body (undefined for an empty body when `optional`). */
async function readArray(request: Request, optional = false): Promise<unknown[] | undefined> {
  const text = await request.text();
  if (text.trim() === "" && optional) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw new FakeError(400, "COULD_NOT_PARSE_BODY", "The body of the request could not be parsed", {
    causeMessage: "the body must be a JSON array",
  });
}

function createEnrollmentLike(ctx: FakeContext, row: FakeRow): Record<string, unknown> {
  const token = crypto.randomUUID();
  const expiresAt = new Date(Date.now() + ctx.settings.enrollmentMinutes * 60_000).toISOString();
  return {
    enrollmentToken: token,
    enrollmentJwt: ctx.pki.signJwt({
      iss: ctx.root,
      sub: row.id,
      aud: [""],
      exp: Math.floor(Date.parse(expiresAt) / 1000),
      jti: token,
      em: "erott",
      ctrls: [ctx.root],
    }),
    enrollmentCreatedAt: new Date().toISOString(),
    enrollmentExpiresAt: expiresAt,
  };
}
