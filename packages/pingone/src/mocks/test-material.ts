import { randomUUID } from "node:crypto";
import { createPkcs7 as bundle, createCertificateAuthority } from "@trustplane/testing";
import { createCertificate, createKeystore, generateKeyPair, randomSerial, toPem } from "./pki.js";

const DAY = 86_400_000;

/** A throwaway certificate authority that signs CSRs, for tests and demos. */
export interface TestCertificateAuthority {
  /** The CA certificate, PEM. */
  readonly certificatePem: string;
  /** The CA certificate, DER. */
  readonly certificateDer: Uint8Array;
  /**
   * Signs a PKCS#10 request (PEM text or DER bytes) after checking its self-signature. `pem` gives
   * the issued certificate followed by the CA certificate; `pkcs7` a DER bundle of both.
   */
  signCsr(csr: string | Uint8Array, options?: { validityDays?: number; format?: "pem" }): string;
  signCsr(csr: string | Uint8Array, options: { validityDays?: number; format: "pkcs7" }): Uint8Array;
}

/** Creates a test CA (RSA 2048, SHA256withRSA, valid for a year) named by `subjectDN`. */
export function createTestCertificateAuthority(options: { subjectDN?: string } = {}): TestCertificateAuthority {
  const ca = createCertificateAuthority({
    subject: options.subjectDN ?? "CN=Trustplane Test CA, OU=Testing, O=Trustplane, C=US",
    keyAlgorithm: { type: "rsa", modulusLength: 2048 },
    serialNumber: randomSerial(),
  });
  const certificateDer = ca.certificate.der;
  const certificatePem = ca.certificate.pem;

  function signCsr(csr: string | Uint8Array, o: { validityDays?: number; format?: "pem" | "pkcs7" } = {}) {
    let issued: Uint8Array;
    try {
      issued = ca.signCsr(csr, { validityDays: o.validityDays ?? 90, serialNumber: randomSerial() }).der;
    } catch (error) {
      throw new Error(`signCsr: ${error instanceof Error ? error.message : String(error)}`);
    }
    return o.format === "pkcs7" ? bundle([issued, certificateDer]) : toPem("CERTIFICATE", issued) + certificatePem;
  }

  return { certificatePem, certificateDer, signCsr: signCsr as TestCertificateAuthority["signCsr"] };
}

/** A PKCS#12 keystore made for a test, with what it holds. */
export interface TestKeystore {
  /** The keystore bytes (.p12). */
  readonly pkcs12: Uint8Array;
  /** Its certificate, PEM. */
  readonly certificatePem: string;
  /** The subject DN of its certificate. */
  readonly subjectDN: string;
}

/**
 * A self-signed RSA key and certificate packed as PKCS#12: encrypted (AES-256, SHA-256 MAC) with
 * `password`, unencrypted without one.
 */
export function createTestKeystore(
  options: { password?: string; subjectDN?: string; validityDays?: number; keyLength?: number } = {},
): TestKeystore {
  const subjectDN = options.subjectDN ?? `CN=imported-${randomUUID().slice(0, 8)}, OU=Testing, O=Trustplane, C=US`;
  const keys = generateKeyPair("RSA", options.keyLength ?? 2048);
  const der = createCertificate({
    subject: subjectDN,
    serialNumber: randomSerial(),
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + (options.validityDays ?? 365) * DAY),
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    signatureAlgorithm: "SHA256withRSA",
  });
  return {
    pkcs12: createKeystore(keys.privateKey, [der], options.password),
    certificatePem: toPem("CERTIFICATE", der),
    subjectDN,
  };
}
