/**
 * The fake controller's key material (from @trustplane/testing's PKI): a CA that signs enrollment
 * JWTs and enrolled clients' certificates and is served as the EST `cacerts` bundle, plus TOTP for
 * MFA (RFC 6238 on node:crypto).
 */
import { createHmac, randomBytes, X509Certificate } from "node:crypto";
import {
  type CertificateAuthority,
  createPkcs7,
  fingerprint,
  type JwtClaims,
  sharedCertificateAuthority,
} from "@trustplane/testing";

/** The fake's PKI. */
export interface FakePki {
  /** The controller's CA: signs enrollment JWTs and client certificates. */
  readonly ca: CertificateAuthority;
  /** The CA certificate as PEM (what a client trusts). */
  readonly caPem: string;
  /** What `/.well-known/est/cacerts` serves: base64 of the DER PKCS#7 bundle, in 64-character lines. */
  readonly cacerts: string;
  /** Signs an enrollment (or network) JWT. */
  signJwt(claims: JwtClaims): string;
}

/** The fake's PKI: one EC P-256 CA per process (fast), shared by every fake instance. */
export function fakePki(): FakePki {
  const ca = sharedCertificateAuthority({
    keyAlgorithm: { type: "ec", curve: "P-256" },
    subject: "CN=Fake Ziti Controller Signing CA,O=Trustplane Fake",
  });
  const bundle = Buffer.from(createPkcs7([ca.certificate.pem])).toString("base64");
  return {
    ca,
    caPem: ca.certificate.pem,
    cacerts: `${(bundle.match(/.{1,64}/g) ?? []).join("\n")}\n`,
    signJwt: (claims) => ca.signJwt(claims),
  };
}

/** The SHA-1 fingerprint the controller shows for certificates (lower-case hex, no colons). */
export function certFingerprint(pem: string): string {
  return fingerprint(pem, { algorithm: "sha1" });
}

/** Parses a PEM certificate, or undefined when it is not one. */
export function parseCertificate(pem: unknown): X509Certificate | undefined {
  if (typeof pem !== "string" || !pem.includes("BEGIN CERTIFICATE")) return undefined;
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

/** The CN of a certificate's subject. */
export function commonName(x509: X509Certificate): string | undefined {
  return /(?:^|\n)CN=([^\n]*)/.exec(x509.subject)?.[1];
}

// ---------------------------------------------------------------------------------------------
// TOTP (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits)

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A new random base32 TOTP secret (160 bits). */
export function newTotpSecret(): string {
  const bytes = randomBytes(20);
  let bits = "";
  for (const b of bytes) bits += b.toString(2).padStart(8, "0");
  return (bits.match(/.{1,5}/g) ?? []).map((chunk) => BASE32[Number.parseInt(chunk.padEnd(5, "0"), 2)]).join("");
}

function base32Bytes(secret: string): Buffer {
  let bits = "";
  for (const c of secret.replace(/=+$/, "").toUpperCase()) {
    const v = BASE32.indexOf(c);
    if (v >= 0) bits += v.toString(2).padStart(5, "0");
  }
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
}

/** The TOTP code of a secret at a time (default now). */
export function totp(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", base32Bytes(secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

/** True when `code` is the TOTP of the secret now, a step before, or a step after. */
export function checkTotp(secret: string, code: unknown, at: number = Date.now()): boolean {
  if (typeof code !== "string") return false;
  return [-1, 0, 1].some((step) => totp(secret, at + step * 30_000) === code.trim());
}
