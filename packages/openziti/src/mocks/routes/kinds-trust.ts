/** What logins rest on: CAs, external JWT signers, auth policies, and revocations. */
import { randomUUID } from "node:crypto";
import type { FakeContext } from "../context.js";
import { FakeError, invalidField } from "../http.js";
import { certFingerprint, parseCertificate } from "../pki.js";
import { newRow } from "../state.js";
import { inUseError, type Kind } from "./crud.js";

/** The trust kinds, bound to one fake. */
export function trustKinds(
  ctx: FakeContext,
): Record<"cas" | "externalJwtSigners" | "authPolicies" | "revocations", Kind> {
  const { state, views } = ctx;
  return {
    cas: {
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
    externalJwtSigners: {
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
    authPolicies: {
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
    revocations: {
      path: "revocations",
      collection: "revocations",
      noun: "revocation",
      ops: { list: "listRevocations", get: "detailRevocation", create: "createRevocation" },
      fields: ["type", "expiresAt"],
      uniqueName: false,
      view: (row) => views.plain(row, "revocations"),
      create: (body) => newRow(body, typeof body.id === "string" ? body.id : undefined),
    },
  };
}
