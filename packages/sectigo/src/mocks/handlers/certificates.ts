/**
 * SSL, S/MIME and device certificates: profiles and custom fields, enroll with Sectigo's checks
 * and errors, pending collects (`-1400`, then `-183`), approval, issuance by the fake's CA for the
 * CSR, collect in every format, PKCS#12 when the fake holds the key, list/count/get, revoke, renew,
 * replace, decline, delete.
 */
import { randomBytes } from "node:crypto";
import { createPkcs12, readCsr } from "@trustplane/testing";
import { fail, file, invalid, json, notFound } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { CertificateKind, FakeCertificate, FakeProfile, SectigoFakeState } from "../state.js";
import { bodyOf, date, done, intParam, page } from "./common.js";

const FORMATS = new Set(["x509", "x509R", "pem", "x509CO", "pemco", "pemia", "x509IO", "x509IOR", "base64", "bin"]);

/** How each state reads in answers of each kind. */
function statusOf(kind: CertificateKind, certificate: FakeCertificate): string {
  const name = {
    requested: certificate.needsApproval ? "Requested" : "Applied",
    approved: "Approved",
    issued: "Issued",
    declined: "Declined",
    revoked: "Revoked",
    replaced: "Replaced",
  }[certificate.state];
  return kind === "device" ? name.toUpperCase() : name;
}

function profileOf(state: SectigoFakeState, kind: CertificateKind, id: unknown, orgId: number): FakeProfile {
  const profile = state.profiles[kind].find((p) => p.id === id);
  if (!profile || (profile.orgIds && !profile.orgIds.includes(orgId))) {
    fail(400, -111, `No certificate profile with ID ${String(id)} for this organization`);
  }
  return profile;
}

/** Sectigo's enrollment checks, with its codes. */
function checkOrder(
  state: SectigoFakeState,
  kind: CertificateKind,
  body: Record<string, unknown>,
  csrRequired: boolean,
) {
  const orgId = body.orgId ?? (kind === "smime" ? 1 : undefined);
  if (typeof orgId !== "number" || !state.organizations.has(orgId)) fail(400, -639, "Invalid organization ID");
  const certType = body.certType ?? state.profiles[kind][0]?.id;
  const profile = profileOf(state, kind, certType, orgId);
  const term = body.term ?? profile.terms[0];
  if (typeof term !== "number" || !profile.terms.includes(term)) {
    fail(400, -36, `Term ${String(term)} is not allowed by profile "${profile.name}"`);
  }
  const csr = typeof body.csr === "string" && body.csr.trim() !== "" ? body.csr : undefined;
  if (!csr && csrRequired) fail(400, -7, "The CSR is required");
  if (csr) {
    let parsed: ReturnType<typeof readCsr>;
    try {
      parsed = readCsr(csr);
    } catch {
      fail(400, -10, "CSR could not be decoded");
    }
    if (!parsed.signatureValid) fail(400, -138, "Invalid CSR: its signature does not verify");
    const details = parsed.publicKey.asymmetricKeyDetails ?? {};
    const type = parsed.publicKey.asymmetricKeyType === "ec" ? "EC" : "RSA";
    const sizes = profile.keyTypes[type];
    if (!sizes) fail(400, -11, `CSR key algorithm ${type} is not supported by profile "${profile.name}"`);
    const size =
      type === "RSA"
        ? String(details.modulusLength)
        : ({ prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" }[details.namedCurve ?? ""] ?? "");
    if (sizes.length && !sizes.includes(size)) fail(400, -13, `CSR key size ${size} is not supported`);
  }
  const given = Array.isArray(body.customFields) ? (body.customFields as Array<{ name?: string; value?: string }>) : [];
  for (const field of state.customFields[kind]) {
    if (field.mandatory && !given.some((f) => f?.name === field.name && (f.value ?? "").trim() !== "")) {
      fail(400, -62, `Mandatory custom field "${field.name}" is missing`);
    }
  }
  return {
    orgId,
    certType: profile.id,
    term,
    csr,
    customFields: given.filter((f): f is { name: string; value: string } => typeof f?.name === "string"),
  };
}

/** The collect answer (or Sectigo's "not ready" errors). */
function collectAnswer(request: FakeRequest, certificate: FakeCertificate | undefined, id: string): Response {
  const { state } = request;
  const format = request.query.get("format") ?? "base64";
  if (!FORMATS.has(format)) fail(400, -126, `Unknown certificate download format: ${format}`);
  if (!certificate) fail(404, -124, `Wrong certificate ID: ${id}`);
  const pendingBefore = certificate.pendingPolls;
  const outcome = state.collect(certificate.id);
  if (outcome === "approval") {
    fail(400, -1, `Certificate order ${certificate.id} is awaiting approval by an administrator`);
  }
  if (outcome === "processing") {
    if (pendingBefore > 1) fail(400, -1400, "The request is being processed by Sectigo");
    fail(400, -183, "Certificate is not collectable yet");
  }
  if (outcome === "revoked") fail(400, -110, "Certificate is revoked; download refused");
  if (outcome === "declined" || outcome === undefined) fail(400, -130, "Certificate is not in the Issued state");
  const data = state.render(outcome, format);
  const ext = format === "bin" ? "p7b" : format === "base64" ? "p7b" : "pem";
  return file(data, `${outcome.commonName.replace(/[^A-Za-z0-9.-]/g, "_") || "certificate"}.${ext}`);
}

/** The handlers of one certificate kind. */
function kindHandlers(kind: CertificateKind): Record<string, Handler> {
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

/** Every certificate handler, by operationId. */
export function certificateHandlers(): Record<string, Handler> {
  const handlers: Record<string, Handler> = {
    ...kindHandlers("ssl"),
    ...kindHandlers("smime"),
    ...kindHandlers("device"),
  };
  const renewByRenewId: Handler = (request) => {
    const renewId = request.params.renewId ?? "";
    const c = [...request.state.certificates.values()].find((x) => x.kind === "ssl" && x.renewId === renewId);
    if (!c) notFound(`Certificate with renew ID ${renewId}`);
    request.state.renew(c);
    return done(request);
  };
  handlers.renewSslCertificateByRenewId = renewByRenewId;
  handlers.renewSslCertificateByRenewIdV2 = renewByRenewId;
  const keygen: Handler = (request) => {
    const body = bodyOf(request);
    if (typeof body.commonName !== "string" || body.commonName === "") fail(400, -7, "commonName is required");
    const checked = checkOrder(request.state, "ssl", body, false);
    const sans = typeof body.subjAltNames === "string" ? body.subjAltNames.split(",").map((s) => s.trim()) : [];
    const c = request.state.order({
      kind: "ssl",
      ...checked,
      commonName: body.commonName,
      subjectAltNames: [body.commonName, ...sans].filter(Boolean),
      generateKey: true,
    });
    return json({ sslId: c.id, renewId: c.renewId });
  };
  handlers.enrollSslCertificateWithKeyGeneration = keygen;
  handlers.enrollSslCertificateWithKeyGenerationV2 = keygen;
  const keystoreLink: Handler = (request) => {
    const id = intParam(request, "sslId");
    const c = request.state.certificates.get(id);
    if (c?.kind !== "ssl") notFound(`Certificate ${id}`);
    const format = request.params.format ?? "";
    if (!["key", "p12", "p12aes", "jks", "pem"].includes(format))
      invalid("format", "must be key, p12, p12aes, jks or pem");
    if (!c.keys) fail(400, -166, "No private key is held for this certificate (it was enrolled with a CSR)");
    if (c.state !== "issued") fail(400, -130, "Certificate is not in the Issued state");
    const token = randomBytes(12).toString("base64url");
    const passphrase = bodyOf(request).passphrase;
    request.state.keystores.set(token, {
      id,
      format,
      passphrase: typeof passphrase === "string" ? passphrase : undefined,
    });
    return json({ link: `${request.config.url}/__fake/keystore/download?token=${token}&keyformat=${format}` });
  };
  handlers.createSslKeystoreDownloadLink = keystoreLink;
  handlers.createSslKeystoreDownloadLinkV2 = keystoreLink;
  const smimeKeystore: Handler = (request) => {
    const id = intParam(request, "certId");
    const c = request.state.certificates.get(id);
    if (c?.kind !== "smime") notFound(`Certificate ${id}`);
    const body = bodyOf(request);
    if (typeof body.passphrase !== "string" || body.passphrase === "") fail(400, -7, "passphrase is required");
    if (!c.keys) fail(400, -166, "Key escrow: no private key is held for this certificate");
    if (c.state !== "issued") fail(400, -130, "Certificate is not in the Issued state");
    const p12 = createPkcs12({
      privateKey: c.keys.privateKey,
      certificates: request.state.chain(c),
      password: body.passphrase,
      friendlyName: c.email ?? c.commonName,
    });
    return file(p12, "key_vault.p12", "application/octet-stream");
  };
  handlers.downloadSmimeCertificateKeystore = smimeKeystore;
  handlers.downloadSmimeCertificateKeystoreV2 = smimeKeystore;
  const byEmail: Handler = (request) => {
    const body = bodyOf(request);
    const email = body.email;
    if (typeof email !== "string") invalid("email", "is required");
    const code =
      typeof body.reasonCode === "string" ? Number(body.reasonCode) : (body.reasonCode as number | undefined);
    let revoked = 0;
    for (const c of request.state.certificates.values()) {
      if (c.kind === "smime" && c.email === email && request.state.revoke(c, code ?? 0) === "ok") revoked++;
    }
    if (revoked === 0) fail(400, -1108, `No valid client certificates for ${email}`);
    return done(request);
  };
  handlers.revokeSmimeCertificatesByEmail = byEmail;
  handlers.revokeSmimeCertificatesByEmailV2 = byEmail;
  handlers.collectSmimeCertificateByBackendId = (request) => {
    const id = request.params.backendCertId ?? "";
    const c = [...request.state.certificates.values()].find((x) => x.kind === "smime" && x.backendCertId === id);
    return collectAnswer(request, c, id);
  };
  return handlers;
}
