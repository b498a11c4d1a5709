/**
 * The certificate operations SSL, S/MIME and device certificates share, per kind: profiles and
 * custom fields, enroll, collect, list/count/get, approve, decline, revoke (by ID, serial number or
 * backend ID), mark revoked, renew, replace, delete.
 */
import { readCsr } from "@trustplane/testing";
import { fail, invalid, json, notFound } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { CertificateKind, FakeCertificate } from "../state-types.js";
import { checkOrder, collectAnswer, statusOf } from "./certificate-orders.js";
import { bodyOf, date, done, intParam, page } from "./common.js";

/** The handlers of one certificate kind. */
export function kindHandlers(kind: CertificateKind): Record<string, Handler> {
  const idName = kind === "ssl" ? "sslId" : "certId";
  const find = (request: FakeRequest, name = idName): FakeCertificate => {
    const id = intParam(request, name);
    const found = request.state.certificates.get(id);
    if (!found || found.kind !== kind) notFound(`Certificate ${id}`);
    return found;
  };
  const byBackend = (request: FakeRequest): FakeCertificate => {
    const id = request.params.backendCertId ?? "";
    for (const c of request.state.certificates.values()) if (c.kind === kind && c.backendCertId === id) return c;
    notFound(`Certificate with order ${id}`);
  };
  const bySerial = (request: FakeRequest): FakeCertificate => {
    const serial = request.params.serialNumber ?? "";
    return request.state.bySerial(kind, serial) ?? notFound(`Certificate with serial number ${serial}`);
  };
  const profiles: Handler = (request) => {
    const orgId = request.query.get("organizationId");
    const list = request.state.profiles[kind].filter(
      (p) => orgId === null || !p.orgIds || p.orgIds.includes(Number(orgId)),
    );
    return json(list.map(({ orgIds: _orgs, ...p }) => p));
  };
  const customFields: Handler = (request) => json(request.state.customFields[kind]);
  const summary = (request: FakeRequest, c: FakeCertificate) => {
    const details = {
      subject: `CN=${c.commonName}`,
      ...(c.certificate && { issuer: "CN=Trustplane Fake Sectigo Issuing CA,O=Trustplane,C=GB" }),
      subjectAltNames: c.subjectAltNames.join(", "),
    };
    if (kind === "ssl") {
      return {
        sslId: c.id,
        commonName: c.commonName,
        subjectAlternativeNames: c.subjectAltNames,
        serialNumber: request.state.serialOf(c),
      };
    }
    if (kind === "smime") {
      return {
        id: c.id,
        state: statusOf(kind, c).toLowerCase(),
        certificateDetails: details,
        serialNumber: request.state.serialOf(c),
        orderNumber: c.orderNumber,
        backendCertId: c.backendCertId,
        expires: date(request, c.expires),
        comments: c.comments,
      };
    }
    return { id: c.id, status: statusOf(kind, c), backendCertId: c.backendCertId, certificateDetails: details };
  };
  const details = (request: FakeRequest, c: FakeCertificate) => {
    const profile = request.state.profiles[kind].find((p) => p.id === c.certType);
    const { orgIds: _orgs, ...certType } = profile ?? { id: c.certType, name: "", terms: [], keyTypes: {} };
    return {
      commonName: c.commonName,
      ...(kind === "ssl" ? { sslId: c.id } : { id: c.id }),
      orgId: c.orgId,
      status: statusOf(kind, c),
      orderNumber: c.orderNumber,
      backendCertId: c.backendCertId,
      certType,
      term: c.term,
      requestedVia: "REST API",
      comments: c.comments,
      requested: date(request, c.requested),
      approved: date(request, c.approved),
      issued: date(request, c.issued),
      expires: date(request, c.expires),
      revoked: date(request, c.revoked),
      ...(c.reasonCode !== undefined && { reasonCode: String(c.reasonCode) }),
      serialNumber: request.state.serialOf(c),
      keyAlgorithm: c.csr ? undefined : "EC",
      subjectAlternativeNames: c.subjectAltNames,
      customFields: c.customFields,
      certificateDetails: { subject: `CN=${c.commonName}`, subjectAltNames: c.subjectAltNames.join(", ") },
      ...(c.csr && { csrDetails: { csr: c.csr } }),
    };
  };
  const matches = (request: FakeRequest, c: FakeCertificate) => {
    const q = request.query;
    const cn = q.get("commonName");
    const serial = q.get("serialNumber");
    const status = q.get("status");
    const org = q.get("orgId");
    const email = q.get("email");
    return (
      c.kind === kind &&
      (!cn || c.commonName.includes(cn)) &&
      (!serial ||
        request.state.serialOf(c)?.replace(/^0+/, "") ===
          serial.replace(/[:\s]/g, "").toLowerCase().replace(/^0+/, "")) &&
      (!status || statusOf(kind, c).toLowerCase() === status.toLowerCase()) &&
      (!org || c.orgId === Number(org)) &&
      (!email || c.email === email)
    );
  };
  const listed = (request: FakeRequest) => [...request.state.certificates.values()].filter((c) => matches(request, c));
  const revokeWith = (request: FakeRequest, c: FakeCertificate) => {
    const body = bodyOf(request);
    const reason = body.reasonCode;
    const code = typeof reason === "string" ? Number(reason) : reason;
    if (code !== undefined && ![0, 1, 3, 4, 5].includes(code as number))
      invalid("reasonCode", "must be 0, 1, 3, 4 or 5");
    const outcome = request.state.revoke(c, (code as number | undefined) ?? 0);
    if (outcome === "already") fail(400, -159, "Certificate is already revoked");
    if (outcome === "not-issued") fail(400, -102, "Only issued certificates can be revoked");
    return done(request);
  };
  const enrolled = (_request: FakeRequest, c: FakeCertificate) => {
    if (kind === "ssl") return json({ sslId: c.id, renewId: c.renewId });
    if (kind === "smime") return json({ id: c.id, orderNumber: c.orderNumber, backendCertId: c.backendCertId });
    return json({
      deviceCertId: c.id,
      status: statusOf(kind, c),
      backendCertId: c.backendCertId,
      orderNumber: c.orderNumber,
    });
  };
  const enroll: Handler = (request) => {
    const body = bodyOf(request);
    const checked = checkOrder(request.state, kind, body, kind !== "smime");
    const sans =
      typeof body.subjAltNames === "string"
        ? body.subjAltNames
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    if (kind === "smime" && (typeof body.email !== "string" || !body.email.includes("@"))) {
      fail(400, -518, "Unknown or invalid e-mail address");
    }
    const c = request.state.order({
      kind,
      ...checked,
      subjectAltNames: sans,
      email: typeof body.email === "string" ? body.email : undefined,
      commonName:
        kind === "smime"
          ? [body.firstName, body.lastName].filter((s) => typeof s === "string").join(" ") || undefined
          : undefined,
      comments: typeof body.comments === "string" ? body.comments : undefined,
      generateKey: checked.csr === undefined,
    });
    return enrolled(request, c);
  };
  const renew: Handler = (request) => {
    const c = request.params.serialNumber
      ? bySerial(request)
      : request.params.backendCertId
        ? byBackend(request)
        : find(request);
    if (c.state !== "issued" && c.state !== "revoked") fail(400, -123, "The certificate to renew is not valid");
    const csr = bodyOf(request).csr;
    const next = request.state.renew(c, typeof csr === "string" ? csr : undefined);
    return kind === "ssl" ? json({ sslId: next.id }) : enrolled(request, next);
  };
  const handlers: Record<string, Handler> = {};
  const on = (ids: string[], handler: Handler) => {
    for (const id of ids) handlers[id] = handler;
  };
  const K = kind === "ssl" ? "Ssl" : kind === "smime" ? "Smime" : "Device";
  on([`list${K}CertificateProfiles`, `list${K}CertificateProfilesV2`], profiles);
  on([`list${K}CustomFields`, `list${K}CustomFieldsV2`], customFields);
  on([`enroll${K}Certificate`, `enroll${K}CertificateV2`], enroll);
  on([`collect${K}Certificate`, `collect${K}CertificateV2`], (request) => {
    const id = request.params[idName] ?? "";
    const c = /^\d+$/.test(id) ? request.state.certificates.get(Number(id)) : undefined;
    return collectAnswer(request, c && c.kind === kind ? c : undefined, id);
  });
  on([`list${K}Certificates`, `list${K}CertificatesV2`], (request) =>
    page(
      request,
      listed(request).map((c) => summary(request, c)),
    ),
  );
  on([`count${K}Certificates`], (request) => json(null, 200, { "X-Total-Count": String(listed(request).length) }));
  on([`get${K}Certificate`, `get${K}CertificateV2`], (request) => json(details(request, find(request))));
  on([`delete${K}Certificate`, `delete${K}CertificateV2`], (request) => {
    request.state.certificates.delete(find(request).id);
    return done(request);
  });
  on([`approve${K}Certificate`, `approve${K}CertificateV2`], (request) => {
    const c = find(request);
    if (!request.state.approve(c.id)) fail(400, -1112, `Certificate can't be approved in state ${statusOf(kind, c)}`);
    return done(request);
  });
  on([`decline${K}Certificate`, `decline${K}CertificateV2`], (request) => {
    const c = find(request);
    if (c.state !== "requested") fail(400, -1112, `Certificate can't be declined in state ${statusOf(kind, c)}`);
    c.state = "declined";
    return done(request);
  });
  on([`revoke${K}Certificate`, `revoke${K}CertificateV2`], (request) => revokeWith(request, find(request)));
  on([`revoke${K}CertificateBySerial`, `revoke${K}CertificateBySerialV2`], (request) =>
    revokeWith(request, bySerial(request)),
  );
  on([`revoke${K}CertificateByBackendId`, `revoke${K}CertificateByBackendIdV2`], (request) =>
    revokeWith(request, byBackend(request)),
  );
  on([`mark${K}CertificateRevoked`, `mark${K}CertificateRevokedV2`], (request) => {
    const body = bodyOf(request);
    const c =
      typeof body.certId === "number"
        ? request.state.certificates.get(body.certId)
        : typeof body.serialNumber === "string"
          ? request.state.bySerial(kind, body.serialNumber)
          : undefined;
    if (!c || c.kind !== kind) notFound("Certificate");
    return revokeWith(request, c);
  });
  on(
    [
      `renew${K}Certificate`,
      `renew${K}CertificateV2`,
      `renew${K}CertificateBySerial`,
      `renew${K}CertificateByBackendId`,
    ],
    renew,
  );
  on([`replace${K}Certificate`, `replace${K}CertificateV2`], (request) => {
    const c = find(request);
    const body = bodyOf(request);
    if (c.state !== "issued") fail(400, -130, "Certificate is not in the Issued state");
    const csr = typeof body.csr === "string" ? body.csr : undefined;
    if (csr) {
      try {
        readCsr(csr);
      } catch {
        fail(400, -10, "CSR could not be decoded");
      }
    }
    request.state.replace(c, csr, body.revoke === true);
    return done(request);
  });
  return handlers;
}
