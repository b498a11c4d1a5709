/** Certificate fingerprints: a hash of the certificate's DER. */
import { createHash, X509Certificate } from "node:crypto";
import type { CertificateInput } from "./pkcs7.js";
import { certificateDers } from "./pkcs7.js";

/** How to write a fingerprint. */
export interface FingerprintOptions {
  /** `sha256` (default) or `sha1`. */
  algorithm?: "sha1" | "sha256";
  /**
   * `AB:CD:...`: upper-case hex pairs joined by colons, as OpenSSL prints and node:crypto's
   * `X509Certificate.fingerprint` / `fingerprint256` give. Default: plain lower-case hex.
   */
  colons?: boolean;
}

/** The SHA-256 (or SHA-1) fingerprint of a certificate (PEM, DER, or node:crypto X509Certificate). */
export function fingerprint(certificate: CertificateInput | X509Certificate, options: FingerprintOptions = {}): string {
  const der =
    certificate instanceof X509Certificate ? certificate.raw : (certificateDers([certificate])[0] as Uint8Array);
  const hex = createHash(options.algorithm ?? "sha256")
    .update(der)
    .digest("hex");
  return options.colons ? (hex.toUpperCase().match(/../g) ?? []).join(":") : hex;
}
