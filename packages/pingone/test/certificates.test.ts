import { X509Certificate } from "node:crypto";
import { NotFoundError, ValidationError } from "@trustplane/core";
import { describe, expect, it } from "vitest";
import { pingOneError } from "../src/index.js";
import {
  createCertificate,
  createPkcs7,
  createTestCertificateAuthority,
  fromPem,
  generateKeyPair,
  PINGONE_DEMO,
  toPem,
} from "../src/mocks/index.js";
import { useFake } from "./helpers.js";

const { client, mocks } = useFake();
const ca = createTestCertificateAuthority({ subjectDN: "CN=Partner Root, O=Partner, C=DE" });
const caDer = fromPem(ca.certificatePem)[0]?.der as Uint8Array;

function expiredCertificate(): string {
  const keys = generateKeyPair("RSA", 2048);
  const day = 86_400_000;
  return toPem(
    "CERTIFICATE",
    createCertificate({
      subject: "CN=old, O=Partner, C=DE",
      serialNumber: 7,
      notBefore: new Date(Date.now() - 30 * day),
      notAfter: new Date(Date.now() - day),
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signatureAlgorithm: "SHA256withRSA",
    }),
  );
}

describe("certificates", () => {
  it("uploads PEM text (202) and reads back what was parsed", async () => {
    const p1 = client();
    const uploaded = await p1.certificates.upload({ file: ca.certificatePem, usageType: "SIGNING" });
    const parsed = new X509Certificate(ca.certificatePem);
    expect(uploaded).toMatchObject({
      subjectDN: "CN=Partner Root, O=Partner, C=DE",
      issuerDN: "CN=Partner Root, O=Partner, C=DE",
      algorithm: "RSA",
      keyLength: 2048,
      signatureAlgorithm: "SHA256withRSA",
      usageType: "SIGNING",
      status: "VALID",
      expiresAt: new Date(parsed.validTo).toISOString(),
    });
    expect(await p1.certificates.get({ certificateId: uploaded.id })).toEqual(uploaded);
  });

  it("uploads a DER PKCS#7 bundle and a DER certificate", async () => {
    const p1 = client();
    const fromP7 = await p1.certificates.upload({ file: createPkcs7([caDer]), usageType: "ENCRYPTION" });
    const fromDer = await p1.certificates.upload({ file: Buffer.from(caDer), usageType: "SSL/TLS" });
    expect(fromP7.subjectDN).toBe(fromDer.subjectDN);
    expect(mocks.state.environment(PINGONE_DEMO.environmentId).certificates.size).toBe(2);
  });

  it("refuses private keys before sending, and expired certificates in PingOne terms", async () => {
    const p1 = client();
    const key = generateKeyPair("RSA", 2048).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const error = await p1.certificates
      .upload({ file: `${ca.certificatePem}${key}`, usageType: "SIGNING" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(String(error)).not.toContain("PRIVATE KEY-----\nMII");
    const expired = await p1.certificates.upload({ file: expiredCertificate(), usageType: "SIGNING" }).catch((e) => e);
    expect(pingOneError(expired)).toMatchObject({ status: 400, code: "INVALID_DATA" });
  });

  it("lists page by page, filters and deletes", async () => {
    const p1 = client();
    const a = await p1.certificates.upload({ file: ca.certificatePem, usageType: "SIGNING" });
    await p1.certificates.upload({ file: ca.certificatePem, usageType: "ENCRYPTION" });
    expect((await p1.certificates.list({ limit: 1 }).toArray()).length).toBe(2);
    const signing = await p1.certificates.list({ filter: 'usageType eq "SIGNING"' }).toArray();
    expect(signing.map((c) => c.id)).toEqual([a.id]);
    await p1.certificates.delete({ certificateId: a.id });
    await expect(p1.certificates.get({ certificateId: a.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the applications that use a certificate", async () => {
    const p1 = client();
    const cert = await p1.certificates.upload({ file: ca.certificatePem, usageType: "SIGNING" });
    mocks.state.addApplication(PINGONE_DEMO.environmentId, { name: "Partner SAML", certificateIds: [cert.id] });
    const apps = await p1.certificates.listApplications({ certificateId: cert.id }).toArray();
    expect(apps).toEqual([expect.objectContaining({ name: "Partner SAML", protocol: "SAML", enabled: true })]);
  });
});
