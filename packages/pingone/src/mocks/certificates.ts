/** Certificates: upload (PEM, DER or PKCS#7), list, read and delete. */
import { randomUUID } from "node:crypto";
import { type HttpHandler, HttpResponse } from "msw";
import { type Api, KEY_ATTRIBUTES } from "./context.js";
import { certificateFacts } from "./pki.js";
import {
  fileOf,
  formBody,
  notFound,
  requireCurrent,
  uploadedCertificates,
  usageTypeOf,
  validityDays,
} from "./requests.js";
import type { FakeCertificateRecord } from "./state.js";

/** The certificate routes of one fake. */
export function certificateHandlers(api: Api): HttpHandler[] {
  return [
    api.route("get", "/environments/:environmentId/certificates", ({ request, env }) =>
      api.halPage(
        request,
        `/environments/${env.id}/certificates`,
        "certificates",
        [...env.certificates.values()].map((c) => api.certificateJson(env, c.record)),
        KEY_ATTRIBUTES,
        { filterable: true },
      ),
    ),
    api.route("post", "/environments/:environmentId/certificates", async ({ request, env }) => {
      const form = await formBody(request);
      const bytes = await fileOf(form);
      const usageType = usageTypeOf(form.get("usageType"));
      const chain = uploadedCertificates(bytes);
      const facts = certificateFacts(chain[0] as Uint8Array);
      requireCurrent(facts);
      const record: FakeCertificateRecord = {
        id: randomUUID(),
        name: facts.subjectDN,
        algorithm: facts.algorithm,
        ...(facts.keyLength && { keyLength: facts.keyLength }),
        ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
        subjectDN: facts.subjectDN,
        issuerDN: facts.issuerDN,
        serialNumber: facts.serialNumber,
        ...(usageType !== undefined && { usageType }),
        default: false,
        startsAt: facts.startsAt,
        expiresAt: facts.expiresAt,
        validityPeriod: validityDays(facts.startsAt, facts.expiresAt),
        createdAt: new Date().toISOString(),
        environment: { id: env.id },
        organization: { id: api.state.organizationId },
      };
      env.certificates.set(record.id, { record, chain });
      return HttpResponse.json(api.certificateJson(env, record), { status: 202 });
    }),
    api.route("get", "/environments/:environmentId/certificates/:certificateId", ({ env, params }) => {
      const cert = env.certificates.get(params.certificateId as string);
      if (!cert) throw notFound("The certificate");
      return HttpResponse.json(api.certificateJson(env, cert.record));
    }),
    api.route("delete", "/environments/:environmentId/certificates/:certificateId", ({ env, params }) => {
      if (!env.certificates.delete(params.certificateId as string)) throw notFound("The certificate");
      for (const app of env.applications.values()) app.certificateIds.delete(params.certificateId as string);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
