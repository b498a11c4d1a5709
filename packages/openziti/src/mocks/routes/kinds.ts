/** Every stored kind of the fake with its rules (the generic routes live in crud.ts). */
import { randomUUID } from "node:crypto";
import type { FakeContext } from "../context.js";
import { createEnrollment, enrollmentJwt } from "../enrollments.js";
import { FakeError, invalidField } from "../http.js";
import { certFingerprint, parseCertificate } from "../pki.js";
import { type FakeRow, newRow, POSTURE_CHECK_TYPES } from "../state.js";
import { inUse, type Kind } from "./crud.js";

const ROLE_LIST_FIELDS = ["roleAttributes", "isOnline", "isVerified", "disabled", "isTunnelerEnabled", "cost"];

/** The kinds, bound to one fake. */
export function kinds(ctx: FakeContext): Kind[] {
  const { state, views } = ctx;

  const removeIdentityParts = (identityId: string) => {
    for (const [id, e] of state.enrollments) if (e.identityId === identityId) state.enrollments.delete(id);
    for (const [id, a] of state.authenticators) if (a.identityId === identityId) state.authenticators.delete(id);
    for (const [id, s] of state.apiSessions) if (s.identityId === identityId) state.apiSessions.delete(id);
    state.mfa.delete(identityId);
    state.serviceConfigs.delete(identityId);
  };

  const edgeRouterEnrollment = (row: FakeRow) => {
    const token = randomUUID();
    const expiresAt = new Date(Date.now() + ctx.settings.enrollmentMinutes * 60_000).toISOString();
    row.enrollmentToken = token;
    row.enrollmentJwt = enrollmentJwt(ctx, { method: "erott", subject: row.id, token, expiresAt });
    row.enrollmentCreatedAt = new Date().toISOString();
    row.enrollmentExpiresAt = expiresAt;
    row.isVerified = false;
  };

  return [
    {
      path: "identities",
      collection: "identities",
      noun: "identity",
      ops: {
        list: "listIdentities",
        get: "detailIdentity",
        create: "createIdentity",
        update: "updateIdentity",
        patch: "patchIdentity",
        delete: "deleteIdentity",
      },
      fields: [
        "type",
        "typeId",
        "isAdmin",
        "isDefaultAdmin",
        "roleAttributes",
        "externalId",
        "disabled",
        "authPolicyId",
      ],
      roleFilter: true,
      view: (row) => views.identity(row),
      create: (body) => {
        const { enrollment: _enrollment, ...fields } = body;
        return newRow({ roleAttributes: [], ...fields, isDefaultAdmin: false, disabled: false });
      },
      afterCreate: (row, body) => {
        const enrollment = (body.enrollment ?? {}) as { ott?: boolean; ottca?: string; updb?: string };
        if (enrollment.ott) createEnrollment(ctx, { identityId: row.id, method: "ott" });
        if (enrollment.ottca) createEnrollment(ctx, { identityId: row.id, method: "ottca", caId: enrollment.ottca });
        if (enrollment.updb) createEnrollment(ctx, { identityId: row.id, method: "updb", username: enrollment.updb });
      },
      beforeDelete: (row) => {
        if (row.isDefaultAdmin) {
          throw new FakeError(409, "CAN_NOT_DELETE_DEFAULT_ADMIN", "The default admin identity cannot be removed");
        }
        removeIdentityParts(row.id);
      },
    },
    {
      path: "services",
      collection: "services",
      noun: "service",
      ops: {
        list: "listServices",
        get: "detailService",
        create: "createService",
        update: "updateService",
        patch: "patchService",
        delete: "deleteService",
      },
      fields: ["roleAttributes", "configs", "encryptionRequired", "terminatorStrategy"],
      roleFilter: true,
      view: (row) => views.service(row),
      create: (body) => {
        for (const id of (body.configs as string[] | undefined) ?? []) {
          if (!state.configs.has(id)) throw invalidField("configs", `no config with id ${id}`, id);
        }
        return newRow({ roleAttributes: [], configs: [], ...body });
      },
      beforeDelete: (row) => {
        for (const [id, t] of state.terminators) if (t.serviceId === row.id) state.terminators.delete(id);
      },
    },
    {
      path: "configs",
      collection: "configs",
      noun: "config",
      ops: {
        list: "listConfigs",
        get: "detailConfig",
        create: "createConfig",
        update: "updateConfig",
        patch: "patchConfig",
        delete: "deleteConfig",
      },
      fields: ["configTypeId", "data"],
      view: (row) => views.config(row),
      create: (body) => {
        if (!state.configTypes.has(body.configTypeId as string)) {
          throw invalidField("configTypeId", "no config type with this id", body.configTypeId);
        }
        return newRow(body);
      },
      beforeDelete: (row) => {
        // The controller drops the config from the services that listed it.
        for (const service of state.services.values()) {
          if (Array.isArray(service.configs))
            service.configs = (service.configs as string[]).filter((c) => c !== row.id);
        }
      },
    },
    {
      path: "config-types",
      collection: "configTypes",
      noun: "config type",
      ops: {
        list: "listConfigTypes",
        get: "detailConfigType",
        create: "createConfigType",
        update: "updateConfigType",
        patch: "patchConfigType",
        delete: "deleteConfigType",
      },
      fields: ["target"],
      view: (row) => views.configType(row),
      beforeDelete: (row) => {
        const using = [...state.configs.values()].filter((c) => c.configTypeId === row.id);
        if (using.length) inUseError("config type", `${using.length} config(s)`);
      },
    },
    {
      path: "edge-routers",
      collection: "edgeRouters",
      noun: "edge router",
      ops: {
        list: "listEdgeRouters",
        get: "detailEdgeRouter",
        create: "createEdgeRouter",
        update: "updateEdgeRouter",
        patch: "patchEdgeRouter",
        delete: "deleteEdgeRouter",
      },
      fields: ROLE_LIST_FIELDS,
      roleFilter: true,
      view: (row) => views.edgeRouter(row),
      create: (body) => {
        const row = newRow({
          roleAttributes: [],
          isOnline: false,
          isVerified: false,
          fingerprint: null,
          certPem: null,
          ...body,
        });
        edgeRouterEnrollment(row);
        return row;
      },
    },
    {
      path: "service-policies",
      collection: "servicePolicies",
      noun: "service policy",
      ops: {
        list: "listServicePolicies",
        get: "detailServicePolicy",
        create: "createServicePolicy",
        update: "updateServicePolicy",
        patch: "patchServicePolicy",
        delete: "deleteServicePolicy",
      },
      fields: ["type", "semantic", "identityRoles", "serviceRoles", "postureCheckRoles"],
      roles: { identityRoles: "identities", serviceRoles: "services", postureCheckRoles: "postureChecks" },
      view: (row) => views.servicePolicy(row),
    },
    {
      path: "edge-router-policies",
      collection: "edgeRouterPolicies",
      noun: "edge router policy",
      ops: {
        list: "listEdgeRouterPolicies",
        get: "detailEdgeRouterPolicy",
        create: "createEdgeRouterPolicy",
        update: "updateEdgeRouterPolicy",
        patch: "patchEdgeRouterPolicy",
        delete: "deleteEdgeRouterPolicy",
      },
      fields: ["semantic", "identityRoles", "edgeRouterRoles", "isSystem"],
      roles: { identityRoles: "identities", edgeRouterRoles: "edgeRouters" },
      view: (row) => views.edgeRouterPolicy(row),
    },
    {
      path: "service-edge-router-policies",
      collection: "serviceEdgeRouterPolicies",
      noun: "service edge router policy",
      ops: {
        list: "listServiceEdgeRouterPolicies",
        get: "detailServiceEdgeRouterPolicy",
        create: "createServiceEdgeRouterPolicy",
        update: "updateServiceEdgeRouterPolicy",
        patch: "patchServiceEdgeRouterPolicy",
        delete: "deleteServiceEdgeRouterPolicy",
      },
      fields: ["semantic", "serviceRoles", "edgeRouterRoles"],
      roles: { serviceRoles: "services", edgeRouterRoles: "edgeRouters" },
      view: (row) => views.serviceEdgeRouterPolicy(row),
    },
    {
      path: "cas",
      collection: "cas",
      noun: "CA",
      ops: {
        list: "listCas",
        get: "detailCa",
        create: "createCa",
        update: "updateCa",
        patch: "patchCa",
        delete: "deleteCa",
      },
      fields: ["isVerified", "isAutoCaEnrollmentEnabled", "isOttCaEnrollmentEnabled", "isAuthEnabled", "fingerprint"],
      view: (row) => views.ca(row),
      create: (body) => {
        const x509 = parseCertificate(body.certPem);
        if (!x509) throw invalidField("certPem", "must be a PEM certificate");
        if (!x509.ca) throw invalidField("certPem", "must be a CA certificate (basicConstraints CA:TRUE)");
        const fingerprint = certFingerprint(body.certPem as string);
        for (const ca of state.cas.values()) {
          if (ca.fingerprint === fingerprint) throw invalidField("certPem", "a CA with this certificate exists");
        }
        return newRow({ ...body, fingerprint, isVerified: false, verificationToken: randomUUID() });
      },
      beforeDelete: (row) => {
        for (const [id, e] of state.enrollments) if (e.caId === row.id) state.enrollments.delete(id);
      },
    },
    {
      path: "enrollments",
      collection: "enrollments",
      noun: "enrollment",
      ops: { list: "listEnrollments", get: "detailEnrollment", create: "createEnrollment", delete: "deleteEnrollment" },
      fields: ["method", "identityId", "expiresAt", "caId", "username"],
      uniqueName: false,
      view: (row) => views.enrollment(row),
      create: (body) => {
        const row = createEnrollment(ctx, {
          identityId: body.identityId as string,
          method: body.method as "ott",
          expiresAt: body.expiresAt as string,
          ...(typeof body.caId === "string" && { caId: body.caId }),
          ...(typeof body.username === "string" && { username: body.username }),
        });
        state.enrollments.delete(row.id); // crud stores it
        return row;
      },
    },
    {
      path: "authenticators",
      collection: "authenticators",
      noun: "authenticator",
      ops: {
        list: "listAuthenticators",
        get: "detailAuthenticator",
        create: "createAuthenticator",
        update: "updateAuthenticator",
        patch: "patchAuthenticator",
        delete: "deleteAuthenticator",
      },
      fields: ["method", "identityId", "username", "fingerprint"],
      uniqueName: false,
      view: (row) => views.authenticator(row),
      create: (body) => authenticatorRow(ctx, body),
      beforeUpdate: (row, body) => {
        if (body.username !== undefined && body.username !== row.username) {
          for (const a of state.authenticators.values()) {
            if (a.username === body.username && a.id !== row.id)
              throw invalidField("username", "duplicate value", body.username);
          }
        }
      },
    },
    {
      path: "posture-checks",
      collection: "postureChecks",
      noun: "posture check",
      ops: {
        list: "listPostureChecks",
        get: "detailPostureCheck",
        create: "createPostureCheck",
        update: "updatePostureCheck",
        patch: "patchPostureCheck",
        delete: "deletePostureCheck",
      },
      fields: ["typeId", "roleAttributes"],
      roleFilter: true,
      view: (row) => views.plain(row, "posture-checks"),
      create: (body) => {
        if (!POSTURE_CHECK_TYPES.some((t) => t.id === body.typeId)) {
          throw invalidField(
            "typeId",
            `must be one of ${POSTURE_CHECK_TYPES.map((t) => t.id).join(", ")}`,
            body.typeId,
          );
        }
        return newRow({ roleAttributes: [], version: 1, ...body });
      },
    },
    {
      path: "terminators",
      collection: "terminators",
      noun: "terminator",
      ops: {
        list: "listTerminators",
        get: "detailTerminator",
        create: "createTerminator",
        update: "updateTerminator",
        patch: "patchTerminator",
        delete: "deleteTerminator",
      },
      fields: ["serviceId", "routerId", "binding", "address", "cost", "precedence"],
      uniqueName: false,
      view: (row) => views.terminator(row),
      create: (body) => {
        if (!state.services.has(body.service as string))
          throw invalidField("service", "no service with this id", body.service);
        const { identitySecret: _secret, service, router, ...rest } = body;
        return newRow({ ...rest, serviceId: service, routerId: router });
      },
    },
    {
      path: "external-jwt-signers",
      collection: "externalJwtSigners",
      noun: "external JWT signer",
      ops: {
        list: "listExternalJwtSigners",
        get: "detailExternalJwtSigner",
        create: "createExternalJwtSigner",
        update: "updateExternalJwtSigner",
        patch: "patchExternalJwtSigner",
        delete: "deleteExternalJwtSigner",
      },
      fields: ["issuer", "audience", "enabled"],
      view: (row) => views.plain(row, "external-jwt-signers"),
      create: (body) => {
        const x509 = body.certPem ? parseCertificate(body.certPem) : undefined;
        if (body.certPem && !x509) throw invalidField("certPem", "must be a PEM certificate");
        if (!body.certPem && !body.jwksEndpoint) throw invalidField("certPem", "certPem or jwksEndpoint is required");
        return newRow({
          claimsProperty: "sub",
          useExternalId: false,
          kid: null,
          clientId: null,
          scopes: [],
          externalAuthUrl: null,
          jwksEndpoint: null,
          targetToken: "ACCESS",
          ...body,
          fingerprint: x509 ? certFingerprint(body.certPem as string) : null,
          commonName: x509 ? (/CN=([^\n]*)/.exec(x509.subject)?.[1] ?? "") : "",
          notBefore: x509 ? new Date(x509.validFrom).toISOString() : null,
          notAfter: x509 ? new Date(x509.validTo).toISOString() : null,
        });
      },
    },
    {
      path: "auth-policies",
      collection: "authPolicies",
      noun: "auth policy",
      ops: {
        list: "listAuthPolicies",
        get: "detailAuthPolicy",
        create: "createAuthPolicy",
        update: "updateAuthPolicy",
        patch: "patchAuthPolicy",
        delete: "deleteAuthPolicy",
      },
      view: (row) => views.plain(row, "auth-policies"),
      beforeDelete: (row) => {
        if (row.id === "default") throw new FakeError(409, "REFERENCED", "The default auth policy cannot be removed");
        const using = [...state.identities.values()].filter((i) => i.authPolicyId === row.id);
        if (using.length) inUseError("auth policy", `${using.length} identities`);
      },
    },
    {
      path: "routers",
      collection: "routers",
      noun: "router",
      ops: {
        list: "listRouters",
        get: "detailRouter",
        create: "createRouter",
        update: "updateRouter",
        patch: "patchRouter",
        delete: "deleteRouter",
      },
      fields: ["isOnline", "isVerified", "disabled", "cost", "fingerprint"],
      view: (row) => views.router(row, "routers"),
      create: (body) => newRow({ isOnline: false, isVerified: false, ...body }),
    },
    {
      path: "transit-routers",
      collection: "transitRouters",
      noun: "transit router",
      ops: {
        list: "listTransitRouters",
        get: "detailTransitRouter",
        create: "createTransitRouter",
        update: "updateTransitRouter",
        patch: "patchTransitRouter",
        delete: "deleteTransitRouter",
      },
      fields: ["isOnline", "isVerified", "disabled", "cost", "fingerprint"],
      view: (row) => views.router(row, "transit-routers"),
      create: (body) => {
        const row = newRow({ isOnline: false, isVerified: false, ...body });
        edgeRouterEnrollment(row);
        return row;
      },
    },
    {
      path: "revocations",
      collection: "revocations",
      noun: "revocation",
      ops: { list: "listRevocations", get: "detailRevocation", create: "createRevocation" },
      fields: ["type", "expiresAt"],
      uniqueName: false,
      view: (row) => views.plain(row, "revocations"),
      create: (body) => newRow(body, typeof body.id === "string" ? body.id : undefined),
    },
    {
      path: "sessions",
      collection: "sessions",
      noun: "session",
      ops: { list: "listSessions", get: "detailSession", delete: "deleteSession" },
      fields: ["type", "serviceId", "identityId", "apiSessionId"],
      uniqueName: false,
      view: (row) => views.plain(row, "sessions"),
    },
  ];

  function inUseError(noun: string, by: string): never {
    throw inUse(noun, by);
  }
}

/** An authenticator row from a create body: updb with a unique username and a password, or cert with a PEM. */
export function authenticatorRow(ctx: FakeContext, body: Record<string, unknown>): FakeRow {
  const { state } = ctx;
  const identityId = body.identityId as string;
  if (!state.identities.has(identityId)) throw invalidField("identityId", "no identity with this id", identityId);
  for (const a of state.authenticators.values()) {
    if (a.identityId === identityId && a.method === body.method) {
      throw invalidField("method", `the identity already has a ${String(body.method)} authenticator`, body.method);
    }
  }
  if (body.method === "updb") {
    if (typeof body.username !== "string" || body.username === "") throw invalidField("username", "is required", null);
    if (typeof body.password !== "string" || body.password === "") throw invalidField("password", "is required");
    for (const a of state.authenticators.values()) {
      if (a.username === body.username) throw invalidField("username", "duplicate value", body.username);
    }
    return newRow({ method: "updb", identityId, username: body.username, password: body.password, tags: body.tags });
  }
  const x509 = parseCertificate(body.certPem);
  if (!x509) throw invalidField("certPem", "must be a PEM certificate");
  return newRow({
    method: "cert",
    identityId,
    certPem: body.certPem,
    fingerprint: certFingerprint(body.certPem as string),
    tags: body.tags,
  });
}
