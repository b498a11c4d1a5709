/**
 * SSL, S/MIME and device certificates: every handler by operationId. The operations all kinds share
 * come from `certificate-kinds.ts`; here are the ones only SSL has (renew by renew ID, enroll with
 * key generation, keystore download links) and only S/MIME has (PKCS#12 from key escrow, revoke by
 * e-mail, collect by backend ID).
 */
import { randomBytes } from "node:crypto";
import { createPkcs12 } from "@trustplane/testing";
import { fail, file, invalid, json, notFound } from "../http.js";
import type { Handler } from "../router.js";
import { kindHandlers } from "./certificate-kinds.js";
import { checkOrder, collectAnswer } from "./certificate-orders.js";
import { bodyOf, done, intParam } from "./common.js";

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
