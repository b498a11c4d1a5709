/**
 * The rest of the controller: version and specs, the EST CA bundle, CA JWTs and verification,
 * role attributes, identity and posture check types, controllers and their settings, the
 * database's snapshot and integrity check, network JWTs, sessions' route paths, summary counts.
 */
import { X509Certificate } from "node:crypto";
import { type HttpHandler, HttpResponse } from "msw";
import { checkInput, type FakeContext, type Route } from "../context.js";
import { created, empty, FakeError, invalidField, ok } from "../http.js";
import { commonName } from "../pki.js";
import { listAnswer } from "../query.js";
import { type FakeRow, IDENTITY_TYPES, newRow, POSTURE_CHECK_TYPES } from "../state.js";
import { rowOf } from "./crud.js";

/** The routes that are neither plain stored kinds nor association lists. */
export function miscRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  const { state, pki } = ctx;
  const version = () => ({
    version: "v1.1.0",
    revision: "trustplane-fake",
    buildDate: "2025-01-01T00:00:00Z",
    runtimeVersion: "go1.22",
    apiVersions: {
      "edge-management": { v1: { path: "/edge/management/v1", apiBaseUrls: [`${ctx.api}`] } },
      "edge-client": { v1: { path: "/edge/client/v1", apiBaseUrls: [`${ctx.root}/edge/client/v1`] } },
    },
    capabilities: ["OIDC_AUTH", "HA_CONTROLLER"],
  });
  const cacerts = () =>
    new HttpResponse(pki.cacerts, { status: 200, headers: { "content-type": "application/pkcs7-mime" } });
  const roleAttributes = (rows: Iterable<FakeRow>) => {
    const names = new Set<string>();
    for (const row of rows) for (const a of (row.roleAttributes as string[] | undefined) ?? []) names.add(a);
    return [...names].sort().map((name) => ({ id: name, name }));
  };
  // The list answers attribute names (strings); a filter names them as `id`.
  const attributeList = (url: URL, rows: Iterable<FakeRow>) =>
    listAnswer(url, roleAttributes(rows), { fields: ["id", "name"], project: (row) => row.id });
  const settingOf = (id?: string) => rowOf(ctx, { collection: "controllerSettings", noun: "controller setting" }, id);
  const ca = (id?: string) => rowOf(ctx, { collection: "cas", noun: "CA" }, id);

  return [
    route("get", `${ctx.api}/`, "listRoot", () => ok(version()), { public: true }),
    route("get", "/version", "listVersion", () => ok(version()), { public: true }),
    route("get", `${ctx.root}/.well-known/est/cacerts`, "listWellKnownCas", cacerts, { public: true }),
    route("get", "/.well-known/est/cacerts", "listWellKnownCas", cacerts, { public: true }),
    route("get", "/enumerated-capabilities", "listEnumeratedCapabilities", () => ok(["OIDC_AUTH", "HA_CONTROLLER"]), {
      public: true,
    }),
    route(
      "get",
      "/specs",
      "listSpecs",
      () =>
        ok([{ id: "edge-management", name: "edge-management", _links: {}, createdAt: "", updatedAt: "", tags: {} }]),
      { public: true },
    ),
    route(
      "get",
      "/specs/:id",
      "detailSpec",
      ({ params }) => {
        if (params.id !== "edge-management") throw new FakeError(404, "NOT_FOUND", "No such spec");
        return ok({ id: params.id, name: params.id, _links: {}, createdAt: "", updatedAt: "", tags: {} });
      },
      { public: true },
    ),
    route(
      "get",
      "/specs/:id/spec",
      "detailSpecBody",
      ({ params, request }) => {
        if (params.id !== "edge-management") throw new FakeError(404, "NOT_FOUND", "No such spec");
        const text = "swagger: '2.0'\ninfo:\n  title: Ziti Edge Management (fake)\n";
        if ((request.headers.get("accept") ?? "").includes("yaml")) {
          return new HttpResponse(text, { headers: { "content-type": "text/yaml" } });
        }
        return ok(text);
      },
      { public: true },
    ),
    route("get", "/summary", "listSummary", () =>
      ok({
        apiSessions: state.apiSessions.size,
        cas: state.cas.size,
        configTypes: state.configTypes.size,
        configs: state.configs.size,
        edgeRouterPolicies: state.edgeRouterPolicies.size,
        edgeRouters: state.edgeRouters.size,
        identities: state.identities.size,
        postureChecks: state.postureChecks.size,
        routers: state.routers.size,
        serviceEdgeRouterPolicies: state.serviceEdgeRouterPolicies.size,
        servicePolicies: state.servicePolicies.size,
        services: state.services.size,
        sessions: state.sessions.size,
        terminators: state.terminators.size,
        transitRouters: state.transitRouters.size,
      }),
    ),
    route("get", "/cas/:id/jwt", "getCaJwt", ({ params }) => {
      const row = ca(params.id);
      const jwt = pki.signJwt({ iss: ctx.root, sub: row.id, aud: [""], em: "ca", ctrls: [ctx.root] });
      return new HttpResponse(jwt, { status: 200, headers: { "content-type": "application/jwt" } });
    }),
    route("post", "/cas/:id/verify", "verifyCa", async ({ params, request }) => {
      const row = ca(params.id);
      if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) {
        throw new FakeError(415, "UNSUPPORTED_MEDIA_TYPE", "The verification certificate must be sent as text/plain");
      }
      const pem = await request.text();
      let leaf: X509Certificate;
      try {
        leaf = new X509Certificate(pem);
      } catch {
        throw invalidField("certificate", "must be a PEM certificate");
      }
      const authority = new X509Certificate(row.certPem as string);
      if (!leaf.verify(authority.publicKey)) {
        throw new FakeError(400, "CERT_FAILED_VALIDATION", "The certificate failed to validate", {
          causeMessage: "the verification certificate is not signed by the CA",
        });
      }
      if (commonName(leaf) !== row.verificationToken) {
        throw new FakeError(400, "CERT_FAILED_VALIDATION", "The certificate failed to validate", {
          causeMessage: "the verification certificate's common name must be the CA's verificationToken",
        });
      }
      row.isVerified = true;
      row.updatedAt = new Date().toISOString();
      return empty();
    }),
    route("get", "/identity-role-attributes", "listIdentityRoleAttributes", ({ url }) =>
      attributeList(url, state.identities.values()),
    ),
    route("get", "/service-role-attributes", "listServiceRoleAttributes", ({ url }) =>
      attributeList(url, state.services.values()),
    ),
    route("get", "/edge-router-role-attributes", "listEdgeRouterRoleAttributes", ({ url }) =>
      attributeList(url, state.edgeRouters.values()),
    ),
    route("get", "/posture-check-role-attributes", "listPostureCheckRoleAttributes", ({ url }) =>
      attributeList(url, state.postureChecks.values()),
    ),
    route("get", "/identity-types", "listIdentityTypes", ({ url }) =>
      listAnswer(url, IDENTITY_TYPES.map(identityType), { fields: ["id", "name"] }),
    ),
    route("get", "/identity-types/:id", "detailIdentityType", ({ params }) => {
      if (!IDENTITY_TYPES.includes(params.id as "User")) throw new FakeError(404, "NOT_FOUND", "No such identity type");
      return ok(identityType(params.id as string));
    }),
    route("get", "/posture-check-types", "listPostureCheckTypes", ({ url }) =>
      listAnswer(url, POSTURE_CHECK_TYPES.map(postureType), { fields: ["id", "name"] }),
    ),
    route("get", "/posture-check-types/:id", "detailPostureCheckType", ({ params }) => {
      const type = POSTURE_CHECK_TYPES.find((t) => t.id === params.id);
      if (!type) throw new FakeError(404, "NOT_FOUND", "No such posture check type");
      return ok(postureType(type));
    }),
    route("get", "/controllers", "listControllers", ({ url }) =>
      listAnswer(
        url,
        [
          {
            id: "ctrl1",
            name: "ctrl1",
            ctrlAddress: "tls:127.0.0.1:6262",
            certPem: pki.caPem,
            fingerprint: "",
            isOnline: true,
            lastJoinedAt: new Date().toISOString(),
            apiAddresses: { "edge-management": [{ url: ctx.api, version: "v1" }] },
            createdAt: "2025-01-01T00:00:00Z",
            updatedAt: "2025-01-01T00:00:00Z",
            tags: {},
            _links: {},
          },
        ],
        { fields: ["id", "name", "isOnline"] },
      ),
    ),
    route("get", "/controller-settings", "listControllerSettings", ({ url }) =>
      listAnswer(
        url,
        [...state.controllerSettings.values()].map((s) => ctx.views.plain(s, "controller-settings")),
      ),
    ),
    route("post", "/controller-settings", "createControllerSetting", async ({ body }) => {
      const input = await body();
      await checkInput("createControllerSetting", input);
      const id = input.controllerId as string;
      if (state.controllerSettings.has(id))
        throw invalidField("controllerId", "settings for this controller exist", id);
      const { controllerId: _controllerId, ...fields } = input;
      state.controllerSettings.set(id, newRow(fields, id));
      return created(id, "controller-settings");
    }),
    route("get", "/controller-settings/:id", "detailControllerSetting", ({ params }) =>
      ok(ctx.views.plain(settingOf(params.id), "controller-settings")),
    ),
    route("get", "/controller-settings/:id/effective", "detailControllerSettingEffective", ({ params }) => {
      const row = state.controllerSettings.get(params.id ?? "");
      const global = state.controllerSettings.get("global");
      return ok({
        id: params.id,
        oidc: { redirectUris: [], postLogoutUris: [], ...(global?.oidc as object), ...(row?.oidc as object) },
      });
    }),
    ...(["put", "patch"] as const).map((method) =>
      route(
        method,
        "/controller-settings/:id/effective",
        method === "put" ? "updateControllerSetting" : "patchControllerSetting",
        async ({ params, body }) => {
          const row = settingOf(params.id);
          const input = await body();
          await checkInput(method === "put" ? "updateControllerSetting" : "patchControllerSetting", {
            ...input,
            id: row.id,
          });
          Object.assign(row, input, { updatedAt: new Date().toISOString() });
          return empty();
        },
      ),
    ),
    route("delete", "/controller-settings/:id/effective", "deleteControllerSetting", ({ params }) => {
      const row = settingOf(params.id);
      if (row.id === "global") throw new FakeError(409, "REFERENCED", "The global settings cannot be removed");
      state.controllerSettings.delete(row.id);
      return empty();
    }),
    route("post", "/database/snapshot", "createDatabaseSnapshot", () => {
      state.snapshots++;
      return empty();
    }),
    route("post", "/database/check-data-integrity", "checkDataIntegrity", () => startIntegrity(ctx, false)),
    route("post", "/database/fix-data-integrity", "fixDataIntegrity", () => startIntegrity(ctx, true)),
    route("get", "/database/data-integrity-results", "dataIntegrityResults", () => {
      const run = state.integrity;
      // A run reports "in progress" on the first poll and finishes on the next.
      if (run.inProgress) {
        if ((run.pollsLeft ?? 0) > 0) run.pollsLeft = (run.pollsLeft ?? 0) - 1;
        else {
          run.inProgress = false;
          run.endTime = new Date().toISOString();
        }
      }
      return ok({
        inProgress: run.inProgress,
        fixingErrors: run.fixingErrors,
        tooManyErrors: false,
        startTime: run.startTime ?? "",
        endTime: run.endTime ?? "",
        error: "",
        results: [],
      });
    }),
    route("get", "/network-jwts", "listNetworkJWTs", () =>
      ok([
        {
          name: "default",
          token: pki.signJwt({ iss: ctx.root, sub: "network", aud: [""], em: "network", ctrls: [ctx.root] }),
        },
      ]),
    ),
    route("get", "/sessions/:id/route-path", "detailSessionRoutePath", ({ params }) => {
      rowOf(ctx, { collection: "sessions", noun: "session" }, params.id);
      return ok({ routePath: [] });
    }),
  ];
}

function identityType(id: string) {
  return { id, name: id, createdAt: "2025-01-01T00:00:00Z", updatedAt: "2025-01-01T00:00:00Z", tags: {}, _links: {} };
}

function postureType(type: { id: string; name: string }) {
  return {
    ...type,
    operatingSystems: [],
    version: "1",
    createdAt: "2025-01-01T00:00:00Z",
    updatedAt: "2025-01-01T00:00:00Z",
    tags: {},
    _links: {},
  };
}

function startIntegrity(ctx: FakeContext, fixing: boolean): Response {
  const run = ctx.state.integrity;
  if (run.inProgress) {
    throw new FakeError(409, "DATA_INTEGRITY_CHECK_IN_PROGRESS", "A data integrity check is already running");
  }
  run.inProgress = true;
  run.fixingErrors = fixing;
  run.startTime = new Date().toISOString();
  run.pollsLeft = 1;
  delete run.endTime;
  return ok({}, 202);
}
