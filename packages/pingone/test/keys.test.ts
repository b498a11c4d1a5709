import { X509Certificate } from "node:crypto";
import { BadRequestError, NotFoundError, ValidationError } from "@trustplane/core";
import { describe, expect, it } from "vitest";
import { pingOneError } from "../src/index.js";
import {
  certificatesFromPkcs7,
  createTestCertificateAuthority,
  createTestKeystore,
  PINGONE_DEMO,
  parseCsr,
} from "../src/mocks/index.js";
import { signingKey, useFake } from "./helpers.js";

const { client, mocks } = useFake();

describe("keys.generate / get / update / delete", () => {
  it("generates an RSA key whose certificate is real and matches the metadata", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey("app-signing"));
    expect(key).toMatchObject({
      name: "app-signing",
      algorithm: "RSA",
      keyLength: 2048,
      usageType: "SIGNING",
      status: "VALID",
      environment: { id: PINGONE_DEMO.environmentId },
    });
    const cert = new X509Certificate(await p1.keys.exportCertificate({ keyId: key.id, format: "pem" }));
    expect(cert.subject.split("\n")).toContain("CN=app-signing");
    expect(BigInt(`0x${cert.serialNumber}`)).toBe(BigInt(key.serialNumber as number));
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(cert.verify(cert.publicKey)).toBe(true); // self-signed
    expect(await p1.keys.get({ keyId: key.id })).toEqual(key);
  });

  it("generates an EC key", async () => {
    const key = await client().keys.generate({
      ...signingKey("ec-key"),
      algorithm: "EC",
      keyLength: 384,
      signatureAlgorithm: "SHA384withECDSA",
    });
    const der = await client().keys.exportCertificate({ keyId: key.id, format: "pkcs7" });
    const [leaf] = certificatesFromPkcs7(der);
    const cert = new X509Certificate(leaf as Uint8Array);
    expect(cert.publicKey.asymmetricKeyType).toBe("ec");
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("secp384r1");
  });

  it("issues a key's certificate from an ISSUANCE key named by issuerDN", async () => {
    const p1 = client();
    const ca = await p1.keys.generate({ ...signingKey("issuer"), usageType: "ISSUANCE" });
    const leaf = await p1.keys.generate({ ...signingKey("leaf"), issuerDN: ca.subjectDN });
    expect(leaf.issuerDN).toBe(ca.subjectDN);
    const chain = certificatesFromPkcs7(await p1.keys.exportCertificate({ keyId: leaf.id, format: "pkcs7" }));
    expect(chain).toHaveLength(2);
    const [l, c] = chain.map((d) => new X509Certificate(d)) as [X509Certificate, X509Certificate];
    expect(l.verify(c.publicKey)).toBe(true);
    expect(l.checkIssued(c)).toBe(true);
  });

  it("rejects bad input before sending, naming the field", async () => {
    const p1 = client();
    await expect(p1.keys.generate({ ...signingKey(), subjectDN: "O=y, C=US" })).rejects.toThrow(/subjectDN: must be/);
    await expect(p1.keys.generate({ ...signingKey(), signatureAlgorithm: "SHA256withECDSA" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(p1.keys.get({ keyId: "not-a-uuid" })).rejects.toThrow(/keyId: must be a UUID/);
    expect(mocks.state.tokenRequests).toBe(0);
  });

  it("answers the fake's own validation in PingOne terms (code, details, innerError)", async () => {
    const error = await client()
      .keys.generate({ ...signingKey(), keyLength: 1024 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const p1 = pingOneError(error);
    expect(p1?.code).toBe("INVALID_DATA");
    expect(p1?.details[0]).toMatchObject({ code: "INVALID_VALUE", target: "keyLength" });
    expect(p1?.innerError?.allowedValues).toContain("2048");
  });

  it("updates a key and keeps one default per usage type", async () => {
    const p1 = client();
    const a = await p1.keys.generate({ ...signingKey("a"), default: true });
    const b = await p1.keys.generate(signingKey("b"));
    const updated = await p1.keys.update({ keyId: b.id, default: true, usageType: "SIGNING" });
    expect(updated.default).toBe(true);
    expect((await p1.keys.get({ keyId: a.id })).default).toBe(false);
  });

  it("deletes a key; reading it then is a NotFoundError with the PingOne code", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    await p1.keys.delete({ keyId: key.id });
    const error = await p1.keys.get({ keyId: key.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("NOT_FOUND");
    expect((error as NotFoundError).operation).toBe("getKey");
  });
});

describe("keys.import (PKCS#12)", () => {
  it("imports an encrypted keystore with its password", async () => {
    const keystore = createTestKeystore({ password: "s3cret-p12" });
    const key = await client().keys.import({ file: keystore.pkcs12, usageType: "SIGNING", password: "s3cret-p12" });
    expect(key.subjectDN).toBe(keystore.subjectDN);
    const pem = await client().keys.exportCertificate({ keyId: key.id, format: "pem" });
    expect(new X509Certificate(pem).fingerprint256).toBe(new X509Certificate(keystore.certificatePem).fingerprint256);
  });

  it("accepts a Buffer, an ArrayBuffer and a Blob", async () => {
    const keystore = createTestKeystore();
    const p1 = client();
    const inputs = [
      Buffer.from(keystore.pkcs12),
      keystore.pkcs12.slice().buffer,
      new Blob([new Uint8Array(keystore.pkcs12)]),
    ];
    for (const file of inputs) {
      expect((await p1.keys.import({ file, usageType: "ENCRYPTION" })).usageType).toBe("ENCRYPTION");
    }
  });

  it("is refused with INVALID_DATA when the password is missing or wrong", async () => {
    const keystore = createTestKeystore({ password: "right" });
    for (const password of [undefined, "wrong"]) {
      const error = await client()
        .keys.import({ file: keystore.pkcs12, usageType: "SIGNING", ...(password && { password }) })
        .catch((e: unknown) => e);
      expect(pingOneError(error)).toMatchObject({ status: 400, code: "INVALID_DATA" });
      expect(pingOneError(error)?.details[0]?.target).toBe("file");
    }
  });

  it("refuses text as a keystore before sending", async () => {
    await expect(client().keys.import({ file: "MIIK..." as never, usageType: "SIGNING" })).rejects.toThrow(
      /PKCS#12 keystore is binary/,
    );
  });
});

describe("CSR export and import of the CA's answer", () => {
  it("exports the CSR as PEM and as DER, both signed by the key", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey("csr-key"));
    const pem = await p1.keys.exportCsr({ keyId: key.id, format: "pem" });
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----/);
    const der = await p1.keys.exportCsr({ keyId: key.id, format: "der" });
    expect(der).toBeInstanceOf(Uint8Array);
    for (const request of [parseCsr(der)]) {
      expect(request.signatureValid).toBe(true);
      expect(request.subjectDN).toContain("CN=csr-key");
    }
    const cert = new X509Certificate(await p1.keys.exportCertificate({ keyId: key.id, format: "pem" }));
    expect(parseCsr(der).publicKey.equals(cert.publicKey)).toBe(true);
  });

  it("imports the signed certificate (PEM chain or PKCS#7) and then exports it", async () => {
    const ca = createTestCertificateAuthority();
    const caCert = new X509Certificate(ca.certificatePem);
    const p1 = client();
    for (const format of ["pem", "pkcs7"] as const) {
      const key = await p1.keys.generate(signingKey(`ca-signed-${format}`));
      const csr = await p1.keys.exportCsr({ keyId: key.id, format: "pem" });
      const signed = format === "pem" ? ca.signCsr(csr) : ca.signCsr(csr, { format: "pkcs7" });
      const updated = await p1.keys.importCsrResponse({ keyId: key.id, file: signed });
      expect(updated.issuerDN).toBe("CN=Trustplane Test CA, OU=Testing, O=Trustplane, C=US");
      const leaf = new X509Certificate(await p1.keys.exportCertificate({ keyId: key.id, format: "pem" }));
      expect(leaf.verify(caCert.publicKey)).toBe(true);
      const chain = certificatesFromPkcs7(await p1.keys.exportCertificate({ keyId: key.id, format: "pkcs7" }));
      expect(chain.map((d) => new X509Certificate(d).subject)).toEqual([leaf.subject, caCert.subject]);
    }
  });

  it("refuses a certificate that does not belong to the key", async () => {
    const p1 = client();
    const a = await p1.keys.generate(signingKey("a"));
    const b = await p1.keys.generate(signingKey("b"));
    const foreign = await p1.keys.exportCertificate({ keyId: b.id, format: "pem" });
    const error = await p1.keys.importCsrResponse({ keyId: a.id, file: foreign }).catch((e: unknown) => e);
    expect(pingOneError(error)?.details[0]?.message).toMatch(/matches the key/);
  });
});

describe("keys.listApplications and legacy operations", () => {
  it("lists the applications that use a key", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    mocks.state.addApplication(PINGONE_DEMO.environmentId, { name: "SAML app", keyIds: [key.id] });
    mocks.state.addApplication(PINGONE_DEMO.environmentId, { name: "Other app" });
    const apps = await p1.keys.listApplications({ keyId: key.id }).toArray();
    expect(apps.map((a) => a.name)).toEqual(["SAML app"]);
  });

  it("reads the legacy JWKS: the signing keys as JWKs with their certificates", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    await p1.keys.generate({ ...signingKey("enc"), usageType: "ENCRYPTION" });
    const jwks = await p1.keys.getJwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", kid: key.id, use: "sig", alg: "RS256" });
    expect(new X509Certificate(Buffer.from(jwks.keys[0]?.x5c?.[0] as string, "base64")).subject).toContain(
      "CN=signing-key",
    );
  });

  it("creates the legacy organization signing key", async () => {
    const key = await client().keys.createOrganizationKey({
      organizationId: PINGONE_DEMO.organizationId,
      name: "Org key",
    });
    expect(key).toMatchObject({
      name: "Org key",
      usageType: "SIGNING",
      organization: { id: PINGONE_DEMO.organizationId },
    });
    await expect(
      client().keys.createOrganizationKey({ organizationId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
