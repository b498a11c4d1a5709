/**
 * Keys: generate, import (PKCS#12), read, export (PEM / PKCS#7), update, delete, CSR export and
 * import of the CA's answer, the legacy JWKS and the legacy organization signing key.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { type HttpHandler, HttpResponse } from "msw";
import { type Api, KEY_ATTRIBUTES } from "./context.js";
import { generateKey, importKey } from "./key-input.js";
import { certificateFacts, createCsr, createPkcs7, toPem } from "./pki.js";
import {
  Answer,
  DAY,
  type Detail,
  fileOf,
  formBody,
  invalid,
  jsonBody,
  negotiate,
  notFound,
  p1Error,
  requireCurrent,
  uploadedCertificates,
  usageTypeOf,
} from "./requests.js";
import { type FakeCertificateRecord, statusOf } from "./state.js";

/** The key routes of one fake. */
export function keyHandlers(api: Api): HttpHandler[] {
  return [
    api.route("get", "/environments/:environmentId/keys", ({ request, env }) =>
      api.halPage(
        request,
        `/environments/${env.id}/keys`,
        "keys",
        [...env.keys.values()].map((k) => api.keyJson(env, k.record)),
        KEY_ATTRIBUTES,
        { filterable: true },
      ),
    ),
    api.route("post", "/environments/:environmentId/keys", (ctx) => {
      const type = ctx.request.headers.get("content-type") ?? "";
      if (type.startsWith("multipart/form-data")) return importKey(api, ctx);
      if (type.startsWith("application/json")) return generateKey(api, ctx);
      return p1Error(
        415,
        "INVALID_REQUEST",
        "Send application/json to generate a key or multipart/form-data to import one.",
      );
    }),
    api.route("get", "/environments/:environmentId/keys/:keyId", ({ request, env, params }) => {
      const key = api.findKey(env, params.keyId as string);
      const type = negotiate(request.headers.get("accept"), [
        "application/json",
        "application/x-x509-ca-cert",
        "application/x-pkcs7-certificates",
      ]);
      if (type === "application/x-x509-ca-cert") {
        const material = api.state.materialOf(env.id, key);
        return new HttpResponse(toPem("CERTIFICATE", material.chain[0] as Uint8Array), {
          headers: { "content-type": "application/x-x509-ca-cert" },
        });
      }
      if (type === "application/x-pkcs7-certificates") {
        const material = api.state.materialOf(env.id, key);
        return new HttpResponse(createPkcs7(material.chain), {
          headers: { "content-type": "application/x-pkcs7-certificates" },
        });
      }
      if (type === "application/json") return HttpResponse.json(api.keyJson(env, key.record));
      return p1Error(406, "INVALID_REQUEST", "None of the Accept media types can be produced for this resource.");
    }),
    api.route("put", "/environments/:environmentId/keys/:keyId", async ({ request, env, params }) => {
      const key = api.findKey(env, params.keyId as string);
      const body = await jsonBody(request);
      const details: Detail[] = [];
      if (typeof body.default !== "boolean") {
        details.push({
          code: body.default === undefined ? "REQUIRED_VALUE" : "INVALID_VALUE",
          target: "default",
          message: "default must be a boolean",
        });
      }
      let usageType: FakeCertificateRecord["usageType"] | undefined;
      try {
        usageType = usageTypeOf(body.usageType);
      } catch (error) {
        if (!(error instanceof Answer)) throw error;
        details.push({
          code: "INVALID_VALUE",
          target: "usageType",
          message: "usageType is required and must be valid",
        });
      }
      if (details.length) throw invalid(details);
      if (body.default === true) {
        for (const k of env.keys.values()) if (k !== key && k.record.usageType === usageType) k.record.default = false;
      }
      key.record.default = body.default as boolean;
      if (usageType !== undefined) key.record.usageType = usageType;
      if (typeof body.issuerDN === "string") key.record.issuerDN = body.issuerDN;
      return HttpResponse.json(api.keyJson(env, key.record));
    }),
    api.route("delete", "/environments/:environmentId/keys/:keyId", ({ env, params }) => {
      api.findKey(env, params.keyId as string);
      env.keys.delete(params.keyId as string);
      for (const app of env.applications.values()) app.keyIds.delete(params.keyId as string);
      return new HttpResponse(null, { status: 204 });
    }),
    api.route("get", "/environments/:environmentId/keys/:keyId/csr", ({ request, env, params }) => {
      const key = api.findKey(env, params.keyId as string);
      const type = negotiate(request.headers.get("accept"), ["application/x-pem-file", "application/pkcs10"]);
      if (!type) return p1Error(406, "INVALID_REQUEST", "Ask for application/pkcs10 or application/x-pem-file.");
      const material = api.state.materialOf(env.id, key);
      const csr = createCsr({
        subject: key.record.subjectDN ?? key.spec.subjectDN,
        publicKey: material.publicKey,
        privateKey: material.privateKey,
        signatureAlgorithm: key.spec.signatureAlgorithm,
      });
      return type === "application/pkcs10"
        ? new HttpResponse(csr, { headers: { "content-type": "application/pkcs10" } })
        : new HttpResponse(toPem("CERTIFICATE REQUEST", csr), {
            headers: { "content-type": "application/x-pem-file" },
          });
    }),
    api.route("post", "/environments/:environmentId/keys/:keyId/csr", async ({ request, env, params }) => {
      const key = api.findKey(env, params.keyId as string);
      const form = await formBody(request);
      const bytes = await fileOf(form);
      const chain = uploadedCertificates(bytes);
      const material = api.state.materialOf(env.id, key);
      const own = Buffer.from(material.publicKey.export({ type: "spki", format: "der" }));
      const leafIndex = chain.findIndex((der) =>
        Buffer.from(certificateFacts(der).publicKey.export({ type: "spki", format: "der" })).equals(own),
      );
      if (leafIndex < 0) {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "No certificate in the file matches the key" },
        ]);
      }
      const leaf = chain[leafIndex] as Uint8Array;
      const facts = certificateFacts(leaf);
      requireCurrent(facts);
      material.chain = [leaf, ...chain.filter((_, i) => i !== leafIndex)];
      Object.assign(key.record, {
        issuerDN: facts.issuerDN,
        serialNumber: facts.serialNumber,
        startsAt: facts.startsAt,
        expiresAt: facts.expiresAt,
        ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
      });
      return HttpResponse.json(api.keyJson(env, key.record));
    }),
    api.route("get", "/environments/:environmentId/jwks", ({ env }) => {
      const keys = [...env.keys.values()]
        .filter((k) => k.record.usageType === "SIGNING")
        .map((k) => {
          const material = api.state.materialOf(env.id, k);
          const jwk = material.publicKey.export({ format: "jwk" }) as Record<string, unknown>;
          return {
            ...jwk,
            kid: k.record.id,
            use: "sig",
            alg: k.spec.signatureAlgorithm.replace(/^SHA(\d+)with(RSA|ECDSA)$/, (_, n, a) =>
              a === "RSA" ? `RS${n}` : `ES${n}`,
            ),
            x5c: [Buffer.from(material.chain[0] as Uint8Array).toString("base64")],
          };
        });
      return HttpResponse.json({ keys });
    }),
    // The legacy organization signing key.
    api.route("post", "/organizations/:organizationId/keys", async ({ request, params }) => {
      if (params.organizationId !== api.state.organizationId) throw notFound("The organization");
      const body = await jsonBody(request);
      const name = typeof body.name === "string" && body.name !== "" ? body.name : "Organization signing key";
      const subjectDN = `CN=${name}, OU=Trustplane Fake, O=Trustplane, L=, ST=, C=US`;
      const now = new Date();
      const record: FakeCertificateRecord = {
        id: randomUUID(),
        name,
        algorithm: "RSA",
        keyLength: 2048,
        signatureAlgorithm: "SHA256withRSA",
        subjectDN,
        issuerDN: subjectDN,
        serialNumber: Number.parseInt(randomBytes(6).toString("hex"), 16),
        usageType: "SIGNING",
        default: true,
        validityPeriod: 365,
        startsAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 365 * DAY).toISOString(),
        createdAt: now.toISOString(),
        organization: { id: api.state.organizationId },
      };
      api.state.organizationKeys.set(record.id, {
        record,
        spec: {
          algorithm: "RSA",
          keyLength: 2048,
          signatureAlgorithm: "SHA256withRSA",
          subjectDN,
          serialNumber: record.serialNumber as number,
          startsAt: now,
          expiresAt: new Date(now.getTime() + 365 * DAY),
          ca: true,
        },
      });
      return HttpResponse.json(
        {
          _links: api.selfLink(`/organizations/${api.state.organizationId}/keys/${record.id}`),
          ...record,
          status: statusOf(record),
        },
        { status: 201 },
      );
    }),
  ];
}
