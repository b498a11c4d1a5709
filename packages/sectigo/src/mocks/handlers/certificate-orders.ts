/**
 * What the certificate handlers of every kind share: Sectigo's enrollment checks and errors
 * (organization, profile, term, CSR decoding, signature and key, mandatory custom fields), how a
 * state reads in answers, and the collect answer (pending `-1400`, then `-183`, approval, every
 * format).
 */
import { readCsr } from "@trustplane/testing";
import { fail, file } from "../http.js";
import type { FakeRequest } from "../router.js";
import type { SectigoFakeState } from "../state.js";
import type { CertificateKind, FakeCertificate, FakeProfile } from "../state-types.js";

const FORMATS = new Set(["x509", "x509R", "pem", "x509CO", "pemco", "pemia", "x509IO", "x509IOR", "base64", "bin"]);

/** How each state reads in answers of each kind. */
export function statusOf(kind: CertificateKind, certificate: FakeCertificate): string {
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
export function checkOrder(
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
export function collectAnswer(request: FakeRequest, certificate: FakeCertificate | undefined, id: string): Response {
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
