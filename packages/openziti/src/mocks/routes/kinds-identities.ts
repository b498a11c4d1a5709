/** Identities, their enrollments, and their authenticators (the logins they have). */
import type { FakeContext } from "../context.js";
import { createEnrollment } from "../enrollments.js";
import { FakeError, invalidField } from "../http.js";
import { certFingerprint, parseCertificate } from "../pki.js";
import { type FakeRow, newRow } from "../state.js";
import type { Kind } from "./crud.js";

/** The identity kinds, bound to one fake. */
export function identityKinds(ctx: FakeContext): Record<"identities" | "enrollments" | "authenticators", Kind> {
  const { state, views } = ctx;

  const removeIdentityParts = (identityId: string) => {
    for (const [id, e] of state.enrollments) if (e.identityId === identityId) state.enrollments.delete(id);
    for (const [id, a] of state.authenticators) if (a.identityId === identityId) state.authenticators.delete(id);
    for (const [id, s] of state.apiSessions) if (s.identityId === identityId) state.apiSessions.delete(id);
    state.mfa.delete(identityId);
    state.serviceConfigs.delete(identityId);
  };

  return {
    identities: {
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
    enrollments: {
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
    authenticators: {
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
  };
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
